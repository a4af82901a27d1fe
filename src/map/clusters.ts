/**
 * The national view (below zoom 10): the atlas's places of the shown layers as one clustered
 * source, so places that would overlap gather into a cluster that says how many there are, of which
 * layers (a ring cut by layer colour) and around which place (the most prominent in the document).
 * From zoom 10 on, each layer's own source draws every place (AtlasLayers).
 */
import type {
  ExpressionSpecification,
  GeoJSONSourceSpecification,
  SymbolLayerSpecification,
} from 'maplibre-gl';
import type { Feature, FeatureCollection, Point } from 'geojson';
import { LAYER_IDS, type LayerId } from '../data/layers';
import type { Lang } from '../i18n/strings';
import { PLACES_MIN_ZOOM } from '../symbology/layerStyles';
import type { MapFeatureProperties } from '../symbology/mapFeatures';

export { PLACES_MIN_ZOOM };
/** Clusters form up to this zoom; from PLACES_MIN_ZOOM on every place is drawn on its own. */
export const CLUSTER_MAX_ZOOM = PLACES_MIN_ZOOM - 1;
/** In CSS pixels: wider than a symbol (24) plus a cluster's half (≤ 22), so none overlap. */
export const CLUSTER_RADIUS = 50;

export const NATIONAL_SOURCE = 'places-national';
/** Symbols and cluster rings (with their counts), placed first so labels keep clear of them. */
export const NATIONAL_SYMBOLS = 'places-national-symbols';
/** Place and cluster names, one layer so they rank against each other by prominence. */
export const NATIONAL_LABELS = 'places-national-labels';
export const CLUSTER_IMAGE_PREFIX = 'cluster:';

export interface NationalPlace extends MapFeatureProperties {
  layer: LayerId;
  /** Prominence and order in one number, so a cluster keeps its top place by `max`. */
  top: number;
}

const ORDER_SLOTS = 1000;

/**
 * The shown layers' places as one collection. `order` is every place id of the atlas in a fixed
 * order (names are looked up by it); `top` packs prominence (to 1/1000) above the order, with the
 * earlier place winning a tie.
 */
export function nationalPlaces(
  shown: readonly (readonly [LayerId, FeatureCollection<Point, MapFeatureProperties>])[],
  order: ReadonlyMap<string, number>,
): FeatureCollection<Point, NationalPlace> {
  const features: Feature<Point, NationalPlace>[] = [];
  for (const [layer, collection] of shown)
    for (const f of collection.features) {
      const slot = order.get(f.properties.id) ?? ORDER_SLOTS - 1;
      features.push({
        ...f,
        properties: {
          ...f.properties,
          layer,
          top: Math.round(f.properties.prominence * 1000) * ORDER_SLOTS + (ORDER_SLOTS - 1 - slot),
        },
      });
    }
  return { type: 'FeatureCollection', features };
}

const countKey = (i: number) => `n${i}`;

/** Per-layer counts and the top place of each cluster. */
export const clusterProperties: GeoJSONSourceSpecification['clusterProperties'] = {
  top: ['max', ['get', 'top']],
  ...Object.fromEntries(
    LAYER_IDS.map((layer, i) => [countKey(i), ['+', ['case', ['==', ['get', 'layer'], layer], 1, 0]]]),
  ),
};

/** The image of a cluster, named by its counts per layer (drawn on demand by the map). */
const clusterImage: ExpressionSpecification = [
  'concat',
  CLUSTER_IMAGE_PREFIX,
  ...LAYER_IDS.flatMap((_, i): (string | ExpressionSpecification)[] => [
    i === 0 ? '' : ':',
    ['to-string', ['get', countKey(i)]],
  ]),
];

/** The per-layer counts a cluster image's name holds, or null for another image. */
export function clusterCounts(imageId: string): number[] | null {
  if (!imageId.startsWith(CLUSTER_IMAGE_PREFIX)) return null;
  const counts = imageId.slice(CLUSTER_IMAGE_PREFIX.length).split(':').map(Number);
  return counts.length === LAYER_IDS.length && counts.every((n) => Number.isInteger(n) && n >= 0)
    ? counts
    : null;
}

const isCluster: ExpressionSpecification = ['has', 'point_count'];

export const nationalSymbolLayout = (
  placeIcons: ExpressionSpecification,
): NonNullable<SymbolLayerSpecification['layout']> => ({
  'icon-image': ['case', isCluster, clusterImage, placeIcons],
  'icon-allow-overlap': true,
  // Placed, so the labels below keep clear of every symbol.
  'icon-ignore-placement': false,
  'text-field': ['case', isCluster, ['get', 'point_count_abbreviated'], ''],
  'text-font': ['sans-serif'],
  'text-size': 13,
  'text-allow-overlap': true,
  'text-ignore-placement': true,
});
export const nationalSymbolPaint: NonNullable<SymbolLayerSpecification['paint']> = {
  'text-color': '#1d1d1d',
};

/**
 * Names: a place's own, or a cluster's top place with how many more ("Kadena Air Base +30",
 * 「嘉手納飛行場ほか30」). Ranked by prominence; a name that does not fit is left out.
 */
export function nationalLabelLayout(
  lang: Lang,
  names: ReadonlyMap<string, { ja: string; en: string }>,
  order: ReadonlyMap<string, number>,
): NonNullable<SymbolLayerSpecification['layout']> {
  const pairs = [...order].flatMap(([id, slot]) => [ORDER_SLOTS - 1 - slot, names.get(id)?.[lang] ?? '']);
  // A match's arms are label/output pairs here; its type cannot say so (as in layerSpecs.ts).
  const topName = (pairs.length > 0
    ? ['match', ['%', ['get', 'top'], ORDER_SLOTS], ...pairs, '']
    : '') as unknown as ExpressionSpecification;
  const more: ExpressionSpecification = ['to-string', ['-', ['get', 'point_count'], 1]];
  return {
    'text-field': [
      'case',
      isCluster,
      lang === 'ja' ? ['concat', topName, 'ほか', more] : ['concat', topName, ' +', more],
      ['get', `label_${lang}`],
    ],
    'text-font': ['sans-serif'],
    'text-size': 12,
    'text-max-width': 9,
    'text-variable-anchor': ['top', 'bottom', 'right', 'left'],
    'text-radial-offset': ['case', isCluster, 2.1, 1.4],
    'text-padding': 3,
    'symbol-sort-key': ['-', 0, ['get', 'top']],
  };
}
