// Progress: sessions are logged with before/after tension, the history page
// shows them (list, charts with text equivalents), exports CSV, makes a
// calendar reminder, and clears only after asking.
import { test, expect } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { seed } from './fixtures.js';
import { expectNoSeriousA11yViolations, open } from './helpers.js';

/** Starts a seeded routine, answering "How tense is it now?" per area. */
async function rateAndStart(page, id, ratings) {
  await page.goto(`/routine/${id}`);
  await page.getByRole('button', { name: 'Start' }).click();
  await expect(page.getByRole('heading', { name: 'How tense is it now?' })).toBeVisible();
  for (const [area, value] of Object.entries(ratings)) {
    await page.getByRole('button', { name: `${area} tension before: ${value}`, exact: true }).click();
  }
  // The last tap starts the session.
  await expect(page).toHaveURL(/\/session$/);
}

async function rateAfter(page, ratings) {
  for (const [area, value] of Object.entries(ratings)) {
    await page.getByRole('button', { name: `${area} tension after: ${value}`, exact: true }).click();
  }
}

async function downloadText(page, click) {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: download.suggestedFilename(), text: await readFile(await download.path(), 'utf8') };
}

test.beforeEach(async ({ page }) => seed(page));

test('two rated sessions show in the history with their change, charts and CSV', async ({ page }) => {
  // One runs to the end: glutes 6 before, 3 after.
  await rateAndStart(page, 'test-single', { Glutes: 6 });
  await expect(page.getByRole('heading', { name: 'Session complete' })).toBeVisible({ timeout: 20_000 });
  await rateAfter(page, { Glutes: 3 });
  await expect(page.getByText('Glutes: 6 → 3')).toBeVisible();
  await page.getByRole('button', { name: 'Done' }).click();

  // One over two areas, ended during its first step: kept, but it counts
  // toward nothing (no aftercare advice, not in the calendar).
  await rateAndStart(page, 'test-trio', { Forearms: 7, Calves: 5 });
  await page.getByRole('button', { name: 'End session' }).click();
  await page.getByRole('button', { name: 'Yes, end session' }).click();
  await expect(page.getByRole('heading', { name: 'Ended before the first step' })).toBeVisible();
  await expect(page.getByText('Drink some water', { exact: false })).toHaveCount(0);
  await expect(page.getByText('does not count toward your streak or your week', { exact: false })).toBeVisible();
  await rateAfter(page, { Forearms: 4, Calves: 5 });
  await expect(page.getByText('Forearms: 7 → 4')).toBeVisible();
  await expect(page.getByText('Calves: 5 → 5')).toBeVisible();
  await page.getByRole('button', { name: 'Done' }).click();

  await page.getByRole('button', { name: 'Menu' }).click();
  await page.getByRole('link', { name: 'History' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your progress' })).toBeVisible();

  // Newest first, with status and change.
  const entries = page.locator('.session-log > li');
  await expect(entries).toHaveCount(2);
  await expect(entries.nth(0)).toContainText('Test trio');
  await expect(entries.nth(0)).toContainText('Ended before the first step');
  await expect(entries.nth(0)).toContainText('Forearms: 7 → 4');
  await expect(entries.nth(1)).toContainText('Single hold');
  await expect(entries.nth(1)).toContainText('Completed');
  await expect(entries.nth(1)).toContainText('10 seconds');
  await expect(entries.nth(1)).toContainText('Glutes: 6 → 3');
  await expect(page.getByText('1 day').first()).toBeVisible();

  // The tension chart, its summary sentence and its data table.
  const chart = page.getByRole('img', { name: /^Glutes: 1 rated session\. .*Last session: 6 before, 3 after\.$/ });
  await expect(chart).toBeVisible();
  expect(await chart.locator('circle').count()).toBe(2);
  await expect(page.getByText('Glutes: 1 rated session. Average tension 6.0 before and 3.0 after.', { exact: false })).toBeVisible();
  const toggle = page.getByRole('button', { name: 'Show data table for Glutes' });
  await expect(page.getByRole('table', { name: /Glutes tension/ })).toBeHidden();
  await toggle.click();
  const table = page.getByRole('table', { name: /Glutes tension/ });
  await expect(table).toBeVisible();
  await expect(table.getByRole('row').nth(1).getByRole('cell')).toHaveText([/\d{4}$/, '6', '3', '-3']);
  await expect(page.getByRole('button', { name: 'Hide data table for Glutes' })).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByRole('img', { name: /\. 1 session in the last 12 weeks\./ })).toBeVisible();
  // Rounded up: under a minute of practice still shows as a minute this week.
  await expect(page.getByRole('img', { name: /Minutes per week, oldest first: .*week of .*: 1\.$/ })).toBeVisible();

  // CSV: a header and one row per session, oldest first.
  const csv = await downloadText(page, () => page.getByRole('button', { name: 'Export CSV' }).click());
  expect(csv.name).toMatch(/^unknot-history-\d{4}-\d{2}-\d{2}\.csv$/);
  const rows = csv.text.split('\r\n');
  expect(rows[0]).toBe(
    'date,start_time,routine,completed,steps_done,steps_skipped,active_seconds,' +
      'area_1,before_1,after_1,area_2,before_2,after_2,area_3,before_3,after_3',
  );
  expect(rows[1]).toMatch(/^\d{4}-\d{2}-\d{2},\d{2}:\d{2},Single hold,yes,1,0,10,Glutes,6,3,,,,,,$/);
  // Ended during its first step: that step is neither done nor skipped.
  expect(rows[2]).toMatch(/,Test trio,no,0,0,\d+,Forearms,7,4,Calves,5,5,,,$/);

  for (const scheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme: scheme });
    await expectNoSeriousA11yViolations(page);
  }

  // Kept across a reload.
  await page.reload();
  await expect(page.locator('.session-log > li')).toHaveCount(2);
});

test('the calendar reminder is a weekly VEVENT on the chosen days', async ({ page }) => {
  await open(page, '/history');
  await page.getByRole('button', { name: 'Add a reminder to my calendar' }).click();
  // Monday, Wednesday and Friday are ticked to begin with.
  await page.getByRole('checkbox', { name: 'Wednesday' }).uncheck();
  await page.getByRole('checkbox', { name: 'Saturday' }).check();
  await page.getByLabel('Time').fill('07:30');
  await expectNoSeriousA11yViolations(page);
  const ics = await downloadText(page, () => page.getByRole('button', { name: 'Download calendar file' }).click());
  expect(ics.name).toBe('unknot-reminder.ics');
  const lines = ics.text.split('\r\n');
  expect(ics.text.endsWith('END:VCALENDAR\r\n')).toBe(true);
  expect(lines).toContain('BEGIN:VEVENT');
  expect(lines).toContain('END:VEVENT');
  expect(lines).toContain('RRULE:FREQ=WEEKLY;BYDAY=MO,FR,SA');
  expect(lines.find((l) => l.startsWith('DTSTART:'))).toMatch(/^DTSTART:\d{8}T073000$/);
  expect(lines.find((l) => l.startsWith('DTSTAMP:'))).toMatch(/^DTSTAMP:\d{8}T\d{6}Z$/);
  expect(lines.every((l) => Buffer.byteLength(l) <= 75)).toBe(true);
  await expect(page.getByText('Calendar file saved.', { exact: false })).toBeVisible();
});

test('an old last session brings a gentle note; clearing asks and offers export first', async ({ page }) => {
  // One session logged five local days ago.
  await page.addInitScript(() => {
    if (sessionStorage.getItem('history-seeded')) return; // once, not on every navigation
    sessionStorage.setItem('history-seeded', '1');
    const start = new Date(Date.now() - 5 * 86_400_000);
    start.setHours(9, 0, 0, 0);
    const log = {
      id: String(start.getTime()),
      started_at_ms: start.getTime(),
      date: { y: start.getFullYear(), m: start.getMonth() + 1, d: start.getDate() },
      utc_offset_min: -start.getTimezoneOffset(),
      routine_id: 'gone',
      routine_name: 'A routine since deleted, "quoted"',
      completed: true,
      steps_done: 2,
      steps_skipped: 0,
      active_ms: 120_000,
      ratings: [{ area: 'neck', before: 5, after: 2 }],
    };
    localStorage.setItem('unknot.history', JSON.stringify({ version: 1, sessions: [log] }));
  });
  await open(page, '/');
  await expect(page.getByText('It has been 5 days since your last session.', { exact: false })).toBeVisible();

  await open(page, '/history');
  await expect(page.locator('.session-log > li')).toContainText(['A routine since deleted, "quoted"']);
  await expect(page.locator('.session-log > li')).toContainText('2 minutes · Completed');
  await expect(page.locator('.session-log > li')).toContainText('Neck: 5 → 2');
  await page.getByRole('button', { name: 'Clear history' }).click();
  const confirm = page.getByRole('group', { name: 'Confirm clearing the history' });
  await expect(confirm).toContainText('Delete the one session');
  const csv = await downloadText(page, () => confirm.getByRole('button', { name: 'Export CSV first' }).click());
  expect(csv.text).toContain(',"A routine since deleted, ""quoted""",yes,2,0,120,Neck,5,2,');
  await confirm.getByRole('button', { name: 'Yes, clear history' }).click();
  await expect(page.getByText('No sessions yet.', { exact: false })).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem('unknot.history'))).toBeNull();

  await open(page, '/');
  await expect(page.getByText('since your last session', { exact: false })).toHaveCount(0);
});

test('a session with every step skipped is kept but leaves the streak and the week as they were', async ({ page }) => {
  // One session yesterday: a streak of 1 day.
  await page.addInitScript(() => {
    if (sessionStorage.getItem('history-seeded')) return;
    sessionStorage.setItem('history-seeded', '1');
    const start = new Date(Date.now() - 86_400_000);
    start.setHours(12, 0, 0, 0);
    const log = {
      id: String(start.getTime()),
      started_at_ms: start.getTime(),
      date: { y: start.getFullYear(), m: start.getMonth() + 1, d: start.getDate() },
      utc_offset_min: -start.getTimezoneOffset(),
      routine_id: 'test-single',
      routine_name: 'Single hold',
      completed: true,
      steps_done: 1,
      steps_skipped: 0,
      active_ms: 10_000,
      ratings: [],
    };
    localStorage.setItem('unknot.history', JSON.stringify({ version: 1, sessions: [log] }));
  });
  await open(page, '/history');
  const facts = page.locator('dl.facts');
  await expect(facts.getByText('Current streak')).toBeVisible();
  const before = await facts.textContent();
  expect(before).toContain('1 day');

  await page.goto('/routine/test-trio');
  await page.getByRole('button', { name: 'Start' }).click();
  await page.getByRole('group', { name: 'How tense is it now?' }).getByRole('button', { name: 'Skip' }).click();
  const skipped = page.getByRole('heading', { level: 1, name: 'Every step skipped' });
  for (let i = 0; i < 10 && !(await skipped.isVisible()); i++) {
    await page.getByRole('button', { name: 'Skip', exact: true }).click();
  }
  await expect(skipped).toBeVisible();
  await expect(page.getByText('Drink some water', { exact: false })).toHaveCount(0);
  await page.getByRole('button', { name: 'Done' }).click();

  await open(page, '/history');
  await expect(page.locator('.session-log > li')).toHaveCount(2);
  await expect(page.locator('.session-log > li').nth(0)).toContainText('Test trio');
  await expect(page.locator('.session-log > li').nth(0)).toContainText('Ended before the first step');
  // Streak, best streak and this week read exactly as before.
  await expect(facts).toHaveText(before);
});

test('a reload on the end screen shows it again, and its after-rating still counts', async ({ page }) => {
  await rateAndStart(page, 'test-single', { Glutes: 6 });
  await expect(page.getByRole('heading', { name: 'Session complete' })).toBeVisible({ timeout: 20_000 });
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Session complete' })).toBeVisible();
  await expect(page.getByText('Single hold', { exact: true })).toBeVisible();
  await rateAfter(page, { Glutes: 3 });
  await expect(page.getByText('Glutes: 6 → 3')).toBeVisible();
  await page.getByRole('button', { name: 'Done' }).click();
  await expect(page).toHaveURL(/\/$/);
  // "Done" closes it for good: a reload no longer brings it back.
  await page.goto('/session');
  await expect(page.getByRole('heading', { level: 1, name: 'No session running' })).toBeVisible();
  await open(page, '/history');
  const entries = page.locator('.session-log > li');
  await expect(entries).toHaveCount(1);
  await expect(entries.nth(0)).toContainText('Glutes: 6 → 3');
});

test('a session of the last 24 hours can be rated after from History; an older one cannot', async ({ page }) => {
  await page.addInitScript(() => {
    if (sessionStorage.getItem('history-seeded')) return;
    sessionStorage.setItem('history-seeded', '1');
    const row = (msAgo, name) => {
      const t = Date.now() - msAgo;
      return [t, -new Date(t).getTimezoneOffset(), 'test-single', name, true, 1, 0, 10_000, [['glutes', 6, null]]];
    };
    const sessions = [row(3 * 86_400_000, 'Three days ago'), row(2 * 3_600_000, 'Two hours ago')];
    localStorage.setItem('unknot.history', JSON.stringify({ version: 2, sessions }));
  });
  await open(page, '/history');
  const entries = page.locator('.session-log > li');
  await expect(entries).toHaveCount(2);
  await expect(entries.nth(1).getByRole('button', { name: 'Rate how it feels now' })).toHaveCount(0);
  await entries.nth(0).getByRole('button', { name: 'Rate how it feels now' }).click();
  await entries.nth(0).getByRole('button', { name: 'Glutes tension after: 3', exact: true }).click();
  await expect(entries.nth(0)).toContainText('Glutes: 6 → 3');
  await expect(entries.nth(0).getByRole('button', { name: 'Rate how it feels now' })).toHaveCount(0);
  await page.reload();
  await expect(page.locator('.session-log > li').nth(0)).toContainText('Glutes: 6 → 3');
});
