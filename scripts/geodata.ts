/**
 * Reads the whole of geodata/ from disk into the app's AtlasData, parsed with the shared schema —
 * what the browser gets from public/data/, for tests and scripts.
 */
import { readFileSync } from 'node:fs';
import { LAYER_IDS, type LayerId } from '../src/data/layers';
import { indexAtlasData, mapDataFile, type AtlasData } from '../src/data/loadAtlasData';
import { DefinitionsSchema, type Definitions } from '../src/data/definitions';
import { OfficialTotalsSchema } from '../src/data/prefectureTotals';
import {
  ComparisonsFileSchema,
  DocumentFileSchema,
  LayerFileSchema,
  PlansFileSchema,
  type LayerFile,
} from '../src/data/schema';
import {
  COMPARISONS_PATH,
  DEFINITIONS_PATH,
  DOCUMENT_PARTS_PATH,
  GEODATA_DIR,
  LAYERS_DIR,
  OFFICIAL_TOTALS_PATH,
  PLANS_PATH,
  SUMMARIES_PATH,
} from './paths';

const read = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));

export function readAtlasData(): AtlasData {
  const document = DocumentFileSchema.parse({
    ...(read(DOCUMENT_PARTS_PATH) as object),
    citation: read(`${GEODATA_DIR}/document/citation.json`),
    summariesEn: read(SUMMARIES_PATH),
  });
  const layers = Object.fromEntries(
    LAYER_IDS.map((id) => [id, LayerFileSchema.parse(read(`${LAYERS_DIR}/${id}.geojson`))]),
  ) as Record<LayerId, LayerFile>;
  return indexAtlasData(
    document,
    PlansFileSchema.parse(read(PLANS_PATH)),
    ComparisonsFileSchema.parse(read(COMPARISONS_PATH)),
    OfficialTotalsSchema.parse(read(OFFICIAL_TOTALS_PATH)),
    layers,
    Object.fromEntries(LAYER_IDS.map((id) => [id, `data/${mapDataFile(id)}`])) as Record<LayerId, string>,
  );
}

/** geodata/definitions.json, parsed: what the definitions panel fetches on demand. */
export function readDefinitions(): Definitions {
  return DefinitionsSchema.parse(read(DEFINITIONS_PATH));
}
