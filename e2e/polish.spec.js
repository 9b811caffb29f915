// Second-visit polish, as a person finds it: titles and focus after moving
// between pages, the menu, Home for someone who has been here before,
// Settings that read as words, History's colours and sections, and no page
// that scrolls sideways on a small phone.
import { test, expect } from '@playwright/test';
import { open, skipTensionRating, stored } from './helpers.js';
import { seed, TRIO } from './fixtures.js';

// Every route at 360 px, with its level-1 heading.
const ROUTES = [
  ['/', 'Release a knot, one hold at a time'],
  ['/quick', 'Quick hold'],
  ['/finder', 'Where do you feel it?'],
  ['/finder?zone=heel', 'Where do you feel it?'],
  ['/routine/calves-heel', 'Calves and heel'],
  ['/routines', 'My routines'],
  ['/routines/new', 'New routine'],
  ['/routines/test-trio/edit', /Edit/],
  ['/share', /./],
  ['/session', 'No session running'],
  ['/settings', 'Settings'],
  ['/history', 'Your progress'],
  ['/learn', 'Learn'],
  ['/about', /About/],
  ['/doctor', /doctor/i],
  ['/no/such/page', 'Page not found'],
];

test('no page scrolls sideways at 360 px, in light or dark', async ({ page }) => {
  await seed(page, { routines: [{ ...TRIO, name: 'A routine with a rather long name that goes on and on' }] });
  await page.setViewportSize({ width: 360, height: 780 });
  for (const scheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const [path, heading] of ROUTES) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1, name: heading }).first(), path).toBeVisible();
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width, `${path} (${scheme})`).toBeLessThanOrEqual(360);
    }
  }
});

test('each page has its own title, and focus moves to its heading', async ({ page }) => {
  await seed(page);
  await open(page, '/');
  await expect(page).toHaveTitle('Unknot: self-release timer');
  await page.getByRole('link', { name: 'Calves and heel', exact: true }).click();
  await expect(page).toHaveTitle('Calves and heel · Unknot');
  await expect(page.getByRole('heading', { level: 1, name: 'Calves and heel' })).toBeFocused();
  await page.goBack();
  await expect(page).toHaveTitle('Unknot: self-release timer');
  await page.getByRole('button', { name: 'Menu' }).click();
  await page.getByRole('link', { name: 'Settings' }).click();
  await expect(page).toHaveTitle('Settings · Unknot');
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeFocused();
});

test('the menu leads home and to Quick hold', async ({ page }) => {
  await open(page, '/settings');
  await page.getByRole('button', { name: 'Menu' }).click();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Quick hold' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Quick hold' })).toBeVisible();
  await page.getByRole('button', { name: 'Menu' }).click();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Home' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Release a knot, one hold at a time' })).toBeVisible();
});

test('Home puts the last routine and your own routines first, and says how long the session has left', async ({ page }) => {
  await seed(page);
  await open(page, '/');
  await expect(page.getByRole('region', { name: 'Yours' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Yours' }).getByRole('link', { name: 'Test trio' })).toBeVisible();
  await page.goto('/routine/test-single');
  await page.getByRole('button', { name: 'Start' }).click();
  await skipTensionRating(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Glute hold' })).toBeVisible();
  await page.getByRole('button', { name: 'End session' }).click();
  await page.getByRole('button', { name: 'Yes, end session' }).click();
  await page.getByRole('button', { name: 'Done' }).click();
  await expect(page.getByRole('region', { name: 'Yours' }).getByRole('link', { name: 'Do it again: Single hold' })).toBeVisible();
  // While a session runs, the way back says which step it is on and the
  // whole session's time left (43 s for the trio), not the step's (10 s).
  await page.goto('/routine/test-trio');
  await page.getByRole('button', { name: 'Start' }).click();
  await skipTensionRating(page);
  // The session screen has no site header: Back leaves it, the session runs on.
  await expect(page.getByRole('timer')).toBeVisible();
  await page.goBack();
  await page.getByRole('link', { name: 'Unknot' }).click();
  await expect(page.getByRole('link', { name: /^Back to your session · step 1 of 3 · 0:(3\d|4[0-3]) left$/ })).toBeVisible();
});

test('Settings read as words, dependents wait for what they depend on, and Restore defaults asks and can be undone', async ({ page }) => {
  await seed(page);
  await open(page, '/settings');
  const note = page.getByRole('slider', { name: 'Gentle note after' });
  await expect(note).toHaveAttribute('aria-valuetext', '3 days');
  await note.fill('0');
  await expect(note).toHaveAttribute('aria-valuetext', 'Off');
  await expect(page.getByText('Gentle note after: Off')).toBeVisible();
  await note.fill('1');
  await expect(page.getByText('Gentle note after: 1 day')).toBeVisible();
  await expect(page.getByRole('slider', { name: 'Switch-sides pause' })).toHaveAttribute('aria-valuetext', '3 s');
  await expect(page.getByRole('slider', { name: 'Get-ready time' })).toHaveAttribute('aria-valuetext', 'Off');

  // Voice is off in the test settings: what depends on it waits.
  await expect(page.getByRole('switch', { name: /^Voice Says/ })).not.toBeChecked();
  await expect(page.getByRole('slider', { name: 'Voice speed' })).toBeDisabled();
  await expect(page.getByRole('switch', { name: 'Read instructions aloud' })).toBeDisabled();
  await page.getByRole('switch', { name: /^Voice Says/ }).check();
  await expect(page.getByRole('slider', { name: 'Voice speed' })).toBeEnabled();
  await page.getByRole('switch', { name: /^Sound A different/ }).uncheck();
  await expect(page.getByRole('button', { name: 'Test sound: Next step' })).toBeDisabled();
  await page.getByRole('switch', { name: /^Sound A different/ }).check();

  await page.getByRole('button', { name: 'Restore defaults' }).click();
  const confirm = page.getByRole('group', { name: 'Confirm restoring the default settings' });
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(note).toHaveAttribute('aria-valuetext', '1 day');
  await page.getByRole('button', { name: 'Restore defaults' }).click();
  await confirm.getByRole('button', { name: 'Yes, restore defaults' }).click();
  await expect(note).toHaveAttribute('aria-valuetext', '3 days');
  await expect(page.getByText('Every setting is back to its default.')).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(note).toHaveAttribute('aria-valuetext', '1 day');
  expect(JSON.parse(await stored(page, 'unknot.settings')).settings.remind_after_days).toBe(1);
});

test('the heat map goes from quiet to strong in both themes, with a legend, and data has its own section', async ({ page }) => {
  await seed(page);
  await open(page, '/quick');
  await page.getByRole('radio', { name: '10 seconds' }).check();
  await page.getByRole('button', { name: 'Start' }).click();
  await expect(page.getByRole('heading', { name: /complete/ })).toBeVisible({ timeout: 15_000 });
  for (const scheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme: scheme });
    await open(page, '/history');
    const legend = page.locator('.heat-legend');
    await expect(legend).toContainText('No session');
    // Contrast of each step against the page: strong days stand out most.
    const contrast = await page.evaluate(() => {
      const lum = (c) => {
        const [r, g, b] = c.match(/\d+(\.\d+)?/g).slice(0, 3).map((v) => {
          const s = Number(v) / 255;
          return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
        });
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
      };
      const bg = lum(getComputedStyle(document.body).backgroundColor);
      return [0, 1, 2, 3].map((n) => {
        const l = lum(getComputedStyle(document.querySelector(`.swatch.heat-${n}`)).backgroundColor);
        return (Math.max(l, bg) + 0.05) / (Math.min(l, bg) + 0.05);
      });
    });
    for (let n = 1; n < 4; n++) expect(contrast[n], `${scheme}: step ${n}`).toBeGreaterThan(contrast[n - 1]);
    await expect(page.getByRole('heading', { level: 2, name: 'Your data' })).toBeVisible();
  }
});

test('after a delete, focus goes to Undo', async ({ page }) => {
  await seed(page);
  await open(page, '/routines');
  await page.getByRole('button', { name: 'Delete Single hold' }).click();
  await page.getByRole('button', { name: 'Yes, delete' }).click();
  await expect(page.getByRole('button', { name: 'Undo' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('link', { name: 'Single hold', exact: true })).toBeVisible();
});
