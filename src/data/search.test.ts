import { describe, expect, it } from 'vitest';
import { readAtlasData } from '../../scripts/geodata';
import { normalize } from './normalize';
import { buildSearchIndex, MAX_PLACE_HITS, search } from './search';

const data = readAtlasData();
const document = data.document;
const index = buildSearchIndex(data);
const placeIds = (q: string) => search(index, q).places.map((p) => p.id);

describe('search', () => {
  it('finds a place by its Japanese name, English name and reading', () => {
    for (const q of ['普天間', 'Futenma', 'ふてんま', 'フテンマ', 'ＦＵＴＥＮＭＡ'])
      expect(placeIds(q)[0], q).toBe('futenma');
  });

  it('finds every U.S. facility with a reading by it, in hiragana or katakana', () => {
    // 経ヶ岬, 祖生 and 出砂島 are hard to type without knowing the kanji: a class types the sound.
    expect(placeIds('きょうがみさき')[0]).toBe('kyogamisaki');
    expect(placeIds('そお')).toContain('sofu');
    expect(placeIds('イデスナ')[0]).toBe('idesuna');
  });

  it('ranks exact and prefix matches first', () => {
    expect(placeIds('キャンプ座間')[0]).toBe('camp-zama');
    expect(placeIds('guam')[0]).toBe('ctx-guam');
  });

  it('finds the old form 橫 with 横, and names with or without middle dots', () => {
    const hit = search(index, '横田飛行場').paragraphs.find((p) => p.id === 's5-col-p1');
    expect(hit).toBeDefined();
    const text = document.parts.find((p) => p.id === 's5-col-p1')!.text;
    expect(text.slice(...hit!.ranges[0]!)).toBe('橫田飛行場');
    expect(placeIds('ホワイト・ビーチ')).toContain('white-beach');
    expect(placeIds('ホワイトビーチ')).toContain('white-beach');
  });

  it('finds paragraphs with ranges in the original text', () => {
    const { paragraphs } = search(index, '辺野古');
    const s31 = paragraphs.find((p) => p.id === 's3-p1')!;
    const text = document.parts.find((p) => p.id === 's3-p1')!.text;
    expect(text.slice(...s31.ranges[0]!)).toBe('辺(へ)野古');
  });

  it('finds paragraphs by the English summaries, with ranges in the summary', () => {
    const { paragraphs } = search(index, 'missile defence');
    const s1 = paragraphs.find((p) => p.id === 's1-p1')!;
    expect(s1.ranges).toEqual([]);
    const summary = data.document.summariesEn.parts['s1-p1']!;
    expect(summary.slice(...s1.summaryRanges[0]!)).toBe('missile defence');
  });

  it('returns nothing for an empty or unmatched query', () => {
    expect(search(index, '   ')).toEqual({ query: '   ', places: [], paragraphs: [] });
    const none = search(index, 'zzzz');
    expect(none.places).toEqual([]);
    expect(none.paragraphs).toEqual([]);
  });
});

describe('search against the plain definition', () => {
  /** Rank every place by its best key (exact 0, prefix 1, contains 2), ties in place order. */
  const reference = (q: string) => {
    const n = normalize(q.trim(), 'search').text;
    return index.places
      .map((p) => ({
        id: p.id,
        rank: Math.min(...p.keys.map((k) => (k === n ? 0 : k.startsWith(n) ? 1 : k.includes(n) ? 2 : 3))),
      }))
      .filter((p) => p.rank < 3)
      .sort((a, b) => a.rank - b.rank)
      .slice(0, MAX_PLACE_HITS)
      .map((p) => `${p.id}:${p.rank}`);
  };

  it('gives the same places in the same order for every kind of query', () => {
    for (const q of [
      'a',
      'an',
      'camp',
      'キャンプ',
      '飛行場',
      'base',
      'fac',
      'ha',
      '沖縄',
      'x',
      'シールズ',
      'zz',
    ])
      expect(
        search(index, q).places.map((p) => `${p.id}:${p.rank}`),
        q,
      ).toEqual(reference(q));
  });
});
