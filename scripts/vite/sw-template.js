/* global self, caches, fetch, Request, Response, Headers, URL, Blob */
/**
 * Bluebook Atlas's service worker: after the first visit the atlas works offline.
 * Built into dist/sw.js by scripts/vite/serviceWorker.ts, which fills in VERSION (a hash of the
 * files' contents) and PRECACHE (every file of the build, relative to this file).
 *
 * - Install: precache every file but the detail tile archive into a cache named after the version,
 *   and that archive's header (its first 16 KiB) as a range.
 * - Activate: delete the caches of other versions, keeping their code (the hashed files under
 *   assets/) in one cache of the previous version's code, which tabs opened before the update still
 *   run: their lazy chunks are gone from the server; take control of open pages at once.
 * - Fetch, same-origin GET only (the optional GSI tiles and anything else go to the network
 *   untouched): hashed files under assets/ cache-first (their names change with their content);
 *   pages, data and the basemap network-first, falling back to the cache, so a reader online gets
 *   the current version and a reader offline the one cached (a page is asked of the server, never
 *   of the browser's HTTP cache, which could hold the page of a version whose code is gone). Tile archives (`.pmtiles`) are
 *   read by range: the overview's ranges are cut from the archive installed whole; the detail's
 *   are kept as they are viewed (the Cache API stores no partial response, so each under a key of
 *   its own) and answered from there offline; its header is installed.
 * - Saved for offline use: on a page's message (`save-archive`) the worker downloads a detail
 *   archive whole into its cache, telling the page its progress; ranges are then cut from it, as
 *   for the overview. `remove-archive` deletes it. A new version installs a saved archive again
 *   (from the network), so a saved map stays saved across updates.
 */
const VERSION = '__VERSION__';
const PRECACHE = /* __PRECACHE__ */ [];
/** [file, range] pairs installed as ranges (a detail tile archive's header). */
const PRECACHE_RANGES = /* __PRECACHE_RANGES__ */ [];
/** Tile archives read by range as viewed, which a reader may save whole for offline use. */
const SAVABLE = /* __SAVABLE__ */ [];
const CACHE = `bluebook-atlas-${VERSION}`;
/** The code of the version before, for the tabs that still run it (see activate). */
const PREVIOUS_CODE = 'bluebook-atlas-previous-code';
const ASSETS = new URL('assets/', self.location.href).href;

/**
 * Headers for a range the worker answers itself. Only these: the cached body is already decoded,
 * so a `Content-Encoding` copied from the server's response (a host may gzip the archive) would
 * make the browser decode it again and fail (ERR_CONTENT_DECODING_FAILED).
 */
function rangeHeaders(from, length) {
  const headers = new Headers({
    'Content-Type': 'application/octet-stream',
    'Content-Length': String(length),
  });
  for (const name of ['Content-Range', 'ETag', 'Last-Modified']) {
    const value = from.get(name);
    if (value) headers.set(name, value);
  }
  return headers;
}

/** Where a range of a tile archive is kept: the archive's URL with the range as a query. */
const rangeKey = (url, range) => {
  const key = new URL(url);
  key.hash = '';
  key.searchParams.set('bytes', range.replace(/^bytes=/, ''));
  return key.href;
};

/**
 * Fetches a range and keeps it (the Cache API stores no partial response: as a whole one, under a
 * key of its own). Only a 206 is kept: anything else is passed on untouched. Keeping is
 * best-effort: a full store never fails the response.
 */
async function keepRange(cache, url, range) {
  const response = await fetch(url, { headers: { range }, cache: 'no-store' });
  if (response.status !== 206) return response;
  const copy = response.clone();
  const kept = copy
    .arrayBuffer()
    .then((body) =>
      cache.put(
        rangeKey(url, range),
        new Response(body, { status: 200, headers: rangeHeaders(copy.headers, body.byteLength) }),
      ),
    );
  await kept.catch(() => undefined);
  return response;
}

/** The savable archives a reader has saved (a whole copy in any cache, this version's or an older one). */
async function savedArchives() {
  const saved = await Promise.all(
    SAVABLE.map(async (file) => ((await caches.match(new URL(file, self.location.href).href)) ? file : null)),
  );
  return saved.filter((file) => file !== null);
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    Promise.all([caches.open(CACHE), savedArchives()])
      // cache: 'reload' skips the HTTP cache, which may hold the previous version of an unhashed file.
      .then(([cache, saved]) =>
        Promise.all([
          cache.addAll(
            [...PRECACHE, ...saved].map(
              (file) =>
                new Request(new URL(file, self.location.href), {
                  // A tile archive never enters the HTTP cache: a server may gzip the whole file,
                  // and the browser then answered the page's range requests from that encoded
                  // entry (ERR_CONTENT_DECODING_FAILED).
                  cache: file.endsWith('.pmtiles') ? 'no-store' : 'reload',
                }),
            ),
          ),
          ...PRECACHE_RANGES.map(([file, range]) =>
            keepRange(cache, new URL(file, self.location.href).href, range),
          ),
        ]),
      )
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const keys = await caches.keys();
      const older = keys.filter(
        (key) => key.startsWith('bluebook-atlas-') && key !== CACHE && key !== PREVIOUS_CODE,
      );
      if (older.length > 0) {
        // Only the version just replaced is kept: the code of those before it goes.
        await caches.delete(PREVIOUS_CODE);
        const previous = await caches.open(PREVIOUS_CODE);
        for (const key of older) {
          const cache = await caches.open(key);
          for (const request of await cache.keys()) {
            if (!request.url.startsWith(ASSETS)) continue;
            const response = await cache.match(request);
            if (response) await previous.put(request, response);
          }
          await caches.delete(key);
        }
      }
      await self.clients.claim();
    })(),
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
  // This version's copy, else any cache's: a hashed file's name changes with its content, so the
  // copy kept from the previous version (or, while this one activates, still in its own cache) is
  // the file an open tab of that version asks for.
  const cached = (await fromCache(request)) ?? (await caches.match(request.url.split('#')[0]));
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
    const response = await fetch(
      request.mode === 'navigate' ? new Request(request.url, { cache: 'no-cache' }) : request,
    );
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

/** Installed archives read into memory once per worker (a promise, so a burst reads it once). */
const archiveBytes = new Map();

/** A range of a tile archive as a 206 response, cut from the whole archive (416 past its end). */
async function sliceOf(url, whole, range) {
  const [, from, to] = /^bytes=(\d+)-(\d*)$/.exec(range) ?? [];
  if (from === undefined) return null;
  if (!archiveBytes.has(url)) archiveBytes.set(url, whole.arrayBuffer());
  const bytes = await archiveBytes.get(url);
  if (Number(from) >= bytes.byteLength)
    return new Response(null, { status: 416, headers: { 'Content-Range': `bytes */${bytes.byteLength}` } });
  const end = to ? Math.min(Number(to), bytes.byteLength - 1) : bytes.byteLength - 1;
  const headers = rangeHeaders(whole.headers, end - Number(from) + 1);
  headers.set('Content-Range', `bytes ${from}-${end}/${bytes.byteLength}`);
  return new Response(bytes.slice(Number(from), end + 1), { status: 206, headers });
}

/**
 * A range of a tile archive: cut from the whole archive where it is installed (the overview);
 * else from the network, kept; offline, from what was kept.
 */
async function archiveRange(request) {
  const range = request.headers.get('range');
  if (!range) return networkFirst(request);
  const cache = await caches.open(CACHE);
  const whole = await cache.match(request.url.split('#')[0]);
  if (whole) {
    const slice = await sliceOf(request.url, whole, range);
    if (slice) return slice;
  }
  try {
    return await keepRange(cache, request.url, range);
  } catch (error) {
    const kept = await cache.match(rangeKey(request.url, range));
    if (!kept) throw error;
    const body = await kept.arrayBuffer();
    return new Response(body, { status: 206, headers: rangeHeaders(kept.headers, body.byteLength) });
  }
}

/** Tells the page that asked (and any other open page) how saving goes. */
async function tell(message) {
  for (const client of await self.clients.matchAll({ type: 'window' })) client.postMessage(message);
}

/** Downloads a tile archive whole into the cache, with progress; a failure is told, never thrown. */
async function saveArchive(file) {
  const url = new URL(file, self.location.href).href;
  try {
    const response = await fetch(url, { cache: 'no-store' });
    if (!response.ok || !response.body) throw new Error(`HTTP ${response.status}`);
    const reader = response.body.getReader();
    const chunks = [];
    let loaded = 0;
    let told = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      loaded += value.byteLength;
      if (loaded - told >= 128 * 1024) {
        told = loaded;
        await tell({ type: 'archive-progress', file, loaded });
      }
    }
    const body = new Blob(chunks);
    const cache = await caches.open(CACHE);
    await cache.put(
      url,
      new Response(body, {
        status: 200,
        headers: { 'Content-Type': 'application/octet-stream', 'Content-Length': String(body.size) },
      }),
    );
    archiveBytes.delete(url);
    await tell({ type: 'archive-saved', file, bytes: body.size });
  } catch (error) {
    await tell({ type: 'archive-failed', file, message: String((error && error.message) || error) });
  }
}

async function removeArchive(file) {
  const url = new URL(file, self.location.href).href;
  const names = await caches.keys();
  await Promise.all(
    names
      .filter((name) => name.startsWith('bluebook-atlas-'))
      .map(async (name) => (await caches.open(name)).delete(url)),
  );
  archiveBytes.delete(url);
  await tell({ type: 'archive-removed', file });
}

self.addEventListener('message', (event) => {
  const { data } = event;
  if (!data || typeof data !== 'object' || !SAVABLE.includes(data.file)) return;
  if (data.type === 'save-archive') event.waitUntil(saveArchive(data.file));
  else if (data.type === 'remove-archive') event.waitUntil(removeArchive(data.file));
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (url.pathname.endsWith('.pmtiles')) event.respondWith(archiveRange(request));
  else event.respondWith(request.url.startsWith(ASSETS) ? cacheFirst(request) : networkFirst(request));
});
