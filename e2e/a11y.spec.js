import { test } from '@playwright/test';
import { open, expectNoSeriousA11yViolations } from './helpers.js';

for (const path of ['/', '/learn', '/about', '/doctor', '/quick', '/no/such/page']) {
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
