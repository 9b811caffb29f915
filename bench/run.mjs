// Unknot's bench: bytes (per file and per wasm module: main module, page
// chunks, shared chunks), load, the first open of each page inside the app,
// running-timer cost, exactness and memory, measured with headless Chromium
// through CDP, for the release build in dist/ and, with the same code in the
// same run, for a plain-JavaScript countdown page (bench/baseline/), so every
// figure is also a ratio.
//
//   node bench/run.mjs [--quick]
//   BENCH_BEFORE=<dir> node bench/run.mjs [--quick]
//   BENCH_PHASES=load,routes node bench/run.mjs --quick
//
// --quick skips the 3-minute parts (the real routine and memory) and runs
// fewer repeats. BENCH_BEFORE adds a third target, "before": another build of
// the app (e.g. the previous commit's dist/), measured with the same phases, so
// one run gives a before/after table. BENCH_PHASES runs only some phases
// (load, routes, cost, exact; all by default). Prints tables and writes
// bench/results/latest.json. Measures, never asserts. Expects a release build
// in dist/ (scripts/bench.sh makes one first).

import { spawn } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { step, historyDoc } from '../e2e/fixtures.js';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..');
const QUICK = process.argv.includes('--quick');
const PORT = Number(process.env.BENCH_PORT || 4690);
const CPU_SLOWDOWN = 4;
const RUNS = {
  cold: QUICK ? 3 : 5,
  repeat: 3,
  hold: QUICK ? 2 : 5,
  costSeconds: QUICK ? 10 : 30,
  routes: QUICK ? 1 : 3,
};

// BENCH_PHASES=load,routes,cost,exact runs only some parts (for diagnosis); all by default.
const PHASES = (process.env.BENCH_PHASES || 'load,routes,cost,exact').split(',');
const phase = (name) => PHASES.includes(name);
const log = (...a) => console.error('bench:', ...a);
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const n = s.length;
  return n === 0 ? null : n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
};
const min = (xs) => (xs.length ? Math.min(...xs) : null);
const max = (xs) => (xs.length ? Math.max(...xs) : null);
const round = (x, d = 1) => (x == null ? null : Math.round(x * 10 ** d) / 10 ** d);

// ---------- what is measured ----------

const SWITCH_S = 3; // the smallest switch pause the app allows
const ROUTINES = {
  hold10: { id: 'bench-hold', name: 'Bench hold', description: 'One ten-second hold.', steps: [step('hold', 'Glute hold', 10)] },
  long: { id: 'bench-long', name: 'Bench long hold', description: 'One long hold.', steps: [step('hold', 'Glute hold', 60)] },
  // 30 + 3 + 30 + 24 + 45 + 3 + 45 = 180 s, both-sides steps with switch pauses.
  three: {
    id: 'bench-three',
    name: 'Bench three minutes',
    description: 'A real three-minute routine.',
    steps: [
      step('hold', 'Calf hold', 30, { sides: 'both' }),
      step('stretch', 'Calf stretch', 24),
      step('hold', 'Glute hold', 45, { sides: 'both', area: 'glutes' }),
    ],
  },
};
const plannedSeconds = (r) =>
  r.steps.reduce((t, s) => t + (s.sides === 'both' ? 2 * s.duration_ms / 1000 + SWITCH_S : s.duration_ms / 1000), 0);
// The baseline runs the same segments as plain seconds.
const baselineSteps = (r) =>
  r.steps.flatMap((s) => (s.sides === 'both' ? [s.duration_ms / 1000, SWITCH_S, s.duration_ms / 1000] : [s.duration_ms / 1000])).join(',');

// Every page but the home page, with the level-1 heading it shows once
// loaded (as in e2e/split.spec.js), opened inside the app for the first time.
const ROUTES = [
  ['/routine/calves-heel', 'Calves and heel'],
  ['/routines', 'My routines'],
  ['/routines/new', 'New routine'],
  [`/routines/${ROUTINES.hold10.id}/edit`, 'Edit routine'],
  ['/settings', 'Settings'],
  ['/history', 'Your progress'],
  ['/learn', 'Learn'],
  ['/about', 'About Unknot'],
  ['/doctor', 'When to see a doctor'],
  ['/finder', 'Where do you feel it?'],
  ['/share', 'This link cannot be opened'],
  ['/quick', 'Quick hold'], // in the main module: for comparison
  ['/session', 'No session running'], // in the main module
];
const ROUTE_BUDGET_MS = 100;

const TARGETS = {
  unknot: {
    label: 'Unknot',
    port: PORT,
    dir: join(root, 'dist'),
    home: '/',
    routes: true,
    // The home page's first link; the app is interactive once it is mounted.
    marker: 'a.card',
    async openSession(page, r) {
      await page.goto(`/routine/${r.id}`);
      await page.getByRole('heading', { level: 1, name: r.name }).waitFor();
    },
    // Start, then "Skip" on the before-session tension question: that tap starts the timer.
    async start(page) {
      await page.getByRole('button', { name: 'Start' }).click();
      await page.getByRole('group', { name: 'How tense is it now?' }).getByRole('button', { name: 'Skip' }).click();
    },
  },
  baseline: {
    label: 'baseline',
    routes: false, // one page
    port: PORT + 1,
    dir: join(here, 'baseline'),
    home: '/',
    marker: '#start',
    async openSession(page, r) {
      await page.goto(`/?steps=${baselineSteps(r)}`);
      await page.getByRole('button', { name: 'Start' }).waitFor();
    },
    async start(page) {
      await page.getByRole('button', { name: 'Start' }).click();
    },
  },
};

// BENCH_BEFORE=<dir>: another build of the app, measured as Unknot is.
if (process.env.BENCH_BEFORE) {
  const { baseline } = TARGETS;
  delete TARGETS.baseline;
  TARGETS.before = { ...TARGETS.unknot, label: 'before', port: PORT + 2, dir: resolve(process.env.BENCH_BEFORE) };
  TARGETS.baseline = baseline;
}

// Runs in every page before its own scripts: counts timer and animation-frame
// callbacks and DOM mutations, and records in page time when the home page's
// marker appears, when Start is clicked and when "Session complete" shows.
function instrument(marker) {
  const B = (window.__bench = {
    raf: 0, timeouts: 0, intervals: 0, mutations: 0, kinds: {},
    markerAt: null, freeAt: null, clickAt: null, endAt: null, endFrameAt: null, lastTimerAt: null, endTimerAt: null,
    longTasks: [], wasmMemory: null,
  });
  const rAF = window.requestAnimationFrame.bind(window);
  const setT = window.setTimeout.bind(window);
  const setI = window.setInterval.bind(window);
  window.requestAnimationFrame = (cb) => rAF((t) => { B.raf++; return cb(t); });
  window.setTimeout = function (cb, ...rest) {
    if (typeof cb !== 'function') return setT(cb, ...rest);
    return setT(function (...a) { B.timeouts++; B.lastTimerAt = performance.now(); return cb.apply(this, a); }, ...rest);
  };
  window.setInterval = function (cb, ...rest) {
    if (typeof cb !== 'function') return setI(cb, ...rest);
    return setI(function (...a) { B.intervals++; B.lastTimerAt = performance.now(); return cb.apply(this, a); }, ...rest);
  };
  const check = () => {
    if (B.markerAt == null && document.querySelector(marker)) {
      B.markerAt = performance.now();
      // The first moment a tap queued now would be handled.
      setT(() => { B.freeAt = performance.now(); }, 0);
    }
    if (B.endAt == null) {
      const h = document.querySelector('h1');
      if (h && h.textContent.trim() === 'Session complete') {
        B.endAt = performance.now();
        B.endTimerAt = B.lastTimerAt; // the timer callback that ended it started then
        rAF(() => { B.endFrameAt = performance.now(); });
      }
    }
  };
  new MutationObserver((records) => {
    B.mutations += records.length;
    for (const r of records) {
      const t = r.target.nodeType === 1 ? r.target : r.target.parentElement;
      const k = `${r.type}${r.attributeName ? ':' + r.attributeName : ''} ${t ? t.tagName.toLowerCase() + (t.className && typeof t.className === 'string' ? '.' + t.className.split(' ')[0] : '') : '?'}`;
      B.kinds[k] = (B.kinds[k] || 0) + 1;
    }
    check();
  }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  document.addEventListener('DOMContentLoaded', check);
  addEventListener('click', (e) => {
    const b = e.target.closest && e.target.closest('button');
    // The tap that starts the timer: Start, or Unknot's "Skip" on the tension question after it.
    if (b && ['Start', 'Skip'].includes(b.textContent.trim())) B.clickAt = performance.now();
  }, true);
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) B.longTasks.push([e.startTime, e.startTime + e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch { /* not supported */ }
  // Trunk's loader announces the wasm exports, memory among them.
  addEventListener('TrunkApplicationStarted', (e) => { B.wasmMemory = e.detail && e.detail.wasm && e.detail.wasm.memory; });
}

function seedScript([routines]) {
  if (localStorage.getItem('unknot.routines')) return;
  localStorage.setItem('unknot.routines', JSON.stringify({ version: 1, routines }));
  localStorage.setItem('unknot.settings', JSON.stringify({ get_ready_ms: 0, switch_pause_ms: 3000, voice: false }));
  localStorage.setItem('unknot.safety', JSON.stringify({ version: 2, flag_applies: false }));
}

// ---------- plumbing ----------

async function startServer(dir, port) {
  const child = spawn(process.execPath, [join(root, 'scripts/static-server.mjs'), dir, String(port)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise((ok, fail) => {
    child.stdout.on('data', (d) => String(d).includes('serving') && ok());
    child.on('exit', (code) => fail(new Error(`static server on ${port} exited (${code})`)));
  });
  return child;
}

let browser;
async function newPage(target, { throttle = true, seed = false } = {}) {
  const context = await browser.newContext({
    baseURL: `http://127.0.0.1:${target.port}`,
    viewport: { width: 412, height: 915 },
    deviceScaleFactor: 1,
    isMobile: true,
    hasTouch: true,
    bypassCSP: !!process.env.BENCH_ONLY_COST_CSS,
  });
  const page = await context.newPage();
  page.setDefaultTimeout(30_000);
  await page.addInitScript(instrument, target.marker);
  if (seed) await page.addInitScript(seedScript, [Object.values(ROUTINES)]);
  if (process.env.BENCH_ONLY_COST_CSS) {
    // Diagnosis only: extra CSS added to every page (e.g. to switch an animation off).
    await page.addInitScript((css) => {
      addEventListener('DOMContentLoaded', () => {
        const s = document.createElement('style');
        s.textContent = css;
        document.head.append(s);
      });
    }, process.env.BENCH_ONLY_COST_CSS);
  }
  const cdp = await context.newCDPSession(page);
  if (throttle) await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  await cdp.send('Performance.enable', { timeDomain: 'timeTicks' });
  return { context, page, cdp };
}

const bench = (page) => page.evaluate(() => {
  const { wasmMemory, ...rest } = window.__bench;
  return { ...rest, wasmBytes: wasmMemory ? wasmMemory.buffer.byteLength : null };
});

async function metrics(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(metrics.map((m) => [m.name, m.value]));
}

// ---------- bytes ----------

async function listFiles(dir) {
  const out = [];
  for (const e of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!e.isFile()) continue;
    const full = join(e.parentPath ?? e.path, e.name);
    const file = relative(dir, full).split(sep).join('/');
    // Hidden files and folders (a build's staging folder) are not part of the app.
    if (file.split('/').some((part) => part.startsWith('.'))) continue;
    const raw = await readFile(full);
    out.push({
      file,
      raw: raw.length,
      gzip: gzipSync(raw, { level: 9 }).length,
      brotli: brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    });
  }
  return out.sort((a, b) => b.raw - a.raw);
}

/**
 * The wasm modules of a build: the main module, each page chunk
 * (`split_<name>-<hash>.wasm`) with the shared chunks (`chunk_N-<hash>.wasm`)
 * the split loader (`__wasm_split-*.js`) fetches with it, and the shared
 * chunks together. Sizes from `listFiles`.
 */
async function wasmModules(dir, files) {
  const size = (f) => ({ raw: f.raw, brotli: f.brotli });
  const strip = (file) => file.replace(/-[0-9a-f]+(_bg)?\.wasm$/, '$1');
  const wasm = files.filter((f) => f.file.endsWith('.wasm'));
  const main = wasm.find((f) => /^unknot-[0-9a-f]+_bg\.wasm$/.test(f.file));
  const shared = wasm.filter((f) => /^chunk_\d+-/.test(f.file)).map((f) => ({ name: strip(f.file), file: f.file, ...size(f) }));
  // What the loader fetches with each page chunk: `const __chunk_9 = makeLoad(... "./chunk_9-<hash>.wasm" ...)`
  // and `export const __wasm_split_load_<name> = ...("./split_<name>-<hash>.wasm" ...), [__chunk_9, ...]))`.
  const needs = {};
  const loaderFile = files.find((f) => /^__wasm_split-[0-9a-f]+\.js$/.test(f.file));
  if (loaderFile) {
    const js = await readFile(join(dir, loaderFile.file), 'utf8');
    const chunkVar = {};
    for (const m of js.matchAll(/const (__chunk_\d+) = makeLoad\(\(\) => \{\s*const src = fetch\(new URL\("\.\/([^"]+)"/g)) {
      chunkVar[m[1]] = strip(m[2]);
    }
    for (const m of js.matchAll(/export const __wasm_split_load_\w+ = [\s\S]*?fetch\(new URL\("\.\/([^"]+)"[\s\S]*?, \[([^\]]*)\]\)\);/g)) {
      needs[m[1]] = m[2].split(',').map((v) => v.trim()).filter(Boolean).map((v) => chunkVar[v] ?? v);
    }
  }
  const pages = wasm
    .filter((f) => /^split_.+-[0-9a-f]+\.wasm$/.test(f.file))
    .map((f) => {
      const deps = needs[f.file] ?? null;
      const of = (key) => deps && deps.reduce((t, d) => t + (shared.find((c) => c.name === d)?.[key] ?? 0), 0);
      return { name: strip(f.file), file: f.file, ...size(f), needs: deps, needsRaw: of('raw'), needsBrotli: of('brotli') };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
  const sum = (xs, key) => xs.reduce((t, x) => t + x[key], 0);
  return {
    main: main ? { file: main.file, ...size(main) } : null,
    pages,
    shared: { count: shared.length, raw: sum(shared, 'raw'), brotli: sum(shared, 'brotli'), chunks: shared },
    total: { raw: sum(wasm, 'raw'), brotli: sum(wasm, 'brotli') },
  };
}

// ---------- load ----------

/** One load of the home page; with `network`, counts requests and encoded bytes. */
async function loadOnce(page, cdp, target, network) {
  const requests = new Map();
  if (network) {
    await cdp.send('Network.enable');
    cdp.on('Network.requestWillBeSent', (e) => requests.set(e.requestId, { url: e.request.url, bytes: 0 }));
    cdp.on('Network.loadingFinished', (e) => {
      const r = requests.get(e.requestId);
      if (r) r.bytes = e.encodedDataLength;
    });
  }
  await page.goto(target.home, { waitUntil: 'load' });
  await page.waitForFunction(() => window.__bench.freeAt != null, null, { timeout: 30_000 });
  // A quiet window: long tasks that follow the mount still count against "interactive".
  await page.waitForTimeout(2_000);
  const r = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0];
    const fcp = performance.getEntriesByName('first-contentful-paint')[0];
    return {
      b: window.__bench,
      fcp: fcp ? fcp.startTime : null,
      dcl: nav ? nav.domContentLoadedEventEnd : 0,
      controlled: !!(navigator.serviceWorker && navigator.serviceWorker.controller),
    };
  });
  const lastLong = max(r.b.longTasks.filter(([s]) => s < r.b.freeAt + 2_000).map(([, e]) => e)) ?? 0;
  const interactive = Math.max(r.b.freeAt, r.dcl, lastLong);
  const list = [...requests.values()];
  return {
    fcp: r.fcp,
    interactive,
    controlled: r.controlled,
    requests: list.length,
    transferred: list.reduce((t, x) => t + x.bytes, 0),
    files: list.map((x) => ({ url: new URL(x.url).pathname, bytes: x.bytes })),
  };
}

/**
 * Cold loads of every target, interleaved: round i loads each target once,
 * in turn (the order reversed every other round), so a change in the
 * machine's load during the run weighs on every target alike.
 */
async function coldLoads(targets) {
  const cold = new Map(targets.map((t) => [t, []]));
  // One load of each first, not counted: the browser's own first-start costs are not the app's.
  for (const t of targets) {
    const { context, page, cdp } = await newPage(t);
    await loadOnce(page, cdp, t, false);
    await context.close();
  }
  for (let i = 0; i < RUNS.cold; i++) {
    for (const t of i % 2 ? [...targets].reverse() : targets) {
      const { context, page, cdp } = await newPage(t);
      cold.get(t).push(await loadOnce(page, cdp, t, i === 0));
      await context.close();
    }
  }
  return cold;
}

async function measureLoad(target, cold) {
  // Repeat visits: one first visit installs the service worker (the app has
  // one, the baseline relies on the HTTP cache), then fresh navigations.
  const { context, page, cdp } = await newPage(target);
  await loadOnce(page, cdp, target, false);
  await page.evaluate(async () => {
    if (!navigator.serviceWorker) return;
    const reg = await navigator.serviceWorker.getRegistration();
    if (!reg) return;
    await navigator.serviceWorker.ready;
  });
  const repeat = [];
  for (let i = 0; i < RUNS.repeat; i++) repeat.push(await loadOnce(page, cdp, target, false));
  await context.close();
  return {
    firstLoad: { transferred: cold[0].transferred, requests: cold[0].requests, files: cold[0].files },
    cold: {
      fcp: { median: median(cold.map((c) => c.fcp)), min: min(cold.map((c) => c.fcp)), runs: cold.map((c) => c.fcp) },
      interactive: {
        median: median(cold.map((c) => c.interactive)),
        min: min(cold.map((c) => c.interactive)),
        runs: cold.map((c) => c.interactive),
      },
    },
    repeat: {
      viaServiceWorker: repeat.every((r) => r.controlled),
      fcp: { median: median(repeat.map((r) => r.fcp)), runs: repeat.map((r) => r.fcp) },
      interactive: { median: median(repeat.map((r) => r.interactive)), runs: repeat.map((r) => r.interactive) },
    },
  };
}

// ---------- first open of each page ----------

/** `dir`'s service worker cache name (from sw.js), if it has one. */
async function swCache(dir) {
  try {
    return (await readFile(join(dir, 'sw.js'), 'utf8')).match(/const CACHE = "([^"]+)"/)?.[1] ?? '';
  } catch {
    return null; // no service worker
  }
}

/** Mounted, and a quiet second after (the first open must not share the CPU with the home page's start). */
async function homeReady(page, target, { settle = true, chunks = null } = {}) {
  await page.goto(target.home, { waitUntil: 'load' });
  await page.waitForFunction(() => window.__bench.freeAt != null, null, { timeout: 30_000 });
  if (settle) await page.waitForTimeout(1_000);
  if (chunks) {
    // "After warm-up": wait until the app has loaded every chunk ahead (it does so in idle periods
    // on a worker-controlled page), as a person who looks at the home page for a few seconds.
    const ok = await page
      .waitForFunction(
        (files) => {
          const got = new Set(performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname.split('/').pop()));
          return files.every((f) => got.has(f));
        },
        chunks,
        { timeout: 30_000, polling: 100 },
      )
      .then(() => true, () => false);
    if (!ok) log(`${target.label}: not every chunk was loaded ahead within 30 s`);
    await page.waitForTimeout(300);
  }
}

/** Follows an app link to `path` and times, in page time from the click, the h1 reading `heading` and the page's content mounted. */
const openInApp = (page, path, heading) => page.evaluate(([path, heading]) => new Promise((resolve) => {
  let headingAt = null;
  let timer;
  const t0 = performance.now();
  const done = (at) => {
    observer.disconnect();
    clearTimeout(timer);
    resolve({ heading: headingAt == null ? null : headingAt - t0, firstOpen: at == null ? null : at - t0, at: location.pathname });
  };
  const check = () => {
    const now = performance.now();
    const loading = document.querySelector('.page-loading');
    const h = document.querySelector('h1');
    const right = !!h && h.textContent.trim() === heading;
    // The heading: the page's own, or the loading fallback's (`section.page-loading`, shown while the chunk
    // is fetched; /share's reads "Shared routine"). The page is there once the fallback is gone.
    if (headingAt == null && (right || (loading && loading.querySelector('h1')))) headingAt = now;
    if (right && !loading) done(now);
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
  timer = setTimeout(() => done(null), 20_000);
  // A tap on an app link: the app's router takes it over (no page load).
  const a = document.createElement('a');
  a.href = path;
  document.body.append(a);
  a.click();
  a.remove();
  check();
}), [path, heading]);

/**
 * One pass: a fresh context, the service worker installed and its precache
 * complete, then for each route a fresh page load of `/` (controlled by the
 * worker, so nothing of a page chunk is loaded yet) and an app link to it.
 */
async function routesPass(target, wasmFiles, cacheName) {
  const { context, page } = await newPage(target, { seed: true });
  page.on('dialog', (d) => d.accept()); // a page that holds the user must not stop the reload
  let requests = [];
  page.on('request', (r) => requests.push(r));
  await homeReady(page, target);
  let precache = null;
  if (cacheName != null) {
    precache = await page.evaluate(async ([cacheName, files]) => {
      const t0 = performance.now();
      const reg = await navigator.serviceWorker.ready;
      for (;;) {
        const cache = cacheName && (await caches.has(cacheName)) ? await caches.open(cacheName) : caches;
        const missing = [];
        for (const f of files) if (!(await cache.match(new URL(f, reg.scope).href))) missing.push(f);
        if (!missing.length || performance.now() - t0 > 60_000) return { waited: performance.now() - t0, missing };
        await new Promise((ok) => setTimeout(ok, 100));
      }
    }, [cacheName, wasmFiles]);
    if (precache.missing.length) log(`${target.label}: precache incomplete after 60 s: ${precache.missing.join(', ')}`);
  }
  const out = [];
  const chunks = wasmFiles.filter((f) => /^(split|chunk)_/.test(f));
  for (const [path, heading] of ROUTES) {
    // After warm-up first (the page loads chunks ahead while idle), then as soon as the home page
    // is interactive, before the app's first idle period: the page's chunk comes from the worker then.
    await homeReady(page, target, { chunks });
    const warm = await openInApp(page, path, heading);
    await homeReady(page, target, { settle: false });
    const controlled = await page.evaluate(() => !!(navigator.serviceWorker && navigator.serviceWorker.controller));
    requests = [];
    const t = await openInApp(page, path, heading);
    t.warmOpen = warm.firstOpen;
    if (t.firstOpen == null) log(`${target.label}: ${path} did not show '${heading}' with its content within 20 s (at ${t.at})`);
    const fetched = [];
    for (const r of requests) {
      const file = new URL(r.url()).pathname.split('/').pop();
      if (!file.endsWith('.wasm')) continue;
      const res = await r.response();
      fetched.push({ file, fromServiceWorker: !!res && res.fromServiceWorker() });
    }
    out.push({ path, heading, controlled, ...t, fetched });
  }
  await context.close();
  return { precache, routes: out };
}

async function measureRoutes(target, files) {
  const cacheName = await swCache(target.dir);
  const wasmFiles = files.filter((f) => f.file.endsWith('.wasm')).map((f) => f.file);
  const passes = [];
  for (let i = 0; i < RUNS.routes; i++) passes.push(await routesPass(target, wasmFiles, cacheName));
  const routes = ROUTES.map(([path, heading], i) => {
    const runs = passes.map((p) => p.routes[i]);
    const first = runs[0];
    return {
      path,
      heading,
      controlled: runs.every((r) => r.controlled),
      headingMs: { median: median(runs.map((r) => r.heading).filter((x) => x != null)), runs: runs.map((r) => round(r.heading)) },
      firstOpenMs: { median: median(runs.map((r) => r.firstOpen).filter((x) => x != null)), runs: runs.map((r) => round(r.firstOpen)) },
      warmOpenMs: { median: median(runs.map((r) => r.warmOpen).filter((x) => x != null)), runs: runs.map((r) => round(r.warmOpen)) },
      missed: runs.filter((r) => r.firstOpen == null).length,
      // The wasm files the first pass fetched for it.
      fetched: first.fetched,
    };
  });
  return {
    passes: RUNS.routes,
    cacheName,
    precacheWaitMs: passes.map((p) => round(p.precache?.waited)),
    routes,
    slowestFirstOpen: max(routes.map((r) => r.firstOpenMs.median).filter((x) => x != null)),
    slowestHeading: max(routes.map((r) => r.headingMs.median).filter((x) => x != null)),
    slowestWarmOpen: max(routes.map((r) => r.warmOpenMs.median).filter((x) => x != null)),
  };
}

// ---------- History with years of sessions ----------

const HISTORY_SESSIONS = 10_000;

/**
 * Opens History by an app link on a page whose stored history holds
 * `HISTORY_SESSIONS` sessions (one a day), the chunks loaded ahead; times
 * from the click to the first frame after the session list is in the page.
 */
async function measureHistory(target, files) {
  const chunks = files.filter((f) => /^(split|chunk)_.*\.wasm$/.test(f.file)).map((f) => f.file);
  const { context, page } = await newPage(target, { seed: true });
  await page.addInitScript((text) => localStorage.setItem('unknot.history', text), JSON.stringify(historyDoc(HISTORY_SESSIONS)));
  const runs = [];
  for (let i = 0; i < RUNS.routes; i++) {
    await homeReady(page, target, { chunks: (await swCache(target.dir)) != null ? chunks : null });
    runs.push(await page.evaluate(() => new Promise((resolve) => {
      const t0 = performance.now();
      const timer = setTimeout(() => resolve(null), 30_000);
      const check = () => {
        if (!document.querySelector('.session-log > li')) return;
        observer.disconnect();
        requestAnimationFrame(() => {
          clearTimeout(timer);
          resolve(performance.now() - t0);
        });
      };
      const observer = new MutationObserver(check);
      observer.observe(document, { subtree: true, childList: true });
      const a = document.createElement('a');
      a.href = 'history';
      document.body.append(a);
      a.click();
      a.remove();
    })));
  }
  await context.close();
  return { sessions: HISTORY_SESSIONS, medianMs: median(runs.filter((x) => x != null)), runs: runs.map((x) => round(x)) };
}

// ---------- a running timer ----------

async function measureCost(target) {
  const { context, page, cdp } = await newPage(target, { seed: true });
  await target.openSession(page, ROUTINES.long);
  await target.start(page);
  await page.waitForTimeout(3_000);
  await page.evaluate(() => {
    const B = window.__bench;
    B.raf = B.timeouts = B.intervals = B.mutations = 0;
    B.kinds = {};
  });
  const m0 = await metrics(cdp);
  const t0 = Date.now();
  await page.waitForTimeout(RUNS.costSeconds * 1000);
  const m1 = await metrics(cdp);
  const secs = (Date.now() - t0) / 1000;
  const b = await bench(page);
  await context.close();
  const per = (x) => round(x / secs, 2);
  return {
    seconds: round(secs, 1),
    taskMsPerSecond: per((m1.TaskDuration - m0.TaskDuration) * 1000),
    scriptMsPerSecond: per((m1.ScriptDuration - m0.ScriptDuration) * 1000),
    styleLayoutMsPerSecond: per(
      (m1.RecalcStyleDuration - m0.RecalcStyleDuration + m1.LayoutDuration - m0.LayoutDuration) * 1000,
    ),
    mutationsPerSecond: per(b.mutations),
    rafPerSecond: per(b.raf),
    timerCallbacksPerSecond: per(b.timeouts + b.intervals),
    mutationKinds: b.kinds,
  };
}

// ---------- exactness ----------

/** Starts `r`, optionally blocks the main thread, and waits for its end. */
async function runSession(target, r, { blockAt = null, memory = false } = {}) {
  const { context, page, cdp } = await newPage(target, { seed: true });
  await target.openSession(page, r);
  await target.start(page);
  let before = null;
  if (memory) {
    await page.waitForTimeout(2_000);
    before = await heap(page, cdp);
  }
  if (blockAt != null) {
    await page.waitForTimeout(blockAt);
    await page.evaluate(() => {
      const end = performance.now() + 5_000;
      while (performance.now() < end) {
        /* busy */
      }
    });
  }
  await page.waitForFunction(() => window.__bench.endFrameAt != null, null, {
    timeout: (plannedSeconds(r) + 30) * 1000,
    polling: 250,
  });
  const b = await bench(page);
  let after = null;
  if (memory) {
    await page.waitForTimeout(1_000);
    after = await heap(page, cdp);
  }
  await context.close();
  const planned = plannedSeconds(r) * 1000;
  return {
    drift: b.endAt - b.clickAt - planned,
    frameDrift: b.endFrameAt - b.clickAt - planned,
    // Split of the drift: how late the last timer fired, and the work from there to the end state in the DOM.
    timerLate: b.endTimerAt == null ? null : b.endTimerAt - b.clickAt - planned,
    timerToEnd: b.endTimerAt == null ? null : b.endAt - b.endTimerAt,
    before,
    after,
  };
}

async function heap(page, cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const b = await bench(page);
  return { jsHeap: usedSize, wasmMemory: b.wasmBytes };
}

async function measureExactness(target) {
  const hold = [];
  const blocked = [];
  for (let i = 0; i < RUNS.hold; i++) hold.push(await runSession(target, ROUTINES.hold10));
  for (let i = 0; i < RUNS.hold; i++) blocked.push(await runSession(target, ROUTINES.hold10, { blockAt: 2_500 }));
  const summary = (runs) => ({
    median: median(runs.map((x) => x.drift)),
    max: max(runs.map((x) => x.drift)),
    frameMedian: median(runs.map((x) => x.frameDrift)),
    timerLateMedian: median(runs.map((x) => x.timerLate)),
    timerToEndMedian: median(runs.map((x) => x.timerToEnd)),
    runs: runs.map((x) => round(x.drift)),
  });
  const out = { hold10: summary(hold), hold10Blocked5s: summary(blocked) };
  if (!QUICK) {
    const three = await runSession(target, ROUTINES.three, { memory: true });
    out.routine3min = { planned: plannedSeconds(ROUTINES.three), drift: three.drift, frameDrift: three.frameDrift };
    out.memory = { before: three.before, after: three.after };
  }
  return out;
}

// ---------- report ----------

const BUDGET = [
  // [label, unit, get(result), budget, lower is better]
  ['first load, transferred', 'KB', (r) => r.load.firstLoad.transferred / 1024, 100],
  ['first load, requests', '', (r) => r.load.firstLoad.requests, null],
  ['cold FCP, median', 'ms', (r) => r.load.cold.fcp.median, null],
  ['cold FCP, min', 'ms', (r) => r.load.cold.fcp.min, null],
  ['cold interactive, median', 'ms', (r) => r.load.cold.interactive.median, 350],
  ['cold interactive, min', 'ms', (r) => r.load.cold.interactive.min, null],
  ['repeat FCP, median', 'ms', (r) => r.load.repeat.fcp.median, 200],
  ['repeat interactive, median', 'ms', (r) => r.load.repeat.interactive.median, null],
  ['route first open, slowest median', 'ms', (r) => r.routes.slowestFirstOpen, ROUTE_BUDGET_MS],
  ['route heading, slowest median', 'ms', (r) => r.routes.slowestHeading, null],
  ['route first open after warm-up, slowest median', 'ms', (r) => r.routes.slowestWarmOpen, null],
  ['History open, 10,000 sessions, median', 'ms', (r) => r.routes.history?.medianMs, 300],
  ['timer: main-thread task', 'ms/s', (r) => r.cost.taskMsPerSecond, 5],
  ['timer: script', 'ms/s', (r) => r.cost.scriptMsPerSecond, null],
  ['timer: style + layout', 'ms/s', (r) => r.cost.styleLayoutMsPerSecond, null],
  ['timer: DOM mutations', '/s', (r) => r.cost.mutationsPerSecond, 2],
  ['timer: rAF callbacks', '/s', (r) => r.cost.rafPerSecond, 0],
  ['timer: timer callbacks', '/s', (r) => r.cost.timerCallbacksPerSecond, null],
  ['10 s hold drift, median', 'ms', (r) => r.exact.hold10.median, 16],
  ['10 s hold drift, max', 'ms', (r) => r.exact.hold10.max, null],
  ['10 s hold drift to next frame, median', 'ms', (r) => r.exact.hold10.frameMedian, null],
  ['  of which: last timer late, median', 'ms', (r) => r.exact.hold10.timerLateMedian, null],
  ['  of which: timer to end state, median', 'ms', (r) => r.exact.hold10.timerToEndMedian, null],
  ['10 s + 5 s block drift, median', 'ms', (r) => r.exact.hold10Blocked5s.median, 16],
  ['10 s + 5 s block drift, max', 'ms', (r) => r.exact.hold10Blocked5s.max, null],
  ['3-min routine total drift', 'ms', (r) => r.exact.routine3min?.drift, 50],
  ['JS heap before 3-min', 'KB', (r) => r.exact.memory && r.exact.memory.before.jsHeap / 1024, null],
  ['JS heap after 3-min', 'KB', (r) => r.exact.memory && r.exact.memory.after.jsHeap / 1024, null],
  ['wasm memory before 3-min', 'KB', (r) => r.exact.memory?.before.wasmMemory / 1024 || null, null],
  ['wasm memory after 3-min', 'KB', (r) => r.exact.memory?.after.wasmMemory / 1024 || null, null],
];

function table(results) {
  const withBefore = 'before' in results;
  const rows = [['measure', 'unit', 'Unknot', ...(withBefore ? ['before'] : []), 'baseline', 'ratio', 'budget', '']];
  const numeric = withBefore ? 5 : 4; // columns 2 up to this one are right-aligned
  const out = [];
  for (const [label, unit, get, budget] of BUDGET) {
    const safe = (r) => {
      try {
        return get(r);
      } catch {
        return null;
      }
    };
    const a = safe(results.unknot);
    const p = withBefore ? safe(results.before) : null;
    const b = safe(results.baseline);
    if (a == null && p == null && b == null) continue;
    const fmt = (x) => (x == null || Number.isNaN(x) ? '-' : String(round(x, 1)));
    const ratio = a != null && b ? round(a / b, 2) : null;
    const pass = budget == null || a == null ? '' : Math.abs(a) <= budget ? 'pass' : 'MISS';
    rows.push([label, unit, fmt(a), ...(withBefore ? [fmt(p)] : []), fmt(b), ratio == null ? '-' : `${ratio}x`,
      budget == null ? '' : `<= ${budget}`, pass]);
    out.push({ measure: label, unit, unknot: round(a, 2), ...(withBefore ? { before: round(p, 2) } : {}),
      baseline: round(b, 2), ratio, budget, pass: pass || null });
  }
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  const line = (r) => r.map((c, i) => (i >= 2 && i <= numeric ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ');
  return { text: [line(rows[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join('\n'), rows: out };
}

function bytesTable(files) {
  const kb = (n) => (n / 1024).toFixed(1).padStart(8);
  const total = files.reduce((t, f) => ({ raw: t.raw + f.raw, gzip: t.gzip + f.gzip, brotli: t.brotli + f.brotli }), { raw: 0, gzip: 0, brotli: 0 });
  const w = Math.max(...files.map((f) => f.file.length), 5);
  return [
    `${'file'.padEnd(w)}  ${'raw KB'.padStart(8)}  ${'gzip KB'.padStart(8)}  ${'br KB'.padStart(8)}`,
    ...files.map((f) => `${f.file.padEnd(w)}  ${kb(f.raw)}  ${kb(f.gzip)}  ${kb(f.brotli)}`),
    `${'total'.padEnd(w)}  ${kb(total.raw)}  ${kb(total.gzip)}  ${kb(total.brotli)}`,
  ].join('\n');
}

/** Right-aligns every column but the first. */
function columns(rows) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)));
  const line = (r) => r.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ');
  return [line(rows[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join('\n');
}

function wasmTable(m) {
  const kb = (n) => (n == null ? '-' : (n / 1024).toFixed(1));
  const rows = [['module', 'raw KB', 'br KB', 'shared chunks it needs', 'their br KB', 'page total br KB']];
  if (m.main) rows.push(['main module (unknot_bg)', kb(m.main.raw), kb(m.main.brotli), '', '', '']);
  for (const p of m.pages) {
    rows.push([p.name, kb(p.raw), kb(p.brotli), p.needs == null ? '?' : String(p.needs.length), kb(p.needsBrotli),
      p.needs == null ? '-' : kb(p.brotli + p.needsBrotli)]);
  }
  if (m.shared.count) rows.push([`shared chunks (chunk_N) x${m.shared.count}`, kb(m.shared.raw), kb(m.shared.brotli), '', '', '']);
  rows.push(['all wasm', kb(m.total.raw), kb(m.total.brotli), '', '', '']);
  return columns(rows);
}

function routesTable(r) {
  const ms = (x) => (x == null ? '-' : x.toFixed(1));
  const rows = [['route', 'wasm fetched meanwhile', 'heading ms', 'first open ms', 'after warm-up ms', 'budget', '']];
  for (const x of r.routes) {
    const pages = x.fetched.filter((f) => f.file.startsWith('split_')).map((f) => f.file.replace(/-[0-9a-f]+\.wasm$/, ''));
    const shared = x.fetched.filter((f) => f.file.startsWith('chunk_')).length;
    const other = x.fetched.length - pages.length - shared;
    const fromSw = x.fetched.filter((f) => f.fromServiceWorker).length;
    const what = [...pages, ...(shared ? [`${shared} chunk_N`] : []), ...(other ? [`${other} other`] : [])].join(' + ');
    const via = !x.fetched.length ? '' : fromSw === x.fetched.length ? ' (sw)' : ` (${x.fetched.length - fromSw} not from sw)`;
    const m = x.firstOpenMs.median;
    rows.push([x.path + (x.controlled ? '' : ' (not controlled)'), (what || 'none') + via, ms(x.headingMs.median), ms(m) + (x.missed ? ` (${x.missed} timed out)` : ''),
      ms(x.warmOpenMs.median), `<= ${ROUTE_BUDGET_MS}`, m == null ? '' : m <= ROUTE_BUDGET_MS ? 'pass' : 'MISS']);
  }
  return columns(rows);
}

// ---------- main ----------

const servers = [];
const loadAtStart = loadavg()[0];
// Serve a copy of dist/, so a build running meanwhile cannot swap files under a measurement.
const copy = await mkdtemp(join(tmpdir(), 'unknot-bench-'));
await cp(join(root, 'dist'), join(copy, 'dist'), { recursive: true });
TARGETS.unknot.dir = join(copy, 'dist');
if (TARGETS.before) {
  await cp(TARGETS.before.dir, join(copy, 'before'), { recursive: true });
  TARGETS.before.dir = join(copy, 'before');
}
try {
  for (const t of Object.values(TARGETS)) servers.push(await startServer(t.dir, t.port));
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-sandbox'],
  });
  const results = {};
  let cold = new Map();
  if (phase('load')) {
    log(`cold loads, ${RUNS.cold} rounds over ${Object.keys(TARGETS).join(', ')}, interleaved`);
    cold = await coldLoads(Object.values(TARGETS));
  }
  for (const [name, t] of Object.entries(TARGETS)) {
    log(`${t.label}: bytes`);
    const files = await listFiles(t.dir);
    const wasm = files.some((f) => f.file.endsWith('.wasm')) ? await wasmModules(t.dir, files) : undefined;
    let load, routes, cost, exact;
    if (phase('load')) {
      log(`${t.label}: load (${RUNS.cold} cold, ${RUNS.repeat} repeat)`);
      load = await measureLoad(t, cold.get(t));
    }
    if (phase('routes') && t.routes) {
      log(`${t.label}: first open of ${ROUTES.length} pages, ${RUNS.routes} pass${RUNS.routes > 1 ? 'es' : ''}`);
      routes = await measureRoutes(t, files);
      log(`${t.label}: History with ${HISTORY_SESSIONS} sessions`);
      routes.history = await measureHistory(t, files);
    }
    if (phase('cost')) {
      log(`${t.label}: running timer, ${RUNS.costSeconds} s`);
      cost = await measureCost(t);
    }
    if (phase('exact')) {
      log(`${t.label}: exactness${QUICK ? '' : ' (with the 3-minute routine)'}`);
      exact = await measureExactness(t);
    }
    results[name] = { files, wasm, load, routes, cost, exact };
  }
  const { text, rows } = table(results);
  const when = new Date().toISOString();
  const machine = {
    cpus: cpus().length,
    cpu: cpus()[0]?.model,
    memoryGB: round(totalmem() / 2 ** 30, 1),
    // Other work on the machine skews every timing: the 1-minute load average at the start and the end.
    loadAverage: [round(loadAtStart, 2), round(loadavg()[0], 2)],
    chromium: browser.version(),
    node: process.version,
  };
  console.log(`Unknot bench, ${when}${QUICK ? ' (quick)' : ''}`);
  console.log(`machine: ${machine.cpus} cores (${machine.cpu}), load average ${machine.loadAverage.join(' -> ')}, ` +
    `Chromium ${machine.chromium}, mobile 412x915, CPU ${CPU_SLOWDOWN}x slower\n`);
  console.log('dist/ files (compressed as served: gzip -9, brotli q11):');
  console.log(bytesTable(results.unknot.files));
  if (results.unknot.load) {
    const first = results.unknot.load.firstLoad;
    console.log(`\nfirst load (home page, cold): ${first.requests} requests, ${(first.transferred / 1024).toFixed(1)} KB transferred`);
    for (const f of first.files) console.log(`  ${(f.bytes / 1024).toFixed(1).padStart(7)} KB  ${f.url}`);
  }
  for (const [name, t] of Object.entries(TARGETS)) {
    const w = results[name].wasm;
    if (!w) continue;
    console.log(`\n${t.label} wasm modules (brotli q11; a page chunk is fetched with the shared chunks the split loader lists for it):`);
    console.log(wasmTable(w));
  }
  for (const [name, t] of Object.entries(TARGETS)) {
    const r = results[name].routes;
    if (!r) continue;
    console.log(`\n${t.label} first open of each page, in the app from the home page, worker-controlled, ` +
      `CPU ${CPU_SLOWDOWN}x slower, median of ${r.passes} (wasm fetched: by the first pass):`);
    console.log(routesTable(r));
  }
  console.log('\n' + text);
  const top = Object.entries(results.unknot.cost?.mutationKinds || {}).sort((a, b) => b[1] - a[1]).slice(0, 5);
  if (top.length) console.log(`\nUnknot DOM mutations while running, by kind: ${top.map(([k, n]) => `${k} x${n}`).join(', ')}`);
  await mkdir(join(here, 'results'), { recursive: true });
  await writeFile(
    join(here, 'results', 'latest.json'),
    JSON.stringify({ when, quick: QUICK, machine, cpuSlowdown: CPU_SLOWDOWN, runs: RUNS, table: rows, results }, null, 2) + '\n',
  );
  console.log('\nwritten: bench/results/latest.json');
} finally {
  if (browser) await browser.close();
  for (const s of servers) s.kill();
  await rm(copy, { recursive: true, force: true });
}
