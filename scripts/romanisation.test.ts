import { describe, expect, it } from 'vitest';
import { checkRomanisation, hepburnKey, osmMunicipalities } from './romanisation';

const feature = (over: Record<string, unknown>) => ({
  id: 'x',
  name: { ja: '王城寺原演習場', en: 'Ojojihara Maneuver Area' },
  prefecture: { ja: '宮城県', en: 'Miyagi Prefecture' },
  municipality: { ja: '大和町', en: 'Taiwa' },
  ...over,
});
const check = (features: ReturnType<typeof feature>[]) =>
  checkRomanisation([{ file: 'layer.geojson', features }]).problems.map((p) => `${p.field}: ${p.message}`);

describe('Hepburn romanisation of geodata names', () => {
  it('reduces the variants Hepburn allows to one form', () => {
    expect(hepburnKey('Ōjōjihara')).toBe(hepburnKey('Oujoujihara'));
    expect(hepburnKey('Gotemba')).toBe(hepburnKey('Gotenba-'));
    expect(hepburnKey('Numadu')).toBe(hepburnKey('Numazu'));
    // The hepburn package writes づ as "dzu": ぬまづ → NUMADZU.
    expect(hepburnKey('NUMADZU')).toBe(hepburnKey('Numazu'));
    expect(hepburnKey('Higashi Hiroshima')).toBe(hepburnKey('Higashihiroshima'));
  });

  it('reads the municipalities OpenStreetMap names', () => {
    const osm = osmMunicipalities();
    expect(osm.length).toBeGreaterThan(1500);
    expect(osm.find((m) => m.city_ja === '宜野湾市')?.city_en).toMatch(/^Ginowan/);
  });

  it('passes a name spelled from its reading, and one of its municipality as OSM spells it', () => {
    expect(
      check([
        feature({
          reading: 'おうじょうじはらえんしゅうじょう',
          name: { ja: '王城寺原演習場', en: 'Ojojihara Training Area' },
        }),
      ]),
    ).toEqual([]);
  });

  it('catches 王城寺原 romanised “Ojojibara”, naming the word and the reading', () => {
    const problems = check([
      feature({
        reading: 'おうじょうじはらえんしゅうじょう',
        name: { ja: '王城寺原演習場', en: 'Ojojibara Training Area' },
      }),
    ]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^name\.en: “Ojojibara” .*おうじょうじはらえんしゅうじょう/);
  });

  it('asks every U.S. facility for its reading, unless the search for one is recorded', () => {
    expect(check([feature({ useType: 'exclusive' })])).toEqual([
      expect.stringMatching(/^reading: a U\.S\. facility needs its reading/),
    ]);
    expect(check([feature({ useType: 'exclusive', reading: 'おうじょうじはらえんしゅうじょう' })])).toEqual([
      expect.stringMatching(
        /^readingSource: where is the reading おうじょうじはらえんしゅうじょう written\?/,
      ),
    ]);
    expect(
      check([
        feature({
          useType: 'exclusive',
          reading: 'おうじょうじはらえんしゅうじょう',
          readingSource: 'kotobank: 王城寺原演習場 (おうじょうじはらえんしゅうじょう)',
        }),
      ]),
    ).toEqual([]);
    expect(check([feature({ id: 'tategami', useType: 'exclusive' })])).toEqual([]);
    // Places that are not U.S. facilities (a city, a return item) may go without.
    expect(check([feature({})])).toEqual([]);
  });

  it('catches a municipality spelled otherwise than OSM’s, and lists of different lengths', () => {
    expect(
      check([
        feature({
          prefecture: { ja: '沖縄県', en: 'Okinawa' },
          municipality: { ja: '宜野湾市', en: 'Ginowam' },
        }),
      ]).join(),
    ).toMatch(/“Ginowam” for 宜野湾市 is not its Hepburn romanisation \(OpenStreetMap: “Ginowan/);
    expect(
      check([
        feature({
          prefecture: { ja: '沖縄県', en: 'Okinawa' },
          municipality: { ja: '北谷町・宜野湾市', en: 'Chatan' },
        }),
      ]),
    ).toEqual(['municipality.en: names 1 municipalities where municipality.ja names 2']);
  });

  it('accepts “Okinawa City”, a ward named before its city, and a Japanese word another feature’s reading has', () => {
    expect(
      check([
        feature({
          prefecture: { ja: '沖縄県', en: 'Okinawa' },
          municipality: { ja: '沖縄市・北谷町', en: 'Okinawa City, Chatan' },
        }),
        feature({
          prefecture: { ja: '熊本県', en: 'Kumamoto' },
          municipality: { ja: '熊本市東区', en: 'Higashi-ku, Kumamoto' },
        }),
        feature({
          id: 'futenma',
          reading: 'ふてんまひこうじょう',
          name: { ja: '普天間飛行場', en: 'MCAS Futenma' },
        }),
        feature({
          id: 'henoko',
          reading: 'へのこ',
          name: { ja: '辺野古', en: 'Henoko – Futenma Replacement Facility' },
        }),
      ]),
    ).toEqual([]);
  });
});
