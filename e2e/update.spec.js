// Updates: a new build deployed under an open page is announced with "A new
// version is ready" and taken only on "Reload"; never during a running hold.
// The "second build" is a copy of dist/ with a changed index.html, finished
// by the same post_build step a real build runs.
import { test, expect } from '@playwright/test';
import { noCountIn } from './fixtures.js';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { UPDATE_PORT, copyOfDist, removeDir, postBuild, startServer, swReady, cacheNames } from './pwa-helpers.js';

// The tests share one server port, so they run one after another.
test.describe.configure({ mode: 'serial' });

const TITLE = 'Unknot: self-release timer';
const NEW_TITLE = 'Unknot: self-release timer, second build';

let site;
let server;
test.beforeEach(async () => {
  site = await copyOfDist('update');
  server = await startServer(site, UPDATE_PORT);
});
test.afterEach(async () => {
  await server.stop();
  await removeDir(site);
});

const cacheOf = async (dir) => (await readFile(join(dir, 'sw.js'), 'utf8')).match(/const CACHE = "([^"]+)"/)[1];

/** Deploys a second build: index.html changed, post_build run again. */
async function deploySecondBuild(dir) {
  const index = join(dir, 'index.html');
  const html = await readFile(index, 'utf8');
  await writeFile(index, html.replace(`<title>${TITLE}</title>`, `<title>${NEW_TITLE}</title>`));
  postBuild(dir);
}

/** What the browser does on a navigation or its periodic check: ask for sw.js again. */
async function checkForUpdate(page) {
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
}

const banner = (page) => page.getByText('A new version is ready');

test('an unchanged build gives the same worker; a changed one is announced, and taken only on Reload', async ({ page }) => {
  await page.goto(`${server.url}/`);
  await swReady(page);
  // Controlled by the worker, as on any visit after the first.
  await page.reload();
  const first = await cacheOf(site);
  expect(await cacheNames(page)).toEqual([first]);

  // Running the build step again on the same files changes nothing.
  const sw = await readFile(join(site, 'sw.js'));
  postBuild(site);
  expect((await readFile(join(site, 'sw.js'))).equals(sw)).toBe(true);
  await checkForUpdate(page);
  expect(await page.evaluate(async () => !!(await navigator.serviceWorker.getRegistration()).waiting)).toBe(false);

  await deploySecondBuild(site);
  const second = await cacheOf(site);
  expect(second).not.toBe(first);

  await page.evaluate(() => (window.__firstLoad = true));
  await checkForUpdate(page);
  await expect(banner(page)).toBeVisible();
  const reload = page.getByRole('button', { name: 'Reload' });
  await expect(reload).toBeVisible();
  // No automatic reload or swap: same document, old version still in control.
  await page.waitForTimeout(1_000);
  expect(await page.evaluate(() => window.__firstLoad)).toBe(true);
  await expect(page).toHaveTitle(TITLE);
  expect(await cacheNames(page)).toContain(first);

  await Promise.all([page.waitForEvent('load'), reload.click()]);
  await expect(page).toHaveTitle(NEW_TITLE);
  expect(await page.evaluate(() => window.__firstLoad)).toBeUndefined();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(banner(page)).toBeHidden();
  // The new version controls the page, and the old cache is gone.
  expect(await page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
  await expect.poll(() => cacheNames(page)).toEqual([second]);
});

test('during a running hold the prompt waits until the hold is paused or ends', async ({ page }) => {
  await noCountIn(page);
  await page.goto(`${server.url}/quick`);
  await swReady(page);
  // Controlled by the worker, as on any visit after the first.
  await page.reload();
  await page.evaluate(() => (window.__firstLoad = true));
  await page.getByRole('radio', { name: '10 seconds' }).check();
  await page.getByRole('button', { name: 'Start' }).click();

  await deploySecondBuild(site);
  await checkForUpdate(page);
  await expect
    .poll(() => page.evaluate(async () => !!(await navigator.serviceWorker.getRegistration()).waiting))
    .toBe(true);
  // A new version is waiting, but the hold runs on undisturbed.
  await page.waitForTimeout(1_000);
  await expect(banner(page)).toBeHidden();
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();

  await page.getByRole('button', { name: 'Pause' }).click();
  await expect(banner(page)).toBeVisible();

  await page.getByRole('button', { name: 'Resume' }).click();
  await expect(banner(page)).toBeHidden();
  await expect(page.getByRole('heading', { name: /complete/ })).toBeVisible({ timeout: 15_000 });
  await expect(banner(page)).toBeVisible();
  // Still the same document: nothing reloaded behind the user's back.
  expect(await page.evaluate(() => window.__firstLoad)).toBe(true);
});
