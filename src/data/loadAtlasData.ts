/**
 * Loads the atlas's data from the app's own origin and parses it at the boundary with the shared
 * schema; everything past this point trusts the types.
 */
import { LAYER_IDS, type LayerId } from './layers';
import { OfficialTotalsSchema, type OfficialTotals } from './prefectureTotals';
import {
  ComparisonsFileSchema,
  DocumentFileSchema,
  LayerFileSchema,
  PlansFileSchema,
  type ComparisonsFile,
  type DocumentFile,
  type DocumentPart,
  type LayerFile,
  type PlaceFeature,
  type PlansFile,
} from './schema';

export interface FeatureEntry {
  layer: LayerId;
  feature: PlaceFeature;
}

export interface AtlasData {
  document: DocumentFile;
  plans: PlansFile;
  comparisons: ComparisonsFile;
  officialTotals: OfficialTotals;
  partsById: ReadonlyMap<string, DocumentPart>;
  layers: Record<LayerId, LayerFile>;
  featuresById: ReadonlyMap<string, FeatureEntry>;
}

async function fetchJson(url: string): Promise<unknown> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.json();
}

export function dataUrl(name: string): string {
  return `${import.meta.env.BASE_URL}data/${name}`;
}

export function indexAtlasData(
  document: DocumentFile,
  plans: PlansFile,
  comparisons: ComparisonsFile,
  officialTotals: OfficialTotals,
  layers: Record<LayerId, LayerFile>,
): AtlasData {
  const featuresById = new Map<string, FeatureEntry>();
  for (const layer of LAYER_IDS) {
    for (const feature of layers[layer].features) featuresById.set(feature.properties.id, { layer, feature });
  }
  return {
    document,
    plans,
    comparisons,
    officialTotals,
    partsById: new Map(document.parts.map((p) => [p.id, p])),
    layers,
    featuresById,
  };
}

export async function loadAtlasData(): Promise<AtlasData> {
  const [documentRaw, plansRaw, comparisonsRaw, totalsRaw, ...layerRaws] = await Promise.all([
    fetchJson(dataUrl('document.json')),
    fetchJson(dataUrl('plans.json')),
    fetchJson(dataUrl('comparisons.json')),
    fetchJson(dataUrl('official-totals.json')),
    ...LAYER_IDS.map((id) => fetchJson(dataUrl(`${id}.geojson`))),
  ]);
  const document = DocumentFileSchema.parse(documentRaw);
  const layers = Object.fromEntries(
    LAYER_IDS.map((id, i) => [id, LayerFileSchema.parse(layerRaws[i])]),
  ) as Record<LayerId, LayerFile>;
  return indexAtlasData(
    document,
    PlansFileSchema.parse(plansRaw),
    ComparisonsFileSchema.parse(comparisonsRaw),
    OfficialTotalsSchema.parse(totalsRaw),
    layers,
  );
}
