// Limits nothing can bypass: "+10 s" stops at the step kind's limit and says
// why (on screen, to a screen reader, and from the lock screen's seek
// forward), the editor's stepper stays within a kind's limits, and a stored
// routine with a hold longer than a minute is shortened with a note.
import { test, expect } from '@playwright/test';
import { open, skipTensionRating, stored, expectNoSeriousA11yViolations, freeStorage } from './helpers.js';
import { seed, step } from './fixtures.js';

const HOLD = {
  id: 'test-long-hold',
  name: 'Long hold',
  description: 'One fifty-second hold.',
  steps: [step('hold', 'Glute hold', 50, { area: 'glutes' })],
};

const HEAT = {
  id: 'test-heat',
  name: 'Warm back',
  description: 'Twenty minutes of heat.',
  steps: [step('heat', 'Warm the lower back', 20 * 60, { area: 'lower_back', tool: 'heat_source' })],
};

/** Keeps every Media Session handler the page registers, so a test can press it. */
async function recordMediaHandlers(page) {
  await page.addInitScript(() => {
    window.__media = {};
    const ms = navigator.mediaSession;
    const set = ms.setActionHandler.bind(ms);
    ms.setActionHandler = (action, handler) => {
      if (handler) window.__media[action] = handler;
      else delete window.__media[action];
      set(action, handler);
    };
  });
}
const press = (page, action) => page.evaluate((a) => window.__media[a]({ action: a }), action);

async function startRoutine(page, id, name) {
  await page.goto(`/routine/${id}`);
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await page.getByRole('button', { name: 'Start' }).click();
  await skipTensionRating(page);
  await expect(page).toHaveURL(/\/session$/);
}

/** The current step's length as the session saved it, in seconds. */
const savedLength = async (page) => JSON.parse(await stored(page, 'unknot.session')).countdown.length / 1000;

const seconds = async (page) => {
  const [m, s] = (await page.getByRole('timer').textContent()).split(':').map(Number);
  return m * 60 + s;
};

test.beforeEach(async ({ page }) => {
  await recordMediaHandlers(page);
});

test("a hold's Add 10 seconds stops at 60 s and says why", async ({ page }) => {
  await seed(page, { routines: [HOLD] });
  await startRoutine(page, HOLD.id, HOLD.name);
  await expect(page.getByRole('heading', { level: 1, name: 'Glute hold' })).toBeVisible();
  await page.getByRole('button', { name: 'Pause' }).click();
  const add = page.getByRole('button', { name: 'Add 10 seconds' });
  await expect(add).toHaveAttribute('aria-disabled', 'false');
  const why = '60 s is the most for one hold: move to the next spot';

  // 50 s + 10 s: the limit, reached; the page says so at once.
  await add.click();
  await expect.poll(() => savedLength(page)).toBe(60);
  await expect(page.getByRole('main').getByText(why)).toBeVisible();
  await expect(add).toHaveAttribute('aria-disabled', 'true');
  await expect(add).toHaveAccessibleDescription(why);
  await expect(page.getByRole('status')).toHaveText(why);
  const shown = await seconds(page);
  expect(shown).toBeLessThanOrEqual(60);

  // Another tap (the button stays tappable: a tap there says why again),
  // and the headset's seek forward: nothing more.
  await add.click({ force: true });
  await press(page, 'seekforward');
  await page.waitForTimeout(300);
  expect(await savedLength(page)).toBe(60);
  expect(await seconds(page)).toBe(shown);
  await expect(page.getByRole('main').getByText(why)).toBeVisible();
  await expect(page.getByRole('status')).toHaveText(why);
  await expectNoSeriousA11yViolations(page);
});

test("a 20-minute heat step's Add 10 seconds does nothing past 20:00 and says why", async ({ page }) => {
  await seed(page, { routines: [HEAT] });
  await startRoutine(page, HEAT.id, HEAT.name);
  await expect(page.getByRole('heading', { level: 1, name: 'Warm the lower back' })).toBeVisible();
  await page.getByRole('button', { name: 'Pause' }).click();
  const add = page.getByRole('button', { name: 'Add 10 seconds' });
  // Already at the limit: the button says it has nothing to add.
  await expect(add).toHaveAttribute('aria-disabled', 'true');
  const before = await seconds(page);
  expect(before).toBeLessThanOrEqual(20 * 60);

  // Still tappable: the tap says why it adds nothing.
  await add.click({ force: true });
  const why = '20 minutes is the most heat on one area: remove the heat';
  await expect(page.getByRole('main').getByText(why)).toBeVisible();
  await expect(page.getByRole('status')).toHaveText(why);
  await expect(page.getByRole('timer')).toHaveText(/^(20:00|19:5\d)$/);
  expect(await seconds(page)).toBe(before);
  expect(await savedLength(page)).toBe(20 * 60);
  // Skipping on clears the reason with the step.
  await page.getByRole('button', { name: 'Skip' }).click();
  await expect(page.getByRole('main').getByText(why)).toHaveCount(0);
});

test("the editor's minus stops at the kind's minimum and plus at its maximum", async ({ page }) => {
  await seed(page, { routines: [] });
  await open(page, '/routines/new');
  const s = page.getByRole('group', { name: 'Step 1', exact: true });
  const duration = s.getByLabel(/^Duration/);
  await expect(duration).toHaveValue('0:30');
  await expect(s.getByText('(m:ss or seconds, 0:10 to 1:00)')).toBeVisible();
  const minus = s.getByRole('button', { name: 'Decrease duration of step 1' });
  const plus = s.getByRole('button', { name: 'Increase duration of step 1' });
  for (let i = 0; i < 4; i++) await minus.click();
  await expect(duration).toHaveValue('0:10');
  await expect(minus).toHaveAttribute('aria-disabled', 'true');
  // Tapped again at the minimum: it stays there (0:05 would be flagged).
  await minus.click({ force: true });
  await minus.click({ force: true });
  await expect(duration).toHaveValue('0:10');
  await duration.blur();
  // Never a length it would then flag.
  await expect(duration).toHaveAttribute('aria-invalid', 'false');
  await expect(s.locator('.field-error')).toHaveCount(0);
  for (let i = 0; i < 10; i++) await plus.click();
  await expect(duration).toHaveValue('1:00');
  await expect(plus).toHaveAttribute('aria-disabled', 'true');
  await plus.click({ force: true });
  await expect(duration).toHaveValue('1:00');
  await expect(duration).toHaveAttribute('aria-invalid', 'false');
  // A heat step's limits are its own.
  await s.getByLabel('Kind').selectOption('Heat');
  await expect(s.getByText('(m:ss or seconds, 1:00 to 20:00)')).toBeVisible();
  // 10:00 to 20:00 in 30 s steps.
  for (let i = 0; i < 20; i++) await plus.click();
  await expect(duration).toHaveValue('20:00');
  await plus.click({ force: true });
  await expect(duration).toHaveValue('20:00');
  await expect(duration).toHaveAttribute('aria-invalid', 'false');
});

test('a stored routine with a longer hold is shortened to 60 s with a note until dismissed', async ({ page }) => {
  // As an older version, which allowed holds up to two minutes, saved it.
  const old = { ...HOLD, id: 'u-old', name: 'Old glutes', steps: [step('hold', 'Glute hold', 90, { area: 'glutes' })] };
  await seed(page, { routines: [old] });
  await open(page, '/');
  const notice = page.getByRole('region', { name: 'Some of your routines were changed to stay within the safe limits.' });
  await expect(notice).toContainText(
    '\u201cOld glutes\u201d, step 1 \u201cGlute hold\u201d: hold shortened from 1:30 to 1:00 (60 s is the most for one hold).',
  );
  const book = JSON.parse(await stored(page, 'unknot.routines'));
  expect(book.routines[0].steps[0].duration_ms).toBe(60_000);
  await expectNoSeriousA11yViolations(page);
  // Still there after a reload, until it is dismissed.
  await page.reload();
  await expect(notice).toBeVisible();
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(notice).toHaveCount(0);
  expect(JSON.parse(await stored(page, 'unknot.routines')).notices).toBeUndefined();
});

test('a repair that cannot be stored on a full device says so, and the repaired routine is used', async ({ page }) => {
  const old = { ...HOLD, id: 'u-old', name: 'Old glutes', steps: [step('hold', 'Glute hold', 90, { area: 'glutes' })] };
  await seed(page, { routines: [old] });
  // Full before the app opens (once per tab).
  await page.addInitScript(() => {
    if (sessionStorage.getItem('filled')) return;
    sessionStorage.setItem('filled', '1');
    let i = 0;
    for (let n = 256 * 1024; n >= 1; n = Math.floor(n / 2)) {
      const chunk = 'x'.repeat(n);
      for (;;) {
        try { localStorage.setItem(`filler-${i++}`, chunk); } catch { break; }
      }
    }
  });
  await open(page, '/');
  const alert = page.getByRole('alert').filter({ hasText: 'Unknot repaired your routines when it opened' });
  await expect(alert).toContainText('the storage on this device is full');
  await expect(page.getByRole('region', { name: 'Some of your routines were changed to stay within the safe limits.' })).toBeVisible();
  // Stored as it was; the app works with the repaired routine.
  expect(JSON.parse(await stored(page, 'unknot.routines')).routines[0].steps[0].duration_ms).toBe(90_000);
  await page.goto('/routine/u-old');
  await expect(page.getByRole('heading', { level: 1, name: 'Old glutes' })).toBeVisible();
  await expect(page.locator('.step-row').filter({ hasText: 'Glute hold' })).toContainText('1 minute');
  await alert.getByRole('button', { name: 'Dismiss' }).click();
  await expect(alert).toHaveCount(0);
  // With room again, the repair sticks and nothing more is said.
  await freeStorage(page);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Old glutes' })).toBeVisible();
  await expect(alert).toHaveCount(0);
  expect(JSON.parse(await stored(page, 'unknot.routines')).routines[0].steps[0].duration_ms).toBe(60_000);
});
