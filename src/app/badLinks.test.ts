import { describe, expect, it } from 'vitest';
import { BAD_LINKS } from '../../tests/corpus/badLinks';
import { initialState } from './initialState';
import { LAYER_IDS } from '../data/layers';

describe('a corpus of malformed and hostile links', () => {
  it('has at least 200 distinct links', () => {
    expect(new Set(BAD_LINKS).size).toBeGreaterThanOrEqual(200);
  });

  it('never throws, and always starts in a sane state', () => {
    for (const link of BAD_LINKS) {
      const hash = link.includes('#') ? link.slice(link.indexOf('#')) : '';
      const state = initialState(hash, 'en-US');
      expect(['ja', 'en'], link).toContain(state.lang);
      expect(Number.isFinite(state.view.zoom) && Math.abs(state.view.lat) <= 90, link).toBe(true);
      expect(Math.abs(state.view.lng) <= 540, link).toBe(true);
      expect(
        [...state.layers].every((l) => LAYER_IDS.includes(l)),
        link,
      ).toBe(true);
      expect(state.query.length, link).toBeLessThanOrEqual(200);
      expect(state.feature === null || /^[a-z0-9-]+$/.test(state.feature), link).toBe(true);
    }
  });

  it('names what it rejected, so the atlas can say so', () => {
    expect(initialState('#lang=%3Cscript%3E', 'en').rejected).toEqual(['lang']);
    expect(initialState('#map=4.2/abc/134', 'en').rejected).toEqual(['map']);
  });
});
