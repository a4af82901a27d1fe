/**
 * Search over feature names (Japanese, English, hiragana readings, aliases) and the document text.
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
  parts: { id: string; text: Normalized }[];
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
}

export interface SearchResults {
  query: string;
  places: PlaceHit[];
  paragraphs: ParagraphHit[];
}

export const MAX_PLACE_HITS = 12;
export const MAX_PARAGRAPH_HITS = 12;

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
    .map((p) => ({ id: p.id, text: normalize(p.text, 'search') }));
  return { places, parts };
}

export function search(index: SearchIndex, query: string): SearchResults {
  const q = normalize(query.trim(), 'search').text;
  if (!q) return { query, places: [], paragraphs: [] };
  // One pass, keeping the first hits of each rank. The index lists places layer by layer, so the
  // first hits of a rank are also first in layer order (a facility before the return item of the
  // same name); an exact match of every wanted hit ends the pass early.
  const byRank: PlaceHit[][] = [[], [], []];
  for (const entry of index.places) {
    let rank = 3;
    for (const key of entry.keys) {
      if (key === q) {
        rank = 0;
        break;
      }
      if (rank > 1 && key.startsWith(q)) rank = 1;
      else if (rank > 2 && key.includes(q)) rank = 2;
    }
    const hits = byRank[rank];
    if (hits && hits.length < MAX_PLACE_HITS) hits.push({ id: entry.id, layer: entry.layer, rank });
    if (byRank[0]!.length === MAX_PLACE_HITS) break;
  }
  const places = byRank.flat();
  const paragraphs: ParagraphHit[] = [];
  for (const part of index.parts) {
    const ranges = findAll(part.text, q);
    if (ranges.length > 0) paragraphs.push({ id: part.id, ranges });
  }
  return {
    query,
    places: places.slice(0, MAX_PLACE_HITS),
    paragraphs: paragraphs.slice(0, MAX_PARAGRAPH_HITS),
  };
}
