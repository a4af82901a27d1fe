import { describe, expect, it } from 'vitest';
import { quoteSegments } from './quoteSegments';

describe('quoteSegments', () => {
  it('marks a quote inside its paragraph and keeps the rest as plain text', () => {
    expect(quoteSegments('朝鮮国連軍には、キャンプ座間、横須賀海軍施設の', ['キャンプ座間'])).toEqual([
      { text: '朝鮮国連軍には、', marked: false },
      { text: 'キャンプ座間', marked: true },
      { text: '、横須賀海軍施設の', marked: false },
    ]);
  });

  it('marks every occurrence and merges overlapping quotes', () => {
    const runs = quoteSegments('横田飛行場に設置。横田飛行場', ['横田飛行場', '飛行場に設置']);
    expect(runs).toEqual([
      { text: '横田飛行場に設置', marked: true },
      { text: '。', marked: false },
      { text: '横田飛行場', marked: true },
    ]);
  });

  it('joins back to the paragraph exactly', () => {
    const text = '普天間飛行場の辺(へ)野古移設を含む';
    expect(
      quoteSegments(text, ['辺(へ)野古', 'missing'])
        .map((r) => r.text)
        .join(''),
    ).toBe(text);
  });

  it('returns one plain run when nothing matches', () => {
    expect(quoteSegments('abc', ['x'])).toEqual([{ text: 'abc', marked: false }]);
  });
});
