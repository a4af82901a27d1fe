/**
 * End-to-end: the national view reads at a glance. At the opening view and over Okinawa at zoom 6
 * no two drawn symbols (places and cluster rings) overlap; a cluster opens on click; and the ten
 * places the document speaks about are named on the map where they are drawn on their own.
 *
 * What is drawn is read from MapLibre itself (the map is on `window.__benchMap`, as for the
 * benchmark): the symbols it placed, their images' sizes and where they are on the screen.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import {
  atlasSuite,
  editLinkAndWaitForMap,
  openAtlas,
  pointOf,
  screenshot,
  until,
  waitForMapIdle,
} from './driver';

interface Drawn {
  key: string;
  x: number;
  y: number;
  size: number;
  /** How many places the symbol stands for (a cluster's count, or 1). */
  count: number;
}

/** Every symbol drawn on the map (national view's places and clusters, or each layer's symbols). */
async function drawnSymbols(page: Page): Promise<Drawn[]> {
  return page.evaluate(() => {
    interface MapLike {
      getStyle(): { layers: { id: string; type: string }[] };
      queryRenderedFeatures(options: { layers: string[] }): {
        geometry: { type: string; coordinates: [number, number] };
        properties: Record<string, unknown>;
        layer: { id: string; layout?: Record<string, unknown> };
      }[];
      project(lngLat: [number, number]): { x: number; y: number };
      getImage(id: string): { data: { width: number }; pixelRatio: number } | undefined;
    }
    const map = (window as unknown as { __benchMap: MapLike }).__benchMap;
    const layers = map
      .getStyle()
      .layers.filter((l) => l.type === 'symbol' && /^(places-national-symbols|sym-)/.test(l.id))
      .map((l) => l.id);
    return map.queryRenderedFeatures({ layers }).map((f) => {
      const image = String(f.layer.layout?.['icon-image'] ?? '');
      const found = map.getImage(image);
      const point = map.project(f.geometry.coordinates);
      // Where the icon is drawn: its offset, turned with it (a move's arrowhead sits back along
      // the way it arrives, clockwise from north by its bearing).
      const offset = f.layer.layout?.['icon-offset'];
      const [ox, oy] = Array.isArray(offset) ? (offset as [number, number]) : [0, 0];
      const turn = f.layer.layout?.['icon-rotate'] === undefined ? 0 : Number(f.properties.bearing ?? 0);
      const angle = (turn * Math.PI) / 180;
      const x = point.x + ox * Math.cos(angle) - oy * Math.sin(angle);
      const y = point.y + ox * Math.sin(angle) + oy * Math.cos(angle);
      return {
        key: String(f.properties.id ?? `cluster ${String(f.properties.cluster_id)}`),
        x,
        y,
        size: found ? found.data.width / found.pixelRatio : 24,
        count: Number(f.properties.point_count ?? 1),
      };
    });
  });
}

/** Pairs of symbols whose boxes overlap (the visible shape sits inside its box, with a margin). */
function overlaps(symbols: Drawn[]): string[] {
  const found: string[] = [];
  symbols.forEach((a, i) =>
    symbols.slice(i + 1).forEach((b) => {
      const reach = (a.size + b.size) / 2 - 4;
      if (Math.abs(a.x - b.x) < reach && Math.abs(a.y - b.y) < reach) found.push(`${a.key} × ${b.key}`);
    }),
  );
  return found;
}

/** The ids of the places whose names MapLibre placed on the map. */
async function namedPlaces(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const map = (
      window as unknown as {
        __benchMap: {
          getStyle(): { layers: { id: string }[] };
          queryRenderedFeatures(o: { layers: string[] }): { properties: Record<string, unknown> }[];
        };
      }
    ).__benchMap;
    const layers = map
      .getStyle()
      .layers.map((l) => l.id)
      .filter((id) => /^(places-national-labels|lbl-)/.test(id));
    return map.queryRenderedFeatures({ layers }).map((f) => String(f.properties.id));
  });
}

describe('The national view', () => {
  const suite = atlasSuite();

  for (const [name, hash] of [
    ['the opening view', '#lang=en'],
    ['Okinawa at zoom 6', '#lang=ja&map=6/26.5/127.9'],
  ] as const) {
    it(`draws no two symbols over each other at ${name}`, async () => {
      const { page, errors } = await openAtlas(suite.browser, hash);
      await waitForMapIdle(page);
      const symbols = await until(
        () => drawnSymbols(page),
        (s) => s.length > 0,
        'symbols drawn',
      );
      await screenshot(page, `national-${name.replace(/\W+/g, '-')}`);
      assert.ok(
        symbols.some((s) => s.key.startsWith('cluster')),
        `places that would overlap are gathered into clusters (${symbols.length} symbols)`,
      );
      assert.deepEqual(overlaps(symbols), [], 'no overlapping symbols');
      assert.deepEqual(errors, []);
      await page.close();
    });
  }

  it('opens a cluster on click: the map zooms in and the places come apart', async () => {
    const { page } = await openAtlas(suite.browser, '#lang=en&map=6/26.5/127.9');
    await waitForMapIdle(page);
    const symbols = await until(
      () => drawnSymbols(page),
      (s) => s.some((x) => x.key.startsWith('cluster')),
      'a cluster drawn',
    );
    const biggest = symbols.filter((s) => s.key.startsWith('cluster')).sort((a, b) => b.size - a.size)[0]!;
    const box = (await page.locator('.maplibregl-canvas').boundingBox())!;
    await page.mouse.click(box.x + biggest.x, box.y + biggest.y);
    await page.waitForFunction(() => {
      const zoom = Number(/map=([\d.]+)\//.exec(window.location.hash)?.[1]);
      return zoom > 6;
    });
    await waitForMapIdle(page);
    const after = await drawnSymbols(page);
    assert.ok(
      after.every((s) => s.count < biggest.count),
      `the cluster of ${biggest.count} came apart: ${after.map((s) => s.count).join(', ')}`,
    );
    await page.close();
  });

  it('names the ten places the document speaks about where each is drawn on its own', async () => {
    // Each at zoom 10, centred on it or on a group that fits the window.
    const VIEWS: [centre: [number, number] | string, ids: string[]][] = [
      [
        [127.8, 26.32],
        ['futenma', 'kadena', 'white-beach'],
      ],
      ['henoko-frf', ['henoko-frf']],
      ['yokosuka', ['yokosuka']],
      ['yokota', ['yokota']],
      ['camp-zama', ['camp-zama']],
      ['iwakuni', ['iwakuni']],
      ['sasebo', ['sasebo']],
      ['misawa', ['misawa']],
    ];
    const { page } = await openAtlas(suite.browser, '#lang=en');
    await waitForMapIdle(page);
    const missing: string[] = [];
    for (const [centre, ids] of VIEWS) {
      const [lng, lat] = typeof centre === 'string' ? pointOf(centre) : centre;
      await editLinkAndWaitForMap(page, `#lang=en&map=10/${lat}/${lng}`);
      const named = await until(
        () => namedPlaces(page),
        (found) => found.length > 0,
        `names drawn around ${String(centre)}`,
      );
      for (const id of ids) if (!named.includes(id)) missing.push(`${id} (named: ${named.join(', ')})`);
    }
    assert.deepEqual(missing, [], 'each of the ten is named at zoom 10');
    await page.close();
  });
});
