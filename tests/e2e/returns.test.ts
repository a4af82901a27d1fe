/**
 * End-to-end specs for comparing Okinawa land returns: the timeline's statuses in chosen years,
 * the chart and the map selecting each other, a true-size footprint moved and dragged, measuring.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import {
  afterMapMoves,
  atlasSuite,
  clickMapCentre,
  colourExtent,
  hasColour,
  horizontalOverflow,
  mapCentre,
  openAtlas,
  pixelsAt,
  pointOf,
  screenshot,
  ORIGIN,
  until,
  viewInLink,
  waitForMapIdle,
} from './driver';

const RETURN_COLOUR = '#CC79A7';
/** The footprint's dashed outline. */
const FOOTPRINT_OUTLINE = '#0072B2';
/** The footprint's 25 % blue over the offline map's land colour. */
const FOOTPRINT_ON_LAND = '#B5D0DA';

async function barStatus(page: Page, id: string): Promise<string | null> {
  return page.locator(`.bar-row[data-feature="${id}"]`).getAttribute('data-status');
}

describe('Comparing Okinawa land returns', () => {
  const suite = atlasSuite();

  it('frames Okinawa Island when the timeline opens, announces only the year while playing, and cuts the one huge bar', async () => {
    const { page } = await openAtlas(suite.browser, '#map=5/36/138&lang=en');
    await waitForMapIdle(page);
    await afterMapMoves(page, () => page.getByRole('tab', { name: 'Returns' }).click());
    const view = await page.evaluate(() => {
      const map = (
        window as unknown as { __benchMap: { getCenter(): { lng: number; lat: number }; getZoom(): number } }
      ).__benchMap;
      return { ...map.getCenter(), zoom: map.getZoom() };
    });
    assert.ok(view.zoom >= 8, `zoomed in to Okinawa Island (zoom ${view.zoom.toFixed(1)})`);
    assert.ok(
      view.lng > 127.6 && view.lng < 128.3 && view.lat > 26.1 && view.lat < 26.8,
      JSON.stringify(view),
    );

    // While it plays, the one live region says the year and nothing else.
    const live = page.locator('.returns [aria-live]');
    assert.equal(await live.count(), 1, 'one live region');
    await page.getByRole('button', { name: 'Play' }).click();
    await page.waitForFunction(() => {
      const text = document.querySelector('.returns [aria-live]')?.textContent ?? '';
      return /^Year \d{4}$/.test(text) && text !== 'Year 2026';
    });
    await page.getByRole('button', { name: 'Pause' }).click();
    assert.match((await live.textContent()) ?? '', /^Year \d{4}$/);

    // The Northern Training Area (4,000 ha) is cut, so the others are not slivers.
    const nta = page.locator('.bar-row[data-feature="return-northern-training-area"] .bar');
    assert.match((await nta.getAttribute('class')) ?? '', /broken/);
    const width = async (id: string) =>
      (await page.locator(`.bar-row[data-feature="${id}"] .bar`).boundingBox())!.width;
    const track = (await page.locator('.bar-track').first().boundingBox())!.width;
    assert.ok((await width('return-futenma')) > track / 2, 'Futenma’s 481 ha is more than half the width');
    await page.close();

    // A link to a year with no view of its own opens on the items too.
    const linked = await openAtlas(suite.browser, '#year=2017&lang=en');
    await until(
      () => linked.page.evaluate(() => window.location.hash),
      (hash) =>
        /map=(\d+(\.\d+)?)\/26\.\d+\/12[78]\./.test(hash) && Number(/map=([\d.]+)/.exec(hash)![1]) >= 8,
      'the link’s view to be Okinawa Island',
    );
    await linked.page.close();
  });

  it('shows each item’s status as of 2010, 2017, 2021 and 2026', async () => {
    const expected: Record<number, Record<string, string>> = {
      2010: {
        'return-northern-training-area': 'pending',
        'return-awase-golf': 'returned',
        'return-senaha': 'returned',
        'return-lower-plaza': 'in-use',
        'return-facilities-engineering-compound': 'in-use',
      },
      2017: {
        'return-northern-training-area': 'handed-over',
        'return-lower-plaza': 'pending',
        'return-facilities-engineering-compound': 'pending',
        'return-futenma-samashita': 'in-use',
      },
      2021: {
        'return-facilities-engineering-compound': 'returned',
        'return-futenma-samashita': 'returned',
        'return-kinser-laundry': 'returned',
        'return-lower-plaza': 'pending',
      },
      2026: {
        'return-lower-plaza': 'joint-use-open',
        'return-futenma': 'pending',
        'return-naha-port': 'pending',
      },
    };
    for (const [year, statuses] of Object.entries(expected)) {
      const { page, errors } = await openAtlas(suite.browser, `#year=${year}&lang=en`);
      await page.locator('.returns').waitFor();
      assert.equal(await page.locator('#timeline-year').inputValue(), year);
      for (const [id, status] of Object.entries(statuses)) {
        assert.equal(await barStatus(page, id), status, `${id} in ${year}`);
      }
      if (year === '2017') {
        const note =
          (await page
            .locator('.bar-row[data-feature="return-northern-training-area"] .bar-note')
            .textContent()) ?? '';
        assert.match(note, /Document: Dec 2017 .*official record: 22 Dec 2016/);
        assert.equal(await page.locator('[data-total="before"]').textContent(), '940.2 ha');
        assert.equal(await page.locator('[data-total="since"]').textContent(), '4,114.6 ha');
        await waitForMapIdle(page);
        await screenshot(page, 'returns-2017-desktop-en');
      }
      if (year === '2026')
        assert.equal(await page.locator('[data-total="pending"]').textContent(), '977.9 ha');
      assert.deepEqual(errors, []);
      await page.close();
    }
  });

  it('draws the map in the chosen year: the Northern Training Area open in 2010, filled in 2017', async () => {
    const [lng, lat] = pointOf('return-northern-training-area');
    for (const [year, filled] of [
      [2010, false],
      [2017, true],
    ] as const) {
      const { page } = await openAtlas(suite.browser, `#year=${year}&map=12/${lat}/${lng}`);
      await waitForMapIdle(page);
      const [x, y] = await mapCentre(page);
      assert.equal(
        hasColour(await pixelsAt(page, x, y, 2), RETURN_COLOUR, 20),
        filled,
        `${year}: centre filled is ${filled}`,
      );
      await page.close();
    }
  });

  it('selects the place from its bar, and marks the bar of a place chosen on the map', async () => {
    const { page } = await openAtlas(suite.browser, '#year=2026&lang=en');
    await page.locator('.bar-row[data-feature="return-gesaji"]').click();
    await page.locator('.details[data-feature="return-gesaji"]').waitFor();
    assert.equal(
      await page.locator('.bar-row[data-feature="return-gesaji"]').getAttribute('aria-current'),
      'true',
    );
    await page.keyboard.press('Escape');
    // A fresh load of a link on Sobe. (Setting the hash and reloading raced the atlas writing its
    // own view into the link: under load the reload once opened on the earlier view, and the click
    // at the centre found no place.)
    const [lng, lat] = pointOf('return-sobe');
    await page.goto('about:blank');
    await page.goto(`${ORIGIN}/#year=2026&lang=en&map=14/${lat}/${lng}`);
    await waitForMapIdle(page);
    assert.match((await viewInLink(page)) ?? '', /^14\//, 'the map opened on Sobe at zoom 14');
    await clickMapCentre(page);
    await page.locator('.details[data-feature="return-sobe"]').waitFor();
    assert.equal(
      await page.locator('.bar-row[data-feature="return-sobe"]').getAttribute('aria-current'),
      'true',
    );
    await page.close();
  });

  it('draws a true-size footprint, moves it to Tokyo Station and drags it', async () => {
    const { page } = await openAtlas(suite.browser, '#year=2026&lang=en');
    await page.locator('.compare').waitFor();
    await page.getByLabel('Place', { exact: true }).selectOption('return-futenma');
    const facts = page.locator('.footprint-facts');
    await facts.waitFor();
    const drawn = Number(
      await facts.locator('[data-computed-hectares]').getAttribute('data-computed-hectares'),
    );
    assert.ok(Math.abs(drawn - 481) / 481 < 0.005, `drawn area ${drawn} ha is the official 481 ha`);
    assert.match(
      (await facts.locator('[data-size="football-pitch"]').textContent()) ?? '',
      /about 674 times/,
    );
    assert.match((await facts.locator('[data-size="tokyo-dome"]').textContent()) ?? '', /about 103 times/);
    await page.getByLabel('Move it to', { exact: true }).selectOption('place:tokyo-station');
    await page.waitForFunction(() => {
      const m = /map=[\d.]+\/([\d.]+)\/([\d.]+)/.exec(window.location.hash);
      return m !== null && Math.abs(Number(m[1]) - 35.68) < 0.05 && Math.abs(Number(m[2]) - 139.77) < 0.05;
    });
    await waitForMapIdle(page);
    const [x, y] = await mapCentre(page);
    const below = y + 40;
    assert.ok(
      hasColour(await pixelsAt(page, x, below, 3), FOOTPRINT_ON_LAND, 8),
      'the footprint is drawn at Tokyo Station',
    );
    await screenshot(page, 'footprint-futenma-at-tokyo-station-en');
    // By keyboard (or one tap each), no dragging: 1 km east moves the outline by 1 km at this
    // zoom (MapLibre's 512 px tiles: 40,075 km × cos(latitude) / (512 × 2^zoom) per pixel).
    const atStation = await colourExtent(page, below, FOOTPRINT_OUTLINE);
    assert.ok(atStation, 'the footprint’s outline is drawn');
    const zoom = Number(/map=([\d.]+)\//.exec(await page.evaluate(() => window.location.hash))![1]);
    const kmPerPx = (40_075 * Math.cos((35.68 * Math.PI) / 180)) / (512 * 2 ** zoom);
    await page.getByRole('group', { name: 'Move it 1 km' }).getByRole('button', { name: 'East' }).focus();
    await page.keyboard.press('Enter');
    const nudged = await until(
      () => colourExtent(page, below, FOOTPRINT_OUTLINE),
      (extent) => extent !== null && extent[0] > atStation[0] + 2,
      'the footprint to move east',
      5_000,
    );
    const movedPx = (nudged![0] + nudged![1]) / 2 - (atStation[0] + atStation[1]) / 2;
    assert.ok(Math.abs(movedPx * kmPerPx - 1) < 0.1, `moved ${(movedPx * kmPerPx).toFixed(2)} km east`);
    await page.keyboard.press('Enter');
    await page
      .getByRole('group', { name: 'Move it 1 km' })
      .getByRole('button', { name: 'West', exact: true })
      .click();
    await page
      .getByRole('group', { name: 'Move it 1 km' })
      .getByRole('button', { name: 'West', exact: true })
      .click();
    await until(
      () => colourExtent(page, below, FOOTPRINT_OUTLINE),
      (extent) => extent !== null && Math.abs(extent[0] - atStation[0]) <= 2,
      'the footprint back at Tokyo Station (east twice, west twice)',
      5_000,
    );
    await waitForMapIdle(page);
    // Dragged 300 px in six steps, watching it follow after each (as a person drags, over many
    // frames), its outline's middle moves 300 px with the pointer: it once stopped after the first
    // step, when the handlers were set up again for every new position.
    const before = await colourExtent(page, below, FOOTPRINT_OUTLINE);
    assert.ok(before, 'the footprint’s outline is drawn');
    const middle = ([left, right]: [number, number]) => (left + right) / 2;
    await page.mouse.move(x, below);
    await page.mouse.down();
    for (let dx = 50; dx <= 300; dx += 50) {
      await page.mouse.move(x + dx, below, { steps: 2 });
      await until(
        () => colourExtent(page, below, FOOTPRINT_OUTLINE),
        (extent) => extent !== null && Math.abs(middle(extent) - middle(before) - dx) <= 6,
        `the footprint to follow the pointer ${dx} px to the right`,
        5_000,
      );
    }
    await page.mouse.up();
    await waitForMapIdle(page);
    assert.ok(
      hasColour(await pixelsAt(page, x + 300, below, 3), FOOTPRINT_ON_LAND, 8),
      'it is where it was dropped',
    );
    await page.close();
  });

  it('measures the distances the document invites', async () => {
    const { page } = await openAtlas(suite.browser, '#year=2026&lang=en');
    await page.locator('.compare').waitFor();
    await page.locator('[data-measure="okinawa-guam"]').click();
    assert.equal(await page.locator('.measure-result dd').first().textContent(), '2,274.1 km');
    await page.locator('[data-measure="futenma-henoko"]').click();
    assert.equal(await page.locator('.measure-result dd').first().textContent(), '40.9 km');
    // The same distance between two places chosen from lists, without the map.
    const between = page.getByRole('group', { name: 'Measure between places' });
    await between.getByLabel('From', { exact: true }).selectOption('yokosuka');
    await between.getByLabel('To', { exact: true }).selectOption('sasebo');
    await page.locator('[data-measure="yokosuka-sasebo"]').waitFor();
    const preset = async () => {
      await page.locator('[data-measure="yokosuka-sasebo"]').click();
      return page.locator('.measure-result dd').first().textContent();
    };
    const fromLists = await page.locator('.measure-result dd').first().textContent();
    assert.match(fromLists ?? '', /^[\d,.]+ km$/);
    assert.equal(fromLists, await preset(), 'chosen from lists, as the preset measures it');
    await page.close();
  });

  it('fits the Returns tab on a phone', async () => {
    const { page } = await openAtlas(suite.browser, '#year=2017&lang=ja', { width: 390, height: 844 });
    await page.getByRole('button', { name: 'レイヤー' }).click();
    await page.locator('.sidebar.open .returns').waitFor();
    await screenshot(page, 'returns-2017-phone-ja');
    assert.deepEqual(await horizontalOverflow(page), [], 'nothing sticks out of the phone’s screen');
    await page.close();
  });
});
