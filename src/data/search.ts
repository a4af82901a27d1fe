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
  for (const { layer, feature } of data.featuresById.values()) {
    const p = feature.properties;
    const raw = [p.name.ja, p.name.en, p.reading ?? '', ...p.aliases].filter(Boolean);
    places.push({ id: p.id, layer, keys: [...new Set(raw.map((k) => normalize(k, 'search').text))] });
  }
  const parts = data.document.parts
    .filter((p) => p.kind !== 'title')
    .map((p) => ({ id: p.id, text: normalize(p.text, 'search') }));
  return { places, parts };
}

export function search(index: SearchIndex, query: string): SearchResults {
  const q = normalize(query.trim(), 'search').text;
  if (!q) return { query, places: [], paragraphs: [] };
  const places: PlaceHit[] = [];
  for (const entry of index.places) {
    let rank = Infinity;
    for (const key of entry.keys) {
      if (key === q) rank = Math.min(rank, 0);
      else if (key.startsWith(q)) rank = Math.min(rank, 1);
      else if (key.includes(q)) rank = Math.min(rank, 2);
    }
    if (rank < Infinity) places.push({ id: entry.id, layer: entry.layer, rank });
  }
  // Ties go to the layer listed first (a facility before the return item of the same name).
  places.sort((a, b) => a.rank - b.rank || LAYER_IDS.indexOf(a.layer) - LAYER_IDS.indexOf(b.layer));
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
