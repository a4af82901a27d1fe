import { describe, expect, it } from 'vitest';
import { formatArea, formatPartialDate } from './format';

describe('formatPartialDate', () => {
  it('keeps the precision the source gives', () => {
    expect(formatPartialDate('2016-12-22', 'ja')).toBe('2016年12月22日');
    expect(formatPartialDate('2016-12-22', 'en')).toBe('22 Dec 2016');
    expect(formatPartialDate('2017-12', 'ja')).toBe('2017年12月');
    expect(formatPartialDate('2017-12', 'en')).toBe('Dec 2017');
    expect(formatPartialDate('2022', 'en')).toBe('2022');
  });
  it('returns other text unchanged', () => {
    expect(formatPartialDate('2022年度又はその後', 'ja')).toBe('2022年度又はその後');
  });
});

describe('formatArea', () => {
  it('formats numbers and units per language', () => {
    expect(formatArea({ value: 19855, unit: 'thousand m²' }, 'ja')).toBe('19,855千㎡');
    expect(formatArea({ value: 19855, unit: 'thousand m²' }, 'en')).toBe('19,855 thousand m²');
    expect(formatArea({ value: 0.4, unit: 'ha' }, 'en')).toBe('0.4 ha');
  });
});
