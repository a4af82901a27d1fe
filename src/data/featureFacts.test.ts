import { describe, expect, it } from 'vitest';
import { areaInHectares, planTargetYear, targetHasPassed } from './featureFacts';

describe('areaInHectares', () => {
  it('converts every unit to hectares', () => {
    expect(areaInHectares({ value: 19855, unit: 'thousand m²' })).toBeCloseTo(1985.5);
    expect(areaInHectares({ value: 5.53, unit: 'km²' })).toBeCloseTo(553);
    expect(areaInHectares({ value: 51, unit: 'ha' })).toBe(51);
    expect(areaInHectares(undefined)).toBeUndefined();
  });
});

describe('a return plan’s target', () => {
  it('reads 「2022年度又はその後」 as fiscal 2022, which ended on 31 March 2023', () => {
    expect(planTargetYear('2022年度又はその後')).toEqual({ fiscalYear: 2022, ends: '2023-03-31' });
    expect(planTargetYear('速やかに')).toBeNull();
  });

  it('has passed once its fiscal year has ended', () => {
    expect(targetHasPassed('2025年度又はその後', '2026-03-31')).toBe(false);
    expect(targetHasPassed('2025年度又はその後', '2026-04-01')).toBe(true);
    expect(targetHasPassed('速やかに', '2030-01-01')).toBe(false);
  });
});
