/**
 * End-to-end specs for the realignment layer: its moves drawn as arrows between places, opened
 * from a link, from the map, from a place's details and from the document's paragraphs.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { atlasSuite, details, openAtlas, screenshot, until, waitForMapIdle } from './driver';

/** The moves whose lines MapLibre drew, each with the page position of its line's middle point. */
async function drawnMoveLines(page: Page): Promise<{ id: string; status: string; x: number; y: number }[]> {
  return page.evaluate(() => {
    interface MapLike {
      getStyle(): { layers: { id: string }[] };
      queryRenderedFeatures(options: { layers: string[] }): {
        geometry: { type: string; coordinates: [number, number][] };
        properties: Record<string, unknown>;
        layer: { id: string };
      }[];
      project(lngLat: [number, number]): { x: number; y: number };
      getCanvas(): HTMLCanvasElement;
    }
    const map = (window as unknown as { __benchMap: MapLike }).__benchMap;
    const layers = map
      .getStyle()
      .layers.map((l) => l.id)
      .filter((id) => /^line-move-(completed|under-way|planned)$/.test(id));
    const box = map.getCanvas().getBoundingClientRect();
    return map.queryRenderedFeatures({ layers }).map((f) => {
      const coordinates = f.geometry.coordinates;
      const { x, y } = map.project(coordinates[Math.floor(coordinates.length / 2)]!);
      // The status it is drawn with: the layer's (solid, dashed or dotted), which the timeline sets.
      const status = f.layer.id.replace('line-move-', '');
      return { id: String(f.properties.id), status, x: box.x + x, y: box.y + y };
    });
  });
}

describe('The realignment of U.S. forces', () => {
  const suite = atlasSuite();

  it('opens a move from a link: the document’s words, what moves, from where to where, agreed when, its status', async () => {
    const { page, errors } = await openAtlas(suite.browser, '#lang=en&feature=move-futenma-henoko');
    const move = details(page, 'move-futenma-henoko');
    await move.waitFor();
    const text = (await move.textContent()) ?? '';
    assert.match(text, /Futenma relocation to Henoko/);
    assert.match(text, /普天間飛行場の辺\(へ\)野古移設を含む在日米軍再編を着実に進め/);
    await move.locator('[data-move-fact="route"]').waitFor();
    assert.equal(
      await move.locator('[data-move-fact="route"]').textContent(),
      'Marine Corps Air Station Futenma → Henoko – Futenma Replacement Facility (under construction)',
    );
    assert.match(
      (await move.locator('[data-move-fact="agreed"]').textContent()) ?? '',
      /^May 2006Source: MOD/,
    );
    assert.match(text, /Under way \(as of Feb 2025\)/);
    // Both ends are framed: the link's view shows Futenma and Henoko.
    await page.waitForFunction(() => /map=(9|1[0-2])\./.test(window.location.hash));
    await waitForMapIdle(page);
    await screenshot(page, 'move-details-en');
    // From the move to where it starts, and from there to its other moves.
    await move.locator('[data-move-fact="route"] [data-place="futenma"]').click();
    const futenma = details(page, 'futenma');
    await futenma.locator('.moves-here').waitFor();
    assert.match(
      (await futenma.locator('.moves-here h3').textContent()) ?? '',
      /Realignment moves here \(2\)/,
    );
    await futenma.locator('[data-move="move-kc130-iwakuni"]').click();
    const kc130 = details(page, 'move-kc130-iwakuni');
    await kc130.waitFor();
    assert.match((await kc130.textContent()) ?? '', /Completed \(as of 26 Aug 2014\)/);
    assert.match((await kc130.textContent()) ?? '', /Date agreed: not sourced/);
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('draws the moves across Japan and the Pacific as lines styled by status, and opens one clicked on the map', async () => {
    const { page, errors } = await openAtlas(suite.browser, '#lang=ja&map=4/25/135');
    await waitForMapIdle(page);
    const lines = await until(
      () => drawnMoveLines(page),
      (found) => found.some((l) => l.id === 'move-marines-guam'),
      'the move to Guam drawn',
    );
    const statuses = Object.fromEntries(lines.map((l) => [l.id, l.status]));
    assert.equal(statuses['move-marines-guam'], 'under-way');
    assert.equal(statuses['move-cvw5-iwakuni'], 'completed');
    await screenshot(page, 'moves-pacific-ja');
    const guam = lines.find((l) => l.id === 'move-marines-guam')!;
    await page.mouse.click(guam.x, guam.y);
    const move = details(page, 'move-marines-guam');
    await move.waitFor();
    assert.match((await move.textContent()) ?? '', /在沖縄米海兵隊のグアム移転/);
    assert.match((await move.textContent()) ?? '', /12月14日、移転開始の対外発表が行われた/);
    // The layer hides and shows like the others.
    await page.keyboard.press('Escape');
    await page.getByRole('checkbox', { name: /在日米軍再編/ }).uncheck();
    await waitForMapIdle(page);
    assert.deepEqual(await drawnMoveLines(page), []);
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('unfolds on the returns timeline: each move as it stood in the year, from its agreement on', async () => {
    const drawnIn = async (page: Page) =>
      Object.fromEntries((await drawnMoveLines(page)).map((l) => [l.id, l.status]));
    const { page, errors } = await openAtlas(suite.browser, '#year=2010&lang=en&map=4.5/30/136');
    await page.locator('.returns').waitFor();
    await waitForMapIdle(page);
    const in2010 = await until(
      () => drawnIn(page),
      (drawn) => drawn['move-marines-guam'] !== undefined,
      'the moves of 2010 drawn',
    );
    // Agreed in 2006, not yet begun; the KC-130s' move (no agreement date known) is not yet drawn.
    assert.equal(in2010['move-marines-guam'], 'planned');
    assert.equal(in2010['move-cvw5-iwakuni'], 'planned');
    assert.equal(in2010['move-kc130-iwakuni'], undefined);
    // Eight years on, by keyboard, as a class steps through it.
    await page.locator('#timeline-year').focus();
    for (let i = 0; i < 8; i++) await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => window.location.hash.includes('year=2018'));
    const in2018 = await until(
      () => drawnIn(page),
      (drawn) => drawn['move-cvw5-iwakuni'] === 'completed',
      'the carrier air wing’s move drawn as completed in 2018',
    );
    assert.equal(in2018['move-kc130-iwakuni'], 'completed');
    assert.equal(in2018['move-marines-guam'], 'planned');
    await screenshot(page, 'moves-timeline-2018-en');
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('lists a paragraph’s moves among its places, and opens one from the reader', async () => {
    const { page } = await openAtlas(suite.browser, '#lang=en');
    await page.getByRole('tab', { name: 'Document' }).click();
    const part = page.locator('.reader-part[data-part="s3-p2"]');
    await part.scrollIntoViewIfNeeded();
    const chips = await part.locator('.chip').allTextContents();
    for (const name of [
      'Okinawa Marines to Guam',
      'USS George Washington forward-deployed to Yokosuka',
      '12th Marine Littoral Regiment',
    ]) {
      assert.ok(chips.includes(name), `${name} is a chip of s3-p2: ${JSON.stringify(chips)}`);
    }
    await part.locator('.chip', { hasText: '12th Marine Littoral Regiment' }).click();
    const move = details(page, 'move-12mlr-hansen');
    await move.waitFor();
    assert.match((await move.textContent()) ?? '', /Under way \(as of Jul 2024\)/);
    assert.match((await move.locator('[data-move-fact="route"]').textContent()) ?? '', /^Camp Hansen$/);
    await page.close();
  });
});
