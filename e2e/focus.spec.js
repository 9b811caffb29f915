// The session screen for a phone on the floor: while a session runs the page
// is the session alone, and for every preset at 360x740, 412x915 and 740x360
// the step's picture, its side, the countdown, Pause and Skip are on screen
// without scrolling, from the count-in to the last step.
import { test, expect } from '@playwright/test';
import { PRESETS, seed, step } from './fixtures.js';
import { skipTensionRating } from './helpers.js';

const SIZES = [[360, 740], [412, 915], [740, 360]];

/**
 * What tells one segment from the next on the session screen, installed in
 * the page before its scripts (so polling needs no eval, which the app's
 * CSP forbids). The running view left hidden for a moment after the end
 * counts as over.
 */
async function installSignature(page) {
  await page.addInitScript(() => {
    window.__signature = () => {
      const p = document.querySelector('.running-view:not([hidden]) .player');
      return p ? [p.className, ...['.kind-line', 'h1', '.side-banner', '.where', '.next']
        .map((s) => p.querySelector(s)?.textContent)].join('|') : 'over';
    };
  });
}

test.beforeEach(async ({ page }) => installSignature(page));

/** Skips to the next segment with the keyboard and waits until the screen shows it. */
async function skip(page) {
  const before = await page.evaluate(() => window.__signature());
  await page.keyboard.press('ArrowRight');
  await page.waitForFunction((b) => window.__signature() !== b, before, { polling: 'raf' });
}

/**
 * The session screen's must-haves that are not whole inside the viewport:
 * the picture (with a name), the side, the countdown, Pause and Skip. One
 * look at the page per segment, so every segment of every preset is seen.
 */
const offScreen = (page) =>
  page.evaluate(() => {
    const inside = (e) => {
      const r = e?.getBoundingClientRect();
      return !!r && r.width > 0 && r.height > 0 && r.top >= 0 && r.left >= 0 &&
        r.bottom <= innerHeight && r.right <= innerWidth;
    };
    const button = (name) => [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === name);
    const picture = document.querySelector('.player-stage [role=img]');
    const side = document.querySelector('.side-banner');
    const wanted = {
      picture: inside(picture) && !!picture.getAttribute('aria-label'),
      side: !side || inside(side),
      countdown: inside(document.querySelector('[role=timer]')),
      pause: inside(button('Pause') ?? button('Resume')),
      skip: inside(button('Skip')),
    };
    return Object.keys(wanted).filter((k) => !wanted[k]);
  });

async function expectFit(page, where) {
  expect(await offScreen(page), `off screen at ${where}`).toEqual([]);
}

for (const [width, height] of SIZES) {
  test.describe(`at ${width}x${height}`, () => {
    test.use({ viewport: { width, height } });
    for (const id of PRESETS) {
      test(`${id}: every step row has a picture; the session fits the screen, count-in to the end`, async ({ page }) => {
        await seed(page, { routines: [], settings: { get_ready_ms: 10_000 } });
        await page.goto(`/routine/${id}`);
        const rows = page.locator('.step-list > li');
        await expect(rows.first()).toBeVisible();
        // Each step row has a picture with a name.
        const names = await rows.evaluateAll((lis) => lis.map((li) => li.querySelector('[role=img]')?.getAttribute('aria-label') ?? ''));
        for (const name of names) expect(name, 'a step row\'s picture').toMatch(/\w/);
        const first = await page.locator('.step-list .step-title').first().textContent();
        await page.getByRole('button', { name: 'Start' }).click();
        await skipTensionRating(page);

        // Focus mode: no site header, no install offer; a way out at the top.
        await expect(page.getByRole('timer')).toBeVisible();
        await expect(page.getByRole('banner')).toBeHidden();
        await expect(page.getByRole('button', { name: 'End session' })).toBeInViewport();

        // The count-in shows the step about to start and its picture.
        await expect(page.locator('.kind-chip')).toHaveText('Get ready');
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(first);
        const picture = await page.locator('.player-stage').getByRole('img').getAttribute('aria-label');
        expect(names[0].startsWith(picture.replace(/\.$/, '')), `${picture} is the first step's`).toBe(true);
        await expectFit(page, 'count-in');

        const done = page.getByRole('heading', { level: 1, name: 'Every step skipped' });
        for (let i = 0; i < 200 && !(await done.isVisible()); i++) {
          await skip(page);
          if (await page.locator('.running-view:not([hidden]) .player-stage').count()) await expectFit(page, `segment ${i + 1}`);
        }
        await expect(done).toBeVisible();
        // The end screen is a page again: the header is back.
        await expect(page.getByRole('banner')).toBeVisible();
      });
    }
  });
}

test('a step made in the editor with a position and a spot shows its picture in the session', async ({ page }) => {
  await seed(page, { routines: [] });
  await page.goto('/routines/new');
  await page.getByLabel('Name').fill('My calf');
  const s = page.getByRole('group', { name: 'Step 1', exact: true });
  await s.getByLabel('Title').fill('Calf on the ball');
  await s.getByLabel('Body area').selectOption('Calves');
  await s.getByLabel('Tool').selectOption('Massage ball');
  await s.getByLabel('Picture: position').selectOption('Seated on the floor');
  const preview = s.getByRole('img');
  await expect(preview).toHaveAccessibleName(/^Sitting on the floor/);
  await expect(preview).toHaveAccessibleName(/calf/i);
  const name = await preview.getAttribute('aria-label');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'My calf' })).toBeVisible();
  await expect(page.locator('.step-list > li').first().getByRole('img')).toHaveAccessibleName(name);
  await page.getByRole('button', { name: 'Start' }).click();
  await skipTensionRating(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Calf on the ball' })).toBeVisible();
  await expect(page.locator('.player-stage').getByRole('img')).toHaveAccessibleName(name);
});

test('the count-in names the step about to start, and "Next:" the one after it', async ({ page }) => {
  await seed(page, { settings: { get_ready_ms: 10_000 } });
  await page.goto('/routine/test-trio');
  await page.getByRole('button', { name: 'Start' }).click();
  await skipTensionRating(page);
  await expect(page.locator('.kind-chip')).toHaveText('Get ready');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Forearm hold');
  await expect(page.getByText(/^Next: /)).toHaveText('Next: Calf hold (left)');
  await page.getByRole('button', { name: 'Skip', exact: true }).click();
  await expect(page.locator('.kind-chip')).toHaveText('Hold');
  await expect(page.getByText(/^Next: /)).toHaveText('Next: Calf hold (left)');
});

test('a side switch is said once, and paused digits keep their contrast', async ({ page }) => {
  await seed(page, {
    routines: [{ id: 'two-sides', name: 'Two sides', description: 'One hold, both sides.', steps: [step('hold', 'Calf hold', 10, { sides: 'both' })] }],
  });
  await page.goto('/routine/two-sides');
  await page.getByRole('button', { name: 'Start' }).click();
  await skipTensionRating(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Calf hold');
  const digits = page.getByRole('timer');
  const opacity = () => digits.evaluate((e) => {
    let o = 1;
    for (let n = e; n; n = n.parentElement) o *= Number(getComputedStyle(n).opacity);
    return o;
  });
  expect(await opacity()).toBe(1);
  await page.getByRole('button', { name: 'Pause' }).click();
  await expect(page.getByText('Paused', { exact: true })).toBeVisible();
  expect(await opacity()).toBe(1);
  await page.getByRole('button', { name: 'Resume' }).click();
  await page.getByRole('button', { name: 'Skip', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Switch sides');
  const said = await page.locator('.player-stage').evaluate((e) => (e.innerText.match(/switch/gi) || []).length);
  expect(said).toBe(1);
  await expect(page.locator('.side-banner')).toHaveText('Right side');
});

test('in landscape after a reload, the sound notice sits above the countdown and the picture keeps its room', async ({ page }) => {
  await page.setViewportSize({ width: 740, height: 360 });
  await seed(page, { settings: { sound: true } });
  await page.goto('/routine/glutes-sciatic');
  await page.getByRole('button', { name: 'Start' }).click();
  await skipTensionRating(page);
  await expect(page.getByRole('timer')).toBeVisible();
  await page.reload();
  const turnOn = page.getByRole('button', { name: 'Turn sound on' });
  await expect(turnOn).toBeInViewport();
  await expectFit(page, 'after a reload with sound off');
  const picture = page.locator('.player-stage').getByRole('img');
  expect((await picture.boundingBox()).height).toBeGreaterThanOrEqual(48);
  // The notice is in the countdown's column, not across the picture's.
  const [notice, timer] = [await turnOn.boundingBox(), await page.getByRole('timer').boundingBox()];
  expect(notice.x).toBeGreaterThan(740 / 2 - 20);
  expect(notice.y).toBeLessThan(timer.y);
});
