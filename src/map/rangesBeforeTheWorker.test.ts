import { afterEach, describe, expect, it, vi } from 'vitest';
import { keepRangesReadBeforeTheWorker, noteRange } from './rangesBeforeTheWorker';

const URL_ = 'https://atlas.example/basemap/japan-detail.pmtiles';
const withController = (controller: object | null) =>
  vi.stubGlobal('navigator', { serviceWorker: { controller } });

afterEach(() => vi.unstubAllGlobals());

describe('ranges read before the service worker', () => {
  it('reads again through the worker each range read before it controlled the page, once', async () => {
    withController(null);
    noteRange(URL_, 'bytes=0-16383');
    noteRange(URL_, 'bytes=20000-20999');
    noteRange(URL_, 'bytes=20000-20999');
    withController({});
    noteRange(URL_, 'bytes=30000-30999'); // through the worker already: kept by it
    const fetch = vi.fn(async () => new Response(new Uint8Array(4), { status: 206 }));
    vi.stubGlobal('fetch', fetch);
    expect(await keepRangesReadBeforeTheWorker()).toBe(2);
    expect(fetch.mock.calls.map((call) => (call as unknown[])[1])).toEqual([
      { headers: { range: 'bytes=0-16383' } },
      { headers: { range: 'bytes=20000-20999' } },
    ]);
    expect(await keepRangesReadBeforeTheWorker()).toBe(0);
  });

  it('skips a range it cannot read, and does nothing while no worker controls the page', async () => {
    withController(null);
    noteRange(URL_, 'bytes=1-2');
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))),
    );
    expect(await keepRangesReadBeforeTheWorker()).toBe(0); // not controlled: kept for later
    withController({});
    expect(await keepRangesReadBeforeTheWorker()).toBe(0); // controlled, but offline
  });
});
