// The state layer as a person meets it: Quick hold runs through the same
// session engine as routines (logged, resumed after a reload), a full
// storage changes nothing and says so, and markup only reaches the page
// through the app's Trusted Types policy.
import { test, expect } from '@playwright/test';
import { open, stored, fillStorage, freeStorage } from './helpers.js';
import { noCountIn } from './fixtures.js';

// Holds here start at the tap (no count-in), so their lengths are exact.
test.beforeEach(async ({ page }) => {
  await noCountIn(page);
});

test('a 10-second quick hold run to its end is in the history and this week', async ({ page }) => {
  await open(page, '/quick');
  await page.getByRole('radio', { name: '10 seconds' }).check();
  await page.getByRole('button', { name: 'Start' }).click();
  await expect(page.getByRole('heading', { name: /complete/ })).toBeVisible({ timeout: 15_000 });

  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Menu' }).click();
  await page.getByRole('link', { name: 'History' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your progress' })).toBeVisible();
  const log = page.locator('.session-log > li');
  await expect(log).toHaveCount(1);
  await expect(log).toContainText('Quick hold');
  await expect(log).toContainText('Completed');
  await expect(page.getByText(/^1 sessions?$/).first()).toBeVisible();
  // This week's bar counts the hold (a short hold still shows as a minute).
  const weeks = await page.getByRole('img', { name: /Minutes per week/ }).getAttribute('aria-label');
  expect(weeks).toMatch(/: 1\.$/);
});

test('quick holds are not logged when the setting is off', async ({ page }) => {
  await open(page, '/settings');
  const logSwitch = page.getByRole('switch', { name: /Log quick holds/ });
  await expect(logSwitch).toBeChecked();
  await logSwitch.click();
  await expect(logSwitch).not.toBeChecked();
  await page.reload();
  await expect(page.getByRole('switch', { name: /Log quick holds/ })).not.toBeChecked();

  await open(page, '/quick');
  await page.getByRole('radio', { name: '10 seconds' }).check();
  await page.getByRole('button', { name: 'Start' }).click();
  await expect(page.getByRole('heading', { name: /complete/ })).toBeVisible({ timeout: 15_000 });
  await open(page, '/history');
  await expect(page.getByText('No sessions yet.', { exact: false })).toBeVisible();
});

test('a quick hold survives a reload mid-hold with the right time left', async ({ page }) => {
  await open(page, '/quick');
  await page.getByRole('radio', { name: '30 seconds' }).check();
  await page.getByRole('button', { name: 'Start' }).click();
  const startedAt = Date.now();
  await expect(page.getByRole('timer')).toHaveText('0:28', { timeout: 4_000 });
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Quick hold' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  const shown = await page.getByRole('timer').textContent();
  const left = 30 - Math.floor((Date.now() - startedAt) / 1000);
  const [m, s] = shown.split(':').map(Number);
  expect(Math.abs(m * 60 + s - left)).toBeLessThanOrEqual(1);
  // The radios stay hidden: the hold is still the one that was running.
  await expect(page.getByRole('radio')).toHaveCount(0);
  // It goes on counting and can be paused like before the reload.
  await expect(page.getByRole('timer')).not.toHaveText(shown, { timeout: 2_000 });
  await page.getByRole('button', { name: 'Pause' }).click();
  await expect(page.getByRole('button', { name: 'Resume' })).toBeVisible();
});

test('a full storage changes nothing: settings and history stay as they were, and the page says so', async ({ page }) => {
  await open(page, '/settings');
  const before = await stored(page, 'unknot.settings');
  await fillStorage(page);
  const vibration = page.getByRole('switch', { name: /Vibration/ });
  await expect(vibration).toBeChecked();
  await vibration.click();
  await expect(page.getByRole('alert')).toContainText('was not saved');
  await expect(page.getByRole('alert')).toContainText('storage on this device is full');
  // Memory did not change: the switch springs back, and storage is as it was.
  await expect(vibration).toBeChecked();
  expect(await stored(page, 'unknot.settings')).toBe(before);

  // A quick hold that ends while storage is full is not logged, and says so.
  await page.goto('/quick');
  await page.getByRole('radio', { name: '10 seconds' }).check();
  await page.getByRole('button', { name: 'Start' }).click();
  await expect(page.getByRole('heading', { name: /complete/ })).toBeVisible({ timeout: 15_000 });
  await expect(page.getByRole('alert').filter({ hasText: 'was not saved' }).first()).toBeVisible();
  expect(await stored(page, 'unknot.history')).toBeNull();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Menu' }).click();
  await page.getByRole('link', { name: 'History' }).click();
  await expect(page.getByText('No sessions yet.', { exact: false })).toBeVisible();

  await freeStorage(page);
});

test('markup that could run script is refused by the page (Trusted Types)', async ({ page }) => {
  await open(page, '/');
  const outcome = await page.evaluate(() => {
    const div = document.createElement('div');
    document.body.append(div);
    let refused = false;
    try {
      div.innerHTML = '<img src=x onerror="window.hacked = 1">';
    } catch (e) {
      refused = e instanceof TypeError;
    }
    return { refused, hasImg: !!div.querySelector('img'), tt: typeof window.trustedTypes };
  });
  expect(outcome.tt).toBe('object');
  expect(outcome.refused).toBe(true);
  expect(outcome.hasImg).toBe(false);
  expect(await page.evaluate(() => window.hacked)).toBeUndefined();
  // The app's own markup still renders: the library's cards and the body map.
  await expect(page.getByRole('link', { name: 'Calves and heel' }).first()).toBeVisible();
});
