// Installing: Chromium judges the app installable, the manifest has what a
// home-screen app needs, and the install button / iOS hint follow the browser.
import { test, expect, chromium } from '@playwright/test';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { swReady, removeDir } from './pwa-helpers.js';

test('Chromium reports the app installable, with a complete manifest', async ({ baseURL }, testInfo) => {
  // Chromium never offers installing from an incognito-like context (as
  // Playwright's usual contexts are): use a real, persistent profile.
  const profile = await mkdtemp(join(tmpdir(), 'unknot-profile-'));
  const { launchOptions, viewport } = testInfo.project.use;
  const context = await chromium.launchPersistentContext(profile, { ...launchOptions, viewport, baseURL });
  try {
    await checkInstallable(await context.newPage(), baseURL);
  } finally {
    await context.close();
    await removeDir(profile);
  }
});

async function checkInstallable(page, baseURL) {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await swReady(page);
  const cdp = await page.context().newCDPSession(page);
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  expect(installabilityErrors).toEqual([]);
  const { errors } = await cdp.send('Page.getAppManifest');
  expect(errors).toEqual([]);

  const manifest = await page.evaluate(() => fetch('manifest.webmanifest').then((r) => r.json()));
  expect(manifest).toMatchObject({ name: expect.any(String), short_name: 'Unknot', display: 'standalone' });
  expect(new URL(manifest.start_url, `${baseURL}/manifest.webmanifest`).href).toBe(`${baseURL}/`);
  for (const purpose of ['any', 'maskable']) {
    for (const size of ['192x192', '512x512']) {
      const icon = manifest.icons.find((i) => i.purpose === purpose && i.sizes === size);
      expect(icon, `${purpose} ${size}`).toBeTruthy();
      // The file is a PNG of that size (width and height in the IHDR chunk).
      const [w, h] = await page.evaluate(async (src) => {
        const b = new DataView(await (await fetch(src)).arrayBuffer());
        return [b.getUint32(16), b.getUint32(20)];
      }, icon.src);
      expect(`${w}x${h}`).toBe(size);
    }
  }
  const shortcut = manifest.shortcuts.find((s) => s.name === 'Quick hold');
  expect(new URL(shortcut.url, `${baseURL}/manifest.webmanifest`).href).toBe(`${baseURL}/quick`);
}

/** Fires a browser-like install offer; returns nothing, records prompt() calls. */
async function offerInstall(page) {
  await page.evaluate(() => {
    window.__prompted = 0;
    const e = new Event('beforeinstallprompt', { cancelable: true });
    e.prompt = () => {
      window.__prompted += 1;
      return Promise.resolve({ outcome: 'accepted' });
    };
    dispatchEvent(e);
    window.__offerDefaultPrevented = e.defaultPrevented;
  });
}

test('an install offer shows "Install app", which opens the browser dialog once', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const button = page.getByRole('button', { name: 'Install app' });
  await expect(button).toBeHidden();
  await offerInstall(page);
  expect(await page.evaluate(() => window.__offerDefaultPrevented)).toBe(true);
  await expect(button).toBeVisible();
  const box = await button.boundingBox();
  expect(box.height).toBeGreaterThanOrEqual(48);
  // On a 360 px phone the header keeps one row with the offer in it.
  await page.setViewportSize({ width: 360, height: 740 });
  const height = await page.locator('.topbar').evaluate((h) => h.getBoundingClientRect().height);
  expect(height).toBeLessThan(80);
  expect(await button.evaluate((b) => b.innerText.trim())).toBe('Install');
  await button.click();
  expect(await page.evaluate(() => window.__prompted)).toBe(1);
  await expect(button).toBeHidden();

  // A finished install hides it for good.
  await offerInstall(page);
  await expect(button).toBeVisible();
  await page.evaluate(() => dispatchEvent(new Event('appinstalled')));
  await expect(button).toBeHidden();
});

test('running installed (display-mode standalone), nothing is offered', async ({ page }) => {
  // Chromium cannot emulate display-mode, so the media query answers as an
  // installed app's would.
  await page.addInitScript(() => {
    const real = window.matchMedia.bind(window);
    window.matchMedia = (q) =>
      /display-mode:\s*standalone/.test(q) ? { ...real('all'), media: q, matches: true } : real(q);
  });
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(await page.evaluate(() => matchMedia('(display-mode: standalone)').matches)).toBe(true);
  await offerInstall(page);
  await page.waitForTimeout(300);
  await expect(page.getByRole('button', { name: 'Install app' })).toBeHidden();
});

test.describe('on iOS', () => {
  test.use({
    userAgent:
      'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1',
  });

  test('Safari gets the Share -> Add to Home Screen hint, which can be dismissed', async ({ page }) => {
    await page.goto('/');
    const hint = page.getByRole('complementary', { name: 'Install Unknot' });
    await expect(hint).toBeVisible();
    await expect(hint).toContainText('Share');
    await expect(hint).toContainText('Add to Home Screen');
    await hint.getByRole('button', { name: 'Not now' }).click();
    await expect(hint).toBeHidden();
  });

  test('once added to the home screen, no hint', async ({ page }) => {
    await page.addInitScript(() => Object.defineProperty(navigator, 'standalone', { value: true }));
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('complementary', { name: 'Install Unknot' })).toBeHidden();
  });
});
