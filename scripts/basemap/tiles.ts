/**
 * Cuts vector tiles (layers `land` and `towns`) into two PMTiles archives: the overview (zooms
 * below `splitZoom`, small, installed with the atlas) and the detail (from `splitZoom`, read by
 * range as it is viewed). Every tile of the areas is cut to `fullZoom`; deeper tiles, to `maxZoom`,
 * only within `focusKm` of a place the atlas maps. Tiles that are all land are the same square at
 * every zoom: they are cut once and stored once (PMTiles de-duplicates them and run-length encodes
 * their ids).
 */
import { gzipSync } from 'node:zlib';
import { GeoJSONVT } from '@maplibre/geojson-vt';
import { fromGeojsonVt } from '@maplibre/vt-pbf';
import type { FeatureCollection, Point, Polygon } from 'geojson';
import { intersects, OSM_AREAS, type BBox } from './areas';
import { PMTilesWriter } from './pmtilesWriter';
import type { TownProperties } from './towns';

const EXTENT = 4096;
const BUFFER = 64;

export interface TileOptions {
  land: FeatureCollection<Polygon>;
  towns: FeatureCollection<Point, TownProperties>;
  /** The atlas's places inside the areas, [lng, lat]. */
  focus: readonly (readonly [number, number])[];
  fullZoom: number;
  maxZoom: number;
  focusKm: number;
  /** The first zoom of the detail archive. */
  splitZoom: number;
  /**
   * The zooms below `belowZoom` simplify the land with `tolerance` (of 4096 units a tile) instead
   * of the finer tolerance of the zooms above: a coast simplified within about a pixel, so a view
   * of all Japan does not draw tens of thousands of vertices no screen can show.
   */
  coarse: { belowZoom: number; tolerance: number };
}

export interface TileStats {
  tiles: number;
  perZoom: Record<number, { tiles: number; gzipBytes: number; allLand: number }>;
  contents: number;
}

const tileBBox = (z: number, x: number, y: number): BBox => {
  const n = 2 ** z;
  const lat = (t: number) => (Math.atan(Math.sinh(Math.PI * (1 - (2 * t) / n))) * 180) / Math.PI;
  return [(x / n) * 360 - 180, lat(y + 1), ((x + 1) / n) * 360 - 180, lat(y)];
};

type VtTile = NonNullable<ReturnType<GeoJSONVT['getTile']>>;
const FULL_RING = [
  [-BUFFER, -BUFFER],
  [EXTENT + BUFFER, -BUFFER],
  [EXTENT + BUFFER, EXTENT + BUFFER],
  [-BUFFER, EXTENT + BUFFER],
  [-BUFFER, -BUFFER],
];
const allLandTile = {
  features: [{ type: 3, geometry: [FULL_RING], tags: {} }],
  numPoints: 5,
  numSimplified: 5,
  numFeatures: 1,
} as unknown as VtTile;
function isAllLand(tile: VtTile) {
  if (tile.features.length !== 1) return false;
  const g = tile.features[0]!.geometry as unknown as number[][][];
  return (
    g.length === 1 &&
    g[0]!.length <= 5 &&
    g[0]!.every(
      ([px, py]) => (px === -BUFFER || px === EXTENT + BUFFER) && (py === -BUFFER || py === EXTENT + BUFFER),
    )
  );
}

export interface Archives {
  overview: Buffer;
  detail: Buffer;
  stats: TileStats;
}

export function buildArchives(options: TileOptions): Archives {
  const { fullZoom, maxZoom, focusKm, focus, splitZoom, coarse } = options;
  const areaBoxes = Object.values(OSM_AREAS);
  const wanted = (z: number, x: number, y: number) => {
    const box = tileBBox(z, x, y);
    if (!areaBoxes.some((a) => intersects(a, box))) return false;
    if (z <= fullZoom) return true;
    const dLat = focusKm / 111.2;
    return focus.some(([lon, lat]) => {
      const dLon = dLat / Math.cos((lat * Math.PI) / 180);
      return intersects(box, [lon - dLon, lat - dLat, lon + dLon, lat + dLat]);
    });
  };
  // tolerance 3 of 4096 units: at lat 26° about 6 m at z12 and 1.6 m at z14.
  const landIndex = new GeoJSONVT(options.land, {
    maxZoom,
    indexMaxZoom: 5,
    tolerance: 3,
    extent: EXTENT,
    buffer: BUFFER,
  });
  const coarseIndex = new GeoJSONVT(options.land, {
    maxZoom: coarse.belowZoom - 1,
    indexMaxZoom: 5,
    tolerance: coarse.tolerance,
    extent: EXTENT,
    buffer: BUFFER,
  });
  const landAt = (z: number) => (z < coarse.belowZoom ? coarseIndex : landIndex);
  const townIndex = new GeoJSONVT(options.towns, {
    maxZoom,
    indexMaxZoom: 5,
    extent: EXTENT,
    buffer: BUFFER,
  });
  // geojson-vt keeps every tile it made: finished subtrees are freed as the walk leaves them.
  const internal = (index: GeoJSONVT) =>
    (index as unknown as { tileIndex: { tiles: Record<number, unknown> } }).tileIndex.tiles;
  const toID = (z: number, x: number, y: number) => ((1 << z) * y + x) * 32 + z;

  const overview = new PMTilesWriter();
  const detail = new PMTilesWriter();
  const stats: TileStats = { tiles: 0, perZoom: {}, contents: 0 };
  let allLandBytes: Uint8Array | null = null;

  const visit = (z: number, x: number, y: number, parentAllLand: boolean) => {
    if (z > maxZoom || !wanted(z, x, y)) return;
    const landTile = parentAllLand ? allLandTile : landAt(z).getTile(z, x, y);
    const allLand = parentAllLand || (landTile !== null && isAllLand(landTile));
    const townTile = townIndex.getTile(z, x, y);
    const towns = (townTile?.features ?? []).filter((f) => (f.tags as { minzoom: number }).minzoom <= z);
    if (landTile || towns.length) {
      const layers: Record<string, VtTile> = {};
      if (landTile) layers.land = landTile;
      if (towns.length) layers.towns = { ...townTile!, features: towns } as VtTile;
      const plain = allLand && !towns.length;
      const raw =
        plain && allLandBytes ? allLandBytes : fromGeojsonVt(layers, { version: 2, extent: EXTENT });
      const gz = plain && allLandBytes ? allLandBytes : gzipSync(raw, { level: 9 });
      if (plain) allLandBytes = gz;
      (z < splitZoom ? overview : detail).add(z, x, y, gz);
      const s = (stats.perZoom[z] ??= { tiles: 0, gzipBytes: 0, allLand: 0 });
      s.tiles++;
      s.gzipBytes += gz.length;
      if (allLand) s.allLand++;
      stats.tiles++;
    }
    if (landTile || townTile)
      for (const [dx, dy] of [
        [0, 0],
        [1, 0],
        [0, 1],
        [1, 1],
      ] as const)
        visit(z + 1, x * 2 + dx, y * 2 + dy, allLand);
    if (z > 5) {
      delete internal(landAt(z))[toID(z, x, y)];
      delete internal(townIndex)[toID(z, x, y)];
    }
  };
  visit(0, 0, 0, false);

  const finish = (writer: PMTilesWriter, minZoom: number, top: number) =>
    writer.finish({
      minZoom,
      maxZoom: top,
      bounds: [122, 13.2, 146, 46],
      center: [127.76, 26.27, Math.max(minZoom, Math.min(top, 8))],
      tilesGzipped: true,
      metadata: {
        name: 'Bluebook Atlas offline basemap',
        attribution: '© OpenStreetMap contributors (ODbL); GeoNames (CC BY 4.0)',
        vector_layers: [
          { id: 'land', fields: {}, minzoom: minZoom, maxzoom: top },
          {
            id: 'towns',
            fields: { name_ja: 'String', name_en: 'String', rank: 'Number', minzoom: 'Number' },
            minzoom: Math.max(minZoom, 5),
            maxzoom: top,
          },
        ],
      },
    });
  const low = finish(overview, 0, splitZoom - 1);
  const high = finish(detail, splitZoom, maxZoom);
  stats.contents = low.contents + high.contents;
  return { overview: low.bytes, detail: high.bytes, stats };
}
