import { describe, expect, it } from 'vitest';
import { scaleSizes, scaleValue } from './mapSize';

describe('map size', () => {
  it('leaves a layer as it is at 1×', () => {
    const paint = { 'line-width': 2 };
    expect(scaleSizes(paint, 1)).toBe(paint);
  });

  it('multiplies sizes in pixels and leaves the rest', () => {
    expect(
      scaleSizes(
        {
          'text-size': 12,
          'text-offset': [0, 0.9],
          'text-max-width': 9,
          'icon-offset': [11, -11],
          'circle-radius': 15,
          'text-color': '#1d1d1d',
          visibility: 'visible',
        },
        2,
      ),
    ).toEqual({
      'text-size': 24,
      'text-offset': [0, 0.9],
      'text-max-width': 9,
      'icon-offset': [22, -22],
      'circle-radius': 30,
      'text-color': '#1d1d1d',
      visibility: 'visible',
    });
  });

  it('multiplies a data expression as a whole', () => {
    const rank = ['match', ['get', 'rank'], 1, 14, 11];
    expect(scaleValue(rank, 1.5)).toEqual(['*', rank, 1.5]);
  });

  it('keeps a zoom curve outermost and scales its outputs', () => {
    expect(scaleValue(['interpolate', ['linear'], ['zoom'], 5, 1, 10, 3], 2)).toEqual([
      'interpolate',
      ['linear'],
      ['zoom'],
      5,
      2,
      10,
      6,
    ]);
    expect(scaleValue(['step', ['zoom'], 1, 8, 2], 2)).toEqual(['step', ['zoom'], 2, 8, 4]);
  });
});
