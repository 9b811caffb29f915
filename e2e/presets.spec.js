// Every preset runs in the player from Start to its end screen. Time is
// not waited out: each step is skipped with the keyboard, which walks the
// same timeline (sides, switches, sets, rests) the clock would.
import { test, expect } from '@playwright/test';
import { PRESETS, seed } from './fixtures.js';
import { skipTensionRating } from './helpers.js';

test('the home page links to exactly these presets', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('a.routine-link').first()).toBeVisible();
  const hrefs = await page.locator('a.routine-link').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(hrefs.map((h) => h.replace('/routine/', '')).sort()).toEqual([...PRESETS].sort());
});

for (const id of PRESETS) {
  test(`preset ${id} runs to complete`, async ({ page }) => {
    await seed(page, { routines: [] });
    await page.goto(`/routine/${id}`);
    // The page's code loads on demand: wait for it before reading it.
    await expect(page.locator('.step-list .step-title').first()).toBeVisible();
    const name = await page.getByRole('heading', { level: 1 }).textContent();
    const steps = await page.locator('.step-list .step-title').allTextContents();
    expect(steps.length).toBeGreaterThan(1);
    await page.getByRole('button', { name: 'Start' }).click();
    await skipTensionRating(page);
    await expect(page.getByRole('heading', { level: 1, name: steps[0] })).toBeVisible();

    const seen = new Set();
    // Skipping every step is not "complete": the end screen says so.
    const done = page.getByRole('heading', { level: 1, name: 'Every step skipped' });
    for (let i = 0; i < 200 && !(await done.isVisible()); i++) {
      seen.add(await page.getByRole('heading', { level: 1 }).textContent());
      await page.keyboard.press('ArrowRight');
    }
    await expect(done).toBeVisible();
    await expect(page.locator('.end .lede')).toHaveText(name);
    // Every step of the routine was shown on the way.
    for (const title of steps) expect(seen, `${id}: ${title}`).toContain(title);
  });
}
