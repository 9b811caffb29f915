// Shared helpers for the end-to-end tests.
import { expect } from '@playwright/test';

/** Opens a route and waits until the app has mounted (a heading is shown). */
export async function open(page, path) {
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

/**
 * Installs a watcher in the page that records the wall-clock time at which a
 * heading containing `text` first appears. Read it back with `seenAt`.
 */
export async function watchForHeading(page, text) {
  await page.evaluate((text) => {
    window.__seen = window.__seen || {};
    const check = () => {
      if (window.__seen[text]) return;
      for (const h of document.querySelectorAll('h1, h2, h3')) {
        if (h.textContent.includes(text)) {
          window.__seen[text] = Date.now();
          return;
        }
      }
    };
    new MutationObserver(check).observe(document.body, { subtree: true, childList: true, characterData: true });
    check();
  }, text);
}

export async function seenAt(page, text) {
  return page.evaluate((text) => (window.__seen || {})[text] ?? null, text);
}

/** Keeps the page's main thread busy for `ms`, like a frozen or throttled tab. */
export async function blockMainThread(page, ms) {
  await page.evaluate((ms) => {
    const end = performance.now() + ms;
    while (performance.now() < end) {
      /* busy */
    }
  }, ms);
}

/**
 * Runs axe-core on the current page and fails on any serious or critical
 * violation, listing each with the elements it found.
 */
export async function expectNoSeriousA11yViolations(page) {
  const { default: AxeBuilder } = await import('@axe-core/playwright');
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const report = serious.map((v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`);
  expect(report, report.join('\n')).toEqual([]);
}

/** Passes the "How tense is it now?" step that follows Start on a routine. */
export async function skipTensionRating(page) {
  await page.getByRole('group', { name: 'How tense is it now?' }).getByRole('button', { name: 'Skip' }).click();
}

/** The text stored under `key` in the page's localStorage (null when absent). */
export const stored = (page, key) => page.evaluate((k) => localStorage.getItem(k), key);

/** Fills the page's localStorage to the last character. */
export async function fillStorage(page) {
  await page.evaluate(() => {
    let i = 0;
    for (let n = 256 * 1024; n >= 1; n = Math.floor(n / 2)) {
      const chunk = 'x'.repeat(n);
      for (;;) {
        try { localStorage.setItem(`filler-${i++}`, chunk); } catch { break; }
      }
    }
  });
}

/** Takes back what `fillStorage` used. */
export async function freeStorage(page) {
  await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('filler-')).forEach((k) => localStorage.removeItem(k)));
}

/** Every element `locator` finds is a touch target of at least `px` square. */
export async function expectTargetsAtLeast(locator, px = 48) {
  const boxes = await locator.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON()));
  expect(boxes.length).toBeGreaterThan(0);
  for (const box of boxes) {
    expect(box.width).toBeGreaterThanOrEqual(px);
    expect(box.height).toBeGreaterThanOrEqual(px);
  }
}
