import { describe, expect, it } from 'vitest';
import { readAtlasData } from '../../scripts/geodata';
import { moveLines } from './moveLines';

const data = readAtlasData();
const pointOf = (id: string) => data.featuresById.get(id)?.feature.geometry.coordinates;
const moves = data.layers.realignment.features;
const { lines, arrivals } = moveLines(moves, pointOf);
const bearings = new Map([...arrivals].map(([id, a]) => [id, a.bearing]));
const line = (id: string) => lines.features.find((f) => f.properties.id === id)!;

describe('moveLines', () => {
  it('draws a line for each move with two ends, and none for a change in place', () => {
    const withFrom = moves.filter((m) => m.properties.move?.from !== undefined).map((m) => m.properties.id);
    expect(lines.features.map((f) => f.properties.id).sort()).toEqual(withFrom.sort());
    expect(line('move-gw-yokosuka')).toBeUndefined();
    expect(arrivals.get('move-gw-yokosuka')).toEqual({ bearing: 0, km: 0 });
    expect(arrivals.get('move-marines-guam')?.km).toBeGreaterThan(1500);
  });

  it('runs from its start to its destination, along the great circle across the ocean', () => {
    const guam = line('move-marines-guam').geometry.coordinates;
    expect(guam[0]).toEqual(pointOf('ctx-okinawa'));
    expect(guam.at(-1)![0]).toBeCloseTo(pointOf('ctx-guam')![0], 6);
    expect(guam.length).toBeGreaterThan(10);
    // Futenma to Henoko (about 35 km) is one straight segment.
    expect(line('move-futenma-henoko').geometry.coordinates).toEqual([
      pointOf('futenma'),
      pointOf('henoko-frf'),
    ]);
  });

  it('gives the bearing it arrives at: south-east to Guam, north-east to Henoko, west to Iwakuni', () => {
    expect(bearings.get('move-marines-guam')).toBeGreaterThan(90);
    expect(bearings.get('move-marines-guam')).toBeLessThan(180);
    expect(bearings.get('move-futenma-henoko')).toBeGreaterThan(0);
    expect(bearings.get('move-futenma-henoko')).toBeLessThan(90);
    expect(bearings.get('move-cvw5-iwakuni')).toBeGreaterThan(240);
    expect(bearings.get('move-cvw5-iwakuni')).toBeLessThan(300);
  });
});
