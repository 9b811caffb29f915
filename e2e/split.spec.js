// The release build's wasm is split at page boundaries (scripts/split-wasm.mjs):
// the home page loads no page chunk, every chunk is precached so every route
// opens offline after one visit to the home page alone, and a chunk that
// cannot be fetched shows "Try again" instead of the crash screen.
import { test, expect } from '@playwright/test';
import { readdir } from 'node:fs/promises';
import { SPLIT_OFFLINE_PORT, DIST, startServer, swReady } from './pwa-helpers.js';
import { seed, SINGLE } from './fixtures.js';

const CHUNK = /\/(split|chunk)_[^/]*\.wasm$/;

// Every route, with the level-1 heading it shows once loaded.
const ROUTES = [
  ['/', 'Release a knot, one hold at a time'],
  ['/quick', 'Quick hold'],
  ['/session', 'No session running'],
  ['/routine/calves-heel', 'Calves and heel'],
  ['/routines', 'My routines'],
  ['/routines/new', 'New routine'],
  [`/routines/${SINGLE.id}/edit`, 'Edit routine'],
  ['/routines/new?from=calves-heel', 'Customize routine'],
  ['/share', 'This link cannot be opened'],
  ['/settings', 'Settings'],
  ['/history', 'Your progress'],
  ['/learn', 'Learn'],
  ['/about', 'About Unknot'],
  ['/doctor', 'When to see a doctor'],
  ['/finder', 'Where do you feel it?'],
  ['/no/such/page', 'Page not found'],
];

test('after visiting only the home page, every route opens with the server stopped', async ({ page }) => {
  await seed(page);
  const server = await startServer(DIST, SPLIT_OFFLINE_PORT);
  try {
    await page.goto(`${server.url}/`);
    // The first visit compiles the wasm with nothing cached: slow on a busy machine.
    await expect(page.getByRole('heading', { level: 1, name: ROUTES[0][1] })).toBeVisible({ timeout: 30_000 });
    expect(await swReady(page)).toBe(`${server.url}/sw.js`);
  } finally {
    await server.stop();
  }
  for (const [path, heading] of ROUTES) {
    await page.goto(`${server.url}${path}`);
    await expect(page.getByRole('heading', { level: 1, name: heading }), path).toBeVisible();
    await expect(page.locator('.page-loading'), path).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Try again' }), path).toHaveCount(0);
  }
  // In-app moves too (no reload): the chunks load from the cache.
  await page.goto(`${server.url}/`);
  for (const name of ['History', 'Settings', 'My routines', 'Learn']) {
    await page.getByRole('button', { name: 'Menu' }).click();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name }).click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('.page-loading')).toHaveCount(0);
  }
});

test.describe('without a service worker', () => {
  test.use({ serviceWorkers: 'block' });

  test('the build has page chunks, and a first visit to the home page fetches none of them', async ({ page }) => {
    const chunks = (await readdir(DIST)).filter((f) => CHUNK.test(`/${f}`));
    expect(chunks.length, 'split_*.wasm files in dist/').toBeGreaterThan(3);

    const fetched = [];
    page.on('request', (r) => fetched.push(r.url()));
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: ROUTES[0][1] })).toBeVisible();
    await page.goto('/quick');
    await expect(page.getByRole('timer')).toBeVisible();
    expect(fetched.filter((u) => CHUNK.test(new URL(u).pathname))).toEqual([]);

    // Opening a split page fetches its chunk.
    await page.getByRole('button', { name: 'Menu' }).click();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
    await expect(page.locator('.page-loading')).toHaveCount(0);
    expect(fetched.filter((u) => CHUNK.test(new URL(u).pathname)).length).toBeGreaterThan(0);
  });

  test('a chunk that cannot be fetched shows the heading and Try again, which then loads it', async ({ page }) => {
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.route(CHUNK, (route) => route.abort('internetdisconnected'));
    await page.goto('/settings');
    await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
    await expect(page.getByRole('alert')).toContainText('could not be loaded');
    const retry = page.getByRole('button', { name: 'Try again' });
    await expect(retry).toBeVisible();

    // The app still works: the header and other pages.
    await page.getByRole('link', { name: 'Unknot' }).click();
    await expect(page.getByRole('heading', { level: 1, name: ROUTES[0][1] })).toBeVisible();
    await page.goBack();
    await expect(retry).toBeVisible();

    await page.unroute(CHUNK);
    await retry.click();
    await expect(retry).toHaveCount(0);
    await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
    await expect(page.locator('.page-load-failed')).toHaveCount(0);
    expect(errors).toEqual([]);
  });
});

/** Chunk files the page asked for, and whether the service worker answered. */
function watchChunks(page) {
  const seen = [];
  page.on('response', (r) => {
    if (CHUNK.test(new URL(r.url()).pathname)) seen.push({ file: new URL(r.url()).pathname, sw: r.fromServiceWorker() });
  });
  return seen;
}

test('once the service worker serves the app, the home page loads the page chunks while idle, and pages open without a loading state', async ({ page }) => {
  await seed(page);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: ROUTES[0][1] })).toBeVisible({ timeout: 30_000 });
  await swReady(page);
  const seen = watchChunks(page);
  await page.reload();
  expect(await page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
  // The last chunk warmed up is the editor's; every one comes from the worker's cache.
  await expect.poll(() => seen.some((c) => c.file.includes('/split_editor')), { timeout: 20_000 }).toBe(true);
  expect(seen.length).toBeGreaterThan(3);
  expect(seen.filter((c) => !c.sw)).toEqual([]);

  // No page shows "Loading" on its first open any more.
  await page.evaluate(() => {
    window.__loadingSeen = false;
    new MutationObserver(() => {
      if (document.querySelector('.page-loading')) window.__loadingSeen = true;
    }).observe(document.body, { childList: true, subtree: true });
  });
  await page.getByRole('link', { name: /Calves and heel/ }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Calves and heel' })).toBeVisible();
  for (const name of ['History', 'Settings', 'My routines', 'Learn']) {
    await page.getByRole('button', { name: 'Menu' }).click();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name }).click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  }
  expect(await page.evaluate(() => window.__loadingSeen)).toBe(false);
});

test('no chunk is loaded ahead while a session runs', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: ROUTES[0][1] })).toBeVisible({ timeout: 30_000 });
  await swReady(page);
  await page.goto('/quick');
  await page.getByRole('button', { name: 'Start' }).click();
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  const seen = watchChunks(page);
  await page.reload();
  expect(await page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  // Longer than the warm-up's idle wait (2 s at most per chunk).
  await page.waitForTimeout(3_000);
  expect(seen).toEqual([]);
});
