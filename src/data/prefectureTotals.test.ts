import { describe, expect, it } from 'vitest';
import { readAtlasData } from '../../scripts/geodata';
import {
  agrees,
  largestShare,
  prefectureTotals,
  unexplainedDifferences,
  type OfficialTotals,
} from './prefectureTotals';
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
  differences: [],
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

  it('agrees with each prefecture’s official area, or lists the difference with its reason', () => {
    expect(unexplainedDifferences(rows, official)).toEqual([]);
    // Where every area is known, the data reproduces the official figure for these prefectures.
    for (const prefecture of ['山口県', '長崎県', '北海道', '千葉県', '福岡県']) {
      expect(agrees(rows.find((r) => r.prefecture === prefecture)!), prefecture).toBe(true);
    }
    // Okinawa: 184,944 of 263,176 (70.27 %) officially; the data's figure and the reason are listed.
    const okinawa = official.differences.find((d) => d.prefecture === '沖縄県');
    expect(okinawa?.computedThousandM2).toBe(
      Math.round(rows.find((r) => r.prefecture === '沖縄県')!.thousandM2),
    );
    expect(okinawa?.reason.en).toMatch(/no sourced area/);
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

describe('unexplainedDifferences', () => {
  const rows = prefectureTotals([facility('a', ['沖縄県'], 500), facility('c', ['長崎県'], 300)], {
    ...official,
    unmapped: [],
  });
  const reason = { ja: '理由', en: 'reason' };

  it('asks for a reason where the data disagrees, and for none where it agrees', () => {
    expect(unexplainedDifferences(rows, { ...official, unmapped: [] })).toEqual([
      '沖縄県: computed 500 against the official 700, and no reason is listed',
    ]);
    expect(
      unexplainedDifferences(rows, {
        ...official,
        differences: [
          { prefecture: '沖縄県', computedThousandM2: 500, reason },
          { prefecture: '長崎県', computedThousandM2: 300, reason },
        ],
      }),
    ).toEqual(['長崎県 agrees with the official figure; remove its listed difference']);
  });

  it('refuses a listed difference the data no longer gives, or for a prefecture with no row', () => {
    expect(
      unexplainedDifferences(rows, {
        ...official,
        differences: [
          { prefecture: '沖縄県', computedThousandM2: 480, reason },
          { prefecture: '東京都', computedThousandM2: 1, reason },
        ],
      }),
    ).toEqual([
      '沖縄県: the listed difference is for 480, but the data now gives 500',
      '東京都 has a listed difference but no row',
    ]);
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
      unmapped: [],
      unmappedShared: [],
      differences: [],
    });
    expect(share).toEqual({ prefecture: 'A県', thousandM2: 702.74, share: 70.27 });
  });
});
