/**
 * `node --max-old-space-size=4096 --import tsx scripts/basemap/checkCoast.ts` — the measured coast.
 * Points every 250 m around Okinawa Island, Yokosuka, Sasebo, Iwakuni and Misawa, kept when they
 * lie 50 m to 3 km from the source's shore, are classed land or sea three ways: by the source
 * polygons (OpenStreetMap, the truth here), by the land the map draws (the tile of each point,
 * decoded from public/basemap/japan-detail.pmtiles at z14, or the deepest zoom the archives have there), and, for the
 * record, by Natural Earth 1:10m (what the atlas drew before). One test per region: the drawn land
 * confuses no point. One more: every point place of the atlas's layers inside the OSM areas is
 * drawn on land, but those listed in AT_SEA, each with why. Ends with `N passed, N failed`.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { VectorTile } from '@mapbox/vector-tile';
import { bboxClip } from '@turf/turf';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { PbfReader } from 'pbf';
import { PMTiles, type RangeResponse, type Source } from 'pmtiles';
import { merge } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { PUBLIC_BASEMAP_DIR } from '../paths';
import { DETAIL_ARCHIVE, OVERVIEW_ARCHIVE, inAreas } from './areas';
import { readLand, ringBBox } from './landPolygons';

const require = createRequire(import.meta.url);
const SPACING_M = 250;
const NEAR_SHORE_M = 50;
const FAR_M = 3000;
export const COAST_REGIONS: Record<string, [number, number, number, number]> = {
  'Okinawa Island': [127.63, 26.07, 128.35, 26.88],
  Yokosuka: [139.6, 35.22, 139.75, 35.33],
  Sasebo: [129.65, 33.1, 129.78, 33.22],
  Iwakuni: [132.17, 34.11, 132.28, 34.2],
  Misawa: [141.3, 40.64, 141.45, 40.75],
};
const rad = Math.PI / 180;

/** The atlas's layers, whose point places are checked to be drawn on land. */
const LAYERS = ['us-facilities', 'un-command-bases', 'exchange-sites', 'okinawa-land-returns', 'context'];
/** Point places that are not on the drawn land, and why that is right. */
export const AT_SEA: Record<string, string> = {
  kumejima: 'the centre of a designated water area: the range is at sea',
  torishima: 'an islet the simplified OpenStreetMap land polygons do not have',
  sekibisho: 'an islet the simplified OpenStreetMap land polygons do not have',
  'hachinohe-pol': 'a stand-in that says so: the Port of Hachinohe’s coordinate, in the harbour',
  'ctx-guam': 'Hagåtña’s coordinate, standing for the island, on its shore',
};

type Rings = Position[][];
interface Indexed {
  rings: Rings;
  box: [number, number, number, number];
}
function inRing(x: number, y: number, ring: Position[]) {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as [number, number];
    const [xj, yj] = ring[j] as [number, number];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}
const inPolygon = (x: number, y: number, rings: Rings) =>
  inRing(x, y, rings[0]!) && !rings.slice(1).some((h) => inRing(x, y, h));
const isLand = (set: Indexed[], x: number, y: number) =>
  set.some(
    ({ rings, box }) => x >= box[0] && x <= box[2] && y >= box[1] && y <= box[3] && inPolygon(x, y, rings),
  );

/** A ring's [west, south, east, north] (a loop: continents have too many points to spread). */
/** Polygons cut to a region (with a margin), each with its box: whole continents are slow to test. */
function regionSet(polygons: Rings[], [w, s, e, n]: [number, number, number, number]): Indexed[] {
  const box: [number, number, number, number] = [w - 0.05, s - 0.05, e + 0.05, n + 0.05];
  return polygons
    .filter((rings) => {
      const b = ringBBox(rings[0]!);
      return b[0] <= box[2] && b[2] >= box[0] && b[1] <= box[3] && b[3] >= box[1];
    })
    .map((rings) => (bboxClip({ type: 'Polygon', coordinates: rings }, box).geometry as Polygon).coordinates)
    .map((rings) => rings.filter((r) => r.length >= 4))
    .filter((rings) => rings.length > 0)
    .map((rings) => ({ rings, box: ringBBox(rings[0]!) }));
}

/** Distance in metres from a point to the nearest shore segment of a set (Infinity past ~4 km). */
function shoreDistance(set: Indexed[]) {
  const CELL = 0.02;
  const grid = new Map<string, number[][]>();
  for (const { rings } of set)
    for (const ring of rings)
      for (let i = 1; i < ring.length; i++) {
        const [ax, ay] = ring[i - 1] as [number, number];
        const [bx, by] = ring[i] as [number, number];
        for (let cx = Math.floor(Math.min(ax, bx) / CELL); cx <= Math.floor(Math.max(ax, bx) / CELL); cx++)
          for (
            let cy = Math.floor(Math.min(ay, by) / CELL);
            cy <= Math.floor(Math.max(ay, by) / CELL);
            cy++
          ) {
            const key = `${cx},${cy}`;
            if (!grid.has(key)) grid.set(key, []);
            grid.get(key)!.push([ax, ay, bx, by]);
          }
      }
  return (x: number, y: number) => {
    const kx = 111320 * Math.cos(y * rad);
    const ky = 110540;
    let best = Infinity;
    for (let cx = Math.floor(x / CELL) - 2; cx <= Math.floor(x / CELL) + 2; cx++)
      for (let cy = Math.floor(y / CELL) - 2; cy <= Math.floor(y / CELL) + 2; cy++)
        for (const [ax, ay, bx, by] of grid.get(`${cx},${cy}`) ?? []) {
          const px = (x - ax!) * kx;
          const py = (y - ay!) * ky;
          const vx = (bx! - ax!) * kx;
          const vy = (by! - ay!) * ky;
          const t = Math.max(0, Math.min(1, (px * vx + py * vy) / (vx * vx + vy * vy || 1)));
          best = Math.min(best, Math.hypot(px - t * vx, py - t * vy));
        }
    return best;
  };
}

/** The land one archive draws at a point: its deepest tile there, or undefined if it has none. */
async function archiveLand(path: string) {
  const bytes = readFileSync(path);
  const source: Source = {
    getKey: () => path,
    getBytes: async (offset: number, length: number): Promise<RangeResponse> => {
      const part = bytes.subarray(offset, offset + length);
      return { data: part.buffer.slice(part.byteOffset, part.byteOffset + part.byteLength) as ArrayBuffer };
    },
  };
  const archive = new PMTiles(source);
  const { maxZoom } = await archive.getHeader();
  const tiles = new Map<string, { rings: Rings[]; extent: number } | null>();
  const tileOf = async (z: number, x: number, y: number) => {
    const key = `${z}/${x}/${y}`;
    if (!tiles.has(key)) {
      const tile = await archive.getZxy(z, x, y);
      if (!tile) tiles.set(key, null);
      else {
        const layer = new VectorTile(new PbfReader(new Uint8Array(tile.data))).layers.land;
        const rings: Rings[] = [];
        for (let i = 0; layer && i < layer.length; i++) {
          // MVT polygons: an exterior ring (positive area in tile coordinates), then its holes.
          for (const ring of layer.feature(i).loadGeometry()) {
            const points = ring.map((p) => [p.x, p.y]);
            let area = 0;
            for (let a = 0, b = points.length - 1; a < points.length; b = a++)
              area += (points[b]![0]! - points[a]![0]!) * (points[a]![1]! + points[b]![1]!);
            if (area > 0 || rings.length === 0) rings.push([points]);
            else rings[rings.length - 1]!.push(points);
          }
        }
        tiles.set(key, { rings, extent: layer?.extent ?? 4096 });
      }
    }
    return tiles.get(key)!;
  };
  const { minZoom } = await archive.getHeader();
  return async (lon: number, lat: number): Promise<boolean | undefined> => {
    for (let z = maxZoom; z >= minZoom; z--) {
      const n = 2 ** z;
      const fx = ((lon + 180) / 360) * n;
      const s = Math.sin(lat * rad);
      const fy = (0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI)) * n;
      const tile = await tileOf(z, Math.floor(fx), Math.floor(fy));
      if (!tile) continue;
      const px = (fx - Math.floor(fx)) * tile.extent;
      const py = (fy - Math.floor(fy)) * tile.extent;
      return tile.rings.some((rings) => inPolygon(px, py, rings));
    }
    return undefined;
  };
}

/** The land the map draws: from the detail archive where it has the point, else the overview. */
async function drawnLand(dir: string) {
  const detail = await archiveLand(`${dir}/${DETAIL_ARCHIVE}`);
  const overview = await archiveLand(`${dir}/${OVERVIEW_ARCHIVE}`);
  return async (lon: number, lat: number) => (await detail(lon, lat)) ?? (await overview(lon, lat)) ?? false;
}

const toRings = (g: Polygon | MultiPolygon): Rings[] =>
  g.type === 'Polygon' ? [g.coordinates] : g.coordinates;

async function main() {
  const { land } = readLand();
  const sourcePolygons = land.features.map((f) => f.geometry.coordinates);
  const topology = JSON.parse(readFileSync(require.resolve('world-atlas/land-10m.json'), 'utf8')) as Topology;
  const natural = toRings(merge(topology, (topology.objects.land as GeometryCollection).geometries as never));
  const drawn = await drawnLand(PUBLIC_BASEMAP_DIR);
  let passed = 0;
  let failed = 0;
  let all = 0;
  let allNatural = 0;
  for (const [region, box] of Object.entries(COAST_REGIONS)) {
    const truth = regionSet(sourcePolygons, box);
    const ne = regionSet(natural, box);
    const distance = shoreDistance(truth);
    let points = 0;
    const confused: string[] = [];
    let neConfused = 0;
    const [w, s, e, n] = box;
    for (let lat = s; lat <= n; lat += SPACING_M / 110540) {
      for (let lon = w; lon <= e; lon += SPACING_M / (111320 * Math.cos(lat * rad))) {
        const d = distance(lon, lat);
        if (d <= NEAR_SHORE_M || d > FAR_M) continue;
        points++;
        const land = isLand(truth, lon, lat);
        if ((await drawn(lon, lat)) !== land)
          confused.push(
            `${lat.toFixed(5)},${lon.toFixed(5)} (${land ? 'land' : 'sea'}, ${Math.round(d)} m from the shore)`,
          );
        if (isLand(ne, lon, lat) !== land) neConfused++;
      }
    }
    all += points;
    allNatural += neConfused;
    const ok = confused.length === 0 && points > 0;
    if (ok) passed++;
    else failed++;
    console.log(
      `${ok ? 'ok  ' : 'FAIL'} coast of ${region}: ${points} points ${NEAR_SHORE_M} m–${FAR_M / 1000} km from the shore, ` +
        `${confused.length} drawn on the wrong side (Natural Earth 1:10m: ${neConfused}, ${((100 * neConfused) / Math.max(1, points)).toFixed(1)} %)` +
        (confused.length ? `\n     ${confused.slice(0, 5).join('\n     ')}` : ''),
    );
  }
  // Every point place on land, but those at sea on purpose.
  const offLand: string[] = [];
  let placed = 0;
  for (const layer of LAYERS) {
    const collection = JSON.parse(readFileSync(`geodata/layers/${layer}.geojson`, 'utf8')) as {
      features: { geometry: { type: string; coordinates: [number, number] }; properties: { id: string } }[];
    };
    for (const { geometry, properties } of collection.features) {
      if (geometry.type !== 'Point' || !inAreas(geometry.coordinates) || properties.id in AT_SEA) continue;
      placed++;
      if (!(await drawn(...geometry.coordinates)))
        offLand.push(`${properties.id} (${geometry.coordinates.join(', ')})`);
    }
  }
  const onLand = offLand.length === 0 && placed > 0;
  if (onLand) passed++;
  else failed++;
  console.log(
    `${onLand ? 'ok  ' : 'FAIL'} point places drawn on land: ${placed - offLand.length} of ${placed} ` +
      `(${Object.keys(AT_SEA).length} at sea on purpose: ${Object.keys(AT_SEA).join(', ')})` +
      (offLand.length ? `\n     in the sea: ${offLand.join(', ')}` : ''),
  );
  console.log(
    `all regions: ${all} points; Natural Earth 1:10m would confuse ${allNatural} (${((100 * allNatural) / all).toFixed(1)} %)`,
  );
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed === 0 ? 0 : 1);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
