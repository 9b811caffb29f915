import { test, expect } from '@playwright/test';
import { open, expectNoSeriousA11yViolations, skipTensionRating } from './helpers.js';

for (const path of ['/', '/learn', '/about', '/doctor', '/quick', '/settings', '/history', '/routine/calves-heel', '/session', '/no/such/page']) {
  for (const scheme of ['light', 'dark']) {
    test(`${path} has no serious accessibility violations (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await open(page, path);
      await expectNoSeriousA11yViolations(page);
    });
  }
}

test('the open menu and a filtered library have no serious violations', async ({ page }) => {
  await open(page, '/');
  await page.getByRole('group', { name: 'Body map' }).getByRole('button', { name: 'Calves', exact: true }).click();
  await page.getByRole('button', { name: 'Menu' }).click();
  await expectNoSeriousA11yViolations(page);
});

test('the running player and the safety check have no serious violations', async ({ page }) => {
  for (const scheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme: scheme });
    await open(page, '/routine/calves-heel');
    await page.getByRole('button', { name: 'Start' }).click();
    if (scheme === 'light') {
      await expect(page.getByRole('button', { name: /None of these apply/ })).toBeVisible();
      await expectNoSeriousA11yViolations(page);
      await page.getByRole('button', { name: /None of these apply/ }).click();
    }
    // "How tense is it now?" comes next.
    await expect(page.getByRole('button', { name: 'Calves tension before: 5' })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await skipTensionRating(page);
    await expect(page.getByRole('timer')).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await page.getByRole('button', { name: 'Pause' }).click();
    await page.getByRole('button', { name: 'End session' }).click();
    await expectNoSeriousA11yViolations(page);
    await page.getByRole('button', { name: 'Yes, end session' }).click();
    await expect(page.getByRole('heading', { level: 1, name: /Session ended|Ended before the first step/ })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await page.getByRole('button', { name: 'Done' }).click();
  }
});
