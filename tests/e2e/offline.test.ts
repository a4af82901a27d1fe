/**
 * Offline after the first visit: the service worker (dist/sw.js) precaches the page, the code, the
 * data and the basemap, so a reader who has opened the atlas once can reload it with no network.
 * The control case — the same offline reload with service workers blocked — must fail, which
 * proves the worker is what makes it work.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ORIGIN, PORT, atlasSuite, chooseFile, openAtlas, startServer, waitForMapIdle } from './driver';

/**
 * Waits until a service worker controls the page (it claims open pages on activation) and the page
 * says its offline copy is ready: the ranges of the detail map it read before the worker took
 * control have been read again through the worker, which keeps them.
 */
async function waitForServiceWorker(page: Page): Promise<void> {
  await page.locator('html[data-offline-copy="ready"]').waitFor({ state: 'attached' });
  assert.ok(
    await page.evaluate(() => navigator.serviceWorker.controller !== null),
    'a worker controls the page',
  );
}

/**
 * An init script: `navigator.serviceWorker.register` waits until the test calls
 * `window.__registerWorker()`. A string, not a function: tsx would add helpers the page lacks.
 */
const HOLD_WORKER_REGISTRATION = `{
  const register = ServiceWorkerContainer.prototype.register;
  const released = new Promise((resolve) => { window.__registerWorker = resolve; });
  ServiceWorkerContainer.prototype.register = function (...args) {
    return released.then(() => register.apply(this, args));
  };
}`;

/** What a reader checks: the title, the map, the layer counts, a place's quote and the document. */
async function checkWorks(page: Page): Promise<void> {
  assert.equal(await page.locator('h1').first().textContent(), 'Bluebook Atlas');
  await waitForMapIdle(page);
  await page.locator('.layer[data-layer="us-facilities"] .count').waitFor();
  assert.ok(
    Number(await page.locator('.layer[data-layer="us-facilities"] .count').getAttribute('data-count')) > 0,
  );
  const details = page.locator('.details[data-feature="kadena"]');
  await details.waitFor();
  assert.match((await details.locator('.quote mark').first().textContent()) ?? '', /嘉手納/);
  await page.getByRole('tab', { name: 'Document' }).click();
  await page.locator('.reader-part[data-part="s6-p1"]').waitFor();
  assert.ok((await page.locator('.reader-part').count()) > 10, 'the document’s paragraphs show');
}

/** How many land polygons of the detailed basemap (the detail tile archive) the map has drawn. */
async function detailLand(page: Page): Promise<number> {
  return page.evaluate(() => {
    const map = (
      window as unknown as {
        __benchMap: { querySourceFeatures(source: string, o: { sourceLayer: string }): unknown[] };
      }
    ).__benchMap;
    return map.querySourceFeatures('osm-detail', { sourceLayer: 'land' }).length;
  });
}

/**
 * Opens a place's link in the page and waits until the map has framed it (zoom 10 or closer, where
 * the detail archive draws) and has every tile of that view it could get.
 */
async function openPlace(page: Page, id: string): Promise<void> {
  await page.goto('about:blank');
  await page.goto(`${ORIGIN}/#feature=${id}&lang=en`);
  await page.locator(`.details[data-feature="${id}"]`).waitFor();
  await page.waitForFunction(() => {
    const map = (
      window as unknown as {
        __benchMap?: { getZoom(): number; isMoving(): boolean; areTilesLoaded(): boolean };
      }
    ).__benchMap;
    return map !== undefined && map.getZoom() >= 10 && !map.isMoving() && map.areTilesLoaded();
  });
  await waitForMapIdle(page);
}

describe('Offline after the first visit', () => {
  const suite = atlasSuite();

  it('reloads with no network once the service worker has cached the atlas, the place viewed first in detail', async () => {
    // The worker's registration is held until the first view is drawn, as on a slow or busy
    // machine: the view's detailed map is then read before the worker controls the page.
    const { page, errors, external } = await openAtlas(
      suite.browser,
      '#feature=kadena&lang=en',
      undefined,
      async (p) => {
        await p.addInitScript(HOLD_WORKER_REGISTRATION);
      },
      { serviceWorker: true },
    );
    await waitForMapIdle(page);
    assert.ok((await detailLand(page)) > 0, 'the first view is drawn on the detailed map');
    await page.evaluate(() => (window as unknown as { __registerWorker(): void }).__registerWorker());
    await waitForServiceWorker(page);
    const cached = await page.evaluate(async () => {
      const keys = await caches.keys();
      const cache = await caches.open(keys[0]!);
      return (await cache.keys()).map((r) => new URL(r.url).pathname);
    });
    for (const path of [
      '/index.html',
      '/online.html',
      '/data/document.json',
      '/basemap/land-detail.geo.json',
    ])
      assert.ok(cached.includes(path), `${path} is cached: ${JSON.stringify(cached)}`);
    assert.ok(
      cached.some((p) => /\/assets\/maplibre-gl-worker-.*\.js$/.test(p)),
      'MapLibre’s worker is cached',
    );

    await page.context().setOffline(true);
    await page.reload();
    await checkWorks(page);
    await waitForMapIdle(page);
    assert.ok((await detailLand(page)) > 0, 'offline, the place viewed first is drawn on the detailed map');
    // A new page in the same browser profile, opened offline at the folder's URL, works too.
    const second = await page.context().newPage();
    await second.goto(`${ORIGIN}/#feature=kadena&lang=en`);
    await checkWorks(second);
    await second.close();
    assert.deepEqual(errors, []);
    assert.deepEqual(external, []);
    await page.close();
  });

  it('saves the detailed map for offline use: offline, places far apart open on it; then removes it', async () => {
    const { page, errors, external } = await openAtlas(suite.browser, '#lang=en', undefined, undefined, {
      serviceWorker: true,
    });
    await waitForMapIdle(page);
    await waitForServiceWorker(page);
    const save = page.getByRole('button', { name: /Save for offline use \(\d+\.\d MB\)/ });
    await save.click();
    const saved = page.locator('.offline-saved');
    await saved.waitFor();
    assert.ok(Number(await saved.getAttribute('data-saved-bytes')) > 1_000_000, 'the whole archive is saved');
    await page.context().setOffline(true);
    // Places in the north, the south-west, on Okinawa and in Guam: none of them viewed before.
    for (const id of ['misawa', 'sasebo', 'kadena', 'ctx-guam']) {
      await openPlace(page, id);
      assert.ok((await detailLand(page)) > 0, `${id} opens on the detailed basemap offline`);
    }
    await page.context().setOffline(false);
    await page.getByRole('button', { name: 'Remove the saved map' }).click();
    await page.getByText('The saved map was removed.').waitFor();
    assert.equal(
      await page.evaluate(
        async () =>
          (await caches.match(new URL('basemap/japan-detail.pmtiles', document.baseURI).href)) ?? null,
      ),
      null,
    );
    assert.deepEqual(errors, []);
    assert.deepEqual(external, []);
    await page.close();
  });

  it('without the saved map, a place not viewed before has no detailed basemap offline (the control case)', async () => {
    const { page } = await openAtlas(suite.browser, '#lang=en', undefined, undefined, {
      serviceWorker: true,
    });
    await waitForMapIdle(page);
    await waitForServiceWorker(page);
    await page.context().setOffline(true);
    await openPlace(page, 'misawa');
    assert.equal(await detailLand(page), 0, 'no detailed land without the saved map');
    await page.close();
  });

  it('keeps the code an open tab runs when a new version is deployed: the tab still reads a file', async () => {
    // A deployment of its own (a copy of the build, served on another port), so this test can
    // replace it without touching what the other specs are served.
    const root = mkdtempSync(join(tmpdir(), 'atlas-deploy-'));
    cpSync('dist', root, { recursive: true });
    const port = PORT + 50;
    const server = await startServer(port, ['--outDir', root]);
    const context = await suite.browser.newContext({ viewport: { width: 1024, height: 640 } });
    try {
      const page = await context.newPage();
      await page.goto(`http://127.0.0.1:${port}/#lang=en`);
      await waitForServiceWorker(page);

      // A new version is deployed: a new worker, and the file reader's worker of the old version
      // gone from the server (its name changes with its content).
      const chunk = readdirSync(join(root, 'assets')).find((f) => /^importWorker-.*\.js$/.test(f))!;
      rmSync(join(root, 'assets', chunk));
      const worker = readFileSync(join(root, 'sw.js'), 'utf8');
      const version = /const VERSION = "([0-9a-f]+)"/.exec(worker)?.[1];
      assert.ok(version, 'the worker names its version');
      writeFileSync(
        join(root, 'sw.js'),
        worker.replace(version, 'f'.repeat(version.length)).replace(`"assets/${chunk}",`, ''),
      );
      // The open tab's worker is replaced: it takes control at once, then finishes activating
      // (which clears the old version's cache).
      await page.evaluate(
        () =>
          new Promise<void>((resolve) => {
            navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), { once: true });
            void navigator.serviceWorker.getRegistration().then((r) => r?.update());
          }),
      );
      await page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated');
      assert.deepEqual(
        (await page.evaluate(() => caches.keys())).sort(),
        ['bluebook-atlas-ffffffffffffffff', 'bluebook-atlas-previous-code'],
        'the old version’s cache is gone; its code is kept',
      );
      // The open tab is told that a new version is ready, and offered a reload: it does not
      // switch by itself, mid-lesson.
      const update = page.locator('.notice[data-notice="update"]');
      await update.waitFor();
      assert.match((await update.textContent()) ?? '', /A new version of the atlas is ready/);
      // The tab, still on the old version, reads a file: its reader's chunk comes from the code
      // the worker kept, not from the server (where it is gone).
      await chooseFile(
        page,
        'after-update.geojson',
        '{"type":"Feature","properties":{"name":"a"},"geometry":{"type":"Point","coordinates":[135.5,34.7]}}',
      );
      await page.locator('.import-report.ok[data-file="after-update.geojson"]').waitFor();
      // Reloaded, the tab runs the new version: the atlas is there, with no notice of an update.
      await Promise.all([
        page.waitForEvent('load'),
        update.getByRole('button', { name: 'Reload the page' }).click(),
      ]);
      await page.locator('.layer[data-layer="us-facilities"]').waitFor({ state: 'attached' });
      assert.equal(await page.locator('.notice[data-notice="update"]').count(), 0);
    } finally {
      await context.close();
      server.kill();
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('does not load offline without the service worker (the control case)', async () => {
    const context = await suite.browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto(`${ORIGIN}/#feature=kadena&lang=en`);
    await waitForMapIdle(page);
    assert.equal(await page.evaluate(() => navigator.serviceWorker.controller), null);
    await context.setOffline(true);
    await assert.rejects(page.reload(), /ERR_INTERNET_DISCONNECTED/);
    assert.equal(await page.locator('.details[data-feature="kadena"]').count(), 0);
    await context.close();
  });
});
