// Never lose a session, never lock the user out: bent saved sessions, two
// tabs, an abandoned session, a second start, and imports through the
// document owners, tried by role and name as a person would.
import { test, expect } from '@playwright/test';
import { open, skipTensionRating, stored, fillStorage, freeStorage } from './helpers.js';
import { seed, noCountIn } from './fixtures.js';

// Holds here start at the tap (no count-in), so their lengths are exact.
test.beforeEach(async ({ page }) => {
  await noCountIn(page);
});

/** Starts a quick hold of `seconds` on /quick. */
async function startQuickHold(page, seconds) {
  await open(page, '/quick');
  await page.getByRole('radio', { name: `${seconds} seconds` }).check();
  await page.getByRole('button', { name: 'Start' }).click();
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
}

/** The saved running session, as stored. */
async function savedSession(page) {
  await expect.poll(() => stored(page, 'unknot.session')).not.toBeNull();
  return JSON.parse(await stored(page, 'unknot.session'));
}

async function openHistory(page) {
  await open(page, '/history');
  return page.locator('.session-log > li');
}

const BENT = {
  'its segment list emptied': (s) => { s.segments = []; },
  'its outcomes emptied': (s) => { s.outcomes = []; },
  'its index past the last segment': (s) => { s.index = 99; },
  'a deadline ten years ahead': (s) => { s.countdown.phase.deadline += 10 * 365 * 24 * 3600 * 1000; },
  'a segment of ten hours': (s) => { s.segments[0].duration_ms = 10 * 3600 * 1000; s.countdown.length = 10 * 3600 * 1000; },
  'wrong types': (s) => { s.index = 'two'; s.segments = {}; },
};

for (const [bent, change] of Object.entries(BENT)) {
  test(`a saved session with ${bent} is set aside and every page opens`, async ({ page }) => {
    await startQuickHold(page, 60);
    const s = await savedSession(page);
    change(s);
    await page.evaluate((text) => localStorage.setItem('unknot.session', text), JSON.stringify(s));
    for (const path of ['/', '/quick', '/session', '/history', '/settings', '/routines']) {
      await open(page, path);
      await expect(page.getByRole('heading', { name: 'Something went wrong' })).toHaveCount(0);
    }
    // Said once, kept until dismissed, and the copy is kept only once.
    const banner = page.getByRole('alert').filter({ hasText: 'Some saved data could not be read' });
    await expect(banner).toContainText('The session that was running: it could not be restored');
    expect(await stored(page, 'unknot.session')).toBeNull();
    const copies = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('unknot.session.')));
    expect(copies).toHaveLength(1);
    await page.reload();
    await expect(banner).toBeVisible();
    await banner.getByRole('button', { name: 'Dismiss' }).click();
    await expect(banner).toHaveCount(0);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(banner).toHaveCount(0);
    // Still reachable from Settings.
    await open(page, '/settings');
    await expect(page.getByRole('button', { name: /^Download: The session that was running/ })).toBeVisible();
  });
}

test('two tabs each make a routine and both are kept', async ({ page, context }) => {
  await seed(page, { routines: [] });
  const other = await context.newPage();
  for (const [tab, name] of [[page, 'Morning calves'], [other, 'Evening neck']]) {
    await open(tab, '/routines/new');
  }
  for (const [tab, name] of [[page, 'Morning calves'], [other, 'Evening neck']]) {
    await tab.getByLabel('Name').fill(name);
    const step = tab.getByRole('group', { name: 'Step 1', exact: true });
    await step.getByLabel('Title').fill(`${name} hold`);
    await step.getByLabel('Instructions').fill('Lean in slowly and breathe out.');
    await step.getByLabel(/^Duration/).fill('0:30');
    await tab.getByRole('button', { name: 'Save' }).click();
    await expect(tab.getByRole('heading', { level: 1, name })).toBeVisible();
  }
  for (const tab of [page, other]) {
    await open(tab, '/routines');
    await expect(tab.getByRole('link', { name: 'Morning calves', exact: true })).toBeVisible();
    await expect(tab.getByRole('link', { name: 'Evening neck', exact: true })).toBeVisible();
  }
});

test('two tabs each finish a session and both are logged', async ({ page, context }) => {
  // The second tab is open (with the history as it was) while the first
  // finishes; then it finishes one of its own. Neither writes over the other.
  const other = await context.newPage();
  await open(other, '/quick');
  await startQuickHold(page, 10);
  await expect(page.getByRole('heading', { name: /complete/ })).toBeVisible({ timeout: 15_000 });
  await other.getByRole('radio', { name: '10 seconds' }).check();
  await other.getByRole('button', { name: 'Start' }).click();
  await expect(other.getByRole('heading', { name: /complete/ })).toBeVisible({ timeout: 15_000 });
  const log = await openHistory(page);
  await expect(log).toHaveCount(2);
});

test('a session that ran out while the app was closed is asked about, not logged as finished', async ({ page }) => {
  await startQuickHold(page, 30);
  const s = await savedSession(page);
  // As if the tab was closed 20 minutes ago.
  const shift = 20 * 60 * 1000;
  s.started_at -= shift;
  s.touched_at -= shift;
  s.countdown.phase.deadline -= shift;
  await page.evaluate((text) => localStorage.setItem('unknot.session', text), JSON.stringify(s));
  await open(page, '/');
  const question = page.getByRole('alertdialog', { name: 'A session ran out while Unknot was closed' });
  await expect(question).toContainText('You left Quick hold 20 minutes ago');
  // Asked again on the next load until answered.
  await page.reload();
  await expect(question).toBeVisible();
  await question.getByRole('button', { name: 'I stopped early' }).click();
  await expect(question).toHaveCount(0);
  const log = await openHistory(page);
  await expect(log).toHaveCount(1);
  await expect(log).toContainText('Ended early');
  await page.reload();
  await expect(question).toHaveCount(0);
});

test('starting a routine while another session runs asks first; the replaced one is logged, ended before its first step', async ({ page }) => {
  await seed(page);
  await startQuickHold(page, 60);
  await page.goto('/routine/test-single');
  await page.getByRole('button', { name: 'Start' }).click();
  await skipTensionRating(page);
  const question = page.getByRole('alertdialog', { name: 'Quick hold is still going.' });
  await expect(question).toContainText('Start Single hold instead?');
  await question.getByRole('button', { name: 'Keep the one that runs' }).click();
  await expect(question).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1, name: 'Hold' })).toBeVisible();

  await page.goto('/routine/test-single');
  await page.getByRole('button', { name: 'Start' }).click();
  await skipTensionRating(page);
  await question.getByRole('button', { name: 'Start the new one' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Glute hold' })).toBeVisible();
  const log = await openHistory(page);
  await expect(log.filter({ hasText: 'Quick hold' })).toHaveCount(1);
  // The hold was cut short, so no step was done: kept, but counted toward nothing.
  await expect(log.filter({ hasText: 'Quick hold' })).toContainText('Ended before the first step');
});

test('Replace on a new phone keeps every imported session, and the next one is added', async ({ page, browser }) => {
  await startQuickHold(page, 10);
  await expect(page.getByRole('heading', { name: /complete/ })).toBeVisible({ timeout: 15_000 });
  await open(page, '/routines');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export' }).click()]);
  const file = Buffer.concat(await (await download.createReadStream()).toArray());

  const phone = await (await browser.newContext()).newPage();
  await noCountIn(phone);
  await open(phone, '/routines');
  await phone.getByLabel('Import a backup file').setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: file });
  await phone.getByRole('button', { name: 'Replace' }).click();
  await phone.getByRole('button', { name: 'Yes, replace' }).click();
  await expect(phone.getByText('Imported.', { exact: false })).toBeVisible();
  // No reload: the history owner took the imported history.
  await phone.getByRole('button', { name: 'Menu' }).click();
  await phone.getByRole('link', { name: 'History' }).click();
  await expect(phone.locator('.session-log > li')).toHaveCount(1);
  // A session now adds to it instead of writing over it.
  await startQuickHold(phone, 10);
  await expect(phone.getByRole('heading', { name: /complete/ })).toBeVisible({ timeout: 15_000 });
  const log = await openHistory(phone);
  await expect(log).toHaveCount(2);
});

test('a backup whose history is damaged is refused and changes nothing', async ({ page }) => {
  await seed(page);
  await open(page, '/routines');
  const before = await stored(page, 'unknot.routines');
  const bad = { format: 'unknot-backup', version: 1, exported_at: '2026-12-01', routines: [], history: 'oops' };
  await page.getByLabel('Import a backup file').setInputFiles({
    name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)),
  });
  await expect(page.getByText('This file cannot be imported. Nothing was changed.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Replace' })).toHaveCount(0);
  expect(await stored(page, 'unknot.routines')).toBe(before);
  expect(await stored(page, 'unknot.history')).toBeNull();
});

test('only one tab runs a session: the one opened last runs it, the other says so and can take it back', async ({ page, context }) => {
  await startQuickHold(page, 60);
  const other = await context.newPage();
  await open(other, '/quick');
  // The tab opened last shows the running hold and runs it; the first stops.
  await expect(other.getByRole('button', { name: 'Pause' })).toBeVisible();
  const notice = page.getByRole('region', { name: 'Your session runs in another tab' });
  await expect(notice).toBeVisible();
  await expect(page.getByRole('button', { name: 'Pause' })).toHaveCount(0);
  await notice.getByRole('button', { name: 'Take it over here' }).click();
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  await expect(notice).toHaveCount(0);
  // The same 60-second hold, still counting.
  await expect(page.getByRole('timer')).toHaveText(/^0:[0-5]\d$/);
  const otherNotice = other.getByRole('region', { name: 'Your session runs in another tab' });
  await expect(otherNotice).toBeVisible();
  await expect(other.getByRole('button', { name: 'Pause' })).toHaveCount(0);
  // Starting another hold in the other tab asks first, then replaces it.
  await other.getByRole('radio', { name: '45 seconds' }).check();
  await other.getByRole('button', { name: 'Start' }).click();
  const question = other.getByRole('alertdialog', { name: 'Quick hold is still going in another tab.' });
  await question.getByRole('button', { name: 'Start the new one' }).click();
  await expect(other.getByRole('button', { name: 'Pause' })).toBeVisible();
  await expect(otherNotice).toHaveCount(0);
  await expect(notice).toBeVisible();
  await expect(page.getByRole('button', { name: 'Pause' })).toHaveCount(0);
  await expect(other.getByRole('timer')).toHaveText(/^0:(4[0-5]|3\d)$/);
  // The replaced 60-second hold is in the history once, cut short before its one step was done.
  const log = await openHistory(page);
  await expect(log).toHaveCount(1);
  await expect(log).toContainText('Ended before the first step');
});

test('a full storage when a session starts says so at once, and the session keeps running', async ({ page }) => {
  await startQuickHold(page, 10);
  await expect(page.getByRole('heading', { name: /complete/ })).toBeVisible({ timeout: 15_000 });
  await fillStorage(page);
  await page.getByRole('button', { name: 'Hold again' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'session in progress was not saved' })).toContainText('full');
  await page.getByRole('button', { name: 'Pause' }).click();
  await page.getByRole('button', { name: 'Resume' }).click();
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  const shown = await page.getByRole('timer').textContent();
  await expect(page.getByRole('timer')).not.toHaveText(shown, { timeout: 2_000 });
  await freeStorage(page);
});

test('the crash screen\'s way out starts the app without the saved session, and keeps it', async ({ page }) => {
  await startQuickHold(page, 60);
  // What "Start without the saved session" on a looping crash screen opens.
  await page.goto('/?set-aside-session');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page).toHaveURL(/\/$/);
  expect(await stored(page, 'unknot.session')).toBeNull();
  await expect(page.getByRole('link', { name: /^Back to your session/ })).toHaveCount(0);
  const banner = page.getByRole('alert').filter({ hasText: 'Some saved data could not be read' });
  await expect(banner).toContainText('The session that was running: it was set aside');
});

test('Merge on a phone with its own history keeps it, and the next session is added', async ({ page, browser }) => {
  await open(page, '/routines');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export' }).click()]);
  const file = Buffer.concat(await (await download.createReadStream()).toArray());

  const phone = await (await browser.newContext()).newPage();
  await noCountIn(phone);
  await startQuickHold(phone, 10);
  await expect(phone.getByRole('heading', { name: /complete/ })).toBeVisible({ timeout: 15_000 });
  await open(phone, '/routines');
  await phone.getByLabel('Import a backup file').setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: file });
  await phone.getByRole('button', { name: 'Merge' }).click();
  await expect(phone.getByText('Imported.', { exact: false })).toBeVisible();
  await startQuickHold(phone, 10);
  await expect(phone.getByRole('heading', { name: /complete/ })).toBeVisible({ timeout: 15_000 });
  const log = await openHistory(phone);
  await expect(log).toHaveCount(2);
});
