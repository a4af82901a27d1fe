/**
 * End-to-end specs: the production build in headless Chromium, used as a reader would use it.
 * Expected quotes are written out here, not read from the data, so a wrong quote in the data or a
 * broken popup fails the test.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { PNG } from 'pngjs';
import {
  atlasSuite,
  centredOn,
  centrePixels,
  clickMapCentre,
  editLinkAndWaitForMap,
  hasColour,
  horizontalOverflow,
  LAYER_COUNTS,
  openAtlas,
  ORIGIN,
  pointOf,
  screenshot,
  setLayerShown,
  until,
  waitForCentreColour,
  waitForMapIdle,
} from './driver';

const GSI = 'https://cyberjapandata.gsi.go.jp';
const TOTAL_PLACES = Object.values(LAYER_COUNTS).reduce((a, b) => a + b, 0);

/** One feature of every layer, a point where it stands alone or shares with a known few, and what must show. */
const SAMPLES = [
  {
    layer: 'us-facilities',
    id: 'camp-schwab',
    colour: '#D55E00',
    quote: '辺野古における普天間飛行場代替施設の建設',
    name: 'キャンプ・シュワブ',
  },
  {
    layer: 'un-command-bases',
    id: 'unc-kadena',
    at: 'kadena',
    colour: '#0072B2',
    quote: '嘉手納(かでな)飛行場',
    name: '嘉手納(かでな)飛行場',
  },
  {
    layer: 'exchange-sites',
    id: 'tofu-new-york',
    colour: '#009E73',
    quote: '一行はワシントンD.C.及びニューヨークを訪問し',
    name: 'ニューヨーク',
  },
  {
    layer: 'okinawa-land-returns',
    id: 'return-sobe',
    colour: '#CC79A7',
    quote: '特に、沖縄における土地返還の取組については',
    name: '楚辺通信所',
  },
  {
    layer: 'context',
    id: 'ctx-guam',
    colour: '#333333',
    quote: '在沖縄米海兵隊約9,000人のグアムなどへの国外移転',
    name: 'グアム',
  },
] as const;

describe('Bluebook Atlas in Chromium', () => {
  const suite = atlasSuite();

  it('opens on all of Japan with every layer listed and counted, no request leaving the origin and no console error', async () => {
    // The data files, each fetched once: preloaded by index.html and taken by the app's own fetch
    // (a preload the app did not use, or fetched again, is a warning and a second request).
    const dataRequests: string[] = [];
    const preloadWarnings: string[] = [];
    const { page, external, errors } = await openAtlas(suite.browser, '#lang=ja', undefined, async (p) => {
      p.on('request', (r) => {
        const path = new URL(r.url()).pathname;
        if (/^\/data\/[^/]+$/.test(path)) dataRequests.push(path.slice('/data/'.length));
      });
      p.on('console', (m) => {
        if (m.type() === 'warning' && /preload/i.test(m.text())) preloadWarnings.push(m.text());
      });
    });
    await waitForMapIdle(page);
    const preloaded = await page.$$eval('link[rel=preload][as=fetch]', (links) =>
      links.map((l) => new URL((l as HTMLLinkElement).href).pathname.replace('/data/', '')),
    );
    assert.ok(preloaded.includes('document.json') && preloaded.includes('us-facilities.geo.json'));
    assert.deepEqual(dataRequests.toSorted(), preloaded.toSorted(), 'each data file fetched once');
    for (const [layer, count] of Object.entries(LAYER_COUNTS)) {
      const row = page.locator(`.layer[data-layer="${layer}"]`);
      assert.equal(
        await row.locator('input[type=checkbox]').isChecked(),
        true,
        `${layer} is shown by default`,
      );
      assert.equal(await row.locator('.count').textContent(), `${count}件`);
    }
    assert.equal(await page.locator('h1').textContent(), 'ブルーブック・アトラス');
    await screenshot(page, 'default-desktop-ja');
    assert.deepEqual(external, [], 'no request leaves the origin');
    assert.deepEqual(errors, [], 'no console errors');
    assert.deepEqual(preloadWarnings, [], 'every preloaded file is used');
    await page.close();
  });

  it('draws every layer on the map, in its own colour', async () => {
    // One page, the link edited from place to place, as a reader following links would.
    const { page } = await openAtlas(suite.browser, '#lang=ja');
    await waitForMapIdle(page);
    for (const sample of SAMPLES) {
      await editLinkAndWaitForMap(page, `#${centredOn('at' in sample ? sample.at : sample.id)}`);
      // 12 px each way: the UN Command's ring (radius 11.5 px) is drawn around a facility's square;
      // its thin stroke is smoothed at the edges, so its colour is matched within 32 per channel
      // (the five layers' colours are further apart than that).
      const pixels = await centrePixels(page, 12);
      assert.ok(
        hasColour(pixels, sample.colour, 32),
        `${sample.layer} (${sample.id}) is drawn in ${sample.colour}`,
      );
    }
    await page.close();
  });

  it('shows, for a feature of every layer, the paragraph that mentions it with the quote marked and the citation', async () => {
    const { page, errors } = await openAtlas(suite.browser, '#lang=ja');
    await waitForMapIdle(page);
    for (const sample of SAMPLES) {
      await editLinkAndWaitForMap(page, `#lang=ja&${centredOn('at' in sample ? sample.at : sample.id)}`);
      await clickMapCentre(page);
      if ('at' in sample) {
        // Kadena is both a U.S. facility and a UN Command base: the reader chooses.
        const chooser = page.locator('.chooser');
        await chooser.waitFor();
        assert.equal(await chooser.locator('button.place').count(), 2);
        await chooser.locator(`button.place[data-feature="${sample.id}"]`).click();
      }
      const details = page.locator(`.details[data-feature="${sample.id}"]`);
      await details.waitFor();
      assert.equal(await details.locator('h2').textContent(), sample.name);
      const marks = await details.locator('.quote mark').allTextContents();
      assert.ok(
        marks.some((m) => m.includes(sample.quote)),
        `${sample.id}: marked quote "${sample.quote}" in ${JSON.stringify(marks)}`,
      );
      const citation = await details.locator('.citation-line').first().textContent();
      assert.match(citation ?? '', /外交青書2025/);
      if (sample.id === 'return-sobe') await screenshot(page, 'feature-return-sobe-ja');
      // Closed before the next place, as a reader would.
      await page.keyboard.press('Escape');
      await details.waitFor({ state: 'detached' });
    }
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('opens a linked feature on its own, frames it and keeps it in the link', async () => {
    // With the map's easing, as most people see it.
    const { page, external } = await openAtlas(
      suite.browser,
      '#feature=return-lower-plaza&lang=en',
      undefined,
      undefined,
      { motion: true },
    );
    const details = page.locator('.details[data-feature="return-lower-plaza"]');
    await details.waitFor();
    assert.equal(await details.locator('h2').textContent(), 'Lower Plaza Housing Area, Camp Foster');
    assert.match(
      (await details.locator('.facts').textContent()) ?? '',
      /Open to the public in joint use, not yet returned/,
    );
    assert.match(
      (await details.locator('.quote mark').first().textContent()) ?? '',
      /ロウワー・プラザ住宅地区/,
    );
    assert.match((await details.locator('.provenance').textContent()) ?? '', /stand-in point/);
    await waitForMapIdle(page);
    const hash = await page.evaluate(() => window.location.hash);
    assert.match(hash, /feature=return-lower-plaza/);
    const [zoom, lat, lng] = /map=([\d.]+)\/([\d.]+)\/([\d.]+)/.exec(hash)!.slice(1).map(Number) as [
      number,
      number,
      number,
    ];
    const [flng, flat] = pointOf('return-lower-plaza');
    assert.ok(zoom >= 9, `framed close in (zoom ${zoom})`);
    assert.ok(
      Math.abs(lng - flng) < 0.2 && Math.abs(lat - flat) < 0.3,
      `framed around the feature (${lat}, ${lng})`,
    );
    await screenshot(page, 'feature-lower-plaza-en');
    assert.deepEqual(external, []);
    await page.close();
  });

  it('shows both dates where the document and the official record differ (Northern Training Area)', async () => {
    const { page } = await openAtlas(suite.browser, '#feature=return-northern-training-area&lang=en');
    const events = page.locator('.details .events');
    await events.waitFor();
    const text = (await events.textContent()) ?? '';
    assert.match(text, /22 Dec 2016 Legal return/);
    assert.match(text, /Dec 2017 Handed over to the landowners \(the document’s date\)/);
    await page.close();
  });

  it('says when a pending return’s target has passed, and the date of the source it rests on', async () => {
    const { page } = await openAtlas(suite.browser, '#feature=return-futenma&lang=en');
    const target = page.locator('.details[data-feature="return-futenma"] .plan-target');
    await target.waitFor();
    assert.equal(
      await target.textContent(),
      'fiscal 2022 or later (that target has passed; our latest source, of 2021, has it not yet returned)',
    );
    assert.equal(await target.getAttribute('data-overdue'), 'true');
    await page.close();
  });

  it('hides a layer when its box is unticked, and says so when none is left', async () => {
    const { page } = await openAtlas(suite.browser, `#${centredOn('return-sobe')}&lang=en`);
    await waitForMapIdle(page);
    assert.ok(hasColour(await centrePixels(page, 8), '#CC79A7'));
    await setLayerShown(page, 'Okinawa land returns', false);
    await page.waitForFunction(() => window.location.hash.includes('layers='));
    // The returns layer is no longer drawn.
    await waitForCentreColour(page, '#CC79A7', { present: false });
    assert.doesNotMatch(await page.evaluate(() => window.location.hash), /okinawa-land-returns/);
    // A screen reader hears what the tick did, through the polite live region.
    const said = page.locator('.announcer[role="status"]');
    const hear = (words: string) =>
      until(
        async () => (await said.textContent())?.trim(),
        (text) => text === words,
        `to hear "${words}"`,
      );
    await hear('Okinawa land returns hidden');
    await setLayerShown(page, 'Okinawa land returns', true);
    await hear(`Okinawa land returns shown: ${LAYER_COUNTS['okinawa-land-returns']} places`);
    await setLayerShown(page, 'Okinawa land returns', false);
    for (const label of [
      'U.S. facilities in Japan',
      'UN Command bases',
      'SEED and TOFU exchanges',
      'Realignment of U.S. forces',
      'Other places named',
    ]) {
      await setLayerShown(page, label, false);
    }
    assert.match((await page.locator('.empty').textContent()) ?? '', /No layer is shown/);
    await page.close();
  });

  it('opens a place from the list by keyboard alone, and Esc closes it and returns focus', async () => {
    const { page } = await openAtlas(suite.browser, '#lang=en');
    await waitForMapIdle(page);
    const summary = page.locator('.layer[data-layer="context"] summary');
    await summary.focus();
    await page.keyboard.press('Enter');
    const button = page.locator('.layer[data-layer="context"] button.place[data-feature="ctx-senkaku"]');
    await button.focus();
    await page.keyboard.press('Enter');
    const heading = page.locator('.details[data-feature="ctx-senkaku"] h2');
    await heading.waitFor();
    await page.waitForFunction(() => document.activeElement?.matches('.details h2') ?? false, undefined, {
      timeout: 5000,
    });
    await page.keyboard.press('Escape');
    await heading.waitFor({ state: 'detached' });
    assert.equal(
      await button.evaluate((el) => el === document.activeElement),
      true,
      'focus returns to the list',
    );
    await page.close();
  });

  it('jumps to a region from the "Go to" buttons, and the link follows', async () => {
    const { page, errors } = await openAtlas(suite.browser, '#lang=en', undefined, undefined, {
      motion: true,
    });
    await waitForMapIdle(page);
    const warnings: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'warning') warnings.push(message.text().slice(0, 80));
    });
    await page.getByRole('button', { name: 'Okinawa Island' }).click();
    // What the map was doing is read with the link, for the message should the link never follow.
    await until(
      () =>
        page
          .evaluate(() => {
            const map = document.querySelector<HTMLElement>('.maplibregl-map');
            const canvas = map?.querySelector('canvas');
            const gl = canvas?.getContext('webgl2') ?? canvas?.getContext('webgl');
            return {
              hash: window.location.hash,
              idle: map?.dataset.mapIdle ?? 'no',
              contextLost: gl?.isContextLost() ?? 'no context',
            };
          })
          .then((state) => ({ ...state, warnings })),
      ({ hash }) => {
        const m = /map=([\d.]+)\/([\d.]+)\/([\d.]+)/.exec(hash);
        return (
          m !== null &&
          Number(m[1]) >= 8 &&
          Math.abs(Number(m[2]) - 26.5) < 0.5 &&
          Math.abs(Number(m[3]) - 128) < 0.5
        );
      },
      'the link to show Okinawa Island',
      30_000,
    );
    await waitForMapIdle(page);
    await screenshot(page, 'okinawa-desktop-en');
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('uses defaults and says so when the link is broken', async () => {
    const { page, errors } = await openAtlas(
      suite.browser,
      '#map=abc&feature=no-such-place&layers=nope&lang=en',
    );
    const notices = page.locator('.notice');
    await page.locator('.notice[data-notice="feature"]').waitFor();
    const text = (await notices.allTextContents()).join(' ');
    assert.match(text, /could not be read/);
    assert.match(text, /“no-such-place” in the link was not found/);
    await waitForMapIdle(page);
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('falls back to the offline map when the GSI tiles cannot be reached', async () => {
    const { page, errors } = await openAtlas(suite.browser, '#lang=en');
    await page.route(`${GSI}/**`, (route) => route.abort('internetdisconnected'));
    await waitForMapIdle(page);
    // index.html's policy forbids the tiles: choosing them opens online.html with the same link.
    // click, not check: the atlas may switch back before a check() could confirm the new state.
    await page.getByLabel('GSI pale map').click();
    await page.waitForURL(/\/online\.html#.*basemap=gsi/);
    await page.locator('.notice[data-notice="gsi"]').waitFor();
    assert.equal(await page.getByLabel(/Offline map/).isChecked(), true);
    assert.match(page.url(), /\/online\.html#/, 'the fallback stays on the page');
    assert.deepEqual(
      errors.filter((e) => e.startsWith('CSP violation')),
      [],
    );
    await page.close();
  });

  it('draws the GSI tiles on online.html, where a link with basemap=gsi leads, and switches back in place', async () => {
    const tile = new PNG({ width: 256, height: 256 });
    for (let i = 0; i < tile.data.length; i += 4) tile.data.set([255, 0, 255, 255], i);
    const { page, errors, external } = await openAtlas(suite.browser, '#map=6/29/141&basemap=gsi&lang=en');
    await page.route(`${GSI}/**`, (route) =>
      route.fulfill({ contentType: 'image/png', body: PNG.sync.write(tile) }),
    );
    await page.waitForURL(/\/online\.html#map=6\/29\/141&lang=en&basemap=gsi/);
    await waitForMapIdle(page);
    assert.equal(await page.getByLabel('GSI pale map').isChecked(), true);
    assert.ok(hasColour(await centrePixels(page), '#FF00FF', 4), 'the tiles are drawn');
    assert.ok(external.length > 0 && external.every((url) => url.startsWith(`${GSI}/xyz/pale/`)));
    await page.getByLabel(/Offline map/).click();
    await page.waitForFunction(() => !window.location.hash.includes('basemap=gsi'));
    await waitForMapIdle(page);
    assert.equal(hasColour(await centrePixels(page), '#FF00FF', 4), false, 'the tiles are gone');
    assert.match(page.url(), /\/online\.html#/, 'no navigation back');
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('switches between GSI’s standard map and aerial photos on the map, one click each, and remembers the choice', async () => {
    const tile = new PNG({ width: 256, height: 256 });
    for (let i = 0; i < tile.data.length; i += 4) tile.data.set([0, 255, 255, 255], i);
    const { page, errors, external } = await openAtlas(suite.browser, '#map=6/29/141&lang=en');
    await page.route(`${GSI}/**`, (route) =>
      route.fulfill({ contentType: 'image/png', body: PNG.sync.write(tile) }),
    );
    await waitForMapIdle(page);
    await page.locator('.map-holder .basemap-switch').getByLabel('GSI standard map').click();
    await page.waitForURL(/\/online\.html#.*basemap=gsi-std/);
    await waitForMapIdle(page);
    assert.ok(hasColour(await centrePixels(page), '#00FFFF', 4), 'the standard map’s tiles are drawn');
    await page.getByLabel('GSI aerial photos').click();
    await page.waitForFunction(() => window.location.hash.includes('basemap=gsi-photo'));
    await until(
      async () => external.some((url) => url.startsWith(`${GSI}/xyz/seamlessphoto/`)),
      (asked) => asked,
      'the aerial photos to be asked for',
    );
    assert.ok(external.some((url) => url.startsWith(`${GSI}/xyz/std/`)));
    // Back returns to the offline page, and stays there: its link names no basemap.
    // Waiting only for the commit: a page restored from the back-forward cache fires no `load`.
    await page.goBack({ waitUntil: 'commit' });
    await page.waitForURL((url) => !url.pathname.endsWith('/online.html'), { waitUntil: 'commit' });
    await waitForMapIdle(page);
    assert.doesNotMatch(page.url(), /online\.html/);
    assert.equal(await page.getByLabel('Offline map').isChecked(), true);
    // The next fresh visit (no link) opens on the photos again.
    const next = await page.context().newPage();
    await next.goto(`${ORIGIN}/`);
    await next.waitForURL(/\/online\.html#.*basemap=gsi-photo/);
    await next.close();
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('shows details in a bottom sheet on a phone', async () => {
    const { page } = await openAtlas(suite.browser, '#feature=futenma&lang=ja', { width: 390, height: 844 });
    const sheet = page.locator('.sheet .details[data-feature="futenma"]');
    await sheet.waitFor();
    // Under the name, its reading (in Japanese only: the English name is already in letters).
    assert.equal(await sheet.locator('.reading').textContent(), 'ふてんまひこうじょう');
    await waitForMapIdle(page);
    await screenshot(page, 'feature-futenma-phone-ja');
    assert.deepEqual(await horizontalOverflow(page), [], 'the sheet fits the phone’s screen');
    await page.locator('.sheet button.close').click();
    await sheet.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'レイヤー' }).click();
    await page.locator('.sidebar.open .layer-panel').waitFor();
    await screenshot(page, 'layers-phone-ja');
    assert.deepEqual(await horizontalOverflow(page), [], 'the layer list fits the phone’s screen');
    await page.close();
  });
});

describe('Bluebook Atlas without WebGL', () => {
  const suite = atlasSuite(['--disable-webgl', '--disable-webgl2']);

  it('explains that the map cannot start and still opens every place from the list', async () => {
    const { page } = await openAtlas(suite.browser, '#lang=en');
    await page.locator('.status.error').waitFor();
    assert.match((await page.locator('.status.error').textContent()) ?? '', /map cannot start/);
    assert.match(
      (await page.locator('.feature-table caption').textContent()) ?? '',
      new RegExp(`${TOTAL_PLACES} places in the visible layers`),
      'the list is shown instead',
    );
    await page.locator('.layer[data-layer="us-facilities"] summary').click();
    await page.locator('button.place[data-feature="futenma"]').click();
    const details = page.locator('.sheet .details[data-feature="futenma"]');
    await details.waitFor();
    assert.match((await details.locator('.quote mark').first().textContent()) ?? '', /普天間飛行場/);
    await page.close();
  });
});
