import { describe, expect, it } from 'vitest';
import { areaInHectares } from './featureFacts';

describe('areaInHectares', () => {
  it('converts every unit to hectares', () => {
    expect(areaInHectares({ value: 19855, unit: 'thousand m²' })).toBeCloseTo(1985.5);
    expect(areaInHectares({ value: 5.53, unit: 'km²' })).toBeCloseTo(553);
    expect(areaInHectares({ value: 51, unit: 'ha' })).toBe(51);
    expect(areaInHectares(undefined)).toBeUndefined();
  });
});
