// End-to-end tests against the release build in dist/ (and, for
// subpath.spec.js, the one in dist-subpath/ built for /unknot/), served by
// the plain static server (like production), in Debian's Chromium.
import { defineConfig } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';

const here = dirname(fileURLToPath(import.meta.url));
export const PORT = Number(process.env.E2E_PORT || 4173);
// PORT + 1, + 2 and + 4 are the offline, update and split tests' own servers (pwa-helpers.js).
export const SUBPATH_PORT = PORT + 3;

export default defineConfig({
  testDir: here,
  testMatch: '**/*.spec.js',
  outputDir: resolve(here, '../test-results'),
  timeout: 90_000,
  expect: { timeout: 10_000 },
  workers: 2,
  fullyParallel: true,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    viewport: { width: 412, height: 915 },
    deviceScaleFactor: 1,
    hasTouch: true,
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-sandbox',
      ],
    },
  },
  webServer: [
    {
      command: `node scripts/static-server.mjs dist ${PORT}`,
      cwd: resolve(here, '..'),
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: false,
      timeout: 20_000,
    },
    {
      // The build for a sub-path (scripts/test.sh makes it), for subpath.spec.js.
      command: `node scripts/static-server.mjs dist-subpath ${SUBPATH_PORT}`,
      cwd: resolve(here, '..'),
      url: `http://127.0.0.1:${SUBPATH_PORT}/unknot/`,
      reuseExistingServer: false,
      timeout: 20_000,
    },
  ],
});
