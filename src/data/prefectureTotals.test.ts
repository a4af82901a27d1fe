import { describe, expect, it } from 'vitest';
import { readAtlasData } from '../../scripts/geodata';
import { agrees, largestShare, prefectureTotals, type OfficialTotals } from './prefectureTotals';
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
    { prefecture: '沖縄県', facilities: 2, thousandM2: 700, source: 'test official table' },
    { prefecture: '長崎県', thousandM2: 300, source: 'test official table' },
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
  unmappedShared: [],
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

describe('the national list in geodata against the official figures', () => {
  const data = readAtlasData();
  const official = data.officialTotals;
  const rows = prefectureTotals(data.layers['us-facilities'].features, official);

  it('counts the 78 exclusive-use facilities on the official list, 31 of them in Okinawa', () => {
    expect(rows.reduce((sum, r) => sum + r.facilities, 0)).toBe(official.total.facilities);
    expect(rows.find((r) => r.prefecture === '沖縄県')?.facilities).toBe(31);
  });

  it('has a row for every prefecture the official table names, and no other', () => {
    expect(rows.map((r) => r.prefecture).sort()).toEqual(
      official.prefectures.map((p) => p.prefecture).sort(),
    );
  });

  it('reproduces the official national total and Okinawa’s 70.27% from the official table', () => {
    const sum = official.prefectures.reduce((s, p) => s + p.thousandM2, 0);
    expect(Math.abs(sum - 263176)).toBeLessThanOrEqual(1);
    const okinawa = official.prefectures.find((p) => p.prefecture === '沖縄県')!;
    expect(((okinawa.thousandM2 / official.total.thousandM2) * 100).toFixed(2)).toBe('70.27');
  });

  it('agrees with each prefecture’s official area, or explains the difference', () => {
    for (const r of rows) {
      const explained = r.withoutArea.length > 0 || r.otherDates.length > 0;
      expect(agrees(r) || explained, `${r.prefecture}: ${r.thousandM2} vs ${r.official?.thousandM2}`).toBe(
        true,
      );
    }
    // Where every area is known, the data reproduces the official figure for these prefectures.
    for (const prefecture of ['山口県', '長崎県', '北海道', '千葉県', '福岡県']) {
      expect(agrees(rows.find((r) => r.prefecture === prefecture)!), prefecture).toBe(true);
    }
  });

  it('keeps 崎辺海軍補助施設 on the 2020 list although it was returned on 2021-01-25', () => {
    const sakibe = data.layers['us-facilities'].features.find(
      (f) => f.properties.name.ja === '崎辺海軍補助施設',
    );
    expect(sakibe?.properties.status?.code).toBe('returned');
    expect(sakibe?.properties.events.find((e) => e.kind === 'returned')?.date).toBe('2021-01-25');
    expect(rows.find((r) => r.prefecture === '長崎県')?.facilities).toBe(10);
  });
});

describe('largestShare', () => {
  it('gives the prefecture with the largest official area and its share, to two decimals', () => {
    const share = largestShare({
      asOf: '2020-01-01',
      source: 'test',
      total: { facilities: 3, thousandM2: 1000 },
      prefectures: [
        { prefecture: 'A県', thousandM2: 702.74, source: 't' },
        { prefecture: 'B県', thousandM2: 297.26, source: 't' },
      ],
    } as OfficialTotals);
    expect(share).toEqual({ prefecture: 'A県', thousandM2: 702.74, share: 70.27 });
  });
});
