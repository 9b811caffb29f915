// The user's own routines: editor, storage that never loses them, backup
// file, share links and damaged stored data.
import { test, expect } from '@playwright/test';
import { open, expectNoSeriousA11yViolations, skipTensionRating, stored, fillStorage, freeStorage } from './helpers.js';
import { seed } from './fixtures.js';

const XSS = '<img src=x onerror=alert(1)>';

/** Fails the test if the page ever opens a dialog (an injected alert). */
function forbidDialogs(page) {
  page.on('dialog', async (d) => {
    await d.dismiss();
    throw new Error(`unexpected dialog: ${d.message()}`);
  });
}

// Routines within every limit (the shared fixtures are shortened below the
// limits to keep the player tests quick, so an import would refuse them).
const mk = (kind, title, seconds, extra = {}) => ({
  kind, title, instruction: `${title}: slow breaths.`, duration_ms: seconds * 1000, area: 'calves',
  tool: kind === 'stretch' ? 'none' : 'ball', sides: 'center', sets: 1, rest_between_sets_ms: null, ...extra,
});
const CALVES = {
  id: 'u-calves', name: 'Calves', description: 'Hold then stretch.',
  steps: [mk('hold', 'Calf hold', 10, { sides: 'both' }), mk('stretch', 'Calf stretch', 15)],
};
const NECK = { id: 'u-neck', name: 'Neck', description: '', steps: [mk('hold', 'Neck hold', 20, { area: 'neck', tool: 'hands' })] };

const step = (page, n) => page.getByRole('group', { name: `Step ${n}`, exact: true });

async function fillStep(page, n, { kind, title, duration }) {
  const s = step(page, n);
  if (kind) await s.getByLabel('Kind').selectOption(kind);
  await s.getByLabel('Title').fill(title);
  await s.getByLabel('Instructions').fill(`${title}: steady pressure, slow breaths.`);
  await s.getByLabel(/^Duration/).fill(duration);
}

test('a routine made in the editor is saved, shown literally after a reload, and runs', async ({ page }) => {
  forbidDialogs(page);
  await seed(page, { routines: [] });
  await open(page, '/routines');
  await page.getByRole('link', { name: 'New routine' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'New routine' })).toBeVisible();
  await page.getByLabel('Name').fill('<b>Calves</b> & co');
  await fillStep(page, 1, { title: XSS, duration: '0:10' });
  await page.getByRole('button', { name: 'Add step' }).click();
  await fillStep(page, 2, { kind: 'stretch', title: 'Calf stretch', duration: '15' });
  await page.getByRole('button', { name: 'Increase duration of step 2' }).click();
  await expect(step(page, 2).getByLabel(/^Duration/)).toHaveValue('0:20');
  await page.getByRole('button', { name: 'Decrease duration of step 2' }).click();
  await expect(step(page, 2).getByLabel(/^Duration/)).toHaveValue('0:15');
  await expect(page.getByRole('button', { name: 'Save' })).toBeEnabled();
  await page.getByRole('button', { name: 'Save' }).click();

  await expect(page).toHaveURL(/\/routine\/u-[0-9a-z-]+$/);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: '<b>Calves</b> & co' })).toBeVisible();
  await expect(page.getByText(XSS, { exact: true })).toBeVisible();
  expect(await page.locator('main img, main b').count()).toBe(0);
  await expect(page.getByRole('link', { name: 'Edit' })).toBeVisible();

  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await skipTensionRating(page);
  await expect(page.getByRole('heading', { level: 1, name: XSS })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Calf stretch' })).toBeVisible({ timeout: 20_000 });
  await expect(page.getByRole('heading', { name: 'Session complete' })).toBeVisible({ timeout: 30_000 });
  // The end screen's summary is a markup string: the name is in it as text.
  await expect(page.getByText('<b>Calves</b> & co', { exact: true })).toBeVisible();
  expect(await page.locator('img[src="x"]').count()).toBe(0);

  // Listed on My routines, literally.
  await open(page, '/routines');
  await expect(page.getByRole('link', { name: '<b>Calves</b> & co', exact: true })).toBeVisible();
});

test('an invalid duration is explained once the field is left, and Save refuses it', async ({ page }) => {
  await seed(page, { routines: [] });
  await open(page, '/routines/new');
  await page.getByLabel('Name').fill('Too short');
  await fillStep(page, 1, { title: 'Calf', duration: '5' });
  const s = step(page, 1);
  const duration = s.getByLabel(/^Duration/);
  await expect(s.getByText('5 = 0:05', { exact: true })).toBeVisible();
  await duration.blur();
  await expect(s.getByText('5 = 0:05; hold must be 0:10 to 1:00')).toBeVisible();
  await expect(duration).toHaveAttribute('aria-invalid', 'true');
  const save = page.getByRole('button', { name: 'Save' });
  await save.click();
  await expect(page.locator('#save-summary')).toHaveText('1 problem to fix. Go to the first');
  await expect(duration).toBeFocused();

  await duration.fill('1:7x');
  await expect(s.getByText('Type seconds (90) or minutes and seconds (1:30)')).toBeVisible();
  // 60 s is the most for one hold: 1:00 is fine, 1:05 is not.
  await duration.fill('1:00');
  await expect(page.locator('#save-summary')).toBeEmpty();
  await duration.fill('1:05');
  await expect(s.getByText('Hold must be 0:10 to 1:00', { exact: true })).toBeVisible();
  await save.click();
  await expect(page).toHaveURL(/\/routines\/new$/);
  expect(await stored(page, 'unknot.routines')).not.toContain('Too short');
});

test('steps move, duplicate and go; a preset is customized into an editable copy', async ({ page }) => {
  await seed(page, { routines: [] });
  await open(page, '/routine/calves-heel');
  await page.getByRole('link', { name: 'Customize' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Customize routine' })).toBeVisible();
  const name = page.getByLabel('Name');
  await expect(name).toHaveValue(/\(mine\)$/);
  const first = await step(page, 1).getByLabel('Title').inputValue();
  const second = await step(page, 2).getByLabel('Title').inputValue();
  await page.getByRole('button', { name: 'Move step 2 up' }).click();
  await expect(step(page, 1).getByLabel('Title')).toHaveValue(second);
  await expect(step(page, 2).getByLabel('Title')).toHaveValue(first);
  const count = await page.locator('fieldset.step-editor').count();
  await page.getByRole('button', { name: 'Duplicate step 1' }).click();
  await expect(page.locator('fieldset.step-editor')).toHaveCount(count + 1);
  await expect(step(page, 2).getByLabel('Title')).toHaveValue(second);
  await page.getByRole('button', { name: 'Remove step 2' }).click();
  await expect(page.locator('fieldset.step-editor')).toHaveCount(count);
  await expect(page.getByRole('button', { name: 'Move step 1 up' })).toBeDisabled();
  await name.fill('My calves');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'My calves' })).toBeVisible();
  await page.getByRole('link', { name: 'Edit' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Edit routine' })).toBeVisible();
  await expect(step(page, 1).getByLabel('Title')).toHaveValue(second);
  // The preset itself is unchanged.
  await open(page, '/routine/calves-heel');
  await expect(page.getByRole('link', { name: 'Customize' })).toBeVisible();
});

test('delete asks first and can be undone', async ({ page }) => {
  await seed(page, { routines: [CALVES, NECK] });
  await open(page, '/routines');
  await page.getByRole('button', { name: 'Delete Neck' }).click();
  await page.getByRole('button', { name: 'Keep it' }).click();
  await page.getByRole('button', { name: 'Delete Neck' }).click();
  await page.getByRole('button', { name: 'Yes, delete' }).click();
  await expect(page.getByRole('link', { name: 'Neck', exact: true })).toHaveCount(0);
  expect(await stored(page, 'unknot.routines')).not.toContain('Neck');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('link', { name: 'Neck', exact: true })).toBeVisible();
  const book = JSON.parse(await stored(page, 'unknot.routines'));
  expect(book.routines.map((r) => r.id)).toEqual(['u-calves', 'u-neck']);
});

test('export then import in another browser gives the same routines', async ({ page, browser }) => {
  await seed(page, { routines: [CALVES, NECK] });
  await open(page, '/routines');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^unknot-backup-\d{4}-\d{2}-\d{2}\.json$/);
  const file = JSON.parse(await (await download.createReadStream()).toArray().then((c) => Buffer.concat(c).toString()));
  expect(file.routines).toEqual([CALVES, NECK]);
  expect(file.version).toBe(1);

  const other = await browser.newContext();
  const fresh = await other.newPage();
  await open(fresh, '/routines');
  await fresh.getByLabel('Import a backup file').setInputFiles({
    name: download.suggestedFilename(), mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)),
  });
  await expect(fresh.getByText('This file holds 2 routines, settings')).toBeVisible();
  await fresh.getByRole('button', { name: 'Merge' }).click();
  await expect(fresh.getByText('Imported. You now have 2 routines.')).toBeVisible();
  await expect(fresh.getByRole('link', { name: 'Calves', exact: true })).toBeVisible();
  const book = JSON.parse(await stored(fresh, 'unknot.routines'));
  expect(book.routines).toEqual([CALVES, NECK]);
  expect(await stored(fresh, 'unknot.settings')).toBeNull(); // Merge keeps this device's settings

  // Replace: the same routines (not doubled) and the file's settings.
  await fresh.getByLabel('Import a backup file').setInputFiles({
    name: 'again.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)),
  });
  await fresh.getByRole('button', { name: 'Replace' }).click();
  await fresh.getByRole('button', { name: 'Yes, replace' }).click();
  await expect(fresh.getByText('Imported. You now have 2 routines.')).toBeVisible();
  expect(JSON.parse(await stored(fresh, 'unknot.routines')).routines).toEqual([CALVES, NECK]);
  const settings = JSON.parse(await stored(fresh, 'unknot.settings'));
  expect(settings).toEqual({ version: 2, settings: file.settings });
  expect(file.settings.get_ready_ms).toBe(0);
  await other.close();
});

test('importing a broken file lists every problem and leaves existing routines untouched', async ({ page }) => {
  await seed(page, { routines: [CALVES, NECK] });
  await open(page, '/routines');
  const before = await stored(page, 'unknot.routines');
  const bad = {
    format: 'unknot-backup', version: 1, exported_at: '2024-05-01',
    routines: [{ ...NECK, steps: [{ ...NECK.steps[0], duration_ms: 5000 }] }, { ...CALVES, name: '' }],
  };
  const input = page.getByLabel('Import a backup file');
  await input.setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) });
  const alert = page.getByRole('alert').filter({ hasText: 'This file cannot be imported' });
  await expect(alert).toContainText('Nothing was changed');
  await expect(alert).toContainText('routines[0].steps[0].duration_ms: Hold must be 0:10 to 1:00');
  await expect(alert).toContainText('routines[1].name: Give the routine a name');
  await input.setInputFiles({ name: 'cut.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"unknot-backup","routines":[') });
  await expect(page.getByRole('alert').filter({ hasText: 'not valid JSON' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Merge' })).toHaveCount(0);
  expect(await stored(page, 'unknot.routines')).toBe(before);
  await page.reload();
  await expect(page.getByRole('link', { name: 'Calves', exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Neck', exact: true })).toBeVisible();
});

test('a share link opened in a fresh browser adds the routine; a bad one adds nothing', async ({ page, browser }) => {
  await seed(page, { routines: [CALVES, NECK] });
  await open(page, '/routines');
  await page.getByRole('button', { name: 'Share Calves' }).click();
  const link = await page.getByLabel('Link to \u201cCalves\u201d').inputValue();
  expect(link).toMatch(/\/share#1\.[A-Za-z0-9_-]+$/);

  const other = await browser.newContext();
  const fresh = await other.newPage();
  await fresh.goto(link);
  await expect(fresh.getByRole('heading', { level: 1, name: 'Calves' })).toBeVisible();
  await expect(fresh.getByText('Calf hold')).toBeVisible();
  expect(await stored(fresh, 'unknot.routines')).toBeNull();
  await expectNoSeriousA11yViolations(fresh);
  await fresh.getByRole('button', { name: 'Add to my routines' }).click();
  await expect(fresh).toHaveURL(/\/routine\/u-[0-9a-z-]+$/);
  await expect(fresh.getByRole('heading', { level: 1, name: 'Calves' })).toBeVisible();
  const book = JSON.parse(await stored(fresh, 'unknot.routines'));
  expect(book.routines).toHaveLength(1);
  expect({ ...book.routines[0], id: CALVES.id }).toEqual(CALVES);

  // Opened again: it says so and leads to the copy already kept.
  await fresh.goto(link);
  await expect(fresh.getByRole('status').filter({ hasText: 'This routine is already in your routines.' })).toBeVisible();
  await expect(fresh.getByRole('button', { name: 'Add to my routines' })).toHaveCount(0);
  await fresh.getByRole('link', { name: 'Open it' }).click();
  await expect(fresh).toHaveURL(new RegExp(`/routine/${book.routines[0].id}$`));
  await fresh.goto(link);
  await fresh.getByRole('button', { name: 'Add another copy' }).click();
  await expect(fresh).toHaveURL(/\/routine\/u-[0-9a-z-]+$/);
  expect(JSON.parse(await stored(fresh, 'unknot.routines')).routines).toHaveLength(2);

  for (const bad of ['#1.not*base64', '#1.' + Buffer.from('{"name":"x"}').toString('base64url'), '#9.abc', '']) {
    const hostile = await other.newPage();
    await hostile.goto(`/share${bad}`);
    await expect(hostile.getByRole('heading', { level: 1, name: 'This link cannot be opened' })).toBeVisible();
    await expect(hostile.getByRole('alert')).toContainText('Nothing was added');
    await hostile.close();
  }
  expect(JSON.parse(await stored(fresh, 'unknot.routines')).routines).toHaveLength(2);
  await other.close();
});

test('the longest routine the editor accepts shares by link and opens whole', async ({ page, browser }) => {
  // 50 steps, every text at its limit in 4-byte characters (the most bytes per character).
  const text = (n) => '\u{1F600}'.repeat(n);
  const longStep = {
    ...mk('hold', 'x', 60, { sides: 'both', sets: 5, rest_between_sets_ms: 60_000, area: 'glutes' }),
    title: text(60), instruction: text(1000), caution: text(300),
    picture: { pose: 'back_knees_bent', tool: 'ball', spot: 'outer_buttock' },
  };
  const longest = { id: 'u-longest', name: text(60), description: text(300), steps: Array(50).fill(longStep) };
  await seed(page, { routines: [longest] });
  await open(page, '/routines');
  await page.getByRole('button', { name: /^Share / }).click();
  const link = await page.locator('.share-link').inputValue();
  expect(link.length).toBeGreaterThan(64 * 1024);

  const other = await browser.newContext();
  const fresh = await other.newPage();
  await fresh.goto(link);
  await expect(fresh.getByRole('heading', { level: 1, name: text(60) })).toBeVisible();
  await fresh.getByRole('button', { name: 'Add to my routines' }).click();
  await expect(fresh).toHaveURL(/\/routine\/u-[0-9a-z-]+$/);
  const book = JSON.parse(await stored(fresh, 'unknot.routines'));
  expect({ ...book.routines[0], id: longest.id }).toEqual(longest);
  await other.close();
});

test('Share link hands the link to the phone\'s share sheet where there is one', async ({ page }) => {
  // Desktop Chromium has no share sheet: without one, only Copy is offered.
  await seed(page, { routines: [CALVES] });
  await open(page, '/routines');
  await page.getByRole('button', { name: 'Share Calves' }).click();
  await expect(page.getByRole('button', { name: 'Copy link' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Share link' })).toHaveCount(0);

  // A phone's sheet, standing in: the first share is cancelled, the second done.
  await page.addInitScript(() => {
    window.__shared = [];
    navigator.share = (data) => {
      window.__shared.push(data);
      return window.__shared.length === 1
        ? Promise.reject(new DOMException('closed', 'AbortError'))
        : Promise.resolve();
    };
  });
  await page.reload();
  await page.getByRole('button', { name: 'Share Calves' }).click();
  const link = await page.getByLabel('Link to \u201cCalves\u201d').inputValue();
  const share = page.getByRole('button', { name: 'Share link' });
  await share.click();
  await expect.poll(() => page.evaluate(() => window.__shared.length)).toBe(1);
  await expect(page.locator('.share-panel [role=status]')).toHaveText('');
  await share.click();
  await expect(page.locator('.share-panel [role=status]')).toHaveText('Link shared.');
  const sent = await page.evaluate(() => window.__shared[1]);
  expect(sent).toEqual({ title: 'Calves', text: 'A self-massage routine: Calves', url: link });
});

test('hand-corrupted stored routines: a banner offers the backup and the app still works', async ({ page }) => {
  await seed(page, { routines: [CALVES, NECK] });
  await open(page, '/');
  const broken = '{"version":1,"routines":[{"id":"x", oops';
  await page.evaluate((b) => localStorage.setItem('unknot.routines', b), broken);
  await page.reload();
  const banner = page.getByRole('alert').filter({ hasText: 'Some saved data could not be read' });
  await expect(banner).toBeVisible();
  await expect(banner).toContainText('Your routines');
  await expectNoSeriousA11yViolations(page);
  const [download] = await Promise.all([page.waitForEvent('download'), banner.getByRole('button', { name: 'Download backup' }).click()]);
  const text = Buffer.concat(await (await download.createReadStream()).toArray()).toString();
  expect(text).toBe(broken);
  const kept = await page.evaluate(() => Object.keys(localStorage).filter((k) => /^unknot\.routines\.(corrupt|kept)-/.test(k)));
  expect(kept).toHaveLength(1);
  expect(await stored(page, kept[0])).toBe(broken);
  // Downloading counts as seen: the banner goes, the copy stays (Settings lists it).
  await expect(banner).toBeHidden();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(banner).toBeHidden();

  // The app still works: presets open, new routines save.
  await open(page, '/routine/calves-heel');
  await open(page, '/routines/new');
  await page.getByLabel('Name').fill('After the damage');
  await fillStep(page, 1, { title: 'Calf', duration: '30' });
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'After the damage' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'After the damage' })).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: 'Some saved data could not be read' })).toHaveCount(0);
});

test('a save that does not fit leaves the saved routines as they were and says what to do', async ({ page }) => {
  await seed(page, { routines: [CALVES, NECK] });
  await open(page, '/routines/new');
  const before = await stored(page, 'unknot.routines');
  await page.getByLabel('Name').fill('Will not fit');
  await fillStep(page, 1, { title: 'Calf', duration: '30' });
  await fillStorage(page);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('alert')).toContainText('storage on this device is full');
  await expect(page).toHaveURL(/\/routines\/new$/);
  await freeStorage(page);
  expect(await stored(page, 'unknot.routines')).toBe(before);
  // Once there is room again, the same Save works.
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Will not fit' })).toBeVisible();
});

test('settings stored by the first version still apply and are kept', async ({ page }) => {
  await seed(page, { settings: { sound: false, set_rest_ms: 30000 } });
  await open(page, '/settings');
  await expect(page.getByRole('switch', { name: /Sound/ })).not.toBeChecked();
  await page.getByRole('switch', { name: /Vibration/ }).click();
  const s = JSON.parse(await stored(page, 'unknot.settings'));
  expect(s.version).toBe(2);
  expect(s.settings.sound).toBe(false);
  expect(s.settings.set_rest_ms).toBe(30000);
  expect(s.settings.vibration).toBe(false);
});

for (const scheme of ['light', 'dark']) {
  test(`routine pages have no serious accessibility violations (${scheme})`, async ({ page }) => {
    await seed(page, { routines: [CALVES, NECK] });
    await page.emulateMedia({ colorScheme: scheme });
    await open(page, '/routines');
    await page.getByRole('button', { name: 'Share Calves' }).click();
    await page.getByRole('button', { name: 'Delete Neck' }).click();
    await expectNoSeriousA11yViolations(page);
    await open(page, '/routines/new');
    await step(page, 1).getByLabel(/^Duration/).fill('abc');
    await expectNoSeriousA11yViolations(page);
    await open(page, '/routines/u-calves/edit');
    await expectNoSeriousA11yViolations(page);
    await open(page, '/share#1.bad');
    await expectNoSeriousA11yViolations(page);
  });
}
