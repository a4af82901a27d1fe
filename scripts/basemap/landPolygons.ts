/**
 * OpenStreetMap's land polygons (the `@geo-maps/earth-lands-10m` package: one 135 MB
 * GeometryCollection built from openstreetmapdata.com's simplified land polygons, ODbL), cut to
 * OSM_AREAS (whole polygons that meet them), with the source's grid artefacts dropped (see artefacts.ts). Parsing the file needs
 * about 0.8 GB: run with `node --max-old-space-size=4096`.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type {
  Feature,
  FeatureCollection,
  GeometryCollection,
  MultiPolygon,
  Polygon,
  Position,
} from 'geojson';
import { isGridArtefact } from './artefacts';
import { intersects, OSM_AREAS, type BBox } from './areas';

const require = createRequire(import.meta.url);
export const LAND_SOURCE = '@geo-maps/earth-lands-10m/map.geo.json';

/** A ring's bounding box, [west, south, east, north]. */
export function ringBBox(ring: Position[]): BBox {
  const b: BBox = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of ring) {
    b[0] = Math.min(b[0], x!);
    b[1] = Math.min(b[1], y!);
    b[2] = Math.max(b[2], x!);
    b[3] = Math.max(b[3], y!);
  }
  return b;
}
const contains = (outer: BBox, inner: BBox) =>
  outer[0] <= inner[0] && outer[1] <= inner[1] && outer[2] >= inner[2] && outer[3] >= inner[3];

export interface LandStats {
  polygons: number;
  /** Polygons reaching beyond an area (kept whole; see readLand). */
  clipped: number;
  artefactPolygons: number;
  artefactHoles: number;
}

/** The land polygons meeting OSM_AREAS, one Polygon feature each (a polygon meeting two areas once). */
export function readLand(): { land: FeatureCollection<Polygon>; stats: LandStats } {
  const world = JSON.parse(readFileSync(require.resolve(LAND_SOURCE), 'utf8')) as GeometryCollection;
  const features: Feature<Polygon>[] = [];
  const stats: LandStats = { polygons: 0, clipped: 0, artefactPolygons: 0, artefactHoles: 0 };
  for (const geometry of world.geometries) {
    const polygons =
      geometry.type === 'MultiPolygon'
        ? (geometry as MultiPolygon).coordinates
        : geometry.type === 'Polygon'
          ? [(geometry as Polygon).coordinates]
          : [];
    for (const rings of polygons) {
      const box = ringBBox(rings[0]!);
      for (const areaBox of Object.values(OSM_AREAS)
        .filter((a) => intersects(box, a))
        .slice(0, 1)) {
        // Not clipped here: a clip along the box's edge joins the pieces of a concave coast with
        // zero-width strips that draw as a line through the sea. The tiler clips each tile
        // itself, with a buffer, so such strips fall outside what a tile draws.
        if (!contains(areaBox, box)) stats.clipped++;
        const parts = [rings];
        for (const [outer, ...holes] of parts) {
          if (isGridArtefact(outer!)) {
            stats.artefactPolygons++;
            continue;
          }
          const kept = holes.filter((h) => !isGridArtefact(h));
          stats.artefactHoles += holes.length - kept.length;
          stats.polygons++;
          features.push({
            type: 'Feature',
            properties: {},
            geometry: { type: 'Polygon', coordinates: [outer!, ...kept] },
          });
        }
      }
    }
  }
  return { land: { type: 'FeatureCollection', features }, stats };
}
