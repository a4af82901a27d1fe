/**
 * The realignment's moves as lines for the map: from the place a move starts at to the place it
 * arrives at, along the great circle where it crosses the ocean (a straight line on the map would
 * not be the shortest way, and would cut across the Pacific wrongly), and the bearing at which it
 * arrives, for its arrowhead.
 */
import { bearing, distance, greatCircle, lineString } from '@turf/turf';
import type { Feature, FeatureCollection, LineString, Position } from 'geojson';
import type { PlaceFeature } from '../data/schema';

/** Moves longer than this follow the great circle; shorter ones are straight (the same to the eye). */
export const GREAT_CIRCLE_KM = 300;

export interface MoveLineProperties {
  id: string;
  status: string;
}

export interface Arrival {
  /** Degrees clockwise from north at which the move arrives (0 for a change in place). */
  bearing: number;
  /** Its length in km (0 for a change in place). */
  km: number;
}

export interface MoveLines {
  lines: FeatureCollection<LineString, MoveLineProperties>;
  arrivals: Map<string, Arrival>;
}

const round4 = (x: number) => Math.round(x * 1e4) / 1e4;

export function moveLines(
  moves: readonly PlaceFeature[],
  pointOf: (id: string) => Position | undefined,
): MoveLines {
  const features: Feature<LineString, MoveLineProperties>[] = [];
  const arrivals = new Map<string, Arrival>();
  for (const move of moves) {
    const p = move.properties;
    const from = p.move?.from === undefined ? undefined : pointOf(p.move.from);
    const to = p.move === undefined ? undefined : pointOf(p.move.to);
    if (!from || !to) {
      arrivals.set(p.id, { bearing: 0, km: 0 });
      continue;
    }
    const km = distance(from, to);
    const properties = { id: p.id, status: p.status?.code ?? '' };
    const line =
      km > GREAT_CIRCLE_KM
        ? (greatCircle(from, to, { npoints: 32, properties }) as Feature<LineString, MoveLineProperties>)
        : lineString([from, to], properties);
    const coordinates = line.geometry.coordinates;
    const last = coordinates[coordinates.length - 1]!;
    const before = coordinates[coordinates.length - 2]!;
    arrivals.set(p.id, {
      bearing: Math.round(((bearing(before, last) + 360) % 360) * 10) / 10,
      km: Math.round(km),
    });
    // Four decimals (about 10 m) are plenty for a line drawn across hundreds of kilometres.
    const rounded = coordinates.map(([lng, lat]) => [round4(lng!), round4(lat!)]);
    rounded[0] = from;
    rounded[rounded.length - 1] = to;
    features.push({
      type: 'Feature',
      id: p.id,
      properties,
      geometry: { type: 'LineString', coordinates: rounded },
    });
  }
  return { lines: { type: 'FeatureCollection', features }, arrivals };
}
