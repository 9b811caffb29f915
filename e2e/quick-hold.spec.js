import { test, expect } from '@playwright/test';
import { open, watchForHeading, seenAt, blockMainThread } from './helpers.js';
import { noCountIn } from './fixtures.js';

// The timing tests below measure the hold itself: no count-in.
test.beforeEach(async ({ page }, info) => {
  if (!info.title.includes('counts in')) await noCountIn(page);
});

test('the home page leads to Quick hold', async ({ page }) => {
  await open(page, '/');
  await page.getByRole('link', { name: 'Quick hold' }).click();
  await expect(page).toHaveURL(/\/quick$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Quick hold' })).toBeVisible();
  await expect(page.getByRole('radio', { name: '30 seconds' })).toBeChecked();
  await expect(page.getByRole('timer')).toHaveText('0:30');
});

test('a 10-second hold ends at 10 s, not before and less than 1 s late', async ({ page }) => {
  await open(page, '/quick');
  await page.getByRole('radio', { name: '10 seconds' }).check();
  await expect(page.getByRole('timer')).toHaveText('0:10');
  await watchForHeading(page, 'complete');

  const clickedAt = Date.now();
  await page.getByRole('button', { name: 'Start' }).click();
  await expect(page.getByRole('timer')).toHaveText('0:09', { timeout: 2_000 });

  await expect(page.getByRole('heading', { name: /complete/ })).toBeVisible({ timeout: 15_000 });
  const elapsed = (await seenAt(page, 'complete')) - clickedAt;
  expect(elapsed).toBeGreaterThanOrEqual(10_000);
  expect(elapsed).toBeLessThan(11_000);
});

test('Pause freezes the display and Resume continues', async ({ page }) => {
  await open(page, '/quick');
  await page.getByRole('radio', { name: '20 seconds' }).check();
  await page.getByRole('button', { name: 'Start' }).click();
  await expect(page.getByRole('timer')).toHaveText('0:18', { timeout: 3_000 });

  await page.getByRole('button', { name: 'Pause' }).click();
  const frozen = await page.getByRole('timer').textContent();
  await page.waitForTimeout(2_500);
  await expect(page.getByRole('timer')).toHaveText(frozen);

  await page.getByRole('button', { name: 'Resume' }).click();
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  await expect(page.getByRole('timer')).not.toHaveText(frozen, { timeout: 2_000 });

  await page.getByRole('button', { name: 'Stop' }).click();
  await expect(page.getByRole('timer')).toHaveText('0:20');
  await expect(page.getByRole('button', { name: 'Start' })).toBeVisible();
});

test('a blocked main thread does not move the end of a hold', async ({ page }) => {
  await open(page, '/quick');
  await page.getByRole('radio', { name: '10 seconds' }).check();
  await watchForHeading(page, 'complete');
  const clickedAt = Date.now();
  await page.getByRole('button', { name: 'Start' }).click();
  await page.waitForTimeout(3_000);
  await blockMainThread(page, 5_000);
  // Right after the block the display is already correct (about 2 s left).
  await expect(page.getByRole('timer')).toHaveText(/0:0[12]/, { timeout: 500 });
  await expect(page.getByRole('heading', { name: /complete/ })).toBeVisible({ timeout: 15_000 });
  const elapsed = (await seenAt(page, 'complete')) - clickedAt;
  expect(elapsed).toBeGreaterThanOrEqual(10_000);
  expect(elapsed).toBeLessThan(11_000);
});

test('an unknown address shows a not-found page with a way home', async ({ page }) => {
  await open(page, '/no/such/page');
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await page.getByRole('link', { name: 'Go to the home page' }).click();
  await expect(page).toHaveURL(/\/$/);
});

test('dark mode follows the system', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await open(page, '/quick');
  const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(bg).toBe('rgb(21, 24, 28)');
});

test('a quick hold counts in like a routine, shows paused plainly, and remembers its length', async ({ page }) => {
  await open(page, '/quick');
  await page.getByRole('radio', { name: '20 seconds' }).check();
  await page.getByRole('button', { name: 'Start' }).click();
  // The default 5-second count-in first, then the hold.
  await expect(page.locator('.quick-hold-body').getByRole('status').filter({ hasText: 'Get ready' })).toBeAttached();
  await expect(page.getByRole('timer')).toHaveText(/^0:0[1-5]$/);
  await expect(page.locator('.quick-hold-body').getByRole('status').filter({ hasText: 'Hold started' })).toBeAttached({ timeout: 8_000 });
  await expect(page.getByRole('timer')).toHaveText(/^0:(20|1\d)$/);
  await page.getByRole('button', { name: 'Pause' }).click();
  await expect(page.locator('.quick-phase')).toHaveText('Paused');
  const opacity = await page.getByRole('timer').evaluate((e) => getComputedStyle(e).opacity);
  expect(Number(opacity)).toBeLessThan(0.5);
  await page.getByRole('button', { name: 'Stop' }).click();
  // Next visit, the same length is chosen.
  await page.reload();
  await expect(page.getByRole('radio', { name: '20 seconds' })).toBeChecked();
  await expect(page.getByRole('timer')).toHaveText('0:20');
});

test('a quick hold says how to press, shows where with a picture, adds 10 s up to the limit and remembers the spot', async ({ page }) => {
  await open(page, '/quick');
  await expect(page.getByText('about 4 to 7 out of 10', { exact: false })).toBeVisible();
  // Anywhere: no picture.
  await expect(page.getByLabel('Where')).toHaveValue('');
  await expect(page.getByRole('img', { name: /buttock/ })).toHaveCount(0);
  await page.getByLabel('Where').selectOption({ label: 'Outer buttock' });
  const picture = page.getByRole('img', { name: /ball under the .*buttock/i });
  await expect(picture).toBeVisible();
  await page.getByRole('radio', { name: '45 seconds' }).check();
  await page.getByRole('button', { name: 'Start' }).click();
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  await expect(picture).toBeVisible();
  // +10 s takes 45 s to the 60 s limit, then says why it adds nothing more.
  const extend = page.getByRole('button', { name: 'Add 10 seconds' });
  await extend.click();
  await expect(page.getByRole('timer')).toHaveText(/^0:5\d$/);
  await extend.click();
  await expect(extend).toHaveAttribute('aria-disabled', 'true');
  await expect(page.locator('.limit-note')).toHaveText('60 s is the most for one hold: move to the next spot');
  await expect(extend).toHaveAccessibleDescription(/60 s is the most for one hold/);
  await extend.click({ force: true });
  await expect(page.getByRole('timer')).toHaveText(/^0:(60|5\d|1:00)$/);
  await page.getByRole('button', { name: 'Stop' }).click();
  await expect(page.getByRole('button', { name: 'Start' })).toBeVisible();
  // Next visit, the same spot and length are chosen.
  await page.reload();
  await expect(page.getByLabel('Where').locator('option:checked')).toHaveText('Outer buttock');
  await expect(page.getByRole('radio', { name: '45 seconds' })).toBeChecked();
  await expect(picture).toBeVisible();
});
