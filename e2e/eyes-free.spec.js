// Eyes-free sessions: what the lock screen and headset see (navigator.mediaSession),
// the headset buttons doing what the page's buttons do, the new cue settings, and
// the session screen read from the floor.
import { test, expect } from '@playwright/test';
import { open, skipTensionRating, expectNoSeriousA11yViolations } from './helpers.js';
import { seed } from './fixtures.js';

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

const card = (page) =>
  page.evaluate(() => {
    const m = navigator.mediaSession.metadata;
    return {
      title: m?.title ?? null,
      artist: m?.artist ?? null,
      album: m?.album ?? null,
      artwork: m ? m.artwork.length : 0,
      state: navigator.mediaSession.playbackState,
      actions: Object.keys(window.__media).sort(),
    };
  });

const press = (page, action) => page.evaluate((a) => window.__media[a]({ action: a }), action);

const secondsShown = async (page) => {
  const [m, s] = (await page.getByRole('timer').textContent()).split(':').map(Number);
  return m * 60 + s;
};

async function startTrio(page) {
  await page.goto('/routine/test-trio');
  await expect(page.getByRole('heading', { level: 1, name: 'Test trio' })).toBeVisible();
  await page.getByRole('button', { name: 'Start' }).click();
  await skipTensionRating(page);
  await expect(page).toHaveURL(/\/session$/);
}

test.beforeEach(async ({ page }) => {
  await recordMediaHandlers(page);
});

test('the lock screen shows the step, the routine and where in it, and its buttons work like the page', async ({ page }) => {
  await seed(page);
  await startTrio(page);
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toHaveText('Forearm hold');
  await expect.poll(() => card(page)).toMatchObject({
    title: 'Forearm hold',
    artist: 'Test trio',
    album: 'Step 1 of 3 · Hold',
    state: 'playing',
    actions: ['nexttrack', 'pause', 'play', 'previoustrack', 'seekforward', 'stop'],
  });
  expect((await card(page)).artwork).toBeGreaterThan(0);

  // Pause and play: the page's own button follows.
  await press(page, 'pause');
  await expect(page.getByRole('button', { name: 'Resume' })).toBeVisible();
  await expect.poll(async () => (await card(page)).state).toBe('paused');
  await press(page, 'play');
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  await expect.poll(async () => (await card(page)).state).toBe('playing');
  // And the other way round: the page's Pause shows on the card.
  await page.getByRole('button', { name: 'Pause' }).click();
  await expect.poll(async () => (await card(page)).state).toBe('paused');
  await page.getByRole('button', { name: 'Resume' }).click();

  // Next track skips, with the side on the card; previous goes back.
  await press(page, 'nexttrack');
  await expect(heading).toHaveText('Calf hold');
  await expect.poll(async () => (await card(page)).title).toBe('Calf hold · left');
  await press(page, 'previoustrack');
  await expect(heading).toHaveText('Forearm hold');

  // Seek forward adds 10 seconds, as "Add 10 s" does.
  const before = await secondsShown(page);
  await press(page, 'seekforward');
  await expect.poll(() => secondsShown(page)).toBeGreaterThanOrEqual(before + 8);

  // Stop asks nothing and ends nothing: it pauses.
  await press(page, 'stop');
  await expect(page.getByRole('button', { name: 'Resume' })).toBeVisible();
  await expect(heading).toHaveText('Forearm hold');

  // Ending the session clears the card and the handlers.
  await page.getByRole('button', { name: 'End session' }).click();
  await page.getByRole('button', { name: 'Yes, end session' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ended before the first step' })).toBeVisible();
  await expect.poll(() => card(page)).toMatchObject({ title: null, state: 'none', actions: [] });
});

test('a quick hold shows on the lock screen too', async ({ page }) => {
  await seed(page);
  await open(page, '/quick');
  await page.getByRole('radio', { name: '20 seconds' }).check();
  await page.getByRole('button', { name: 'Start' }).click();
  await expect.poll(() => card(page)).toMatchObject({ title: 'Hold', artist: 'Quick hold', state: 'playing' });
  await press(page, 'pause');
  await expect(page.getByRole('button', { name: 'Resume' })).toBeVisible();
  await page.getByRole('button', { name: 'Stop' }).click();
  await expect.poll(async () => (await card(page)).title).toBe(null);
});

test('End session asks on screen and the session waits while it asks', async ({ page }) => {
  await seed(page);
  await page.setViewportSize({ width: 412, height: 915 });
  await startTrio(page);
  await page.getByRole('button', { name: 'End session' }).click();
  const dialog = page.getByRole('alertdialog', { name: 'End this session?' });
  await expect(dialog.getByRole('button', { name: 'Yes, end session' })).toBeInViewport();
  await expect(dialog.getByRole('button', { name: 'Keep going' })).toBeFocused();
  // Paused while asking: the digits do not move.
  const shown = await page.getByRole('timer').textContent();
  await page.waitForTimeout(1_500);
  await expect(page.getByRole('timer')).toHaveText(shown);
  await dialog.getByRole('button', { name: 'Keep going' }).click();
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  await expect(dialog).toHaveCount(0);
});

test('the side is shown large, paused reads from afar, a tap on the ring pauses, and nothing wraps at 360 px', async ({ page }) => {
  await seed(page);
  await page.setViewportSize({ width: 360, height: 780 });
  await startTrio(page);
  await page.getByRole('button', { name: 'Skip' }).click();
  const side = page.locator('.side-banner');
  await expect(side).toHaveText('Left side');
  const sideSize = await side.evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
  const titleSize = await page.getByRole('heading', { level: 1 }).evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
  expect(sideSize).toBeGreaterThan(titleSize);
  await expect(page.getByText(/^Next: /)).toBeInViewport();
  await page.locator('.ring-tap').click();
  await expect(page.getByRole('button', { name: 'Resume' })).toBeVisible();
  await expect(page.locator('.paused-label')).toHaveText('Paused');
  await page.locator('.ring-tap').click();
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  for (const name of ['Add 10 seconds', 'End session', 'Previous', 'Skip']) {
    // One line each, the label inside the button, at least 48 px tall.
    const fits = await page.getByRole('button', { name }).evaluate((e) => {
      const range = document.createRange();
      range.selectNodeContents(e);
      const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
      return { lines: lines.size, overflow: e.scrollWidth > e.clientWidth + 1, height: e.getBoundingClientRect().height };
    });
    expect(fits.lines, name).toBe(1);
    expect(fits.overflow, name).toBe(false);
    expect(fits.height, name).toBeGreaterThanOrEqual(48);
  }
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
});

test('the new cue settings are stored, survive a reload and have names', async ({ page }) => {
  await seed(page, { settings: { voice: true } });
  await open(page, '/settings');
  const names = ['Halfway cue', 'Read instructions aloud', 'Flash at each step', 'Show on the lock screen'];
  for (const name of names) {
    const toggle = page.getByRole('switch', { name });
    await expect(toggle).not.toBeChecked();
    await toggle.check();
  }
  await page.reload();
  for (const name of names) {
    await expect(page.getByRole('switch', { name })).toBeChecked();
  }
  const stored = JSON.parse(await page.evaluate(() => localStorage.getItem('unknot.settings')));
  expect(stored.settings).toMatchObject({ halfway_cue: true, read_instructions: true, flash: true, lock_screen: true });
  // Chromium has no audio session: the silent-switch setting is not offered.
  await expect(page.getByRole('switch', { name: 'Sound through the silent switch' })).toHaveCount(0);
  // Each sound can be heard on its own.
  const tests = page.getByRole('group', { name: 'Test each sound' }).getByRole('button');
  await expect(tests).toHaveText(['Next step', 'Halfway', 'Switch sides', 'Set rest', 'Routine done', 'Last seconds']);
});

test('with the flash on, a step change flashes the screen', async ({ page }) => {
  await seed(page, { settings: { flash: true } });
  await startTrio(page);
  await page.getByRole('button', { name: 'Skip' }).click();
  await expect(page.locator('.flash.flash-step')).toHaveCount(1);
});

test('with the lock-screen setting on, a near-silent track plays during the session and stops after', async ({ page }) => {
  await page.addInitScript(() => {
    window.__audio = [];
    const play = HTMLMediaElement.prototype.play;
    HTMLMediaElement.prototype.play = function () {
      window.__audio.push(this);
      return play.call(this);
    };
  });
  await seed(page, { settings: { lock_screen: true } });
  await startTrio(page);
  await expect.poll(() => page.evaluate(() => window.__audio.length)).toBeGreaterThan(0);
  await expect.poll(() => page.evaluate(() => window.__audio.some((a) => !a.paused && a.loop))).toBe(true);
  await page.getByRole('button', { name: 'Pause' }).click();
  await expect.poll(() => page.evaluate(() => window.__audio.every((a) => a.paused))).toBe(true);
  await page.getByRole('button', { name: 'Resume' }).click();
  await page.getByRole('button', { name: 'End session' }).click();
  await page.getByRole('button', { name: 'Yes, end session' }).click();
  await expect.poll(() => page.evaluate(() => window.__audio.every((a) => a.paused))).toBe(true);
});

for (const scheme of ['light', 'dark']) {
  test(`settings and the session screen have no serious accessibility violations (${scheme})`, async ({ page }) => {
    await seed(page);
    await page.emulateMedia({ colorScheme: scheme });
    await open(page, '/settings');
    await expectNoSeriousA11yViolations(page);
    await startTrio(page);
    await page.getByRole('button', { name: 'Skip' }).click();
    await expect(page.locator('.side-banner')).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await page.getByRole('button', { name: 'End session' }).click();
    await expectNoSeriousA11yViolations(page);
  });
}
