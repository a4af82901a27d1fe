/** The areas the offline basemap draws from OpenStreetMap's land, and where its build caches. */
export type BBox = [number, number, number, number];

/**
 * [west, south, east, north]. Japan's four main islands, the Ryukyu Islands, Ogasawara and Iwo
 * Jima (with, inside the box, the coasts of Korea and of south-east Russia, so the map does not
 * end at the border), and Guam. Elsewhere the map draws Natural Earth (scripts/build-basemap.ts).
 */
export const OSM_AREAS: Record<string, BBox> = {
  japan: [122, 24, 146, 46],
  guam: [144.5, 13.2, 145.1, 13.7],
};

/** Built files are kept here between runs, keyed by what they were built from. */
export const CACHE_DIR = 'node_modules/.cache/bluebook-atlas/basemap';
/** The overview archive (zooms 0–9, installed with the atlas) and the detail (10–14, read as viewed). */
export const OVERVIEW_ARCHIVE = 'japan-overview.pmtiles';
export const DETAIL_ARCHIVE = 'japan-detail.pmtiles';

export const intersects = (a: BBox, b: BBox) => a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
export const inAreas = ([lon, lat]: [number, number]) =>
  Object.values(OSM_AREAS).some(([w, s, e, n]) => lon >= w && lon <= e && lat >= s && lat <= n);
