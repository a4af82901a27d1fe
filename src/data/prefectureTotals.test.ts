import { describe, expect, it } from 'vitest';
import { prefectureTotals, type OfficialTotals } from './prefectureTotals';
import type { PlaceFeature } from './schema';

const facility = (
  id: string,
  prefectures: string[],
  value: number | undefined,
  extra: Partial<PlaceFeature['properties']> = {},
) =>
  ({
    properties: {
      id,
      name: { ja: id, en: id },
      prefectures,
      useType: 'exclusive',
      events: [],
      ...(value === undefined
        ? {}
        : { area: { value, unit: 'thousand m²', asOf: '2020-01-01', source: 'test source' } }),
      ...extra,
    },
  }) as unknown as PlaceFeature;

const official: OfficialTotals = {
  asOf: '2020-01-01',
  source: 'test official table',
  total: { facilities: 4, thousandM2: 1000 },
  prefectures: [
    { prefecture: '沖縄県', facilities: 2, thousandM2: 700 },
    { prefecture: '長崎県', facilities: 2, thousandM2: 300 },
  ],
  unmapped: [
    {
      name: 'unmapped depot',
      prefecture: '長崎県',
      thousandM2: 100,
      source: 'test source',
      searched: 'test search',
    },
  ],
};

describe('prefectureTotals', () => {
  it('sums areas under the first prefecture, adds unmapped facilities, and keeps the official figures beside them', () => {
    const rows = prefectureTotals(
      [
        facility('a', ['沖縄県'], 500),
        facility('b', ['沖縄県'], undefined),
        facility('c', ['長崎県', '佐賀県'], 150),
      ],
      official,
    );
    expect(rows.map((r) => [r.prefecture, r.facilities, r.thousandM2, r.official?.thousandM2])).toEqual([
      ['沖縄県', 2, 500, 700],
      ['長崎県', 2, 250, 300],
    ]);
    expect(rows[0]?.withoutArea).toEqual(['b']);
  });

  it('counts a facility returned after the official date, but not shared-use ones or ones returned before', () => {
    const returned = (date: string) => ({
      events: [
        { date, kind: 'returned' as const, label: { ja: '返還', en: 'Returned' }, source: 'test source' },
      ],
    });
    const rows = prefectureTotals(
      [
        facility('later', ['沖縄県'], 10, returned('2021-01-25')),
        facility('earlier', ['沖縄県'], 20, returned('2019-03-31')),
        facility('shared', ['沖縄県'], 30, { useType: 'shared' }),
      ],
      { ...official, unmapped: [] },
    );
    expect(rows.find((r) => r.prefecture === '沖縄県')?.thousandM2).toBe(10);
  });
});
