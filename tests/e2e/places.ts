/**
 * Facts the specs check the atlas against, read from geodata/ (never from src/): where a place is
 * and how many places each layer has.
 */
import { readdirSync, readFileSync } from 'node:fs';

/** The atlas's layers: one file each in geodata/layers/. */
export const LAYERS = readdirSync('geodata/layers')
  .filter((file) => file.endsWith('.geojson'))
  .map((file) => file.replace(/\.geojson$/, ''));

interface LayerFile {
  features: { id: string; geometry: { coordinates: [number, number] } }[];
}

const files = new Map<string, LayerFile>();
function layerFile(layer: string): LayerFile {
  let file = files.get(layer);
  if (!file) {
    file = JSON.parse(readFileSync(`geodata/layers/${layer}.geojson`, 'utf8')) as LayerFile;
    files.set(layer, file);
  }
  return file;
}

/** Features per layer (the layer list must show each count). */
export const LAYER_COUNTS: Record<string, number> = Object.fromEntries(
  LAYERS.map((layer) => [layer, layerFile(layer).features.length]),
);

/** A place's point, [lng, lat], as geodata/ has it. */
export function pointOf(id: string): [number, number] {
  for (const layer of LAYERS) {
    const feature = layerFile(layer).features.find((f) => f.id === id);
    if (feature) return feature.geometry.coordinates;
  }
  throw new Error(`no feature ${id} in geodata/layers/`);
}

/** The link's `map=` part for a view centred on a place. */
export function centredOn(id: string, zoom = 14): string {
  const [lng, lat] = pointOf(id);
  return `map=${zoom}/${lat}/${lng}`;
}
