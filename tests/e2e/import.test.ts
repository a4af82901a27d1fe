/**
 * End-to-end specs for a teacher's own layer: importing a GeoJSON file by the picker and by drag and
 * drop, reading it on the map, in popups and in the List view, removing it; refusing every file of
 * the bad-files corpus with its problem and location while the atlas stays as it was; and importing
 * the hostile-payload corpus with nothing executed and every string shown as written.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { BAD_FILES } from '../corpus/badFiles';
import { HOSTILE_PAYLOADS, hostileGeoJson } from '../corpus/hostilePayloads';
import {
  atlasSuite,
  centrePixels,
  chooseFile,
  clickMapCentre,
  hasColour,
  openAtlas,
  screenshot,
  until,
  waitForMapIdle,
} from './driver';

/** The first imported layer's colour (see IMPORT_COLOURS in the app). */
const FIRST_COLOUR = '#7B3294';
const ATLAS_LAYERS = [
  'us-facilities',
  'un-command-bases',
  'exchange-sites',
  'okinawa-land-returns',
  'realignment',
  'context',
];

const school = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: {
        name: '那覇の学校',
        website: 'https://example.org/school',
        visit: 'http://example.org/not-a-link',
      },
      geometry: { type: 'Point', coordinates: [127.6809, 26.2124] },
    },
    {
      type: 'Feature',
      properties: { name: 'Field trip route' },
      geometry: {
        type: 'LineString',
        coordinates: [
          [127.68, 26.21],
          [127.75, 26.33],
        ],
      },
    },
    {
      type: 'Feature',
      properties: { name: 'Study area' },
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [127.7, 26.25],
            [127.8, 26.25],
            [127.8, 26.35],
            [127.7, 26.35],
            [127.7, 26.25],
          ],
        ],
      },
    },
  ],
};

/** The visibilities of the layers kept in this browser (IndexedDB), in the order they were added. */
function storedVisibilities(page: Page): Promise<boolean[]> {
  return page.evaluate(
    () =>
      new Promise<boolean[]>((resolve, reject) => {
        const open = indexedDB.open('bluebook-atlas');
        open.onerror = () => reject(open.error ?? new Error('IndexedDB did not open'));
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('imports')) {
            db.close();
            resolve([]);
            return;
          }
          const get = db.transaction('imports').objectStore('imports').getAll();
          get.onsuccess = () => {
            const items = get.result as { visible: boolean; added: number }[];
            resolve(items.sort((a, b) => a.added - b.added).map((item) => item.visible));
            db.close();
          };
        };
      }),
  );
}

/** Waits until the browser has kept the layers with these visibilities. */
async function waitForStored(page: Page, visible: boolean[]): Promise<void> {
  await until(
    () => storedVisibilities(page),
    (stored) => JSON.stringify(stored) === JSON.stringify(visible),
    `the layers kept in this browser to be ${JSON.stringify(visible)}`,
  );
}

/** The atlas's own layers and their counts, to show that nothing changed. */
async function atlasLayerCounts(page: Page): Promise<string[]> {
  return page
    .locator('.layer-panel .layer')
    .evaluateAll((els) =>
      els.map(
        (el) => `${el.getAttribute('data-layer')}:${el.querySelector('.count')?.getAttribute('data-count')}`,
      ),
    );
}

describe('Your own layer', () => {
  const suite = atlasSuite();

  it('imports a file by the picker: layer list, list of places, popup with a safe link, List view, remove', async () => {
    const { page, errors, external } = await openAtlas(suite.browser, '#lang=en');
    await page.locator('.layer[data-layer="us-facilities"]').waitFor();
    const before = await atlasLayerCounts(page);
    assert.equal(before.length, ATLAS_LAYERS.length);
    await chooseFile(page, 'my-school.geojson', JSON.stringify(school));
    await page.getByRole('status').filter({ hasText: 'Added “my-school.geojson”: 3 places.' }).waitFor();
    const layer = page.locator('.imported-layers .layer');
    assert.equal(await layer.count(), 1);
    assert.equal(await layer.locator('.layer-title').textContent(), 'my-school.geojson');
    assert.equal(await layer.locator('.count').getAttribute('data-count'), '3');
    assert.deepEqual(await atlasLayerCounts(page), before, 'the atlas’s layers are unchanged');

    await layer.getByText('List of places').click();
    await layer.getByRole('button', { name: '那覇の学校' }).click();
    const details = page.locator('.details.imported');
    await details.waitFor();
    assert.equal(await details.locator('h2').textContent(), '那覇の学校');
    assert.match(
      (await details.textContent()) ?? '',
      /Feature 1 of your file “my-school.geojson”\. It is not from the Bluebook/,
    );
    const link = details.locator('a');
    assert.equal(await link.count(), 1, 'only the https value is a link');
    assert.equal(await link.getAttribute('href'), 'https://example.org/school');
    assert.equal(await link.getAttribute('target'), '_blank');
    assert.match((await link.getAttribute('rel')) ?? '', /noopener/);
    assert.equal(
      await details.locator('[data-key="visit"] dd').textContent(),
      'http://example.org/not-a-link',
    );
    await screenshot(page, 'import-popup-desktop-en');

    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'List', exact: true }).click();
    // The atlas moves focus to the list's caption a frame after it opens: wait for that before
    // moving focus to a row, or the caption takes it back and Enter lands on the caption.
    await page.waitForFunction(() => document.activeElement?.id === 'list-caption');
    const rows = page.locator('.imported-table tbody tr');
    const names = (await rows.locator('th').allTextContents()).map((name) => name.trim());
    assert.deepEqual(names, ['那覇の学校', 'Field trip route', 'Study area']);
    assert.deepEqual(await rows.locator('td:nth-child(3)').allTextContents(), [
      'Point',
      'LineString',
      'Polygon',
    ]);
    await rows.nth(2).getByRole('button').click();
    await page.locator('.sheet .details.imported h2', { hasText: 'Study area' }).waitFor();
    await screenshot(page, 'import-list-desktop-en');

    await page.getByRole('button', { name: 'Remove “my-school.geojson”' }).click();
    assert.equal(await page.locator('.imported-layers .layer').count(), 0);
    assert.equal(await page.locator('.imported-table').count(), 0);
    assert.equal(await page.locator('.details.imported').count(), 0, 'its open details close with it');
    assert.deepEqual(await atlasLayerCounts(page), before);
    assert.deepEqual(errors, []);
    assert.deepEqual(external, []);
    await page.close();
  });

  it('keeps your layer in this browser across a reload, until you remove it', async () => {
    const { page, errors } = await openAtlas(suite.browser, '#lang=en');
    await page.locator('.layer[data-layer="us-facilities"]').waitFor();
    await chooseFile(page, 'kept.geojson', JSON.stringify(school));
    await page.locator('.imported-layers .layer-title', { hasText: 'kept.geojson' }).waitFor();
    await page.locator('.imported-layers input[type="checkbox"]').uncheck();
    // Storing is asynchronous: wait until the browser has kept the change, then reload.
    await waitForStored(page, [false]);
    await page.reload();
    const kept = page.locator('.imported-layers .layer');
    await kept.locator('.layer-title', { hasText: 'kept.geojson' }).waitFor();
    assert.equal(await kept.locator('.count').getAttribute('data-count'), '3');
    assert.equal(await kept.locator('input[type="checkbox"]').isChecked(), false, 'hidden stays hidden');
    await page.getByRole('button', { name: 'Remove “kept.geojson”' }).click();
    await waitForStored(page, []);
    await page.reload();
    // The panel says when the layers kept from an earlier visit have been read back.
    await page.locator('.import-panel[data-restored="true"]').waitFor();
    assert.equal(await page.locator('.imported-layers .layer').count(), 0, 'a removed layer stays removed');
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('keeps the layers two tabs add at once, each tab sees the other’s, and a damaged record does not stop the rest', async () => {
    const { page: first, errors } = await openAtlas(suite.browser, '#lang=en');
    // A second tab of the same browser (the same storage).
    const second = await first.context().newPage();
    // The blob URLs the second tab makes (its layers' copies for the map), to see them freed.
    await second.addInitScript(() => {
      const blobs: string[] = [];
      Object.assign(window, { __blobs: blobs });
      const make = URL.createObjectURL.bind(URL);
      URL.createObjectURL = (object: Blob | MediaSource) => {
        const url = make(object);
        blobs.push(url);
        return url;
      };
    });
    await second.goto(first.url());
    for (const tab of [first, second]) await tab.locator('.import-panel[data-restored="true"]').waitFor();
    // Both add a layer at the same moment: before, both took the id import-1, one replacing the other.
    await Promise.all([
      chooseFile(first, 'first-tab.geojson', JSON.stringify(school)),
      chooseFile(second, 'second-tab.geojson', JSON.stringify(school)),
    ]);
    await waitForStored(first, [true, true]);
    // Each tab hears of the other's layer and lists it.
    for (const tab of [first, second])
      for (const name of ['first-tab.geojson', 'second-tab.geojson'])
        await tab.locator('.imported-layers .layer-title', { hasText: name }).waitFor();
    // Hidden in one tab, hidden in the other.
    await first.getByRole('checkbox', { name: /first-tab\.geojson/ }).uncheck();
    await until(
      () => second.getByRole('checkbox', { name: /first-tab\.geojson/ }).isChecked(),
      (checked) => !checked,
      'the other tab to hide the layer too',
    );
    // Removed in one tab, gone from the other, whose copy of it for the map is freed.
    const mapBlobs = () => second.evaluate(() => (window as unknown as { __blobs: string[] }).__blobs);
    const before = await mapBlobs();
    await chooseFile(first, 'gone.geojson', JSON.stringify(school));
    const goneInSecond = second.locator('.imported-layers .layer-title', { hasText: 'gone.geojson' });
    await goneInSecond.waitFor();
    const added = await until(
      () => mapBlobs(),
      (urls) => urls.length > before.length,
      'the other tab to make the added layer’s map copy',
    );
    const blob = added.find((url) => !before.includes(url))!;
    await first.getByRole('button', { name: 'Remove “gone.geojson”' }).click();
    await goneInSecond.waitFor({ state: 'detached' });
    assert.equal(
      await second.evaluate(
        (url) =>
          fetch(url).then(
            () => 'readable',
            () => 'freed',
          ),
        blob,
      ),
      'freed',
      'the removed layer’s map copy is freed in the other tab',
    );
    await second.close();

    // A damaged record (not a layer) among the kept ones: the others still load, and it is
    // reported with a way to remove it.
    await first.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('bluebook-atlas');
          open.onerror = () => reject(open.error ?? new Error('IndexedDB did not open'));
          open.onsuccess = () => {
            const tx = open.result.transaction('imports', 'readwrite');
            tx.objectStore('imports').put({ id: 'import-damaged', fileName: 'damaged.geojson', text: 42 });
            tx.oncomplete = () => {
              open.result.close();
              resolve();
            };
          };
        }),
    );
    await first.reload();
    await first.locator('.import-panel[data-restored="true"]').waitFor();
    for (const name of ['first-tab.geojson', 'second-tab.geojson'])
      await first.locator('.imported-layers .layer-title', { hasText: name }).waitFor();
    const report = first.locator('.import-report.problems', { hasText: 'damaged.geojson' });
    assert.match((await report.textContent()) ?? '', /kept from an earlier visit, could not be read back/);
    // A file added meanwhile has its report, and the damaged record's stays until it is removed.
    await chooseFile(first, 'third.geojson', JSON.stringify(school));
    await first.locator('.import-report.ok[data-file="third.geojson"]').waitFor();
    assert.equal(await report.count(), 1, 'the damaged record is still reported');
    await first.getByRole('button', { name: 'Remove “third.geojson”' }).click();
    await first
      .locator('.imported-layers .layer-title', { hasText: 'third.geojson' })
      .waitFor({ state: 'detached' });
    assert.equal(await report.count(), 1, 'and still after a layer is removed');
    await report.getByRole('button', { name: 'Remove it from this browser' }).click();
    await report.waitFor({ state: 'detached' });
    // The two layers (one hidden, in whichever order the tabs added them), and no damaged record.
    await until(
      () => storedVisibilities(first),
      (stored) => JSON.stringify([...stored].sort()) === JSON.stringify([false, true]),
      'the two layers kept, the damaged record gone',
    );
    await first.reload();
    await first.locator('.import-panel[data-restored="true"]').waitFor();
    assert.equal(
      await first.locator('.import-report.problems').count(),
      0,
      'removed, it is not reported again',
    );
    assert.equal(await first.locator('.imported-layers .layer').count(), 2);
    assert.deepEqual(errors, []);
    await first.close();
  });

  it('draws an imported point on the map, where a click opens its popup', async () => {
    const { page, errors } = await openAtlas(suite.browser, '#lang=en');
    await waitForMapIdle(page);
    const one = {
      type: 'Feature',
      properties: { name: 'Our school' },
      geometry: { type: 'Point', coordinates: [135.5, 34.7] },
    };
    await chooseFile(page, 'one.geojson', JSON.stringify(one));
    // The map frames the new layer: a single point ends up in the middle.
    await page.waitForFunction(() => /map=11(\.0+)?\/34\.7/.test(window.location.hash), undefined, {
      timeout: 15_000,
    });
    await waitForMapIdle(page);
    assert.ok(
      hasColour(await centrePixels(page, 6), FIRST_COLOUR, 20),
      'the point is drawn in the layer colour',
    );
    await clickMapCentre(page);
    const popup = page.locator('.maplibregl-popup .details.imported');
    await popup.waitFor();
    assert.equal(await popup.locator('h2').textContent(), 'Our school');
    // The user's own feature never goes into the link.
    assert.doesNotMatch(await page.evaluate(() => window.location.hash), /feature=/);
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('takes a file dropped on the page, showing where it will go while it is dragged', async () => {
    const { page, errors } = await openAtlas(suite.browser, '#lang=ja');
    await page.locator('.layer[data-layer="us-facilities"]').waitFor();
    const text = JSON.stringify(school);
    await page.evaluate((body) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([body], '学校.geojson', { type: 'application/geo+json' }));
      (window as unknown as { __transfer: DataTransfer }).__transfer = transfer;
      const target = document.querySelector('.map-area')!;
      for (const type of ['dragenter', 'dragover'])
        target.dispatchEvent(
          new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }),
        );
    }, text);
    await page.locator('.drop-overlay', { hasText: 'ドロップすると' }).waitFor();
    await page.evaluate(() => {
      const transfer = (window as unknown as { __transfer: DataTransfer }).__transfer;
      document
        .querySelector('.map-area')!
        .dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    });
    await page.getByRole('status').filter({ hasText: '「学校.geojson」を追加しました(3件)。' }).waitFor();
    assert.equal(await page.locator('.drop-overlay').count(), 0);
    assert.equal(await page.locator('.imported-layers .layer-title').textContent(), '学校.geojson');
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('refuses every bad file with its problem and where it is, and leaves the atlas as it was', async (t) => {
    const { page, errors } = await openAtlas(suite.browser, '#lang=en');
    await page.locator('.layer[data-layer="us-facilities"]').waitFor();
    const before = await atlasLayerCounts(page);
    let reported = 0;
    for (const file of BAD_FILES) {
      const body = file.bytes ? Buffer.alloc(file.bytes, ' ') : Buffer.from(file.text);
      await chooseFile(page, file.name, body);
      const alert = page.locator(`.import-report.problems[data-file="${file.name}"]`);
      await alert.waitFor({ timeout: 10_000 });
      assert.equal(await alert.getAttribute('role'), 'alert');
      const first = alert.locator('li').first();
      assert.equal(await first.getAttribute('data-problem'), file.code, file.name);
      const text = (await first.textContent()) ?? '';
      if (file.where) assert.ok(text.startsWith(`${file.where}: `), `${file.name}: “${text}” says where`);
      assert.match(
        (await alert.textContent()) ?? '',
        new RegExp(
          `“${file.name.replace('.', '\\.')}” was not added\\. The map and its layers are unchanged\\.`,
        ),
      );
      if (file.code === 'too-large') assert.match(text, /The limit is 10\.0 MB\./);
      assert.equal(await page.locator('.imported-layers .layer').count(), 0, `${file.name} added nothing`);
      reported += 1;
    }
    assert.deepEqual(await atlasLayerCounts(page), before);
    await screenshot(page, 'import-problem-desktop-en');
    // The same in Japanese.
    await page.getByRole('button', { name: '日本語' }).click();
    await chooseFile(page, 'swapped.geojson', BAD_FILES.find((f) => f.code === 'swapped')!.text);
    await page
      .locator('.import-report.problems li')
      .filter({
        hasText:
          '1番目の地物、geometry.coordinates: [35.6, 139.7] は範囲外です。緯度と経度が逆になっているようです',
      })
      .waitFor();
    assert.deepEqual(errors, []);
    t.diagnostic(`malformed files tried: ${BAD_FILES.length}, clearly reported: ${reported}`);
    await page.close();
  });

  it('reads Shift_JIS and EUC-JP files and says so, and still reports when its reader cannot load', async () => {
    const { page, errors } = await openAtlas(suite.browser, '#lang=en');
    await page.locator('.import-panel[data-restored="true"]').waitFor();
    // 「学校」 in Shift_JIS (8A 77 8D 5A), as many Japanese offices' tools still write it.
    const json = (name: string) =>
      `{"type":"Feature","properties":{"name":"${name}"},"geometry":{"type":"Point","coordinates":[135.5,34.7]}}`;
    const [head, tail] = json('@').split('@') as [string, string];
    const sjis = Buffer.concat([Buffer.from(head), Buffer.from([0x8a, 0x77, 0x8d, 0x5a]), Buffer.from(tail)]);
    await chooseFile(page, 'sjis.geojson', sjis);
    const added = page.locator('.import-report.ok[data-file="sjis.geojson"]');
    await added.waitFor();
    assert.match((await added.textContent()) ?? '', /Added “sjis\.geojson”: 1 places\. Read as Shift_JIS/);
    // 「那覇の学校」 in EUC-JP: its bytes are valid Shift_JIS too (「ﾆ睇ﾆ､ﾎｳﾘｹｻ」), read as what they are.
    const euc = Buffer.concat([
      Buffer.from(head),
      Buffer.from([0xc6, 0xe1, 0xc7, 0xc6, 0xa4, 0xce, 0xb3, 0xd8, 0xb9, 0xbb]),
      Buffer.from(tail),
    ]);
    await chooseFile(page, 'euc.geojson', euc);
    const eucAdded = page.locator('.import-report.ok[data-file="euc.geojson"]');
    await eucAdded.waitFor();
    assert.match(
      (await eucAdded.textContent()) ?? '',
      /Added “euc\.geojson”: 1 places\. Read as EUC-JP, not UTF-8/,
    );
    await page.getByRole('button', { name: 'List', exact: true }).click();
    const names = await page.locator('.imported-table tbody tr button').allTextContents();
    assert.deepEqual(names.map((n) => n.trim()).sort(), ['学校', '那覇の学校'], 'the names, not mojibake');
    await page.close();

    // The file reader's code cannot load (offline without it, or after an update): a report
    // says so, rather than nothing at all.
    const offline = await openAtlas(suite.browser, '#lang=en');
    await offline.page.route('**/assets/importWorker-*.js', (route) => route.abort());
    await offline.page.locator('.import-panel[data-restored="true"]').waitFor();
    await chooseFile(offline.page, 'any.geojson', json('x'));
    const refused = offline.page.locator('.import-report.problems[data-file="any.geojson"]');
    await refused.waitFor();
    assert.equal(await refused.locator('li').first().getAttribute('data-problem'), 'checker-unavailable');
    assert.match((await refused.textContent()) ?? '', /could not load .* Reload the page/);
    assert.deepEqual(errors, []);
    await offline.page.close();
  });

  it('shows hostile names and properties as plain text, runs none of them, and links only https', async (t) => {
    const dialogs: string[] = [];
    const { page, errors, external } = await openAtlas(suite.browser, '#lang=en', undefined, async (p) => {
      // As a string: tsx would wrap a function in helpers the page does not have.
      await p.addInitScript({
        content: 'window.__xssCalls = []; window.__xss = (n) => window.__xssCalls.push(n);',
      });
      p.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss().catch(() => undefined);
      });
    });
    const probes: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('xss')) probes.push(request.url());
    });
    await page.locator('.layer[data-layer="us-facilities"]').waitFor();
    const inert = () =>
      page.evaluate(
        () => document.querySelectorAll('script:not([src]), style, link[rel="stylesheet"]').length,
      );
    const inertBefore = await inert();
    // The probe works: markup put into the page the unsafe way does run (or is stopped by the
    // content security policy, which reports it).
    await page.evaluate(() => {
      const div = document.createElement('div');
      div.setAttribute('id', 'probe-control');
      // eslint-disable-next-line no-restricted-properties -- the control case: what the atlas never does
      div.innerHTML = '<img src="/xss-control.png" onerror="__xss(\'control\')">';
      document.body.append(div);
    });
    // The probe sees markup that runs: its handler is called, its image is asked for, or the
    // policy reports the violation.
    await until(
      async () =>
        (await page.evaluate(() => (window as unknown as { __xssCalls: unknown[] }).__xssCalls.length)) > 0 ||
        probes.some((u) => u.includes('xss-control')) ||
        errors.some((e) => /Content Security Policy|CSP violation/i.test(e)),
      (seen) => seen,
      'the control probe to be seen',
    );
    await page.evaluate(() => {
      document.getElementById('probe-control')?.remove();
      (window as unknown as { __xssCalls: unknown[] }).__xssCalls.length = 0;
    });
    probes.length = 0;
    errors.length = 0;

    const fileName = '<img src=/xss-file onerror=__xss(99)>.geojson';
    await chooseFile(page, fileName, JSON.stringify(hostileGeoJson()));
    const total = HOSTILE_PAYLOADS.length + 2;
    await page
      .getByRole('status')
      .filter({ hasText: `: ${total} places.` })
      .waitFor();
    assert.equal(await page.locator('.imported-layers .layer-title').textContent(), fileName);

    // Every feature's details, from the List view: the name and the note exactly as written.
    await page.getByRole('button', { name: 'List', exact: true }).click();
    // The atlas moves focus to the list's caption a frame after it opens: wait for that before
    // moving focus to a row, or the caption takes it back and Enter lands on the caption.
    await page.waitForFunction(() => document.activeElement?.id === 'list-caption');
    const rows = page.locator('.imported-table tbody tr');
    assert.equal(await rows.count(), total);
    for (let i = 0; i < HOSTILE_PAYLOADS.length; i++) {
      const payload = HOSTILE_PAYLOADS[i]!;
      // By keyboard, as a screen-reader user would (and the sticky header cannot get in the way).
      await rows.nth(i).getByRole('button').focus();
      await page.keyboard.press('Enter');
      const details = page.locator(`.details.imported[data-feature$="/${i}"]`);
      await details.waitFor({ timeout: 5000 }).catch(async (error: unknown) => {
        await screenshot(page, `import-hostile-failed-${i}`);
        throw error;
      });
      // Focus moves into the details a frame after they open: wait for it, as a person would.
      const feature = (await details.getAttribute('data-feature'))!;
      await page.waitForFunction(
        (id) => document.activeElement?.id === `details-title-${id.replace('/', '-')}`,
        feature,
      );
      // What the details show, read at once (68 payloads: one round trip each, not three).
      const { name, note, hrefs } = await details.evaluate((el) => ({
        name: el.querySelector('h2')?.textContent,
        note: el.querySelector('[data-key="note"] dd')?.firstChild?.textContent ?? '',
        hrefs: [...el.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? ''),
      }));
      assert.equal(name, payload, `payload ${i + 1} as the name`);
      assert.equal(note, payload.slice(0, 2000), `payload ${i + 1} as a value`);
      assert.ok(
        hrefs.every((h) => h.startsWith('https://')),
        `payload ${i + 1}: links are https only (${hrefs.join(', ')})`,
      );
    }
    await screenshot(page, 'import-hostile-list');

    // On the map: labels of every kind drawn, and a popup opened by the place list.
    await page.getByRole('button', { name: 'Map', exact: true }).click();
    await page.getByRole('button', { name: `Zoom to “${fileName}”` }).click();
    await waitForMapIdle(page);
    await page.locator('.imported-layers').getByText('List of places').click();
    // Very long names are cut in the list (laying out 100,000 characters froze the page for
    // seconds) and shown whole in the details.
    // The list renders after the toggle: wait for its last place before reading them all.
    await page.locator(`.imported-layers button.place[data-feature$="/${total - 1}"]`).waitFor();
    const listed = await page
      .locator('.imported-layers button.place span')
      .evaluateAll((spans) => spans.map((s) => s.textContent?.length ?? 0));
    assert.equal(listed.length, total);
    assert.ok(Math.max(...listed) <= 201, `listed names are cut: ${Math.max(...listed)} characters`);
    await page.locator('.imported-layers button.place').first().click();
    await page.locator('.maplibregl-popup .details.imported').waitFor();
    await waitForMapIdle(page);
    await screenshot(page, 'import-hostile-popup');

    const executed = await page.evaluate(
      () => (window as unknown as { __xssCalls: unknown[] }).__xssCalls.length,
    );
    const active = await page.evaluate(
      () =>
        document.querySelectorAll(
          '[onerror],[onload],[onclick],[onfocus],[ontoggle],[onbegin],[onstart],[onmouseover],[onclose],iframe,object,embed,base,meta[http-equiv="refresh"]',
        ).length,
    );
    const links = await page
      .locator('.import-panel a[href], .details.imported a[href], .imported-table a[href]')
      .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).protocol));
    assert.equal(executed, 0, 'no payload ran');
    assert.deepEqual(dialogs, [], 'no dialog opened');
    assert.deepEqual(probes, [], 'no payload fetched anything');
    assert.equal(active, 0, 'no payload became an element');
    assert.ok(
      links.every((p) => p === 'https:'),
      `links: ${links.join(' ')}`,
    );
    assert.equal(await inert(), inertBefore, 'no script, style or stylesheet was added');
    assert.deepEqual(errors, []);
    assert.deepEqual(external, []);
    t.diagnostic(`hostile payloads tried: ${HOSTILE_PAYLOADS.length}, executed: ${executed}`);
    await page.close();
  });

  it('reads a 50,000-place file off the page’s thread: the page answers while it is read, Cancel stops it, then all of it is added', async () => {
    const { page, errors } = await openAtlas(suite.browser, '#lang=en');
    await page.locator('.import-panel[data-restored="true"]').waitFor();
    // The limit's worth of points, named, on a grid over the Ryukyus.
    const big = JSON.stringify({
      type: 'FeatureCollection',
      features: Array.from({ length: 50_000 }, (_, i) => ({
        type: 'Feature',
        properties: { name: `Place ${i + 1}` },
        geometry: { type: 'Point', coordinates: [127 + (i % 250) * 0.04, 24 + Math.floor(i / 250) * 0.04] },
      })),
    });
    // The checker's worker is held on its way to the page until the test lets it go (as a slow
    // school network would hold it): meanwhile the file is being read and the page must answer.
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    let workersAsked = 0;
    await page.route('**/assets/importWorker-*.js', async (route) => {
      workersAsked += 1;
      await held;
      await route.continue();
    });
    await chooseFile(page, 'first.geojson', big);
    const busy = page.locator('.import-busy');
    await busy.getByRole('status').filter({ hasText: 'Reading the file…' }).waitFor();
    await until(
      async () => workersAsked,
      (n) => n === 1,
      'the checker’s worker to be asked for',
    );
    // A control answers while the file is read: the language changes, the bar still there.
    await page.getByRole('button', { name: '日本語' }).click();
    await busy.getByRole('status').filter({ hasText: 'ファイルを読み込み中…' }).waitFor();
    assert.equal(await page.locator('.imported-layers .layer').count(), 0, 'nothing added while it is read');
    // A second file dropped meanwhile is read beside it (its checker held too).
    await page.evaluate((body) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([body], 'second.geojson', { type: 'application/geo+json' }));
      document
        .querySelector('.map-area')!
        .dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }, JSON.stringify(school));
    await until(
      async () => workersAsked,
      (n) => n === 2,
      'the second file’s checker to be asked for',
    );
    // Cancel stops both: the workers are ended, nothing of either file is added, and each says so.
    await busy.getByRole('button', { name: '読み込みを中止' }).click();
    for (const file of ['first', 'second'])
      await page.locator(`.import-report.cancelled[data-file="${file}.geojson"]`).waitFor();
    assert.match(
      (await page.locator('.import-report.cancelled[data-file="first.geojson"]').textContent()) ?? '',
      /「first\.geojson」の読み込みを中止しました。何も追加していません。/,
    );
    await busy.waitFor({ state: 'detached' });
    assert.equal(await page.locator('.imported-layers .layer').count(), 0, 'a cancelled file adds nothing');

    // Read to the end: the bar counts the features checked, and all 50,000 places are added.
    release();
    const phases: string[] = [];
    await page.exposeFunction('__phase', (phase: string) => phases.push(phase));
    await page.evaluate(() => {
      new MutationObserver(() => {
        const text = document.querySelector('.import-busy [role="status"]')?.textContent;
        if (text) (window as unknown as { __phase(t: string): void }).__phase(text);
      }).observe(document.querySelector('.import-panel')!, {
        subtree: true,
        childList: true,
        characterData: true,
      });
    });
    await chooseFile(page, 'second.geojson', big);
    const added = page.locator('.import-report.ok[data-file="second.geojson"]');
    await added.waitFor({ timeout: 60_000 });
    assert.equal((await added.textContent())?.trim(), '「second.geojson」を追加しました(50,000件)。');
    assert.equal(await page.locator('.imported-layers .count').getAttribute('data-count'), '50000');
    assert.equal(await page.locator('.import-report.cancelled').count(), 0, 'the new report replaces it');
    // What the bar said on the way, as far as the page drew it (a fast check may skip steps).
    for (const said of phases)
      assert.match(
        said,
        /^(ファイルを読み込み中…|「second\.geojson」をJSONとして読んでいます…|「second\.geojson」を確認中:50,000件のうち[\d,]+件)$/,
      );
    assert.deepEqual(errors, []);
    await page.close();
  });
});
