// Helpers for the offline, update and privacy tests: a static server that a
// test can start and stop itself (to take the network away for real), copies
// of the build, and the service worker's state.
import { spawn, execFileSync } from 'node:child_process';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PORT } from './playwright.config.js';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const DIST = join(ROOT, 'dist');

/** Ports next to the suite's own, so parallel runs on other ports never meet. */
export const OFFLINE_PORT = PORT + 1;
export const UPDATE_PORT = PORT + 2;
/** split.spec.js's offline run (PORT + 3 is the sub-path build's server). */
export const SPLIT_OFFLINE_PORT = PORT + 4;

/** Serves `dir` with scripts/static-server.mjs on `port`; resolves once it listens. */
export async function startServer(dir, port) {
  const child = spawn(process.execPath, [join(ROOT, 'scripts/static-server.mjs'), dir, String(port)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise((ok, fail) => {
    child.once('error', fail);
    child.once('exit', (code) => fail(new Error(`static server exited early (${code})`)));
    child.stdout.once('data', () => ok());
  });
  child.removeAllListeners('exit');
  return {
    url: `http://127.0.0.1:${port}`,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((ok) => child.once('exit', ok));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** A fresh copy of dist/ in a temporary directory. */
export async function copyOfDist(label) {
  const dir = await mkdtemp(join(tmpdir(), `unknot-${label}-`));
  await cp(DIST, dir, { recursive: true });
  return dir;
}

export async function removeDir(dir) {
  await rm(dir, { recursive: true, force: true });
}

/** Runs the build's post_build step on `dir`, as a new build would. */
export function postBuild(dir) {
  execFileSync(process.execPath, [join(ROOT, 'scripts/post-build.mjs'), dir], { stdio: 'pipe' });
}

/** Waits until the service worker is active (precache done); returns its URL. */
export async function swReady(page) {
  return page.evaluate(async () => {
    const reg = await navigator.serviceWorker.ready;
    return reg.active.scriptURL;
  });
}

/** The cache names the app's origin holds. */
export async function cacheNames(page) {
  return page.evaluate(() => caches.keys());
}
