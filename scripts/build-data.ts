/**
 * Copies what the app loads at run time from geodata/ into public/data/ (minified):
 * one GeoJSON file per layer and its flat copy for the map (data/map/), document.json (the parts plus the citation), plans.json, comparisons.json and official-totals.json.
 * Runs before `dev` and `build`; public/data/ is generated, never edited.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { LAYER_IDS, MOVES_LAYER } from '../src/data/layers';
import { AREA_CIRCLES_FILE, mapDataFile, MOVE_LINES_FILE } from '../src/data/loadAtlasData';
import { buildMentionIndex, prominence } from '../src/data/mentions';
import { DocumentSchema, LayerFileSchema, type LayerFile } from '../src/data/schema';
import { areaCircles } from '../src/geometry/areaCircles';
import { moveLines } from '../src/geometry/moveLines';
import { toMapFeatures } from '../src/symbology/mapFeatures';
import {
  COMPARISONS_PATH,
  DOCUMENT_PARTS_PATH,
  GEODATA_DIR,
  LAYERS_DIR,
  OFFICIAL_TOTALS_PATH,
  DEFINITIONS_PATH,
  PLANS_PATH,
  PUBLIC_DATA_DIR,
  SUMMARIES_PATH,
} from './paths';

const readJson = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));

/**
 * Fields geodata keeps for its checks that the app never shows: where a name's reading is written
 * (the reading itself is shipped: search finds places by it). Left out of the served files.
 */
const BUILD_ONLY = new Set(['readingSource']);
const withoutBuildOnly = (key: string, value: unknown) => (BUILD_ONLY.has(key) ? undefined : value);

export function buildData() {
  mkdirSync(PUBLIC_DATA_DIR, { recursive: true });
  mkdirSync(`${PUBLIC_DATA_DIR}/map`, { recursive: true });
  const layers: [(typeof LAYER_IDS)[number], LayerFile][] = LAYER_IDS.map((id) => [
    id,
    LayerFileSchema.parse(readJson(`${LAYERS_DIR}/${id}.geojson`)),
  ]);
  // How prominent each place is in the document, for the map's label ranking.
  const parts = DocumentSchema.parse(readJson(DOCUMENT_PARTS_PATH)).parts;
  const scores = prominence(
    buildMentionIndex(
      parts,
      layers.flatMap(([, file]) => file.features),
    ),
  );
  // The realignment's moves as lines between their places, and the bearing each arrives at.
  const points = new Map(
    layers.flatMap(([, file]) =>
      file.features.map((f) => [f.properties.id, f.geometry.coordinates] as const),
    ),
  );
  const moves = moveLines(layers.find(([id]) => id === MOVES_LAYER)?.[1].features ?? [], (id) =>
    points.get(id),
  );
  writeFileSync(`${PUBLIC_DATA_DIR}/${MOVE_LINES_FILE}`, JSON.stringify(moves.lines));
  for (const [id, layer] of layers) {
    writeFileSync(`${PUBLIC_DATA_DIR}/${id}.geo.json`, JSON.stringify(layer, withoutBuildOnly));
    // The map's copy: flat properties only, loaded by URL and parsed in MapLibre's worker.
    writeFileSync(
      `${PUBLIC_DATA_DIR}/${mapDataFile(id)}`,
      JSON.stringify(toMapFeatures(id, layer, scores, moves.arrivals)),
    );
  }
  // Circles of the official areas, loaded by the map only at local zoom.
  const places = layers.flatMap(([layer, file]) => file.features.map((feature) => ({ layer, feature })));
  writeFileSync(`${PUBLIC_DATA_DIR}/${AREA_CIRCLES_FILE}`, JSON.stringify(areaCircles(places)));
  const document = {
    ...(readJson(DOCUMENT_PARTS_PATH) as object),
    citation: readJson(`${GEODATA_DIR}/document/citation.json`),
    summariesEn: readJson(SUMMARIES_PATH),
  };
  writeFileSync(`${PUBLIC_DATA_DIR}/document.json`, JSON.stringify(document));
  writeFileSync(`${PUBLIC_DATA_DIR}/plans.json`, JSON.stringify(readJson(PLANS_PATH)));
  writeFileSync(`${PUBLIC_DATA_DIR}/comparisons.json`, JSON.stringify(readJson(COMPARISONS_PATH)));
  writeFileSync(`${PUBLIC_DATA_DIR}/official-totals.json`, JSON.stringify(readJson(OFFICIAL_TOTALS_PATH)));
  // Read only when the definitions panel is opened.
  writeFileSync(`${PUBLIC_DATA_DIR}/definitions.json`, JSON.stringify(readJson(DEFINITIONS_PATH)));
  console.log(`build-data: wrote ${LAYER_IDS.length} layers and document.json to ${PUBLIC_DATA_DIR}/`);
}

if (import.meta.url === `file://${process.argv[1]}`) buildData();
