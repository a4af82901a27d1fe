/**
 * The source (OSM *simplified* land polygons, via @geo-maps) carries thousands of tiny rings whose
 * corners sit on the zoom-13/14 tile grid: holes that would draw as sea specks inland and specks of
 * land. A ring is taken for such an artefact when it has at most 6 points, two or more of them on a
 * z14 grid line (coordinates are rounded to 1e-5 degree, hence the tolerance).
 */
import type { Position } from 'geojson';

const N = 16384; // z14 grid (includes the z13 lines)
const near = (v: number, tolerance: number) => Math.abs(v - Math.round(v)) < tolerance;
const onGridX = (lon: number) => near(((lon + 180) / 360) * N, 3e-4);
const onGridY = (lat: number) => {
  const s = Math.sin((lat * Math.PI) / 180);
  return near((0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI)) * N, 6e-4);
};

export function isGridArtefact(ring: Position[]): boolean {
  if (ring.length > 6) return false;
  const onGrid = ring.slice(1).filter(([lon, lat]) => onGridX(lon!) || onGridY(lat!)).length;
  return onGrid >= 2;
}
