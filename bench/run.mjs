// Unknot's bench: bytes, load, running-timer cost, exactness and memory,
// measured with headless Chromium through CDP, for the release build in dist/
// and, with the same code in the same run, for a plain-JavaScript countdown
// page (bench/baseline/), so every figure is also a ratio.
//
//   node bench/run.mjs [--quick]
//
// --quick skips the 3-minute parts (the real routine and memory) and runs
// fewer repeats. Prints a table and writes bench/results/latest.json.
// Expects a release build in dist/ (scripts/bench.sh makes one first).

import { spawn } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { step } from '../e2e/fixtures.js';

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
};

// BENCH_PHASES=load,cost,exact runs only some parts (for diagnosis); all by default.
const PHASES = (process.env.BENCH_PHASES || 'load,cost,exact').split(',');
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
  long: { id: 'bench-long', name: 'Bench long hold', description: 'One long hold.', steps: [step('hold', 'Glute hold', 120)] },
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

const TARGETS = {
  unknot: {
    label: 'Unknot',
    port: PORT,
    dir: join(root, 'dist'),
    home: '/',
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
  localStorage.setItem('unknot.safety', JSON.stringify({ version: 1, flag_applies: false }));
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
    if (!e.isFile() || e.name.startsWith('.')) continue;
    const full = join(e.parentPath ?? e.path, e.name);
    const raw = await readFile(full);
    out.push({
      file: relative(dir, full).split(sep).join('/'),
      raw: raw.length,
      gzip: gzipSync(raw, { level: 9 }).length,
      brotli: brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    });
  }
  return out.sort((a, b) => b.raw - a.raw);
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

async function measureLoad(target) {
  const cold = [];
  // One load first, not counted: the browser's own first-start costs are not the app's.
  {
    const { context, page, cdp } = await newPage(target);
    await loadOnce(page, cdp, target, false);
    await context.close();
  }
  for (let i = 0; i < RUNS.cold; i++) {
    const { context, page, cdp } = await newPage(target);
    cold.push(await loadOnce(page, cdp, target, i === 0));
    await context.close();
  }
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
  const rows = [['measure', 'unit', 'Unknot', 'baseline', 'ratio', 'budget', '']];
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
    const b = safe(results.baseline);
    if (a == null && b == null) continue;
    const fmt = (x) => (x == null || Number.isNaN(x) ? '-' : String(round(x, 1)));
    const ratio = a != null && b ? round(a / b, 2) : null;
    const pass = budget == null || a == null ? '' : Math.abs(a) <= budget ? 'pass' : 'MISS';
    rows.push([label, unit, fmt(a), fmt(b), ratio == null ? '-' : `${ratio}x`, budget == null ? '' : `<= ${budget}`, pass]);
    out.push({ measure: label, unit, unknot: round(a, 2), baseline: round(b, 2), ratio, budget, pass: pass || null });
  }
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  const line = (r) => r.map((c, i) => (i >= 2 && i <= 4 ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ');
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

// ---------- main ----------

const servers = [];
const loadAtStart = loadavg()[0];
// Serve a copy of dist/, so a build running meanwhile cannot swap files under a measurement.
const copy = await mkdtemp(join(tmpdir(), 'unknot-bench-'));
await cp(join(root, 'dist'), join(copy, 'dist'), { recursive: true });
TARGETS.unknot.dir = join(copy, 'dist');
try {
  for (const t of Object.values(TARGETS)) servers.push(await startServer(t.dir, t.port));
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-sandbox'],
  });
  const results = {};
  for (const [name, t] of Object.entries(TARGETS)) {
    log(`${t.label}: bytes`);
    const files = await listFiles(t.dir);
    let load, cost, exact;
    if (phase('load')) {
      log(`${t.label}: load (${RUNS.cold} cold, ${RUNS.repeat} repeat)`);
      load = await measureLoad(t);
    }
    if (phase('cost')) {
      log(`${t.label}: running timer, ${RUNS.costSeconds} s`);
      cost = await measureCost(t);
    }
    if (phase('exact')) {
      log(`${t.label}: exactness${QUICK ? '' : ' (with the 3-minute routine)'}`);
      exact = await measureExactness(t);
    }
    results[name] = { files, load, cost, exact };
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
