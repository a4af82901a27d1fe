/**
 * Synthetic facilities for the scale benchmark: n schema-valid features at seeded random points over
 * Japan's main islands, and the map's flat copy of them. Written into the bench build only.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import type { LayerFile, PlaceFeature } from '../../src/data/schema';
import { SERVICES } from '../../src/data/schema';
import { toMapFeatures } from '../../src/symbology/mapFeatures';

/** mulberry32: a small seeded generator, so every run draws the same points. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function syntheticLayer(n: number): LayerFile {
  const next = random(n);
  const features: PlaceFeature[] = [];
  for (let i = 0; i < n; i++) {
    const id = `synthetic-${i}`;
    features.push({
      type: 'Feature',
      id,
      geometry: {
        type: 'Point',
        coordinates: [
          Math.round((130 + next() * 12) * 1e5) / 1e5,
          Math.round((31 + next() * 12) * 1e5) / 1e5,
        ],
      },
      properties: {
        id,
        name: { ja: `合成施設${i}`, en: `Synthetic facility ${i}` },
        aliases: [],
        kind: 'facility',
        kindLabel: { ja: '施設', en: 'facility' },
        service: SERVICES[i % SERVICES.length],
        useType: 'exclusive',
        prefectures: ['沖縄県'],
        events: [],
        related: [],
        citations: [{ paragraph: 's5-p1', quote: '在日米軍の施設・区域', mention: 'covers' }],
        geometry: {
          method: 'stand-in',
          represents: { ja: '合成データ', en: 'synthetic data' },
          source: 'scripts/bench/synthetic.ts',
          confidence: 'low',
        },
      },
    });
  }
  return { type: 'FeatureCollection', features };
}

export const syntheticMapLayer = (layer: LayerFile) => toMapFeatures('us-facilities', layer);

/** Writes the synthetic layer of n features, and its map copy, into the bench build. */
export function writeSynthetic(n: number, outDir = 'dist-bench') {
  mkdirSync(`${outDir}/data/bench`, { recursive: true });
  const layer = syntheticLayer(n);
  writeFileSync(`${outDir}/data/bench/us-facilities-${n}.geo.json`, JSON.stringify(layer));
  writeFileSync(
    `${outDir}/data/bench/map-us-facilities-${n}.geo.json`,
    JSON.stringify(syntheticMapLayer(layer)),
  );
}

// `npx tsx scripts/bench/synthetic.ts 1000 10000`: write these sizes into an existing dist-bench/.
if (import.meta.url === `file://${process.argv[1]}`)
  for (const n of process.argv.slice(2)) writeSynthetic(Number(n));
