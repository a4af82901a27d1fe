/**
 * Files a teacher might try to import that the atlas must refuse, each with the problem it must
 * report and where: broken JSON (with its line and column), JSON that is not GeoJSON, bad
 * geometry, coordinates out of range or swapped, and a file over the size limit. Shared by the
 * importer's unit test and the end-to-end test that drops each file on the atlas.
 */
import type { ImportProblemCode } from '../../src/data/importLayer';

export interface BadFile {
  name: string;
  text: string;
  /** The file's size as the browser reports it, when it is not the text's. */
  bytes?: number;
  code: ImportProblemCode;
  /** What the location must read, in English ("Line 3, column 5", "Feature 2, geometry.coordinates"). */
  where?: string;
}

const point = (coordinates: unknown) => ({
  type: 'Feature',
  properties: {},
  geometry: { type: 'Point', coordinates },
});
const collection = (...features: unknown[]) =>
  JSON.stringify({ type: 'FeatureCollection', features }, null, 2);
const good = point([139.7, 35.6]);

export const BAD_FILES: readonly BadFile[] = [
  { name: 'empty.geojson', text: '', code: 'empty' },
  { name: 'spaces.geojson', text: '   \n  ', code: 'empty' },
  {
    name: 'trailing-comma.geojson',
    text: '{\n  "type": "FeatureCollection",\n  "features": [],\n}',
    code: 'not-json',
    where: 'Line 4, column 1',
  },
  {
    name: 'cut-short.geojson',
    text: '{"type": "FeatureCollection", "features": [',
    code: 'not-json',
    where: 'Line 1, column 44',
  },
  { name: 'single-quotes.geojson', text: "{'type': 'Feature'}", code: 'not-json', where: 'Line 1, column 2' },
  {
    name: 'html.geojson',
    text: '<!doctype html><title>Not found</title>',
    code: 'not-json',
    where: 'Line 1, column 1',
  },
  { name: 'csv.geojson', text: 'name,lat,lng\nKadena,26.35,127.76', code: 'not-json' },
  { name: 'number.geojson', text: '42', code: 'not-geojson' },
  { name: 'array.geojson', text: '[1, 2, 3]', code: 'not-geojson' },
  { name: 'no-type.geojson', text: '{"features": []}', code: 'not-geojson', where: 'type' },
  { name: 'topojson.json', text: '{"type": "Topology", "objects": {}}', code: 'not-geojson', where: 'type' },
  {
    name: 'features-not-list.geojson',
    text: '{"type": "FeatureCollection", "features": {}}',
    code: 'not-geojson',
    where: 'features',
  },
  { name: 'no-features.geojson', text: collection(), code: 'no-features' },
  {
    name: 'only-null-geometry.geojson',
    text: collection({ type: 'Feature', properties: {}, geometry: null }),
    code: 'no-features',
  },
  {
    name: 'not-a-feature.geojson',
    text: collection(good, { type: 'Point', coordinates: [0, 0] }),
    code: 'not-a-feature',
    where: 'Feature 2',
  },
  {
    name: 'missing-geometry.geojson',
    text: collection({ type: 'Feature', properties: {} }),
    code: 'no-geometry',
    where: 'Feature 1, geometry',
  },
  {
    name: 'bad-geometry-type.geojson',
    text: collection({ type: 'Feature', properties: {}, geometry: { type: 'Circle', coordinates: [0, 0] } }),
    code: 'bad-geometry-type',
    where: 'Feature 1, geometry.type',
  },
  {
    name: 'no-coordinates.geojson',
    text: collection({ type: 'Feature', properties: {}, geometry: { type: 'Point' } }),
    code: 'bad-coordinates',
    where: 'Feature 1, geometry.coordinates',
  },
  {
    name: 'string-coordinates.geojson',
    text: collection(good, point(['139.7', '35.6'])),
    code: 'bad-position',
    where: 'Feature 2, geometry.coordinates',
  },
  {
    name: 'one-number.geojson',
    text: collection(point([139.7])),
    code: 'bad-position',
    where: 'Feature 1, geometry.coordinates',
  },
  {
    name: 'out-of-range.geojson',
    text: collection(good, good, point([200, 35])),
    code: 'out-of-range',
    where: 'Feature 3, geometry.coordinates',
  },
  {
    name: 'latitude-100.geojson',
    text: collection(point([139, 100])),
    code: 'out-of-range',
    where: 'Feature 1, geometry.coordinates',
  },
  {
    name: 'swapped.geojson',
    text: collection(point([35.6, 139.7])),
    code: 'swapped',
    where: 'Feature 1, geometry.coordinates',
  },
  {
    name: 'one-point-line.geojson',
    text: collection({
      type: 'Feature',
      properties: {},
      geometry: { type: 'LineString', coordinates: [[139, 35]] },
    }),
    code: 'too-few-positions',
    where: 'Feature 1, geometry.coordinates',
  },
  {
    name: 'open-ring.geojson',
    text: collection({
      type: 'Feature',
      properties: {},
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [139, 35],
            [140, 35],
            [140, 36],
            [139, 36],
          ].concat([[139.5, 35.5]]),
        ],
      },
    }),
    code: 'ring-not-closed',
    where: 'Feature 1, geometry.coordinates[0]',
  },
  {
    name: 'multipolygon-bad-position.geojson',
    text: collection({
      type: 'Feature',
      properties: {},
      geometry: {
        type: 'MultiPolygon',
        coordinates: [
          [
            [
              [139, 35],
              [140, 35],
              [140, 'x'],
              [139, 35],
            ],
          ],
        ],
      },
    }),
    code: 'bad-position',
    where: 'Feature 1, geometry.coordinates[0][0][2]',
  },
  {
    name: 'properties-string.geojson',
    text: collection({
      type: 'Feature',
      properties: 'hello',
      geometry: { type: 'Point', coordinates: [139, 35] },
    }),
    code: 'bad-properties',
    where: 'Feature 1, properties',
  },
  {
    name: 'nan.geojson',
    text: '{"type": "Point", "coordinates": [NaN, 35]}',
    code: 'not-json',
    where: 'Line 1, column 35',
  },
  { name: 'too-large.geojson', text: collection(good), bytes: 10 * 1024 * 1024 + 1, code: 'too-large' },
  {
    // RFC 7946 allows an empty GeometryCollection; it has no location, as a null geometry.
    name: 'empty-collection.geojson',
    text: JSON.stringify({
      type: 'Feature',
      properties: {},
      geometry: { type: 'GeometryCollection', geometries: [] },
    }),
    code: 'no-features',
  },
];
