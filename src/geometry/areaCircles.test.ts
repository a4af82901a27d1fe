import { area } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { readAtlasData } from '../../scripts/geodata';
import { areaInHectares } from '../data/featureFacts';
import { areaCircles, hasAreaCircle } from './areaCircles';

const data = readAtlasData();
const places = [...data.featuresById.values()];
const circles = areaCircles(places);

describe('area circles', () => {
  it('draw every facility and return item with an official area and a point of its own', () => {
    const expected = places.filter(({ layer, feature }) => hasAreaCircle(layer, feature));
    expect(circles.features.map((c) => c.properties.id)).toEqual(
      expected.map((e) => e.feature.properties.id),
    );
    expect(circles.features.length).toBeGreaterThan(40);
    expect(circles.features.some((c) => c.properties.id === 'futenma')).toBe(true);
  });

  it('give stand-in points and copied points none', () => {
    const drawn = new Set(circles.features.map((c) => c.properties.id));
    for (const { feature } of places) {
      const { geometry } = feature.properties;
      if (geometry.method === 'stand-in' || geometry.sameAs)
        expect(drawn.has(feature.properties.id)).toBe(false);
    }
  });

  it('have the official area, within 1 %', () => {
    for (const circle of circles.features) {
      const official = areaInHectares(data.featuresById.get(circle.properties.id)!.feature.properties.area)!;
      const drawn = area(circle) / 10_000;
      expect(Math.abs(drawn - official) / official, circle.properties.id).toBeLessThan(0.01);
    }
  });
});
