// After one visit, the app works with no network at all: the static server is
// stopped (not just "offline" emulation) and every route still opens from the
// service worker's cache, and a hold still runs to the end.
import { test, expect } from '@playwright/test';
import { OFFLINE_PORT, DIST, startServer, swReady, cacheNames } from './pwa-helpers.js';
import { seed } from './fixtures.js';
import { skipTensionRating } from './helpers.js';

// Every route, with the level-1 heading it shows. Add one line per new route.
const ROUTES = [
  ['/', 'Release a knot, one hold at a time'],
  ['/quick', 'Quick hold'],
  ['/settings', 'Settings'],
  ['/routine/calves-heel', 'Calves and heel'],
  ['/learn', 'Learn'],
  ['/history', 'Your progress'],
  ['/no/such/page', 'Page not found'],
];

test('after the first visit every route opens and a hold completes with the server stopped', async ({ page }) => {
  await seed(page);
  const server = await startServer(DIST, OFFLINE_PORT);
  try {
    await page.goto(`${server.url}/`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible({ timeout: 30_000 });
    expect(await swReady(page)).toBe(`${server.url}/sw.js`);
    expect(await cacheNames(page)).toHaveLength(1);
  } finally {
    await server.stop();
  }
  // The network is gone for real.
  const refused = await page.evaluate((url) => fetch(url, { cache: 'no-store' }).then(() => false, () => true), `${server.url}/no-cache-probe.txt`);
  expect(refused).toBe(true);

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: ROUTES[0][1] })).toBeVisible();
  for (const [path, heading] of ROUTES) {
    await page.goto(`${server.url}${path}`);
    await expect(page.getByRole('heading', { level: 1, name: heading }), path).toBeVisible();
  }

  await page.goto(`${server.url}/quick`);
  await page.getByRole('radio', { name: '10 seconds' }).check();
  await page.getByRole('button', { name: 'Start' }).click();
  await expect(page.getByRole('timer')).toHaveText('0:09', { timeout: 2_000 });
  await expect(page.getByRole('heading', { name: /complete/ })).toBeVisible({ timeout: 15_000 });

  // A routine runs to the end too.
  await page.goto(`${server.url}/routine/test-single`);
  await page.getByRole('button', { name: 'Start' }).click();
  await skipTensionRating(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Glute hold' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Session complete' })).toBeVisible({ timeout: 15_000 });
});
