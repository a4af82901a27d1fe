/**
 * Loads the atlas's data from the app's own origin and parses it at the boundary with the shared
 * schema; everything past this point trusts the types.
 */
import { LARGE_LAYER, LAYER_IDS, type LayerId } from './layers';
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
  /**
   * Where the map loads each layer's drawing copy (flat properties, made by scripts/build-data.ts),
   * so MapLibre fetches and parses it in its worker.
   */
  mapDataUrls: Record<LayerId, string>;
}

export async function fetchJson(url: string): Promise<unknown> {
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
  mapDataUrls: Record<LayerId, string>,
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
    mapDataUrls,
  };
}

/*
 * The GeoJSON the atlas serves is named `.geo.json`, not `.geojson`: served as application/json,
 * which servers compress. As application/geo+json, `vite preview` (and hosts that compress by a
 * list of types) sent it raw: the facilities' file 186 KiB instead of 28, a second and a half on
 * a school's 1.6 Mbps line.
 */

/** The map's copy of a layer, relative to the data folder. */
export const mapDataFile = (layer: LayerId) => `map/${layer}.geo.json`;
/** Circles of the official areas (src/geometry/areaCircles.ts), for the map at local zoom. */
export const AREA_CIRCLES_FILE = 'map/area-circles.geo.json';
export const areaCirclesUrl = () => new URL(dataUrl(AREA_CIRCLES_FILE), window.location.href).href;
/** The realignment's moves as lines (src/geometry/moveLines.ts), drawn under their arrowheads. */
export const MOVE_LINES_FILE = 'map/move-lines.geo.json';
export const moveLinesUrl = () => new URL(dataUrl(MOVE_LINES_FILE), window.location.href).href;

/**
 * Benchmark builds only (`vite build --mode bench`): `?bench=<n>` replaces the facilities layer with
 * n synthetic features. In a normal build VITE_BENCH is undefined and this is always null.
 */
function benchSize(): number | null {
  if (import.meta.env.VITE_BENCH !== 'true') return null;
  const n = Number(new URLSearchParams(window.location.search).get('bench'));
  return Number.isInteger(n) && n > 0 ? n : null;
}

/** The layers too large for icons (only the benchmark's synthetic layer, so far). */
export function largeLayers(): ReadonlySet<LayerId> {
  const bench = benchSize();
  return new Set(bench !== null && bench > LARGE_LAYER ? (['us-facilities'] as const) : []);
}

/** Where the map loads each layer from; known before any data has loaded. */
export function mapDataUrls(): Record<LayerId, string> {
  const bench = benchSize();
  const file = (id: LayerId) =>
    bench !== null && id === 'us-facilities' ? `bench/map-${id}-${bench}.geo.json` : mapDataFile(id);
  return Object.fromEntries(LAYER_IDS.map((id) => [id, dataUrl(file(id))])) as Record<LayerId, string>;
}

/**
 * A layer file checked by the schema, kept as the browser parsed it: the schema's own copy (objects
 * built key by key) is dropped. The file holds only the schema's keys (its objects are strict), so
 * it is the parsed value once the schema's defaults are filled in (a unit test compares the two
 * for every layer).
 */
export function validatedLayer(raw: unknown): LayerFile {
  LayerFileSchema.parse(raw);
  const layer = raw as LayerFile;
  for (const { properties } of layer.features) {
    properties.aliases ??= [];
    properties.events ??= [];
    properties.related ??= [];
  }
  return layer;
}

/**
 * Keeps one copy of each distinct string in parsed data: the browser's JSON parser makes a string
 * per occurrence, and a large layer repeats its sources, kinds, places and quotes in feature after
 * feature. Mutates the (freshly parsed) value in place and returns it.
 */
export function internStrings<T>(value: T, seen: Map<string, string> = new Map()): T {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === null || typeof node !== 'object') continue;
    const record = node as Record<string, unknown>;
    for (const key in record) {
      const item = record[key];
      if (typeof item === 'string') {
        const canonical = seen.get(item);
        if (canonical === undefined) seen.set(item, item);
        else record[key] = canonical;
      } else if (item !== null && typeof item === 'object') stack.push(item);
    }
  }
  return value;
}

/**
 * The files the atlas loads at start, relative to the data folder, in the order loadAtlasData reads
 * them. index.html preloads them (scripts/vite/preloadData.ts), so they arrive while the code does.
 */
export const ATLAS_DATA_FILES = [
  'document.json',
  'plans.json',
  'comparisons.json',
  'official-totals.json',
  ...LAYER_IDS.map((id) => `${id}.geo.json`),
] as const;

export async function loadAtlasData(): Promise<AtlasData> {
  const bench = benchSize();
  const file = (name: string) =>
    bench !== null && name === 'us-facilities.geo.json' ? `bench/us-facilities-${bench}.geo.json` : name;
  const [documentRaw, plansRaw, comparisonsRaw, totalsRaw, ...layerRaws] = await Promise.all(
    ATLAS_DATA_FILES.map((name) => fetchJson(dataUrl(file(name)))),
  );
  performance.mark('data-fetched');
  const document = DocumentFileSchema.parse(documentRaw);
  const strings = new Map<string, string>();
  const layers = Object.fromEntries(
    LAYER_IDS.map((id, i) => [id, internStrings(validatedLayer(layerRaws[i]), strings)]),
  ) as Record<LayerId, LayerFile>;
  strings.clear();
  return indexAtlasData(
    document,
    PlansFileSchema.parse(plansRaw),
    ComparisonsFileSchema.parse(comparisonsRaw),
    OfficialTotalsSchema.parse(totalsRaw),
    layers,
    mapDataUrls(),
  );
}
