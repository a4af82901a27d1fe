/**
 * The map's feature index (keyboard and screen-reader access to what is drawn): the places in
 * view, nearest the centre first, those drawn close together taken as one group ("7 places around
 * Kadena Air Base"), as a sighted reader sees a cluster. Pure: the map passes its own projection.
 */
import type { Bounds } from './bounds';

export interface IndexPlace {
  id: string;
  lngLat: [number, number];
}

export interface PlaceGroup {
  /** The places in the group, the anchor first, then by distance from it. */
  ids: string[];
  /** The place nearest the view's centre, which names the group. */
  anchor: string;
  /** What frames the group's places. */
  bounds: Bounds;
}

/**
 * `project` gives a place's position on screen in pixels; a place is in view when that lies within
 * `size`. Places within `radius` pixels of a group's anchor join it. Only the first `limit` groups
 * are formed (each takes a pass over the places in view: the index lists nine, and at 100,000
 * places forming every group took seconds); `inViewIds` are all the places in view, nearest first.
 */
export function placeGroups(
  places: readonly IndexPlace[],
  project: (lngLat: [number, number]) => [number, number],
  size: { width: number; height: number },
  radius = 40,
  limit = Infinity,
): { groups: PlaceGroup[]; inView: number; inViewIds: string[] } {
  const cx = size.width / 2;
  const cy = size.height / 2;
  const shown = places
    .map((place) => {
      const [x, y] = project(place.lngLat);
      return { place, x, y, d: Math.hypot(x - cx, y - cy) };
    })
    .filter(({ x, y }) => x >= 0 && y >= 0 && x <= size.width && y <= size.height)
    .sort((a, b) => a.d - b.d || a.place.id.localeCompare(b.place.id));
  const taken = new Set<string>();
  const groups: PlaceGroup[] = [];
  for (const anchor of shown) {
    if (groups.length >= limit) break;
    if (taken.has(anchor.place.id)) continue;
    const members = shown
      .filter((p) => !taken.has(p.place.id) && Math.hypot(p.x - anchor.x, p.y - anchor.y) <= radius)
      .sort(
        (a, b) => Math.hypot(a.x - anchor.x, a.y - anchor.y) - Math.hypot(b.x - anchor.x, b.y - anchor.y),
      );
    for (const m of members) taken.add(m.place.id);
    const lngs = members.map((m) => m.place.lngLat[0]);
    const lats = members.map((m) => m.place.lngLat[1]);
    groups.push({
      ids: members.map((m) => m.place.id),
      anchor: anchor.place.id,
      bounds: [Math.min(...lngs), Math.min(...lats), Math.max(...lngs), Math.max(...lats)],
    });
  }
  return { groups, inView: shown.length, inViewIds: shown.map((s) => s.place.id) };
}
