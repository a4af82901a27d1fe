/**
 * Bounds that frame a set of points sensibly: when they span the Pacific (Japan and the U.S.), the
 * western-hemisphere points are moved east by 360° so the view goes across the Pacific rather than
 * around the world. Returns [west, south, east, north].
 */
export type Bounds = [number, number, number, number];

export function boundsOfPoints(points: readonly [number, number][]): Bounds | null {
  if (points.length === 0) return null;
  const spansPacific = points.some(([lng]) => lng < -30) && points.some(([lng]) => lng > 100);
  const lngs = points.map(([lng]) => (spansPacific && lng < 0 ? lng + 360 : lng));
  const lats = points.map(([, lat]) => lat);
  return [Math.min(...lngs), Math.min(...lats), Math.max(...lngs), Math.max(...lats)];
}
