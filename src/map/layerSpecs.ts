/**
 * Every map layer's id, paint and layout in one place (as react-map-gl's examples keep them), so
 * the components only choose which to draw. Dynamic parts (visibility, label language, the
 * filter, the timeline's icons) are arguments.
 */
import type {
  CircleLayerSpecification,
  ExpressionSpecification,
  FillLayerSpecification,
  FilterSpecification,
  LineLayerSpecification,
  SymbolLayerSpecification,
} from 'maplibre-gl';
import type { FacilityFilter } from '../data/facilityFilter';
import { MOVES_LAYER, type LayerId } from '../data/layers';
import type { TimelineStatus } from '../data/returnsTimeline';
import type { Lang } from '../i18n/strings';
import {
  HIGHLIGHT_COLOUR,
  iconName,
  LAYER_SYMBOLS,
  SELECTED_COLOUR,
  MOVE_LINE_STYLES,
  TIMELINE_STATUS_SHAPES,
} from '../symbology/layerStyles';

type Visibility = 'visible' | 'none';
type Paint<T extends { paint?: unknown }> = NonNullable<T['paint']>;
type Layout<T extends { layout?: unknown }> = NonNullable<T['layout']>;

/** MapLibre layer ids, derived so no id string is repeated elsewhere. */
export const mapLayerIds = (layer: LayerId) => ({
  source: `src-${layer}`,
  symbols: `sym-${layer}`,
  labels: `lbl-${layer}`,
});

/** A filter that keeps every feature. */
export const ALL: FilterSpecification = ['all'];
/** A large layer is labelled from this zoom on. */
export const LARGE_LABEL_ZOOM = 12;
/** An imported layer with more features than this is labelled only close up. */
export const IMPORTED_LABELS_ALL_ZOOMS = 500;

const TEXT_FONT = ['sans-serif'];
const LABEL_PAINT: Paint<SymbolLayerSpecification> = {
  'text-color': '#1d1d1d',
  'text-halo-color': '#ffffff',
  'text-halo-width': 1.5,
};

/** The facility filter as a MapLibre filter on the flattened map properties. */
export function filterExpression(filter: FacilityFilter): FilterSpecification {
  const tests: ExpressionSpecification[] = [];
  if (filter.service) tests.push(['==', ['get', 'service'], filter.service]);
  if (filter.prefecture) tests.push(['in', `|${filter.prefecture}|`, ['get', 'prefs']]);
  if (filter.useType) tests.push(['==', ['get', 'use'], filter.useType]);
  if (filter.status) tests.push(['==', ['get', 'status'], filter.status]);
  return ['all', ...tests];
}

/** The returns layer's icons: by status in the timeline's year, or as in the data. */
export function timelineIcons(statuses: ReadonlyMap<string, TimelineStatus> | null): ExpressionSpecification {
  if (!statuses || statuses.size === 0) return ['get', 'icon'];
  const pairs = [...statuses].flatMap(([id, code]) => [
    id,
    iconName('okinawa-land-returns', TIMELINE_STATUS_SHAPES[code]),
  ]);
  // A match expression's arms are label/output pairs of strings here; its type cannot say so.
  return ['match', ['get', 'id'], ...pairs, ['get', 'icon']] as unknown as ExpressionSpecification;
}

/** A layer's places as icons (shape and colour of the layer; returns by status). */
export const symbolLayout = (
  layer: LayerId,
  visibility: Visibility,
  returnIcons: ExpressionSpecification,
): Layout<SymbolLayerSpecification> => ({
  visibility,
  'icon-image': layer === 'okinawa-land-returns' ? returnIcons : ['get', 'icon'],
  'icon-size': layer === 'un-command-bases' ? 1.15 : 1,
  'icon-offset': LAYER_SYMBOLS[layer].offset,
  'icon-allow-overlap': true,
  'icon-ignore-placement': true,
  // A move's arrowhead turns with the map along the way it arrives.
  ...(layer === MOVES_LAYER
    ? { 'icon-rotate': ['coalesce', ['get', 'bearing'], 0], 'icon-rotation-alignment': 'map' as const }
    : {}),
});

/** The moves' lines, under their arrowheads: one layer per status, each with its own dashes. */
export const MOVE_LINES_SOURCE = 'src-move-lines';
export const MOVE_LINE_LAYERS = MOVE_LINE_STYLES.map((style) => ({
  ...style,
  id: `line-move-${style.status}`,
}));
export const MOVE_LINE_CASING = 'line-move-casing';
/** The long moves' arrowheads below zoom 10 (the moves are never clustered). */
export const FAR_MOVES_SYMBOLS = `${mapLayerIds(MOVES_LAYER).symbols}-far`;

/**
 * A move's status as drawn: as in the data, or on the timeline its status in the year ('' while it
 * is not yet agreed, which no layer draws).
 */
export function moveStatusExpression(
  statuses: ReadonlyMap<string, string | null> | null,
): ExpressionSpecification {
  if (!statuses || statuses.size === 0) return ['get', 'status'];
  const pairs = [...statuses].flatMap(([id, status]) => [id, status ?? '']);
  // A match's arms are label/output pairs; its type cannot say so (as in timelineIcons).
  return ['match', ['get', 'id'], ...pairs, ''] as unknown as ExpressionSpecification;
}

export const moveLinePaint = (dash: readonly number[] | undefined): Paint<LineLayerSpecification> => ({
  'line-color': LAYER_SYMBOLS[MOVES_LAYER].colour,
  'line-width': 2.5,
  ...(dash ? { 'line-dasharray': [...dash] } : {}),
});
export const moveLineCasingPaint: Paint<LineLayerSpecification> = {
  'line-color': '#ffffff',
  'line-width': 5,
  'line-opacity': 0.85,
};

/** A large layer's places as plain circles: far cheaper than icons at tens of thousands. */
export const largeCirclePaint = (layer: LayerId): Paint<CircleLayerSpecification> => ({
  'circle-radius': 4,
  'circle-color': LAYER_SYMBOLS[layer].colour,
  'circle-stroke-color': '#ffffff',
  'circle-stroke-width': 1,
});

export const labelLayout = (
  field: ExpressionSpecification,
  visibility: Visibility,
  offset = 0.9,
): Layout<SymbolLayerSpecification> => ({
  visibility,
  'text-field': field,
  'text-font': TEXT_FONT,
  'text-size': 12,
  'text-anchor': 'top',
  'text-offset': [0, offset],
  'text-max-width': 9,
  'text-optional': true,
  // The places the document speaks about are named first where names would collide.
  'symbol-sort-key': ['-', 0, ['coalesce', ['get', 'prominence'], 0]],
});
export const labelPaint = LABEL_PAINT;

export const labelField = (lang: Lang): ExpressionSpecification => ['get', `label_${lang}`];

/** Country names over the offline basemap, at national zooms. */
export const countryLabelLayout = (lang: Lang): Layout<SymbolLayerSpecification> => ({
  'text-field': ['get', lang],
  'text-size': 13,
  'text-font': TEXT_FONT,
  'text-letter-spacing': 0.1,
});
export const countryLabelPaint: Paint<SymbolLayerSpecification> = {
  'text-color': '#6b665c',
  'text-halo-color': '#ffffff',
  'text-halo-width': 1,
};

/** The map layers of an imported layer, in drawing order, and which geometries each draws. */
export const IMPORTED_PARTS = [
  { suffix: 'fill', types: ['Polygon', 'MultiPolygon'] },
  { suffix: 'line', types: ['LineString', 'MultiLineString', 'Polygon', 'MultiPolygon'] },
  { suffix: 'circle', types: ['Point', 'MultiPoint'] },
] as const;
export const importedLayerId = (layerId: string, suffix: string) => `${layerId}-${suffix}`;
export const importedFill = (colour: string): Paint<FillLayerSpecification> => ({
  'fill-color': colour,
  'fill-opacity': 0.2,
});
export const importedLine = (colour: string): Paint<LineLayerSpecification> => ({
  'line-color': colour,
  'line-width': 2,
});
export const importedCircle = (colour: string): Paint<CircleLayerSpecification> => ({
  'circle-radius': 5,
  'circle-color': colour,
  'circle-stroke-color': '#ffffff',
  'circle-stroke-width': 1.5,
});

/** Rings around the selected place (black) and the highlighted ones (orange). */
export const ringPaint = (offset: 0 | 1): Paint<CircleLayerSpecification> => ({
  'circle-radius': 15,
  'circle-color': 'rgba(0,0,0,0)',
  'circle-stroke-color': ['case', ['get', 'selected'], SELECTED_COLOUR, HIGHLIGHT_COLOUR],
  'circle-stroke-width': ['case', ['get', 'selected'], 3, 4],
  'circle-translate': offset ? LAYER_SYMBOLS['exchange-sites'].offset : [0, 0],
});

export const FOOTPRINT_FILL_LAYER = 'footprint-fill';
const FOOTPRINT_COLOUR = '#0072B2';
const MEASURE_COLOUR = '#D55E00';
export const footprintFill: Paint<FillLayerSpecification> = {
  'fill-color': FOOTPRINT_COLOUR,
  'fill-opacity': 0.25,
};
export const footprintLine: Paint<LineLayerSpecification> = {
  'line-color': FOOTPRINT_COLOUR,
  'line-width': 2,
  'line-dasharray': [2, 1],
};
export const footprintLabelLayout: Layout<SymbolLayerSpecification> = {
  'text-field': ['get', 'label'],
  'text-font': TEXT_FONT,
  'text-size': 12,
  'text-max-width': 12,
};
export const footprintLabelPaint: Paint<SymbolLayerSpecification> = {
  'text-color': '#003a63',
  'text-halo-color': '#ffffff',
  'text-halo-width': 1.5,
};
export const measureLine: Paint<LineLayerSpecification> = { 'line-color': MEASURE_COLOUR, 'line-width': 3 };
export const measurePointPaint: Paint<CircleLayerSpecification> = {
  'circle-radius': 5,
  'circle-color': '#ffffff',
  'circle-stroke-color': MEASURE_COLOUR,
  'circle-stroke-width': 3,
};

/**
 * Town names over the offline basemap: each rank appears from its own zoom (set in the tiles),
 * higher ranks win collisions and are larger; the atlas's own labels, placed first, win over all.
 * On the Japanese map, places with an English name only are left out rather than shown in romaji.
 */
export const townFilter = (lang: Lang): FilterSpecification => (lang === 'ja' ? ['has', 'name_ja'] : ['all']);
export const townLayout = (lang: Lang): Layout<SymbolLayerSpecification> => ({
  'text-field': lang === 'ja' ? ['get', 'name_ja'] : ['get', 'name_en'],
  'text-font': TEXT_FONT,
  'text-size': ['match', ['get', 'rank'], 1, 14, 2, 13, 3, 12, 11],
  'symbol-sort-key': ['get', 'rank'],
  'text-padding': 4,
  'text-max-width': 8,
});
export const townPaint: Paint<SymbolLayerSpecification> = {
  'text-color': '#5b5750',
  'text-halo-color': 'rgba(255,255,255,0.85)',
  'text-halo-width': 1.4,
};

/** Below this zoom the circles of the official areas are too small to read, and not loaded. */
export const AREA_CIRCLES_MIN_ZOOM = 10;
/**
 * A circle of a place's official area: the layer's colour, faint, with a dashed edge that carries
 * it. Faint because the orange laid over the sea's blue makes grey, which read as land at 0.12.
 */
export const areaCircleFill: Paint<FillLayerSpecification> = {
  'fill-color': [
    'match',
    ['get', 'layer'],
    'okinawa-land-returns',
    LAYER_SYMBOLS['okinawa-land-returns'].colour,
    LAYER_SYMBOLS['us-facilities'].colour,
  ],
  'fill-opacity': 0.08,
};
export const areaCircleLine: Paint<LineLayerSpecification> = {
  'line-color': [
    'match',
    ['get', 'layer'],
    'okinawa-land-returns',
    LAYER_SYMBOLS['okinawa-land-returns'].colour,
    LAYER_SYMBOLS['us-facilities'].colour,
  ],
  'line-width': 1.5,
  'line-dasharray': [3, 2],
  'line-opacity': 0.9,
};
