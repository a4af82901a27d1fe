/**
 * Builds the Natural Earth part of the offline basemap into public/basemap/ (the world-atlas
 * package); OpenStreetMap's land and towns for Japan and Guam are tiled by scripts/basemap/build.ts:
 * - land-detail.geo.json: 1:10m land of East Asia and the western Pacific, outside the OSM areas;
 * - land-world.geo.json: 1:110m land for the rest of the world (so Washington, Wyoming and
 *   New York sit on land), with the detailed region cut out so coasts never double up;
 * - borders.geo.json: 1:10m country borders in the detailed region;
 * - country-labels.geo.json: one label point per country in view (a point on its largest polygon).
 * Natural Earth is public domain; world-atlas is ISC-licensed.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import {
  bboxClip,
  bboxPolygon,
  area,
  difference,
  featureCollection,
  pointOnFeature,
  polygon,
  simplify,
} from '@turf/turf';
import type { Feature, FeatureCollection, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import { feature, merge, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { PUBLIC_BASEMAP_DIR } from './paths';
import { OSM_AREAS } from './basemap/areas';

/** The region drawn at 1:10m: [west, south, east, north]. */
export const DETAIL_BBOX: [number, number, number, number] = [119, 12, 147, 46];
// About 100 m: finer than 1:10m data can claim.
const PRECISION = 1e3;
/** Simplification of the detailed land, in degrees (about 200 m). */
const LAND_TOLERANCE = 0.002;

/** Japanese names for the countries labelled in the detailed region (Natural Earth names in English). */
const COUNTRY_NAMES_JA: Record<string, string> = {
  Japan: '日本',
  'South Korea': '韓国',
  'North Korea': '北朝鮮',
  China: '中国',
  Taiwan: '台湾',
  Philippines: 'フィリピン',
  Russia: 'ロシア',
  Mongolia: 'モンゴル',
  'United States of America': 'アメリカ合衆国',
};
const WORLD_LABELS = ['United States of America'];

const require = createRequire(import.meta.url);
const readTopology = (name: string) =>
  JSON.parse(readFileSync(require.resolve(`world-atlas/${name}`), 'utf8')) as Topology;

function round<T>(value: T): T {
  return JSON.parse(
    JSON.stringify(value, (_key, v) => (typeof v === 'number' ? Math.round(v * PRECISION) / PRECISION : v)),
  ) as T;
}

function polygonsOf(f: Feature<Polygon | MultiPolygon>): Feature<Polygon>[] {
  const g = f.geometry;
  const rings = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  return rings.map((coordinates) => polygon(coordinates, f.properties));
}

/**
 * Natural Earth rings that cross the antimeridian (Fiji, Chukotka, Wrangel Island) jump from 180 to
 * -180; drawn as they are they become thin bands around the world. Shift their western points east
 * so each ring is continuous (MapLibre draws longitudes past 180 on the next world copy).
 */
/** Only the far-western side of a crossing ring moves; Europe's and Africa's negative longitudes stay. */
const FAR_WEST = -100;

function unwrapAntimeridian(p: Feature<Polygon>): Feature<Polygon> {
  const jumps = (ring: number[][]) =>
    ring.some((point, i) => i > 0 && Math.abs(point[0]! - ring[i - 1]![0]!) > 180);
  if (!p.geometry.coordinates.some(jumps)) return p;
  const coordinates = p.geometry.coordinates.map((ring) =>
    ring.map(([x, y]) => [x! < FAR_WEST ? x! + 360 : x!, y!]),
  );
  return { ...p, geometry: { type: 'Polygon', coordinates } };
}

function largestPolygon(f: Feature<Polygon | MultiPolygon>): Feature<Polygon> {
  return polygonsOf(f).reduce((a, b) => (area(b) > area(a) ? b : a));
}

function write(name: string, collection: FeatureCollection) {
  const text = JSON.stringify(round(collection));
  writeFileSync(`${PUBLIC_BASEMAP_DIR}/${name}`, text);
  console.log(`${PUBLIC_BASEMAP_DIR}/${name}: ${(text.length / 1024).toFixed(0)} KiB`);
}

export function buildBasemap() {
  mkdirSync(PUBLIC_BASEMAP_DIR, { recursive: true });
  const detailBox = bboxPolygon(DETAIL_BBOX);
  const osmBoxes = Object.values(OSM_AREAS).map((box) => bboxPolygon(box));

  const detailed = readTopology('countries-10m.json');
  const countries = feature(detailed, detailed.objects.countries as GeometryCollection<{ name: string }>)
    .features as Feature<Polygon | MultiPolygon, { name: string }>[];
  // One land shape (countries merged, so shared borders are not stored twice), clipped to the
  // region and simplified to about LAND_TOLERANCE: detail below that is finer than the data.
  const land = merge(detailed, (detailed.objects.countries as GeometryCollection).geometries as never);
  const clipped = bboxClip({ type: 'Feature', properties: {}, geometry: land }, DETAIL_BBOX);
  const detailLand = polygonsOf(clipped as Feature<MultiPolygon>)
    // Clipping leaves slivers with too few points to be rings; they have no area to draw.
    .filter((p) => p.geometry.coordinates.every((ring) => ring.length >= 4) && area(p) > 0)
    .map((p) => simplify(p, { tolerance: LAND_TOLERANCE, highQuality: true }))
    // Where OpenStreetMap's land is drawn (scripts/basemap/), Natural Earth's coarser coast would
    // show as land in the sea: cut those areas out.
    .flatMap((p) => {
      const rest = osmBoxes.reduce<Feature<Polygon | MultiPolygon> | null>(
        (left, box) => (left ? difference(featureCollection([left, box])) : null),
        p,
      );
      return rest ? polygonsOf(rest) : [];
    });
  write('land-detail.geo.json', featureCollection(detailLand));

  const borders = mesh(
    detailed,
    detailed.objects.countries as GeometryCollection,
    (a, b) => a !== b,
  ) as MultiLineString;
  const clippedBorders = bboxClip<MultiLineString>(
    { type: 'Feature', properties: {}, geometry: borders },
    DETAIL_BBOX,
  );
  write('borders.geo.json', { type: 'FeatureCollection', features: [clippedBorders] });

  const coarse = readTopology('land-110m.json');
  const worldLand = feature(coarse, coarse.objects.land as GeometryCollection).features as Feature<
    Polygon | MultiPolygon
  >[];
  const outside = worldLand
    .flatMap(polygonsOf)
    .map(unwrapAntimeridian)
    .map((p) => difference(featureCollection([p, detailBox])))
    .filter((p): p is Feature<Polygon | MultiPolygon> => p !== null)
    .map((p) => ({ ...p, properties: {} }));
  write('land-world.geo.json', featureCollection(outside));

  const labels = countries
    .filter((c) => c.properties.name in COUNTRY_NAMES_JA)
    .map((c) => ({
      c,
      inView: WORLD_LABELS.includes(c.properties.name) ? c : (bboxClip(c, DETAIL_BBOX) as typeof c),
    }))
    .filter(({ inView }) => inView.geometry.coordinates.length > 0)
    .map(({ c, inView }) => {
      const point = pointOnFeature(largestPolygon(inView));
      return { ...point, properties: { en: c.properties.name, ja: COUNTRY_NAMES_JA[c.properties.name] } };
    });
  write('country-labels.geo.json', featureCollection(labels));
}

if (import.meta.url === `file://${process.argv[1]}`) buildBasemap();
