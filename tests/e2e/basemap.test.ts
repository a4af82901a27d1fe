/**
 * End-to-end specs for the ground under the map: the offline basemap draws OpenStreetMap's coast
 * at local zoom (where Natural Earth, drawn before, had land and sea the wrong way round), from the
 * atlas's own origin only, and credits its sources on the map.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  atlasSuite,
  centrePixels,
  details,
  hasColour,
  openAtlas,
  screenshot,
  until,
  waitForMapIdle,
} from './driver';

/** The basemap's land and sea (src/symbology/layerStyles.ts). */
const LAND = '#f1efe8';
const SEA = '#cfe3ef';

/**
 * Points on Okinawa Island more than 600 m from OpenStreetMap's shore on every side, where Natural
 * Earth 1:10m says the opposite (found by comparing the two sources' polygons at build time).
 */
const INLAND_NE_SEA = { lat: 26.308, lng: 127.912 };
const OFFSHORE_NE_LAND = { lat: 26.296, lng: 127.74 };

describe('The ground under the map', () => {
  const suite = atlasSuite();

  for (const [what, point, colour] of [
    ['land where the coarse coast had sea', INLAND_NE_SEA, LAND],
    ['sea where the coarse coast had land', OFFSHORE_NE_LAND, SEA],
  ] as const) {
    it(`draws ${what}, near Kadena at zoom 13, from its own origin`, async () => {
      const { page, external, errors } = await openAtlas(
        suite.browser,
        `#map=13/${point.lat}/${point.lng}&layers=&lang=en`,
      );
      await waitForMapIdle(page);
      assert.ok(hasColour(await centrePixels(page, 6), colour, 6), `${colour} at the centre`);
      assert.deepEqual(external, [], 'no request leaves the origin');
      assert.deepEqual(errors, []);
      await page.close();
    });
  }

  it('credits OpenStreetMap, GeoNames and Natural Earth on the map', async () => {
    const { page } = await openAtlas(suite.browser, '#map=11/26.33/127.77&lang=ja');
    await waitForMapIdle(page);
    const credits = (await page.locator('.maplibregl-ctrl-attrib').textContent()) ?? '';
    assert.match(credits, /OpenStreetMap contributors/);
    assert.match(credits, /GeoNames/);
    assert.match(credits, /Natural Earth/);
    await screenshot(page, 'basemap-central-okinawa-z11-ja');
    await page.close();
  });

  it('draws a circle of the official area around a place with a point of its own, and says what it is', async () => {
    const { page } = await openAtlas(suite.browser, '#map=12.5/26.274/127.756&layers=us-facilities&lang=en');
    await waitForMapIdle(page);
    // Futenma's circle (481 ha: about 1.2 km across) fills the map's centre in the facilities' orange.
    // (#D55E00 at 8 % over the land's #F1EFE8; the land alone is 12–19 away in green and blue.)
    assert.ok(hasColour(await centrePixels(page, 20), '#EFE3D5', 5), 'the circle is drawn around Futenma');
    await screenshot(page, 'basemap-area-circle-futenma-en');
    await page.close();
    for (const [id, circle] of [
      ['futenma', true],
      // A stand-in point says only roughly where a place is: no circle.
      ['fuchu', false],
    ] as const) {
      const opened = await openAtlas(suite.browser, `#feature=${id}&lang=en`);
      await details(opened.page, id).waitFor();
      assert.equal(
        await details(opened.page, id).locator('[data-area-circle]').count(),
        circle ? 1 : 0,
        `${id}: the details ${circle ? 'say' : 'do not say'} the map draws a circle of its area`,
      );
      await opened.page.close();
    }
  });

  it('draws the tiles through the service worker once it controls the page, with no error', async () => {
    // Reloaded under the worker, every range of the installed overview is cut by the worker: a
    // header copied from the server's response (Content-Encoding) once broke each of them.
    const { page, errors } = await openAtlas(
      suite.browser,
      `#map=9/${INLAND_NE_SEA.lat}/${INLAND_NE_SEA.lng}&layers=&lang=en`,
      undefined,
      undefined,
      { serviceWorker: true },
    );
    await waitForMapIdle(page);
    // The page says when the worker controls it and its offline copy is complete.
    await page.locator('html[data-offline-copy="ready"]').waitFor({ state: 'attached' });
    await page.reload();
    await waitForMapIdle(page);
    assert.ok(
      await page.evaluate(() => navigator.serviceWorker.controller !== null),
      'the worker controls the page',
    );
    assert.ok(hasColour(await centrePixels(page, 4), LAND, 6), 'land drawn from the overview');
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('folds the basemap and size choices into one button on a phone, which a choice closes again', async () => {
    const { page, errors } = await openAtlas(suite.browser, '#map=12/26.27/127.76&lang=ja', {
      width: 390,
      height: 844,
    });
    await waitForMapIdle(page);
    const fold = page.locator('.map-holder details.map-options');
    const button = fold.locator('summary');
    assert.equal((await button.textContent())?.trim(), '背景地図・表示サイズ: オフライン地図 · 1×');
    assert.equal(await fold.getByRole('radio').first().isVisible(), false, 'folded at first');
    // Folded, it covers a small corner of the map, not a fifth of it.
    const map = (await page.locator('.map-holder').boundingBox())!;
    const box = (await button.boundingBox())!;
    const share = (box.width * box.height) / (map.width * map.height);
    assert.ok(share < 0.03, `the folded control covers ${(share * 100).toFixed(1)} % of the map`);
    assert.ok(box.height >= 44, `a finger-sized button: ${box.height} px`);
    // By keyboard: Enter opens it; a choice applies and folds it again.
    await button.focus();
    await page.keyboard.press('Enter');
    await fold.getByRole('radio', { name: '地理院 航空写真' }).waitFor();
    await screenshot(page, 'phone-map-options-open-ja');
    await fold.getByRole('radio', { name: '記号と文字 2倍' }).check();
    await until(
      () => fold.getAttribute('open'),
      (open) => open === null,
      'the fold to close after a choice',
    );
    assert.equal((await button.textContent())?.trim(), '背景地図・表示サイズ: オフライン地図 · 2×');
    assert.deepEqual(errors, []);
    await page.close();
  });
});
