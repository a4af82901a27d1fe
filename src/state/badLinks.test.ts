import { describe, expect, it } from 'vitest';
import { BAD_LINK_STARTS, BAD_LINKS } from '../../tests/corpus/badLinks';
import { initialState } from './initialState';
import { LAYER_IDS } from '../data/layers';
import { MAX_QUERY_LENGTH } from './hashState';

describe('a corpus of malformed and hostile links', () => {
  it('has at least 200 distinct links', () => {
    expect(new Set(BAD_LINKS).size).toBeGreaterThanOrEqual(200);
  });

  it('lists, for the end-to-end test, the first link of each distinct starting state', () => {
    const byState = new Map<string, string>();
    for (const link of BAD_LINKS) {
      const at = link.indexOf('#');
      const state = initialState(at < 0 ? '' : link.slice(at), 'en-US');
      const key = `${at < 0 ? link : link.slice(0, at)} ${JSON.stringify({ ...state, layers: [...state.layers] })}`;
      if (!byState.has(key)) byState.set(key, link);
    }
    // When the corpus or the parser changes, update START_INDEXES in tests/corpus/badLinks.ts.
    expect(BAD_LINK_STARTS).toEqual([...byState.values()]);
  });

  it('never throws, and always starts in a sane state', () => {
    for (const link of BAD_LINKS) {
      const hash = link.includes('#') ? link.slice(link.indexOf('#')) : '';
      const state = initialState(hash, 'en-US');
      // The bounds are the parser's own (src/state/hashState.ts), not looser ones.
      expect(['ja', 'en'], link).toContain(state.lang);
      expect(['offline', 'gsi'], link).toContain(state.basemap);
      expect(['map', 'list'], link).toContain(state.mainView);
      const { zoom, lat, lng } = state.view;
      expect(zoom >= 0 && zoom <= 22, `${link}: zoom ${zoom}`).toBe(true);
      expect(lat >= -85 && lat <= 85, `${link}: lat ${lat}`).toBe(true);
      expect(lng >= -180 && lng <= 180, `${link}: lng ${lng}`).toBe(true);
      expect(
        [...state.layers].every((l) => LAYER_IDS.includes(l)),
        link,
      ).toBe(true);
      expect(state.query.length, link).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
      expect(
        state.feature === null ||
          (/^[a-z0-9]+(-[a-z0-9]+)*$/.test(state.feature) && state.feature.length <= 80),
        link,
      ).toBe(true);
      expect(state.paragraph === null || /^[a-z0-9-]{2,40}$/.test(state.paragraph), link).toBe(true);
      expect(state.year === null || (state.year >= 1900 && state.year <= 2100), link).toBe(true);
      expect(state.quiz === null || (Number.isInteger(state.quiz) && state.quiz >= 0), link).toBe(true);
    }
  });

  it('names what it rejected, so the atlas can say so', () => {
    expect(initialState('#lang=%3Cscript%3E', 'en').rejected).toEqual(['lang']);
    expect(initialState('#map=4.2/abc/134', 'en').rejected).toEqual(['map']);
  });
});
