/* global self, caches, fetch, Request, URL */
/**
 * Bluebook Atlas's service worker: after the first visit the atlas works offline.
 * Built into dist/sw.js by scripts/vite/serviceWorker.ts, which fills in VERSION (a hash of the
 * files' contents) and PRECACHE (every file of the build, relative to this file).
 *
 * - Install: precache every file into a cache named after the version.
 * - Activate: delete the caches of other versions; take control of open pages at once.
 * - Fetch, same-origin GET only (the optional GSI tiles and anything else go to the network
 *   untouched): hashed files under assets/ cache-first (their names change with their content);
 *   pages, data and the basemap network-first, falling back to the cache, so a reader online gets
 *   the current version and a reader offline the one cached.
 */
const VERSION = '__VERSION__';
const PRECACHE = /* __PRECACHE__ */ [];
const CACHE = `bluebook-atlas-${VERSION}`;
const ASSETS = new URL('assets/', self.location.href).href;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      // cache: 'reload' skips the HTTP cache, which may hold the previous version of an unhashed file.
      .then((cache) =>
        cache.addAll(
          PRECACHE.map((file) => new Request(new URL(file, self.location.href), { cache: 'reload' })),
        ),
      )
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(
          keys
            .filter((key) => key.startsWith('bluebook-atlas-') && key !== CACHE)
            .map((key) => caches.delete(key)),
        ),
      )
      .then(() => self.clients.claim()),
  );
});

/** The cached copy of a request: a folder's URL is its index.html; a page's hash and query are ignored. */
async function fromCache(request) {
  const cache = await caches.open(CACHE);
  const url = new URL(request.url);
  url.hash = '';
  if (request.mode === 'navigate') {
    url.search = '';
    if (url.pathname.endsWith('/')) url.pathname += 'index.html';
  }
  return cache.match(url.href);
}

async function cacheFirst(request) {
  const cached = await fromCache(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) {
    const copy = response.clone();
    caches.open(CACHE).then((cache) => cache.put(request, copy));
  }
  return response;
}

async function networkFirst(request) {
  try {
    const response = await fetch(request);
    if (response.ok && request.mode !== 'navigate') {
      const copy = response.clone();
      caches.open(CACHE).then((cache) => cache.put(request, copy));
    }
    return response;
  } catch (error) {
    const cached = await fromCache(request);
    if (cached) return cached;
    throw error;
  }
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(request.url.startsWith(ASSETS) ? cacheFirst(request) : networkFirst(request));
});
