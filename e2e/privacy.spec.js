// A health-adjacent app talks to no one but its own origin: every request of
// a walk through the app is recorded, and the Content-Security-Policy is
// enforced without a single violation by the app itself.
import { test, expect } from '@playwright/test';
import { noCountIn } from './fixtures.js';
import { swReady } from './pwa-helpers.js';
import { skipTensionRating } from './helpers.js';

/** Records CSP violations in every document the page loads. */
async function watchViolations(page) {
  const violations = [];
  await page.exposeBinding('__unknotCspViolation', (_source, v) => violations.push(v));
  await page.addInitScript(() => {
    addEventListener(
      'securitypolicyviolation',
      (e) => window.__unknotCspViolation(`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'}`),
      true,
    );
  });
  page.on('console', (m) => {
    if (/Content.Security.Policy/i.test(m.text())) violations.push(`console: ${m.text()}`);
  });
  return violations;
}

test('a full walk through the app only talks to its own origin, with no CSP violation', async ({ page, baseURL }) => {
  const origin = new URL(baseURL).origin;
  const requests = [];
  page.context().on('request', (r) => requests.push(r.url()));
  const violations = await watchViolations(page);
  await noCountIn(page);

  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // The policy is the strict one, and Trunk's loader is no longer inline.
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toContain("default-src 'self'");
  expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval'");
  expect(policy).toContain("require-trusted-types-for 'script'; trusted-types unknot default");
  expect(policy).not.toMatch(/'unsafe-inline'|'unsafe-eval'|https?:|\*/);
  expect(await page.locator('script:not([src])').count()).toBe(0);
  await swReady(page);

  await page.getByRole('link', { name: 'Quick hold' }).click();
  await page.getByRole('radio', { name: '10 seconds' }).check();
  await page.getByRole('button', { name: 'Start' }).click();
  await page.getByRole('button', { name: 'Pause' }).click();
  await page.getByRole('button', { name: 'Resume' }).click();
  await expect(page.getByRole('heading', { name: /complete/ })).toBeVisible({ timeout: 15_000 });
  await page.getByRole('button', { name: 'Change the hold' }).click();

  // A preset through the safety check into the player, then settings and reading pages.
  await page.goto('/routine/calves-heel');
  await page.getByRole('button', { name: 'Start' }).click();
  await page.getByRole('button', { name: /None of these apply/ }).click();
  await skipTensionRating(page);
  await expect(page.getByRole('timer')).toBeVisible();
  await page.getByRole('button', { name: 'Skip' }).click();
  await page.getByRole('button', { name: 'End session' }).click();
  await page.getByRole('button', { name: 'Yes, end session' }).click();
  await page.getByRole('button', { name: 'Done' }).click();
  for (const path of ['/settings', '/history', '/learn', '/doctor', '/about']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  }

  await page.goto('/no/such/page');
  await page.getByRole('link', { name: 'Go to the home page' }).click();
  await expect(page).toHaveURL(/\/$/);
  // A second visit, now through the service worker, in dark mode.
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.goto('/quick');
  // The length of the last hold is remembered.
  await expect(page.getByRole('timer')).toHaveText('0:10');

  // The walk did load the app (the recorder works), all from our origin.
  for (const part of ['/sw.js', '_bg.wasm', '/loader-', '.css', '/manifest.webmanifest']) {
    expect(requests.some((u) => u.includes(part)), `a request for ${part}`).toBe(true);
  }
  const foreign = requests.filter((u) => new URL(u).origin !== origin);
  expect(foreign).toEqual([]);
  expect(violations).toEqual([]);
});

test('the policy is enforced: a remote image and an inline script are blocked and reported', async ({ page }) => {
  const responses = [];
  page.context().on('response', (r) => responses.push(r.url()));
  const violations = await watchViolations(page);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  const scriptRefused = await page.evaluate(() => {
    const img = document.createElement('img');
    img.src = 'https://tracker.example/pixel.png';
    document.body.append(img);
    const s = document.createElement('script');
    try {
      // Trusted Types refuse script text that no policy vouched for.
      s.textContent = 'window.__inlineRan = true';
    } catch (e) {
      return e instanceof TypeError;
    }
    document.body.append(s);
    return false;
  });
  expect(scriptRefused).toBe(true);
  // Both as events (what the walk above listens for) and in the console.
  await expect.poll(() => violations.join('\n')).toContain('img-src blocked https://tracker.example/pixel.png');
  await expect.poll(() => violations.join('\n')).toMatch(/require-trusted-types-for blocked/);
  expect(violations.filter((v) => v.startsWith('console:')).length).toBeGreaterThanOrEqual(1);
  expect(await page.evaluate(() => window.__inlineRan)).toBeUndefined();
  // Playwright lists the attempt as a request, but nothing ever answered it.
  expect(responses.filter((u) => u.includes('tracker.example'))).toEqual([]);
});
