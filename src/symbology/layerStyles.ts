/**
 * Map layer ids, symbols and colours in one place. Colours are the Okabe–Ito palette, which stays
 * distinct for the common forms of colour blindness; every layer also has its own shape, so colour
 * is never the only cue.
 */
import type { LayerId } from '../data/layers';

export type SymbolShape =
  | 'square'
  | 'square-open'
  | 'square-returned'
  | 'ring'
  | 'triangle'
  | 'circle'
  | 'circle-open'
  | 'circle-dot'
  | 'circle-in-use'
  | 'star'
  | 'arrow';

export interface LayerSymbol {
  shape: SymbolShape;
  colour: string;
  /** Pixel offset of the icon, so symbols that share a facility's point stay visible. */
  offset: [number, number];
}

export const LAYER_SYMBOLS: Record<LayerId, LayerSymbol> = {
  'us-facilities': { shape: 'square', colour: '#D55E00', offset: [0, 0] },
  'un-command-bases': { shape: 'ring', colour: '#0072B2', offset: [0, 0] },
  'exchange-sites': { shape: 'triangle', colour: '#009E73', offset: [11, -11] },
  'okinawa-land-returns': { shape: 'circle', colour: '#CC79A7', offset: [0, 0] },
  // An arrowhead, turned along its move and set back from the place it points at (AtlasLayers).
  // Not Okabe–Ito's orange: that is the reading highlight (HIGHLIGHT_COLOUR).
  realignment: { shape: 'arrow', colour: '#7A4EAB', offset: [0, 32] },
  context: { shape: 'star', colour: '#333333', offset: [0, 0] },
};

/** A move's line by its status: solid once completed, dashed under way, dotted while planned. */
export const MOVE_LINE_STYLES = [
  { status: 'completed', dash: undefined },
  { status: 'under-way', dash: [3, 1.5] },
  { status: 'planned', dash: [0.5, 1.5] },
] as const;

/** Return items are drawn by status: filled when returned, open while pending. */
export const RETURN_STATUS_SHAPES = {
  returned: 'circle',
  'handed-over': 'circle',
  'joint-use-open': 'circle-dot',
  pending: 'circle-open',
} as const satisfies Record<string, SymbolShape>;

/** U.S. facilities: filled for exclusive use, open for temporary shared use, struck through once returned. */
export const FACILITY_SHAPES = {
  exclusive: 'square',
  shared: 'square-open',
  returned: 'square-returned',
} as const satisfies Record<string, SymbolShape>;

/** On the returns timeline, an item with no return agreed yet: a small grey disc. */
export const TIMELINE_STATUS_SHAPES = {
  ...RETURN_STATUS_SHAPES,
  'in-use': 'circle-in-use',
} as const satisfies Record<string, SymbolShape>;
export const IN_USE_COLOUR = '#8c8c8c';

/**
 * From this zoom every place is drawn on its own; below it, places that would overlap are gathered
 * into clusters (src/map/clusters.ts). A place opened from a link, a list or search is shown at
 * least this close.
 */
export const PLACES_MIN_ZOOM = 10;

export const iconName = (layer: LayerId, shape: SymbolShape) => `atlas-${layer}-${shape}`;

export const SELECTED_COLOUR = '#000000';
/** Okabe–Ito orange: the places of the paragraph being read. */
export const HIGHLIGHT_COLOUR = '#E69F00';
export const LAND_COLOUR = '#f1efe8';
export const SEA_COLOUR = '#cfe3ef';
export const BORDER_COLOUR = '#9a948a';
