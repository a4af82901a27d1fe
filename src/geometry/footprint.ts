/**
 * True-size comparisons with Turf: an equal-area footprint (a circle with the official area, drawn
 * on the ground, so it stays true to size wherever it is moved) and distances and areas between
 * picked points. A footprint is a schematic of equal area, never a boundary.
 */
import { area, bbox, circle, destination, greatCircle, length, lineString, point, polygon } from '@turf/turf';
import type { Feature, LineString, MultiLineString, Polygon } from 'geojson';

/** Vertices of a footprint circle: smooth at any zoom, small enough to redraw while dragging. */
export const FOOTPRINT_STEPS = 96;

export interface FootprintProperties {
  featureId: string;
  officialHectares: number;
  /** The drawn polygon's own area, to show it matches the official figure. */
  computedHectares: number;
}

export function equalAreaFootprint(
  featureId: string,
  center: [number, number],
  hectares: number,
  steps = FOOTPRINT_STEPS,
): Feature<Polygon, FootprintProperties> {
  const radiusKm = Math.sqrt((hectares * 10_000) / Math.PI) / 1000;
  const shape = circle(point(center), radiusKm, { steps, units: 'kilometers' });
  return {
    type: 'Feature',
    geometry: shape.geometry,
    properties: { featureId, officialHectares: hectares, computedHectares: area(shape) / 10_000 },
  };
}

/** Where a point is after moving `km` towards a compass bearing (0 north, 90 east): the keyboard's
 * and a single pointer's way to move a footprint, as dragging does. */
export function nudged(center: [number, number], bearing: number, km = 1): [number, number] {
  const [lng, lat] = destination(point(center), km, bearing, { units: 'kilometers' }).geometry.coordinates;
  return [Math.round(lng! * 1e6) / 1e6, Math.round(lat! * 1e6) / 1e6];
}

/** A view that shows the whole footprint with room around it: [west, south, east, north]. */
export function footprintBounds(
  center: [number, number],
  hectares: number,
): [number, number, number, number] {
  const [west, south, east, north] = bbox(equalAreaFootprint('', center, hectares * 4));
  return [west, south, east, north];
}

export interface Measurement {
  /** Along the ground (great circle), through the points in order. */
  distanceKm: number;
  /** The area enclosed by three or more points, closed back to the first. */
  areaKm2?: number;
  /** What to draw: great-circle arcs between consecutive points. */
  path: Feature<LineString | MultiLineString> | null;
}

export function measure(points: readonly [number, number][]): Measurement {
  if (points.length < 2) return { distanceKm: 0, path: null };
  const distanceKm = length(lineString(points.map((p) => [...p])), { units: 'kilometers' });
  const arcs = points.slice(1).map((to, i) => greatCircle(points[i]!, to, { npoints: 64 }).geometry);
  const coordinates = arcs.flatMap((g) => (g.type === 'LineString' ? [g.coordinates] : g.coordinates));
  const path: Feature<MultiLineString> = {
    type: 'Feature',
    properties: {},
    geometry: { type: 'MultiLineString', coordinates },
  };
  const areaKm2 =
    points.length >= 3 ? area(polygon([[...points.map((p) => [...p]), [...points[0]!]]])) / 1e6 : undefined;
  return { distanceKm, path, ...(areaKm2 === undefined ? {} : { areaKm2 }) };
}
