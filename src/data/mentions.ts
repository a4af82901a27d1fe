/**
 * The mention index, derived from the data: which paragraphs mention which features. A feature is
 * linked to a paragraph when the paragraph names it (its Japanese name or an alias, matched after
 * normalize()) or when the feature cites the paragraph. Where one name belongs to several features
 * (横田飛行場 is a facility, a UN Command base and a SEED site), the ones that cite the paragraph win;
 * if none cites it, all of them are linked.
 */
import { findAll, normalize } from './normalize';
import type { DocumentPart, PlaceFeature } from './schema';

export interface Mention {
  featureId: string;
  /** Offsets in the part's original text; absent when the feature cites the part without a name match. */
  start?: number;
  end?: number;
  /** A citation that names the feature (a move, found by its citations only) though no span is marked. */
  named?: true;
}

export interface MentionIndex {
  /** Per part id, its mentions in text order (name matches first, then citations without a match). */
  byPart: ReadonlyMap<string, readonly Mention[]>;
  /** Per feature id, the ids of the parts that mention it, in document order. */
  byFeature: ReadonlyMap<string, readonly string[]>;
}

const HAS_JAPANESE = /[\u3041-\u30ff\u4e00-\u9fff]/;

/** The names a feature is matched by: Japanese name and aliases with kana or kanji, normalised. */
export function mentionNames(feature: PlaceFeature): string[] {
  const names = [feature.properties.name.ja, ...feature.properties.aliases].filter((n) =>
    HAS_JAPANESE.test(n),
  );
  return [...new Set(names.map((n) => normalize(n, 'mention').text))].filter((n) => n.length >= 2);
}

export function buildMentionIndex(
  parts: readonly DocumentPart[],
  features: readonly PlaceFeature[],
): MentionIndex {
  const cites = new Map<string, Set<string>>();
  /** Per part, the features citing it, in feature order. */
  const citingPart = new Map<string, string[]>();
  /** "part feature" for each citation that says it names the feature. */
  const namedIn = new Set<string>();
  for (const f of features) {
    const paragraphs = new Set(f.properties.citations.map((c) => c.paragraph));
    for (const c of f.properties.citations)
      if (c.mention === 'named') namedIn.add(`${c.paragraph} ${f.properties.id}`);
    cites.set(f.properties.id, paragraphs);
    for (const paragraph of paragraphs) {
      const citing = citingPart.get(paragraph);
      if (citing) citing.push(f.properties.id);
      else citingPart.set(paragraph, [f.properties.id]);
    }
  }
  const texts = new Map(
    parts.filter((p) => p.kind !== 'title').map((p) => [p.id, normalize(p.text, 'mention')]),
  );
  // A name can occur only if each of its character pairs occurs somewhere in the text: a cheap
  // test that leaves out, at once, the many places whose names the document never uses.
  const pairs = new Set<string>();
  for (const { text } of texts.values())
    for (let i = 0; i + 1 < text.length; i++) pairs.add(text.slice(i, i + 2));
  const mayOccur = (name: string) => {
    for (let i = 0; i + 1 < name.length; i++) if (!pairs.has(name.slice(i, i + 2))) return false;
    return true;
  };
  // A move of the realignment is in the paragraphs it cites, not wherever its name occurs: its
  // names (「普天間飛行場の辺野古移設」) would swallow the places' own.
  const namesByFeature = features
    .filter((f) => f.properties.move === undefined)
    .map((f) => ({
      id: f.properties.id,
      names: mentionNames(f).filter(mayOccur),
      onlyIn: f.properties.mentionScope === 'cited' ? cites.get(f.properties.id) : undefined,
    }))
    .filter((f) => f.names.length > 0);

  const byPart = new Map<string, Mention[]>();
  const byFeature = new Map<string, string[]>();
  for (const part of parts) {
    const text = texts.get(part.id);
    if (!text) continue;
    // name → features carrying it, with where it occurs
    const matches = new Map<string, { ids: string[]; ranges: [number, number][] }>();
    for (const { id, names, onlyIn } of namesByFeature) {
      if (onlyIn && !onlyIn.has(part.id)) continue;
      for (const name of names) {
        const ranges = findAll(text, name);
        if (ranges.length === 0) continue;
        const entry = matches.get(name) ?? { ids: [], ranges };
        entry.ids.push(id);
        matches.set(name, entry);
      }
    }
    const mentions: Mention[] = [];
    for (const { ids, ranges } of matches.values()) {
      const citing = ids.filter((id) => cites.get(id)?.has(part.id));
      for (const id of citing.length > 0 ? citing : ids) {
        for (const [start, end] of ranges) mentions.push({ featureId: id, start, end });
      }
    }
    mentions.sort((a, b) => (a.start ?? 0) - (b.start ?? 0) || (b.end ?? 0) - (a.end ?? 0));
    const named = new Set(mentions.map((m) => m.featureId));
    for (const id of citingPart.get(part.id) ?? [])
      if (!named.has(id))
        mentions.push(namedIn.has(`${part.id} ${id}`) ? { featureId: id, named: true } : { featureId: id });
    if (mentions.length === 0) continue;
    byPart.set(part.id, mentions);
    for (const id of new Set(mentions.map((m) => m.featureId)))
      byFeature.set(id, [...(byFeature.get(id) ?? []), part.id]);
  }
  return { byPart, byFeature };
}

/** The distinct features a part mentions, in order of first mention. */
export function featuresOfPart(index: MentionIndex, partId: string): string[] {
  return [...new Set((index.byPart.get(partId) ?? []).map((m) => m.featureId))];
}

/**
 * How prominent each place is in the document: the sum, over the paragraphs that mention it, of
 * one over the number of places that paragraph mentions. A paragraph about Futenma alone gives it
 * 1; a table row naming thirty facilities gives each 1/30. So the places the document speaks
 * *about* (Futenma, Yokosuka, Iwakuni, Henoko, Yokota, Sasebo, Camp Zama, Misawa, Kadena …) rank
 * above those it only lists. The map labels and names its clusters by it.
 */
export function prominence(index: MentionIndex): Map<string, number> {
  const placesIn = new Map<string, number>();
  for (const [part, mentions] of index.byPart)
    placesIn.set(part, new Set(mentions.map((m) => m.featureId)).size);
  const scores = new Map<string, number>();
  for (const [featureId, parts] of index.byFeature)
    scores.set(
      featureId,
      parts.reduce((sum, part) => sum + 1 / Math.max(1, placesIn.get(part) ?? 1), 0),
    );
  return scores;
}
