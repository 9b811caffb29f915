// The app deployed under a sub-path (https://host/unknot/): its own router
// keeps every page below the base path, links move without a reload, Back
// works, and addresses typed or reloaded land on the right page.
import { test, expect } from '@playwright/test';
import { SUBPATH_PORT } from './playwright.config.js';

test.use({ baseURL: `http://127.0.0.1:${SUBPATH_PORT}` });

const heading = (page) => page.getByRole('heading', { level: 1 });

test('links, the menu and Back stay under the sub-path without reloading', async ({ page }) => {
  await page.goto('/unknot/');
  await expect(heading(page)).toHaveText('Release a knot, one hold at a time');
  // Gone after any full page load, so it proves the moves below are in-app.
  await page.evaluate(() => { window.__sameDocument = true; });

  await page.getByRole('link', { name: 'Quick hold' }).click();
  await expect(page).toHaveURL(/\/unknot\/quick$/);
  await expect(page.getByRole('timer')).toBeVisible();

  await page.goBack();
  await expect(page).toHaveURL(/\/unknot\/$/);
  await expect(heading(page)).toHaveText('Release a knot, one hold at a time');

  // A library card: its link is in a markup string, not a view.
  const card = page.locator('a.routine-link').first();
  const name = await card.textContent();
  await card.click();
  await expect(page).toHaveURL(/\/unknot\/routine\/[a-z0-9-]+$/);
  await expect(heading(page)).toHaveText(name);

  await page.getByRole('button', { name: 'Menu' }).click();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  await expect(page).toHaveURL(/\/unknot\/settings$/);
  await expect(heading(page)).toHaveText('Settings');

  await page.getByRole('link', { name: 'Unknot' }).click();
  await expect(page).toHaveURL(/\/unknot\/$/);
  expect(await page.evaluate(() => window.__sameDocument)).toBe(true);
});

test('typed addresses under the sub-path show their page', async ({ page }) => {
  await page.goto('/unknot/learn');
  await expect(heading(page)).toHaveText(/./);
  await expect(page).toHaveURL(/\/unknot\/learn$/);
  await page.goto('/unknot/routine/not-a-routine');
  await expect(heading(page)).toHaveText('Routine not found');
  await page.goto('/unknot/nowhere');
  await expect(heading(page)).toHaveText('Page not found');
  await page.getByRole('link', { name: 'Go to the home page' }).click();
  await expect(page).toHaveURL(/\/unknot\/$/);
});
