// Unknot's service worker: the whole app is precached at install, so after the
// first visit every route works with no network.
//
// This file is a template. The build's post_build hook (scripts/post-build.mjs)
// writes dist/sw.js from it with the two constants below filled in: the list
// of every output file with its SRI hash, and a cache name derived from those
// hashes. A new build therefore means a new sw.js (the browser sees a new
// version) and a new cache; an unchanged build gives a byte-identical sw.js.
//
// Strategy:
// - install: fetch every file (checked against its hash) into the new cache;
// - fetch: cache-first for our files; a navigation to any route gets the
//   cached index.html (the app routes on the client), so all routes open
//   offline and start without waiting for the network;
// - activate: delete the caches of older versions;
// - a new version waits until the page asks it to take over ("Reload" in the
//   update banner), so a running hold is never swapped out under the user.

/* eslint-env serviceworker */
'use strict';

const CACHE = '__UNKNOT_CACHE__';
const PRECACHE = /* __UNKNOT_PRECACHE__ */ [];
const PREFIX = 'unknot-';

// URLs are relative to this script, so the app also works under a sub-path.
const url = (path) => new URL(path, self.location.href).href;
const SHELL = url('index.html');
const HASHED = /-[0-9a-f]{8,16}(_bg)?\.[a-z0-9]+$/;

async function precache() {
  const cache = await caches.open(CACHE);
  await Promise.all(
    PRECACHE.map(async ({ url: path, integrity }) => {
      // Hashed files may come from the HTTP cache (their content cannot
      // change); the others are revalidated. The integrity check makes the
      // install fail, rather than cache a file from another build, if a host
      // is midway through a deploy.
      const request = new Request(url(path), {
        integrity,
        cache: HASHED.test(path) ? 'default' : 'no-cache',
        credentials: 'same-origin',
      });
      const response = await fetch(request);
      if (!response.ok) throw new Error(`precache: ${path} answered ${response.status}`);
      // A redirected response cannot answer a navigation: store a clean copy.
      const clean = response.redirected
        ? new Response(await response.blob(), { headers: response.headers })
        : response;
      await cache.put(url(path), clean);
    }),
  );
}

self.addEventListener('install', (event) => {
  event.waitUntil(precache());
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith(PREFIX) && k !== CACHE).map((k) => caches.delete(k)))),
  );
});

self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'SKIP_WAITING') {
    event.waitUntil(self.skipWaiting());
  }
});

async function respond(request) {
  const cache = await caches.open(CACHE);
  if (request.mode === 'navigate') {
    // One of our files opened directly, else the app shell for any route.
    const page = (await cache.match(request, { ignoreSearch: true })) || (await cache.match(SHELL));
    return page || fetch(request);
  }
  const hit = await cache.match(request, { ignoreVary: true });
  return hit || fetch(request);
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(respond(request));
});
