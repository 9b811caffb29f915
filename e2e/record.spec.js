// The record, honest: every export imports back (at any size the app lets a
// person reach), one unreadable history entry is set aside alone, Merge
// brings history in and says what came in, Replace asks first and can be
// undone.
import { test, expect } from '@playwright/test';
import { open, stored } from './helpers.js';
import { seed, noCountIn, historyDoc, backupFile, seedHistory, TRIO, SINGLE } from './fixtures.js';

test.beforeEach(async ({ page }) => {
  await noCountIn(page);
});

async function importFile(page, buffer) {
  await open(page, '/routines');
  await page.getByLabel('Import a backup file').setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer });
}

async function exportFile(page) {
  await open(page, '/routines');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export' }).click()]);
  return Buffer.concat(await (await download.createReadStream()).toArray());
}

test('Merge brings the history in, one entry per session, and says what came in and what was left out', async ({ page }) => {
  await seed(page);
  // On this device: the last two of the file's three days, done here too.
  await seedHistory(page, historyDoc(2, { lastDaysAgo: 1 }));
  const file = backupFile({ routines: [], history: historyDoc(3, { lastDaysAgo: 1, name: 'From the old phone' }) });
  await importFile(page, file);
  await expect(page.getByText('This file holds 0 routines, history of 3 sessions, exported on 2026-12-01.')).toBeVisible();
  await page.getByRole('button', { name: 'Merge' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Imported.' }))
    .toContainText('History: 1 session came in; 2 were already here and left out.');
  await open(page, '/history');
  const entries = page.locator('.session-log > li');
  await expect(entries).toHaveCount(3);
  // This device's own entries stay as they were; the new one is the oldest.
  await expect(entries.nth(0)).toContainText('Single hold');
  await expect(entries.nth(2)).toContainText('From the old phone');

  // The same file again adds nothing.
  const before = await stored(page, 'unknot.history');
  await importFile(page, file);
  await page.getByRole('button', { name: 'Merge' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Imported.' }))
    .toContainText('History: 0 sessions came in; 3 were already here and left out.');
  expect(await stored(page, 'unknot.history')).toBe(before);
});

test('Replace asks first; Undo puts routines, settings and history back as they were', async ({ page }) => {
  await seed(page);
  await seedHistory(page, historyDoc(2));
  await open(page, '/history');
  await expect(page.locator('.session-log > li')).toHaveCount(2);
  const keys = ['unknot.routines', 'unknot.settings', 'unknot.history'];
  const before = await Promise.all(keys.map((k) => stored(page, k)));

  const mine = { ...SINGLE, id: 'u-other', name: 'From the file' };
  await importFile(page, backupFile({ routines: [mine], settings: { sound: false }, history: historyDoc(5, { name: 'Old phone' }) }));
  await page.getByRole('button', { name: 'Replace' }).click();
  // Nothing changes until the answer; "Keep mine" goes back to the choice.
  const ask = page.getByRole('group', { name: 'Replace what is on this device?' });
  await expect(ask).toContainText('Your routines, settings and history will be swapped');
  await expect(ask.getByRole('button', { name: 'Keep mine' })).toBeFocused();
  expect(await Promise.all(keys.map((k) => stored(page, k)))).toEqual(before);
  await ask.getByRole('button', { name: 'Keep mine' }).click();
  await page.getByRole('button', { name: 'Replace' }).click();
  await page.getByRole('button', { name: 'Yes, replace' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Imported.' })).toContainText('You now have 1 routine. History: 5 sessions now.');
  await expect(page.getByRole('link', { name: 'From the file', exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Test trio', exact: true })).toHaveCount(0);

  // What was replaced can be downloaded.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download what was replaced' }).click(),
  ]);
  const replaced = JSON.parse(Buffer.concat(await (await download.createReadStream()).toArray()).toString());
  expect(replaced['unknot.routines'].routines.map((r) => r.id)).toEqual([TRIO.id, SINGLE.id]);
  expect(replaced['unknot.history'].sessions).toHaveLength(2);

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Undone' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Test trio', exact: true })).toBeVisible();
  expect(await Promise.all(keys.map((k) => stored(page, k)))).toEqual(before);
  await open(page, '/history');
  await expect(page.locator('.session-log > li')).toHaveCount(2);
  await expect(page.locator('.session-log > li').first()).toContainText('Single hold');
});

test('a backup of 20,000 sessions exports and imports back whole', async ({ page, browser }) => {
  test.setTimeout(180_000);
  await seed(page);
  const big = backupFile({ routines: [SINGLE], history: historyDoc(20_000) });
  await importFile(page, big);
  await expect(page.getByText('history of 20000 sessions')).toBeVisible();
  await page.getByRole('button', { name: 'Replace' }).click();
  await page.getByRole('button', { name: 'Yes, replace' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Imported.' })).toContainText('History: 20000 sessions now.');
  expect(JSON.parse(await stored(page, 'unknot.history')).sessions).toHaveLength(20_000);

  const file = await exportFile(page);
  const exported = JSON.parse(file.toString());
  expect(exported.history.sessions).toHaveLength(20_000);

  // Read back on another device, both ways.
  const other = await browser.newContext();
  const phone = await other.newPage();
  await noCountIn(phone);
  await importFile(phone, file);
  await phone.getByRole('button', { name: 'Merge' }).click();
  await expect(phone.getByRole('status').filter({ hasText: 'Imported.' })).toContainText('History: 20000 sessions came in');
  await importFile(phone, file);
  await phone.getByRole('button', { name: 'Replace' }).click();
  await phone.getByRole('button', { name: 'Yes, replace' }).click();
  await expect(phone.getByRole('status').filter({ hasText: 'Imported.' })).toContainText('History: 20000 sessions now.');
  expect(JSON.parse(await stored(phone, 'unknot.history')).sessions).toHaveLength(20_000);
  await other.close();
});

test('one damaged entry among 20 is set aside alone: 19 are shown, it is kept, and the next session is logged', async ({ page }) => {
  await seed(page);
  const doc = historyDoc(20);
  doc.sessions[5] = { id: 'x', routine_name: 'Missing its date' };
  await seedHistory(page, doc);
  await open(page, '/history');
  await expect(page.locator('.session-log > li')).toHaveCount(19);
  const banner = page.getByRole('alert').filter({ hasText: 'Some saved data could not be read' });
  await expect(banner).toContainText('Your history: sessions[5].started_at_ms: is missing');

  // Export then import of that history: the 19 come back.
  const file = JSON.parse((await exportFile(page)).toString());
  expect(file.history.sessions).toHaveLength(19);

  // A new session is logged beside them.
  await open(page, '/quick');
  await page.getByRole('radio', { name: '10 seconds' }).check();
  await page.getByRole('button', { name: 'Start' }).click();
  await expect(page.getByRole('heading', { name: /complete/ })).toBeVisible({ timeout: 15_000 });
  await open(page, '/history');
  await expect(page.locator('.session-log > li')).toHaveCount(20);

  // The entry set aside can be downloaded from Settings.
  await open(page, '/settings');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /^Download: Your history/ }).click(),
  ]);
  const kept = JSON.parse(Buffer.concat(await (await download.createReadStream()).toArray()).toString());
  expect(kept.sessions).toEqual([{ id: 'x', routine_name: 'Missing its date' }]);
});

test('a backup with a damaged entry and a repeated id says what it leaves out', async ({ page }) => {
  await seed(page);
  const history = historyDoc(20);
  history.sessions[3] = { routine_name: 'no start' };
  history.sessions.push([...history.sessions[7]]);
  await importFile(page, backupFile({ history }));
  await expect(page.getByText('History: 1 session could not be read and is left out', { exact: false })).toBeVisible();
  await expect(page.getByText('History: 1 session repeats the id of an earlier one (sessions[20] is sessions[7] again)', { exact: false })).toBeVisible();
  await page.getByRole('button', { name: 'Replace' }).click();
  await page.getByRole('button', { name: 'Yes, replace' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Imported.' })).toContainText('History: 19 sessions now.');
});

test('History with 10,000 sessions lists the newest 30, and more a page at a time', async ({ page }) => {
  await seed(page);
  await seedHistory(page, historyDoc(10_000));
  await open(page, '/history');
  const entries = page.locator('.session-log > li');
  await expect(entries).toHaveCount(30);
  await expect(page.getByText('Showing the newest 30 of 10,000 sessions.')).toBeVisible();
  // The whole history still counts: the facts and charts read all of it.
  await expect(page.locator('dl.facts')).toContainText('10000 days');
  await page.getByRole('button', { name: 'Show 30 more' }).click();
  await expect(entries).toHaveCount(60);
  // Keyboard and screen reader users land on the first entry added.
  await expect(entries.nth(30)).toBeFocused();
  await expect(page.getByText('Showing the newest 60 of 10,000 sessions.')).toBeVisible();
});
