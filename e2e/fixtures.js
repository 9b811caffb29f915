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
