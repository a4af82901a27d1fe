import { describe, expect, it } from 'vitest';
import { findAll, normalize } from './normalize';

describe('normalize', () => {
  it('drops bracketed readings and folds old forms, keeping offsets into the original', () => {
    const text = '普天間飛行場の辺(へ)野古移設。橫田飛行場';
    const n = normalize(text, 'mention');
    expect(n.text).toBe('普天間飛行場の辺野古移設。横田飛行場');
    const [[start, end]] = findAll(n, '辺野古') as [[number, number]];
    expect(text.slice(start, end)).toBe('辺(へ)野古');
    const [[s2, e2]] = findAll(n, '横田飛行場') as [[number, number]];
    expect(text.slice(s2, e2)).toBe('橫田飛行場');
  });

  it('keeps brackets that are not readings', () => {
    expect(normalize('ソウル(韓国)', 'mention').text).toBe('ソウル(韓国)');
    expect(normalize('(SEED)', 'mention').text).toBe('(SEED)');
  });

  it('folds width, case, katakana and middle dots for search', () => {
    expect(normalize('ホワイト・ビーチ', 'search').text).toBe(normalize('ホワイトビーチ', 'search').text);
    expect(normalize('フテンマ', 'search').text).toBe('ふてんま');
    expect(normalize('ＳＥＥＤ Project', 'search').text).toBe('seedproject');
  });

  it('finds every occurrence', () => {
    expect(findAll(normalize('沖縄と沖縄県', 'mention'), '沖縄')).toEqual([
      [0, 2],
      [3, 5],
    ]);
  });
});
