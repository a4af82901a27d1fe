/**
 * Turns a layer file into what the map draws: points with a few flat properties (MapLibre's
 * expressions cannot reach nested objects). Details come from the full data, not from the map.
 */
import type { FeatureCollection, Point } from 'geojson';
import type { LayerId } from '../data/layers';
import type { LayerFile, PlaceFeature } from '../data/schema';
import type { Arrival } from '../geometry/moveLines';
import {
  iconName,
  LAYER_SYMBOLS,
  FACILITY_SHAPES,
  RETURN_STATUS_SHAPES,
  TIMELINE_STATUS_SHAPES,
  type SymbolShape,
} from './layerStyles';

export interface MapFeatureProperties {
  id: string;
  icon: string;
  label_ja: string;
  label_en: string;
  /** For the facility filters: service, prefectures as |a|b|, use type and status. */
  service: string;
  prefs: string;
  use: string;
  status: string;
  /** How prominent the place is in the document (src/data/mentions.ts): labels rank by it. */
  prominence: number;
  /** A move's arrowhead: the bearing it arrives at (src/geometry/moveLines.ts); moves only. */
  bearing?: number;
  /** A move long enough to be drawn in the national view, where places are clustered. */
  far?: boolean;
}

export function symbolShapeFor(layer: LayerId, feature: PlaceFeature): SymbolShape {
  const status = feature.properties.status?.code;
  if (layer === 'okinawa-land-returns' && status && status in RETURN_STATUS_SHAPES) {
    return RETURN_STATUS_SHAPES[status as keyof typeof RETURN_STATUS_SHAPES];
  }
  if (layer === 'us-facilities') {
    if (status === 'returned') return FACILITY_SHAPES.returned;
    if (feature.properties.useType === 'shared') return FACILITY_SHAPES.shared;
  }
  return LAYER_SYMBOLS[layer].shape;
}

export function toMapFeatures(
  layer: LayerId,
  file: LayerFile,
  prominence: ReadonlyMap<string, number> = new Map(),
  arrivals: ReadonlyMap<string, Arrival> = new Map(),
): FeatureCollection<Point, MapFeatureProperties> {
  return {
    type: 'FeatureCollection',
    features: file.features.map((f) => {
      // A point shared with another feature (sameAs) is labelled once, by the feature it copies.
      const labelled = f.properties.geometry.sameAs === undefined;
      return {
        type: 'Feature',
        id: f.properties.id,
        geometry: f.geometry,
        properties: {
          id: f.properties.id,
          icon: iconName(layer, symbolShapeFor(layer, f)),
          label_ja: labelled ? f.properties.name.ja : '',
          label_en: labelled ? f.properties.name.en : '',
          service: f.properties.service ?? '',
          prefs: `|${(f.properties.prefectures ?? [f.properties.prefecture?.ja ?? '']).join('|')}|`,
          use: f.properties.useType ?? '',
          status: f.properties.status?.code ?? '',
          prominence: Math.round((prominence.get(f.properties.id) ?? 0) * 1000) / 1000,
          ...arrivalProperties(arrivals.get(f.properties.id)),
        },
      };
    }),
  };
}

/** Moves at least this long are drawn below zoom 10 too (shorter ones would sit inside clusters). */
export const FAR_MOVE_KM = 100;

const arrivalProperties = (arrival: Arrival | undefined) =>
  arrival ? { bearing: arrival.bearing, far: arrival.km >= FAR_MOVE_KM } : {};

/** Every icon a layer can use, for registering images with the map. */
export function iconShapesFor(layer: LayerId): SymbolShape[] {
  return layer === 'okinawa-land-returns'
    ? [...new Set(Object.values(TIMELINE_STATUS_SHAPES))]
    : layer === 'us-facilities'
      ? Object.values(FACILITY_SHAPES)
      : [LAYER_SYMBOLS[layer].shape];
}
