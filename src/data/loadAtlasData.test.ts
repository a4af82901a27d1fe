import { describe, expect, it } from 'vitest';
import { internStrings } from './loadAtlasData';

describe('internStrings', () => {
  it('keeps every value, and meets each distinct string once', () => {
    // JSON.parse makes a string per occurrence, as it does for a large layer's repeated sources.
    const parsed = JSON.parse(
      JSON.stringify({
        a: [
          { s: 'source A', n: 1 },
          { s: 'source A', t: ['x', 'source A'] },
        ],
        b: null,
      }),
    ) as { a: [{ s: string }, { s: string; t: string[] }]; b: null };
    const before = JSON.stringify(parsed);
    const seen = new Map<string, string>();
    expect(internStrings(parsed, seen)).toBe(parsed);
    expect(JSON.stringify(parsed)).toBe(before);
    expect([...seen.keys()].sort()).toEqual(['source A', 'x']);
    // Which copy a string is cannot be seen from JavaScript (strings compare by value): the saving
    // is measured by the bench's heap breakdown (docs/performance.md).
  });
});

describe('validatedLayer', () => {
  it('is, for every layer, what the schema would have made of it', async () => {
    const { readFileSync } = await import('node:fs');
    const { LAYER_IDS } = await import('./layers');
    const { LayerFileSchema } = await import('./schema');
    const { validatedLayer } = await import('./loadAtlasData');
    for (const layer of LAYER_IDS) {
      const text = readFileSync(`geodata/layers/${layer}.geojson`, 'utf8');
      expect(validatedLayer(JSON.parse(text)), layer).toStrictEqual(LayerFileSchema.parse(JSON.parse(text)));
    }
  });

  it('refuses what the schema refuses', async () => {
    const { validatedLayer } = await import('./loadAtlasData');
    expect(() => validatedLayer({ type: 'FeatureCollection', features: [{ type: 'Feature' }] })).toThrow();
  });
});
