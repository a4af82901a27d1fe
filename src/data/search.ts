/**
 * Search over feature names (Japanese, English, hiragana readings, aliases), the document text and
 * the atlas's English summaries of it (so "Guam" or "missile defence" find their paragraphs).
 * Queries and keys are normalised the same way (width, case, kana, middle dots, spaces, the
 * document's old forms and bracketed readings), so 「ふてんま」, 「Futenma」 and 「普天間」 all find
 * MCAS Futenma, and 「横田」 finds the column's 「橫田飛行場」.
 */
import type { AtlasData } from './loadAtlasData';
import { LAYER_IDS, type LayerId } from './layers';
import { findAll, normalize, type Normalized } from './normalize';

interface PlaceEntry {
  id: string;
  layer: LayerId;
  keys: string[];
}

export interface SearchIndex {
  places: PlaceEntry[];
  /**
   * Every place's keys in one string, in place order, each followed by a separator, so a query is
   * found by the engine's native string search rather than by testing each key: `keyStarts[k]` is
   * where key k begins and `keyPlace[k]` the index of its place in `places`.
   */
  haystack: string;
  keyStarts: Int32Array;
  keyPlace: Int32Array;
  parts: { id: string; text: Normalized; summary: Normalized | null }[];
}

export interface PlaceHit {
  id: string;
  layer: LayerId;
  /** 0: a key equals the query; 1: a key starts with it; 2: a key contains it. */
  rank: number;
}

export interface ParagraphHit {
  id: string;
  /** Where the query occurs, as offsets in the part's original text. */
  ranges: [number, number][];
  /** Where it occurs in the part's English summary, when not in the text itself. */
  summaryRanges: [number, number][];
}

export interface SearchResults {
  query: string;
  places: PlaceHit[];
  paragraphs: ParagraphHit[];
}

export const MAX_PLACE_HITS = 12;
export const MAX_PARAGRAPH_HITS = 12;

const built = new WeakMap<AtlasData, SearchIndex>();

/**
 * The search index of the data, built the first time it is asked for (the search box asks when it
 * gets focus or a query): at 100,000 places building it took about a second of a cold load.
 */
export function searchIndexFor(data: AtlasData): SearchIndex {
  let index = built.get(data);
  if (!index) built.set(data, (index = buildSearchIndex(data)));
  return index;
}

export function buildSearchIndex(data: AtlasData): SearchIndex {
  const places: PlaceEntry[] = [];
  // Layer by layer, in LAYER_IDS order: search() relies on it to rank ties by layer.
  for (const layer of LAYER_IDS) {
    for (const feature of data.layers[layer].features) {
      const p = feature.properties;
      const raw = [p.name.ja, p.name.en, p.reading ?? '', ...p.aliases].filter(Boolean);
      places.push({ id: p.id, layer, keys: [...new Set(raw.map((k) => normalize(k, 'search').text))] });
    }
  }
  const parts = data.document.parts
    .filter((p) => p.kind !== 'title')
    .map((p) => {
      const summary = data.document.summariesEn.parts[p.id];
      return {
        id: p.id,
        text: normalize(p.text, 'search'),
        summary: summary ? normalize(summary, 'search') : null,
      };
    });
  const keyCount = places.reduce((n, p) => n + p.keys.length, 0);
  const keyStarts = new Int32Array(keyCount);
  const keyPlace = new Int32Array(keyCount);
  const chunks: string[] = [];
  let offset = 0;
  let k = 0;
  places.forEach((place, i) => {
    for (const key of place.keys) {
      keyStarts[k] = offset;
      keyPlace[k] = i;
      k += 1;
      chunks.push(key, SEPARATOR);
      offset += key.length + 1;
    }
  });
  return { places, parts, haystack: chunks.join(''), keyStarts, keyPlace };
}

/** The key whose text holds offset `at` of the haystack (the last key starting at or before it). */
function keyAt(starts: Int32Array, at: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Ends each key in the haystack; no normalised query contains it. */
const SEPARATOR = '\u0000';

export function search(index: SearchIndex, query: string): SearchResults {
  const q = normalize(query.trim(), 'search').text.replaceAll(SEPARATOR, '');
  if (!q) return { query, places: [], paragraphs: [] };
  // One pass over the hits of the query in the haystack, keeping the first hits of each rank. Places
  // are in layer order, so the first hits of a rank are also first in layer order (a facility before
  // the return item of the same name); once every wanted hit is an exact match, the pass ends.
  const byRank: PlaceHit[][] = [[], [], []];
  let place = -1;
  let best = 3;
  const flush = () => {
    const hits = byRank[best];
    const entry = index.places[place];
    if (entry && hits && hits.length < MAX_PLACE_HITS)
      hits.push({ id: entry.id, layer: entry.layer, rank: best });
  };
  for (let at = index.haystack.indexOf(q); at >= 0 && byRank[0]!.length < MAX_PLACE_HITS;) {
    const k = keyAt(index.keyStarts, at);
    const start = index.keyStarts[k]!;
    const end = (index.keyStarts[k + 1] ?? index.haystack.length + 1) - 1;
    const rank = at > start ? 2 : end - start === q.length ? 0 : 1;
    const p = index.keyPlace[k]!;
    if (p !== place) {
      if (place >= 0) flush();
      place = p;
      best = rank;
    } else best = Math.min(best, rank);
    // The next key may hold the query again; this one is done.
    at = index.haystack.indexOf(q, end + 1);
  }
  if (place >= 0 && byRank[0]!.length < MAX_PLACE_HITS) flush();
  const places = byRank.flat();
  const paragraphs: ParagraphHit[] = [];
  for (const part of index.parts) {
    const ranges = findAll(part.text, q);
    const summaryRanges = ranges.length === 0 && part.summary ? findAll(part.summary, q) : [];
    if (ranges.length > 0 || summaryRanges.length > 0)
      paragraphs.push({ id: part.id, ranges, summaryRanges });
  }
  return {
    query,
    places: places.slice(0, MAX_PLACE_HITS),
    paragraphs: paragraphs.slice(0, MAX_PARAGRAPH_HITS),
  };
}
