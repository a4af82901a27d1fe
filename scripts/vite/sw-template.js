/* global self, caches, fetch, Request, Response, Headers, URL */
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
 *   the current version and a reader offline the one cached. Tile archives (`.pmtiles`) are
 *   read by range: each range is kept as it is viewed (the Cache API stores no partial response,
 *   so under a key of its own) and answered from there offline.
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

/** Where a range of a tile archive is kept: the archive's URL with the range as a query. */
const rangeKey = (request, range) => {
  const url = new URL(request.url);
  url.hash = '';
  url.searchParams.set('bytes', range.replace(/^bytes=/, ''));
  return url.href;
};

/** A range of a tile archive: from the network, kept; offline, from what was kept. */
async function archiveRange(request) {
  const range = request.headers.get('range');
  if (!range) return networkFirst(request);
  const key = rangeKey(request, range);
  try {
    const response = await fetch(request);
    if (response.status === 206) {
      const body = await response.clone().arrayBuffer();
      const headers = new Headers(response.headers);
      caches.open(CACHE).then((cache) => cache.put(key, new Response(body, { status: 200, headers })));
    }
    return response;
  } catch (error) {
    const kept = await caches.open(CACHE).then((cache) => cache.match(key));
    if (!kept) throw error;
    return new Response(await kept.arrayBuffer(), { status: 206, headers: kept.headers });
  }
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (url.pathname.endsWith('.pmtiles')) event.respondWith(archiveRange(request));
  else event.respondWith(request.url.startsWith(ASSETS) ? cacheFirst(request) : networkFirst(request));
});
