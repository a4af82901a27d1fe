/** Golden-file tests for the Turf computations (see tests/golden/README.md). */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { equalAreaFootprint, measure } from './footprint';

const IN = 'tests/golden/in';
const OUT = 'tests/golden/out';
const update = process.env.UPDATE_GOLDEN === '1';

const round = (value: unknown): unknown =>
  JSON.parse(JSON.stringify(value, (_k, v) => (typeof v === 'number' ? Math.round(v * 1e6) / 1e6 : v)));

function compute(name: string, input: Record<string, unknown>): unknown {
  if (name.startsWith('footprint-')) {
    const { featureId, center, hectares } = input as {
      featureId: string;
      center: [number, number];
      hectares: number;
    };
    return equalAreaFootprint(featureId, center, hectares);
  }
  return measure((input as { points: [number, number][] }).points);
}

describe('golden files', () => {
  for (const file of readdirSync(IN).filter((f) => f.endsWith('.json'))) {
    it(file, () => {
      const result = round(compute(file, JSON.parse(readFileSync(`${IN}/${file}`, 'utf8'))));
      if (update) {
        mkdirSync(OUT, { recursive: true });
        writeFileSync(`${OUT}/${file}`, JSON.stringify(result, null, 1) + '\n');
      }
      expect(result).toEqual(JSON.parse(readFileSync(`${OUT}/${file}`, 'utf8')));
    });
  }
});

describe('footprints keep the official area', () => {
  it('draws a circle whose area is within 0.5% of the official one, anywhere', () => {
    for (const [center, hectares] of [
      [[128.29, 26.76], 4000],
      [[141.37, 40.71], 481],
      [[-77.04, 38.9], 0.4],
    ] as [[number, number], number][]) {
      const { properties } = equalAreaFootprint('x', center, hectares);
      expect(Math.abs(properties.computedHectares - hectares) / hectares).toBeLessThan(0.005);
    }
  });
});

describe('measure', () => {
  it('needs two points for a distance and three for an area', () => {
    expect(measure([[127.7, 26.2]])).toEqual({ distanceKm: 0, path: null });
    expect(
      measure([
        [127.7, 26.2],
        [128, 26.5],
      ]).areaKm2,
    ).toBeUndefined();
  });
});
