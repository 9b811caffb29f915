// "Where do you feel it?": the pain finder leads to where the pain usually
// comes from, not only to where it hurts.
import { test, expect } from '@playwright/test';
import { open, expectNoSeriousA11yViolations, skipTensionRating, expectTargetsAtLeast } from './helpers.js';
import { seed } from './fixtures.js';

async function pick(page, zone) {
  await open(page, '/');
  await page.getByRole('link', { name: 'Where do you feel it?' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Where do you feel it?' })).toBeVisible();
  await page.getByRole('button', { name: zone, exact: true }).first().click();
  await expect(page.getByRole('heading', { level: 2, name: /^Pain at the / })).toBeFocused();
}

const firstRoutine = (page) => page.locator('.finder-routines a.routine-link').first();

test('heel pain leads first to a calf routine', async ({ page }) => {
  await pick(page, 'Heel');
  await expect(page.getByText('Pain here often comes from:', { exact: false })).toContainText('calf');
  await expect(firstRoutine(page)).toHaveText('Calves and heel');
  await expect(page.getByText('Numbness, pins and needles or weakness', { exact: false })).toHaveCount(0);
});

test('pain down the back of the leg leads first to a glute routine, after the numbness warning', async ({ page }) => {
  await pick(page, 'Back of the thigh, down the back of the leg');
  await expect(page.getByRole('note')).toContainText('Numbness, pins and needles or weakness: see a doctor first.');
  await expect(page.getByRole('note').getByRole('link', { name: 'When to see a doctor' })).toBeVisible();
  await expect(firstRoutine(page)).toHaveAttribute('href', /\/routine\/glutes-/);
  // The choice is in the address: Back from a routine returns to it.
  await firstRoutine(page).click();
  await expect(page).toHaveURL(/\/routine\/glutes-/);
  await page.goBack();
  await expect(page.getByRole('heading', { level: 2, name: 'Pain at the back of the thigh, down the back of the leg' })).toBeVisible();
  const list = page.getByRole('group', { name: 'Back of the body' });
  await expect(list.getByRole('button', { name: 'Back of the thigh, down the back of the leg' })).toHaveAttribute('aria-pressed', 'true');
  // The picture shows the back, with the same place pressed.
  const picture = page.getByRole('group', { name: 'Body picture, back' });
  await expect(picture.getByRole('button', { name: 'Back of the thigh, down the back of the leg' })).toHaveAttribute('aria-pressed', 'true');
});

test('the body picture: front and back, places as named buttons big enough for a finger', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 780 });
  await open(page, '/finder');
  const front = page.getByRole('group', { name: 'Body picture, front' });
  await expect(front.getByRole('button', { name: 'Temple and side of the head' })).toBeVisible();
  await expect(front.getByRole('button', { name: 'Heel' })).toHaveCount(0);
  await page.getByRole('group', { name: 'Side of the body shown' }).getByRole('button', { name: 'Back' }).click();
  const back = page.getByRole('group', { name: 'Body picture, back' });
  const spots = back.getByRole('button');
  expect(await spots.count()).toBeGreaterThanOrEqual(15);
  await expectTargetsAtLeast(back.locator('g:not(.off) > .spot > .spot-hit'));
  // No horizontal scroll at 360 px.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await back.getByRole('button', { name: 'Heel' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: 'Pain at the heel' })).toBeFocused();
  await expect(firstRoutine(page)).toHaveText('Calves and heel');
  await expect(page).toHaveURL(/\/finder\?zone=heel$/);
});

test('a temple headache leads first to an upper-trapezius or neck routine', async ({ page }) => {
  await pick(page, 'Temple and side of the head');
  await expect(firstRoutine(page)).toHaveAttribute('href', /\/routine\/(upper-traps-shoulders|neck-[a-z-]+)$/);
});

test('a suggested routine starts', async ({ page }) => {
  await seed(page, { routines: [] });
  await pick(page, 'Heel');
  await firstRoutine(page).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Calves and heel' })).toBeVisible();
  await page.getByRole('button', { name: 'Start' }).click();
  await skipTensionRating(page);
  await expect(page).toHaveURL(/\/session$/);
  await expect(page.getByRole('timer')).toBeVisible();
});

for (const scheme of ['light', 'dark']) {
  test(`the finder has no serious accessibility violations (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await pick(page, 'Wrist and hand');
    await expectNoSeriousA11yViolations(page);
  });
}
