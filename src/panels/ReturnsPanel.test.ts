import { describe, expect, it } from 'vitest';
import { chartScale } from './ReturnsPanel';

describe('the returns chart’s scale', () => {
  it('breaks the bars of items several times larger than the rest', () => {
    expect(chartScale([4893, 4000, 586, 481, 191, 0])).toEqual({ max: 586 * 1.25, breaks: true });
    expect(chartScale([4000, 10, 9])).toEqual({ max: 12.5, breaks: true });
  });
  it('is linear to the largest when no item stands out', () => {
    expect(chartScale([586, 481, 191, 142])).toEqual({ max: 586, breaks: false });
    expect(chartScale([])).toEqual({ max: 1, breaks: false });
  });
});
