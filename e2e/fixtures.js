// Test routines and settings, stored the way the app stores them, so tests
// can run short routines without waiting through real presets.

/** A step in the stored format (also used by the bench's routines). */
export const step = (kind, title, seconds, extra = {}) => ({
  kind,
  title,
  instruction: `${title}: keep a steady pressure and breathe out slowly.`,
  duration_ms: seconds * 1000,
  area: 'calves',
  tool: kind === 'stretch' ? 'none' : 'ball',
  sides: 'center',
  sets: 1,
  rest_between_sets_ms: null,
  ...extra,
});

export const TRIO = {
  id: 'test-trio',
  name: 'Test trio',
  description: 'Three short steps, the middle one on both sides.',
  steps: [
    step('hold', 'Forearm hold', 10, { area: 'forearms' }),
    step('hold', 'Calf hold', 10, { sides: 'both' }),
    step('stretch', 'Calf stretch', 10),
  ],
};

export const SINGLE = {
  id: 'test-single',
  name: 'Single hold',
  description: 'One ten-second hold.',
  steps: [step('hold', 'Glute hold', 10, { area: 'glutes' })],
};

/** Seeds routines and fast settings before any page script runs. */
export async function seed(page, { routines = [TRIO, SINGLE], settings = {} } = {}) {
  await page.addInitScript(
    ([routines, settings]) => {
      if (sessionStorage.getItem('seeded')) return; // keep state across reloads
      sessionStorage.setItem('seeded', '1');
      localStorage.setItem('unknot.routines', JSON.stringify({ version: 1, routines }));
      localStorage.setItem(
        'unknot.settings',
        JSON.stringify({ get_ready_ms: 0, switch_pause_ms: 3000, voice: false, ...settings }),
      );
      localStorage.setItem('unknot.safety', JSON.stringify({ version: 2, flag_applies: false }));
    },
    [routines, settings],
  );
}

/**
 * Turns the count-in off before any page script runs (once per tab, so a
 * reload keeps what the test changed since): for tests that time a hold
 * from the tap. Works beside `seed`, which sets it too.
 */
export async function noCountIn(page) {
  await page.addInitScript(() => {
    if (sessionStorage.getItem('no-count-in')) return;
    sessionStorage.setItem('no-count-in', '1');
    let settings = {};
    try {
      const stored = JSON.parse(localStorage.getItem('unknot.settings') || '{}');
      settings = stored.settings || stored;
    } catch {}
    localStorage.setItem('unknot.settings', JSON.stringify({ ...settings, get_ready_ms: 0 }));
  });
}

/**
 * A stored history (version 2: one row per session) of `n` sessions, one a
 * day at 09:00 local time, the last `lastDaysAgo` days ago.
 */
export function historyDoc(n, { lastDaysAgo = 1, name = 'Single hold' } = {}) {
  const sessions = [];
  for (let i = n - 1 + lastDaysAgo; i >= lastDaysAgo; i--) {
    const start = new Date(Date.now() - i * 86_400_000);
    start.setHours(9, 0, 0, 0);
    sessions.push([start.getTime(), -start.getTimezoneOffset(), 'test-single', name, true, 1, 0, 10_000, [['glutes', 6, 3]]]);
  }
  return { version: 2, sessions };
}

/** A backup file holding `routines`, `settings` (or none) and `history`. */
export function backupFile({ routines = [], settings = null, history = null } = {}) {
  return Buffer.from(JSON.stringify({
    format: 'unknot-backup', version: 1, exported_at: '2026-12-01', settings, routines, history,
  }));
}

/** Stores `history` (a document) before any page script runs, once per tab. */
export async function seedHistory(page, history) {
  await page.addInitScript((text) => {
    if (sessionStorage.getItem('history-seeded')) return;
    sessionStorage.setItem('history-seeded', '1');
    localStorage.setItem('unknot.history', text);
  }, JSON.stringify(history));
}

/** Every preset's id, as the home page links them. */
export const PRESETS = [
  'desk-reset', 'full-body-20', 'neck-headache', 'upper-traps-shoulders', 'jaw-release', 'chest-opener',
  'forearms-wrists', 'between-shoulder-blades', 'upper-back-roller', 'lower-back-gentle', 'glutes-sciatic',
  'hips-hip-flexors', 'quads-it-band', 'hamstrings', 'calves-heel', 'soles-of-feet', 'heat-neck-shoulders',
  'heat-lower-back', 'neck-stretches', 'back-of-shoulder-blade', 'outer-elbow-forearm', 'inner-forearm-palm',
  'side-of-low-back', 'side-of-hip', 'front-of-shin',
];
