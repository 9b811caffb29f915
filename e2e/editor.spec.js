// The routine editor's manners: defaults that follow the step before and
// the kind chosen, how typed durations are read, errors that wait until a
// field is left, asking before unsaved edits are lost, Undo for a removed
// step, Back after Save, numbered copies, and where focus goes.
import { test, expect } from '@playwright/test';
import { open, stored } from './helpers.js';
import { seed } from './fixtures.js';

const step = (page, n) => page.getByRole('group', { name: `Step ${n}`, exact: true });

/** Opens the editor for a new routine from My routines (so Back has somewhere to go). */
async function newRoutine(page) {
  await open(page, '/routines');
  await page.getByRole('link', { name: 'New routine' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'New routine' })).toBeVisible();
}

/** Whether the page asks before it is closed or reloaded now. */
const asksBeforeUnload = (page) =>
  page.evaluate(() => {
    const e = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(e);
    return e.defaultPrevented;
  });

test('a new step follows the area and tool before it; each kind brings its own length and tool', async ({ page }) => {
  await seed(page, { routines: [] });
  await open(page, '/routines/new');
  const first = step(page, 1);
  await first.getByLabel('Body area').selectOption('Neck');
  await first.getByLabel('Tool').selectOption('Massage cane');
  await page.getByRole('button', { name: 'Add step' }).click();
  const second = step(page, 2);
  await expect(second.getByLabel('Kind')).toBeFocused();
  await expect(second.getByLabel('Body area')).toHaveValue('neck');
  await expect(second.getByLabel('Tool')).toHaveValue('cane');

  await second.getByLabel('Kind').selectOption('Heat');
  await expect(second.getByLabel(/^Duration/)).toHaveValue('10:00');
  await expect(second.getByLabel('Tool')).toHaveValue('heat_source');
  await expect(second.getByLabel('Body area')).toHaveValue('neck');
  await second.getByLabel('Kind').selectOption('Stretch');
  await expect(second.getByLabel(/^Duration/)).toHaveValue('0:30');
  await expect(second.getByLabel('Tool')).toHaveValue('none');
  // Back to a hold: the pressure tool used before it.
  await second.getByLabel('Kind').selectOption('Hold');
  await expect(second.getByLabel('Tool')).toHaveValue('cane');
  await second.getByLabel('Kind').selectOption('Rest');
  await expect(second.getByLabel('Tool')).toHaveValue('none');
  await expect(second.getByLabel(/^Duration/)).toHaveValue('0:30');
});

test('a saved heat routine asks for the heat source, not a massage ball', async ({ page }) => {
  await seed(page, { routines: [] });
  await newRoutine(page);
  await page.getByLabel('Name').fill('Warm back');
  const s = step(page, 1);
  await s.getByLabel('Kind').selectOption('Heat');
  await s.getByLabel('Title').fill('Heat pad');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Warm back' })).toBeVisible();
  const need = page.locator('dt', { hasText: 'You need' }).locator('+ dd');
  await expect(need).toHaveText('Heat source');
  const book = JSON.parse(await stored(page, 'unknot.routines'));
  expect(book.routines[0].steps[0]).toMatchObject({ kind: 'heat', tool: 'heat_source', duration_ms: 600000 });
});

test('a bare number says how it was read, a limit joins it in one line, and "abc" is one error', async ({ page }) => {
  await seed(page, { routines: [] });
  await open(page, '/routines/new');
  await page.getByLabel('Name').fill('Heat');
  const s = step(page, 1);
  await s.getByLabel('Kind').selectOption('Heat');
  await s.getByLabel('Title').fill('Warm up');
  const duration = s.getByLabel(/^Duration/);
  await duration.fill('15');
  await expect(s.locator('.field-messages').filter({ hasText: '15' })).toHaveText('15 = 0:15');
  await duration.blur();
  await expect(s.getByText('15 = 0:15; heat must be 1:00 to 20:00', { exact: true })).toBeVisible();
  await expect(duration).toHaveAttribute('aria-invalid', 'true');

  await duration.fill('abc');
  await duration.blur();
  await expect(s.locator('.field-error')).toHaveCount(1);
  await expect(s.locator('.field-error')).toHaveText('Type seconds (90) or minutes and seconds (1:30)');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.locator('#save-summary')).toHaveText('1 problem to fix. Go to the first');

  await duration.fill('600');
  await expect(s.getByText('600 = 10:00', { exact: true })).toBeVisible();
  await expect(s.locator('.field-error')).toHaveCount(0);
  await expect(page.locator('#save-summary')).toBeEmpty();
});

test('a blank form shows no errors until a field is left or Save is tried; the summary is one short line', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 780 });
  await seed(page, { routines: [] });
  await open(page, '/routines/new');
  await expect(page.locator('.field-error')).toHaveCount(0);
  await expect(page.locator('[aria-invalid="true"]')).toHaveCount(0);
  await expect(page.locator('#save-summary')).toBeEmpty();

  const name = page.getByLabel('Name');
  await name.focus();
  await name.blur();
  await expect(page.getByText('Give the routine a name')).toBeVisible();
  await expect(page.getByText('Give the step a title')).toHaveCount(0);

  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.locator('#save-summary')).toHaveText('2 problems to fix. Go to the first');
  await expect(name).toBeFocused();
  await expect(step(page, 1).getByText('Give the step a title')).toBeVisible();
  const bar = await page.locator('.save-bar').boundingBox();
  expect(bar.height).toBeLessThan(780 / 6);

  await step(page, 1).getByLabel('Title').focus();
  await page.getByRole('button', { name: 'Go to the first' }).click();
  await expect(name).toBeFocused();
  await name.fill('Calves');
  await expect(page.locator('#save-summary')).toHaveText('1 problem to fix. Go to the first');
  expect(await stored(page, 'unknot.routines')).not.toContain('Calves');
});

test('Cancel and Back ask before unsaved edits are lost, and only then', async ({ page }) => {
  await seed(page, { routines: [] });
  await newRoutine(page);
  expect(await asksBeforeUnload(page)).toBe(false);
  await page.getByRole('link', { name: 'Cancel' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'My routines' })).toBeVisible();
  await expect(page.getByRole('alertdialog')).toHaveCount(0);

  await page.getByRole('link', { name: 'New routine' }).click();
  await page.getByLabel('Name').fill('Half done');
  expect(await asksBeforeUnload(page)).toBe(true);
  await page.getByRole('link', { name: 'Cancel' }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Discard your changes?' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Keep editing' })).toBeFocused();
  await dialog.getByRole('button', { name: 'Keep editing' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page).toHaveURL(/\/routines\/new$/);
  await expect(page.getByLabel('Name')).toHaveValue('Half done');

  // The browser's Back: the editor stays and asks.
  await page.evaluate(() => history.back());
  await expect(dialog).toBeVisible();
  await expect(page).toHaveURL(/\/routines\/new$/);
  await expect(page.getByLabel('Name')).toHaveValue('Half done');
  await dialog.getByRole('button', { name: 'Discard' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'My routines' })).toBeVisible();
  await expect(page).toHaveURL(/\/routines$/);
  expect(await asksBeforeUnload(page)).toBe(false);
  expect(await stored(page, 'unknot.routines')).not.toContain('Half done');

  // Changed and changed back: nothing to lose, nothing asked.
  await page.getByRole('link', { name: 'New routine' }).click();
  await page.getByLabel('Name').fill('x');
  await page.getByLabel('Name').fill('');
  await page.getByRole('link', { name: 'Cancel' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'My routines' })).toBeVisible();
});

test('a removed step comes back with Undo where it was; focus goes to Undo', async ({ page }) => {
  await seed(page, { routines: [] });
  await open(page, '/routines/new?from=calves-heel');
  const titles = () => page.locator('fieldset.step-editor input[id$="-title"]').evaluateAll((els) => els.map((e) => e.value));
  const before = await titles();
  expect(before.length).toBeGreaterThan(2);
  await page.getByRole('button', { name: 'Remove step 2' }).click();
  const undo = page.getByRole('button', { name: 'Undo' });
  await expect(undo).toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: `Removed step 2 (\u201c${before[1]}\u201d).` })).toBeVisible();
  expect(await titles()).toEqual([before[0], ...before.slice(2)]);
  await page.keyboard.press('Enter');
  await expect(undo).toHaveCount(0);
  expect(await titles()).toEqual(before);
  await expect(page.getByRole('button', { name: 'Remove step 2' })).toBeFocused();
  // Nothing changed in the end: Cancel leaves without asking.
  await page.getByRole('link', { name: 'Cancel' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'My routines' })).toBeVisible();
});

test('after Save, Back goes where the editor was opened from, not into it again', async ({ page }) => {
  await seed(page, { routines: [] });
  await newRoutine(page);
  await page.getByLabel('Name').fill('Quick calves');
  await step(page, 1).getByLabel('Title').fill('Calf hold');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Quick calves' })).toBeVisible();
  await expect(page).toHaveURL(/\/routine\/u-[0-9a-z-]+$/);
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'My routines' })).toBeVisible();
  await expect(page).toHaveURL(/\/routines$/);
  await expect(page.getByRole('link', { name: 'Quick calves', exact: true })).toBeVisible();
});

test('customizing a preset twice numbers the second copy', async ({ page }) => {
  await seed(page, { routines: [] });
  await open(page, '/routine/calves-heel');
  await page.getByRole('link', { name: 'Customize' }).click();
  await expect(page.getByLabel('Name')).toHaveValue('Calves and heel (mine)');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Calves and heel (mine)' })).toBeVisible();

  await open(page, '/routine/calves-heel');
  await page.getByRole('link', { name: 'Customize' }).click();
  await expect(page.getByLabel('Name')).toHaveValue('Calves and heel (mine 2)');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Calves and heel (mine 2)' })).toBeVisible();
  const names = JSON.parse(await stored(page, 'unknot.routines')).routines.map((r) => r.name);
  expect(names.sort()).toEqual(['Calves and heel (mine 2)', 'Calves and heel (mine)']);
});

test('Move up and down keep the focus on the moved step', async ({ page }) => {
  await seed(page, { routines: [] });
  await open(page, '/routines/new?from=calves-heel');
  const first = await step(page, 1).getByLabel('Title').inputValue();
  await page.getByRole('button', { name: 'Move step 3 up' }).click();
  await expect(page.getByRole('button', { name: 'Move step 2 up' })).toBeFocused();
  await page.keyboard.press('Enter');
  // Now first: Up is disabled, so the focus is on its Down.
  await expect(page.getByRole('button', { name: 'Move step 1 up' })).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Move step 1 down' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Move step 2 down' })).toBeFocused();
  await expect(step(page, 1).getByLabel('Title')).toHaveValue(first);
});
