import { describe, expect, it } from 'vitest';
import {
  statusDateProblem,
  type BluebookDocument,
  type LayerFile,
  type PlaceFeature,
  type Status,
} from './schema';
import {
  canonicalLayerText,
  checkCopiedSources,
  checkEnglishFields,
  checkLayers,
  checkOfficialTotals,
  formatProblem,
  parseLayer,
  pointFarFromItsSource,
} from './validate';

const document: BluebookDocument = {
  sha256: '0'.repeat(64),
  parts: [
    {
      id: 's6-p1',
      kind: 'paragraph',
      path: [],
      text: '現在、朝鮮国連軍には、キャンプ座間、横須賀海軍施設の使用が認められている。',
    },
  ],
};

function feature(
  id: string,
  coordinates: [number, number],
  overrides: Partial<PlaceFeature['properties']> = {},
): PlaceFeature {
  return {
    type: 'Feature',
    id,
    geometry: { type: 'Point', coordinates },
    properties: {
      id,
      name: { ja: 'キャンプ座間', en: 'Camp Zama' },
      aliases: [],
      kind: 'army-post',
      kindLabel: { ja: '陸軍基地', en: 'Army post' },
      events: [],
      related: [],
      citations: [{ paragraph: 's6-p1', quote: 'キャンプ座間', mention: 'named' }],
      geometry: {
        method: 'exact',
        represents: { ja: '点', en: 'point' },
        source: 'en.wikipedia Camp Zama',
        confidence: 'high',
      },
      ...overrides,
    },
  };
}

const layer = (...features: PlaceFeature[]): LayerFile => ({ type: 'FeatureCollection', features });
const check = (...features: PlaceFeature[]) =>
  checkLayers(document, [
    { id: 'us-facilities', file: 'geodata/layers/us-facilities.geojson', layer: layer(...features) },
  ]).map(formatProblem);

describe('checkLayers', () => {
  it('accepts a valid feature', () => {
    expect(check(feature('camp-zama', [139.39367, 35.51383]))).toEqual([]);
  });

  it('names file, feature and field for a quote that is not verbatim', () => {
    const bad = feature('camp-zama', [139.39367, 35.51383], {
      citations: [{ paragraph: 's6-p1', quote: 'キャンプ・座間', mention: 'named' }],
    });
    expect(check(bad)).toEqual([
      'geodata/layers/us-facilities.geojson › camp-zama › properties.citations[0].quote: not found verbatim in s6-p1: "キャンプ・座間"',
    ]);
  });

  it('refuses a citation that says it names the place when its quote does not', () => {
    const bad = feature('camp-zama', [139.39367, 35.51383], {
      citations: [{ paragraph: 's6-p1', quote: '横須賀海軍施設', mention: 'named' }],
    });
    expect(check(bad)).toEqual([
      'geodata/layers/us-facilities.geojson › camp-zama › properties.citations[0].mention: "named", but the quote names none of キャンプ座間: say "covers"',
    ]);
    const covers = feature('camp-zama', [139.39367, 35.51383], {
      citations: [{ paragraph: 's6-p1', quote: '横須賀海軍施設', mention: 'covers' }],
    });
    expect(check(covers)).toEqual([]);
  });

  it('reports a citation of a paragraph that does not exist', () => {
    const bad = feature('camp-zama', [139.39367, 35.51383], {
      citations: [{ paragraph: 's9-p1', quote: 'x', mention: 'named' }],
    });
    expect(check(bad)[0]).toMatch(/citations\[0\]\.paragraph: no document part "s9-p1"/);
  });

  it('reports duplicate ids, points outside the layer bounds and too many decimals', () => {
    const problems = check(
      feature('camp-zama', [139.39367, 35.51383]),
      feature('camp-zama', [-77.0364123456, 38.8951]),
    );
    expect(problems.some((p) => p.includes('id already used'))).toBe(true);
    expect(problems.some((p) => p.includes("outside this layer's bounds"))).toBe(true);
    expect(problems.some((p) => p.includes('more than 6 decimals'))).toBe(true);
  });

  it('keeps a shared point identical to the feature it copies', () => {
    const copy = feature('unc-camp-zama', [139.4, 35.51383], {
      geometry: {
        method: 'exact',
        sameAs: 'camp-zama',
        represents: { ja: '点', en: 'point' },
        source: 'same',
        confidence: 'high',
      },
    });
    expect(check(feature('camp-zama', [139.39367, 35.51383]), copy)[0]).toMatch(
      /unc-camp-zama › geometry.coordinates: must equal the point of "camp-zama"/,
    );
  });

  it('reports related ids that do not exist', () => {
    expect(check(feature('camp-zama', [139.39367, 35.51383], { related: ['nowhere'] }))[0]).toMatch(
      /related\[0\]: no feature "nowhere"/,
    );
  });
});

describe('parseLayer', () => {
  it('names the feature and field of a schema error', () => {
    const raw = {
      type: 'FeatureCollection',
      features: [
        {
          ...feature('camp-zama', [139.39367, 35.51383]),
          properties: { ...feature('x', [0, 0]).properties, id: 'Camp Zama' },
        },
      ],
    };
    const { problems } = parseLayer('f.geojson', raw);
    expect(problems.map(formatProblem)).toEqual([
      'f.geojson › camp-zama › properties.id: lower-case words joined by hyphens',
    ]);
  });

  it('rejects a feature with no citation', () => {
    const raw = layer(feature('camp-zama', [139.39367, 35.51383], { citations: [] }));
    expect(parseLayer('f.geojson', raw).problems[0]?.field).toBe('properties.citations');
  });
});

describe('canonicalLayerText', () => {
  it('rounds coordinates to six decimals and ends with a newline', () => {
    const text = canonicalLayerText(layer(feature('camp-zama', [139.393671234, 35.51383])));
    expect(text).toContain('139.393671');
    expect(text.endsWith('}\n')).toBe(true);
  });
});

describe('checkOfficialTotals', () => {
  const file = 'geodata/official-totals.json';
  const totals = {
    asOf: '2020-01-01',
    source: 'test official table',
    total: { facilities: 2, thousandM2: 300 },
    prefectures: [
      { prefecture: '神奈川県', thousandM2: 200, source: 'test official table' },
      { prefecture: '沖縄県', thousandM2: 100, source: 'test official table' },
    ],
    unmapped: [],
    unmappedShared: [],
    // The facility below has no area, so neither prefecture's figure comes out: each says why.
    differences: [
      { prefecture: '神奈川県', computedThousandM2: 0, reason: { ja: '面積なし', en: 'no area' } },
      { prefecture: '沖縄県', computedThousandM2: 0, reason: { ja: '施設なし', en: 'no facility' } },
    ],
  };
  const zama = feature('camp-zama', [139.4, 35.5], { useType: 'exclusive', prefectures: ['神奈川県'] });

  it('accepts figures that add up, with every prefecture of a mapped facility listed', () => {
    expect(checkOfficialTotals(file, totals, [zama])).toEqual([]);
  });

  it('names each problem: a sum that is off, a prefecture with no figure, an unmapped facility on the map', () => {
    const bad = {
      ...totals,
      total: { facilities: 2, thousandM2: 310 },
      prefectures: [totals.prefectures[1]],
      unmapped: [
        { name: 'キャンプ座間', prefecture: '神奈川県', source: 'test source', searched: 'test search' },
      ],
    };
    expect(checkOfficialTotals(file, bad, [zama]).map(formatProblem)).toEqual([
      `${file} › prefectures: prefecture areas add up to 100, not the total 310`,
      `${file} › camp-zama › prefectures: 神奈川県 has an exclusive-use facility but no official figure`,
      `${file} › unmapped: キャンプ座間 is on the map, so it is not unmapped`,
    ]);
  });

  it('asks for the reason of a difference the data gives and none is listed for', () => {
    expect(checkOfficialTotals(file, { ...totals, differences: [] }, [zama]).map(formatProblem)).toEqual([
      `${file} › differences: 神奈川県: computed 0 against the official 200, and no reason is listed`,
      `${file} › differences: 沖縄県: computed 0 against the official 100, and no reason is listed`,
    ]);
  });

  it('reports a malformed file by field', () => {
    const problems = checkOfficialTotals(file, { ...totals, total: { facilities: -1 } }, []).map(
      formatProblem,
    );
    expect(problems.some((p) => p.startsWith(`${file} › total`))).toBe(true);
  });
});

describe('checkEnglishFields', () => {
  it('names the file, the feature and the field of Japanese in an English text', () => {
    const raw = {
      type: 'FeatureCollection',
      features: [
        { id: 'a', properties: { id: 'a', name: { ja: '横須賀', en: 'Yokosuka' } } },
        {
          id: 'b',
          properties: {
            id: 'b',
            events: [{ label: { ja: '返還予定', en: 'Planned return: “2014年度又はその後”' } }],
          },
        },
      ],
    };
    const problems = checkEnglishFields('x.geojson', raw);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      file: 'x.geojson',
      feature: 'b',
      field: 'features[1].properties.events[0].label.en',
    });
  });

  it('finds none in the atlas’s own files', async () => {
    const { readFileSync, readdirSync } = await import('node:fs');
    const files = readdirSync('geodata/layers').map((f) => `geodata/layers/${f}`);
    for (const file of [
      ...files,
      'geodata/plans.json',
      'geodata/comparisons.json',
      'geodata/official-totals.json',
    ])
      expect(checkEnglishFields(file, JSON.parse(readFileSync(file, 'utf8')))).toEqual([]);
  });
});

describe('statusDateProblem', () => {
  const status = (asOf: string, source: string, extra: Partial<Status> = {}): Status => ({
    code: 'pending',
    asOf,
    source,
    ...extra,
  });

  it('refuses an “as of” later than the date its source names', () => {
    expect(statusDateProblem(status('2026', '防衛白書2021 資料26'), '2020-01-01')).toBe(
      'as of 2026, later than its source (2021)',
    );
    expect(statusDateProblem(status('2021', '防衛白書2021 資料26'), '2020-01-01')).toBeUndefined();
    expect(statusDateProblem(status('2024', 'document s6-p1'), '2020-01-01')).toBeUndefined();
    expect(
      statusDateProblem(status('2023-01-01', 'a page', { sourceDate: '2021-03-31' }), '2020-01-01'),
    ).toBe("as of 2023-01-01, later than its source's date 2021-03-31");
  });

  it('asks for the date of a source that names none, and holds an undated one to the official list', () => {
    expect(statusDateProblem(status('2020-01-01', 'www.example.jp/base.html'), '2020-01-01')).toMatch(
      /its source names no date/,
    );
    expect(
      statusDateProblem(
        status('2020-01-01', 'www.example.jp/base.html', { sourceDate: 'unknown' }),
        '2020-01-01',
      ),
    ).toBeUndefined();
    expect(
      statusDateProblem(status('2026', 'www.example.jp/base.html', { sourceDate: 'unknown' }), '2020-01-01'),
    ).toMatch(/no later than the official list \(2020-01-01\)/);
  });

  it('leaves a completed return to its event’s date', () => {
    expect(
      statusDateProblem(status('2021-05-31', 'a page', { code: 'returned' }), '2020-01-01'),
    ).toBeUndefined();
  });
});

describe('pointFarFromItsSource', () => {
  it('finds a point copied from another place than the coordinate its source names', () => {
    // West Futenma once drew Camp Foster's point while its source named the Kiyuna district's.
    const source = "geolonia/japanese-addresses ('字喜友名' 26.290147,127.762852; MLIT)";
    expect(pointFarFromItsSource([127.779722, 26.301389], source)).toBeCloseTo(2.1, 1);
    expect(pointFarFromItsSource([127.762852, 26.290147], source)).toBeUndefined();
    expect(
      pointFarFromItsSource([127.77, 26.3], 'ja.wikipedia (北緯26度18分 東経127度46分)'),
    ).toBeUndefined();
  });
});

describe('facility numbers', () => {
  const file = 'geodata/layers/us-facilities.geojson';
  it('asks where a number is written, and why an exclusive-use facility has none', () => {
    // Sagami General Depot once carried FAC3084 with no source at all.
    expect(check(feature('sagami-depot', [139.39, 35.55], { facilityNumber: 'FAC3084' }))).toEqual([
      `${file} › sagami-depot › properties.facilityNumberSource: FAC3084 has no source`,
    ]);
    expect(check(feature('camp-zama', [139.39367, 35.51383], { useType: 'exclusive' }))).toEqual([
      `${file} › camp-zama › properties.facilityNumber: an exclusive-use facility with no number needs facilityNumberMissing (why)`,
    ]);
    expect(
      check(
        feature('camp-zama', [139.39367, 35.51383], {
          useType: 'exclusive',
          facilityNumberMissing: 'no source read gives it (searched …)',
        }),
      ),
    ).toEqual([]);
  });
});

describe('checkCopiedSources', () => {
  it('asks a source read on a copy to say so, and not from the words of its address', () => {
    const raw = {
      features: [
        { id: 'a', properties: { id: 'a', area: { source: 'https://kampuspedia.com/ja/辺野古弾薬庫' } } },
        {
          id: 'b',
          properties: { id: 'b', area: { source: 'https://www-pref-kanagawa-jp.cache.yimg.jp/docs/x.html' } },
        },
        {
          id: 'c',
          properties: {
            id: 'c',
            area: { source: 'ja.wikipedia 辺野古弾薬庫, read via a copy: kampuspedia.com/ja/x' },
          },
        },
      ],
    };
    expect(checkCopiedSources('x.geojson', raw).map((p) => p.feature)).toEqual(['a', 'b']);
  });
});
