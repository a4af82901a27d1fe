import { distance } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { nudged } from './footprint';

describe('moving a footprint 1 km at a time', () => {
  const tokyoStation: [number, number] = [139.7671, 35.6812];

  it('moves 1 km towards each point of the compass', () => {
    for (const bearing of [0, 90, 180, 270]) {
      const to = nudged(tokyoStation, bearing);
      expect(distance(tokyoStation, to, { units: 'kilometers' })).toBeCloseTo(1, 2);
    }
  });

  it('north raises the latitude only, east the longitude only', () => {
    const north = nudged(tokyoStation, 0);
    expect(north[0]).toBeCloseTo(tokyoStation[0], 5);
    expect(north[1]).toBeGreaterThan(tokyoStation[1]);
    const east = nudged(tokyoStation, 90);
    expect(east[0]).toBeGreaterThan(tokyoStation[0]);
    expect(east[1]).toBeCloseTo(tokyoStation[1], 4);
  });
});
