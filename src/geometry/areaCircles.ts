/**
 * The map's "size at a glance": for every U.S. facility and Okinawa return item with an official
 * area and a point of its own, a circle of that area around its point. A circle of the same area,
 * never the outline: stand-in points (which only say roughly where) and points copied from another
 * place (`sameAs`) get none.
 */
import type { FeatureCollection, Polygon } from 'geojson';
import { areaInHectares } from '../data/featureFacts';
import type { LayerId } from '../data/layers';
import type { PlaceFeature } from '../data/schema';
import { equalAreaFootprint } from './footprint';

/** The layers whose places get circles. */
export const CIRCLE_LAYERS: readonly LayerId[] = ['us-facilities', 'okinawa-land-returns'];
/** Vertices per circle: round at the zooms it shows, and a small file. */
const STEPS = 64;

export interface AreaCircleProperties {
  id: string;
  layer: LayerId;
  hectares: number;
}

/** Whether a place gets a circle of its official area on the map. */
export function hasAreaCircle(layer: LayerId, feature: PlaceFeature): boolean {
  const { area, geometry } = feature.properties;
  return (
    CIRCLE_LAYERS.includes(layer) &&
    area !== undefined &&
    geometry.method !== 'stand-in' &&
    geometry.sameAs === undefined
  );
}

export function areaCircles(
  places: readonly { layer: LayerId; feature: PlaceFeature }[],
): FeatureCollection<Polygon, AreaCircleProperties> {
  const round = (v: number) => Math.round(v * 1e6) / 1e6;
  return {
    type: 'FeatureCollection',
    features: places.flatMap(({ layer, feature }) => {
      const hectares = areaInHectares(feature.properties.area);
      if (!hasAreaCircle(layer, feature) || !hectares) return [];
      const [lng, lat] = feature.geometry.coordinates;
      const shape = equalAreaFootprint(feature.properties.id, [lng, lat], hectares, STEPS);
      return [
        {
          type: 'Feature' as const,
          geometry: {
            type: 'Polygon' as const,
            coordinates: shape.geometry.coordinates.map((ring) =>
              ring.map(([x, y]) => [round(x!), round(y!)]),
            ),
          },
          properties: { id: feature.properties.id, layer, hectares },
        },
      ];
    }),
  };
}
