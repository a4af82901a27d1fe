/**
 * Quiz questions generated from the data with a seeded random generator, so a teacher's link
 * (`quiz=<seed>`) gives every student the same quiz. Each question carries the quote that explains
 * its answer.
 */
import { featuresOfPart, type MentionIndex } from './mentions';
import type { AtlasData, FeatureEntry } from './loadAtlasData';
import { MOVES_LAYER } from './layers';
import type { Citation } from './schema';

export type Question =
  | {
      kind: 'which-place';
      /** The part whose named place is masked in the prompt. */
      partId: string;
      /** [start, end) of every mention of the answer in the part's text, masked in the prompt. */
      masks: [number, number][];
      options: string[];
      answer: string;
    }
  | { kind: 'seed-site'; options: string[]; answer: string; citation: Citation }
  | { kind: 'return-order'; items: string[]; answer: string[] }
  /** Where a completed move of the realignment went: its place among others. */
  | { kind: 'move-destination'; move: string; options: string[]; answer: string; citation: Citation };

export const QUIZ_LENGTH = 5;

/** mulberry32: a small, well-known seeded generator; enough for shuffling quiz items. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

const returnedOn = (e: FeatureEntry) =>
  e.feature.properties.events.find((ev) => ev.kind === 'returned' && !ev.fromDocument)?.date;

function whichPlace(data: AtlasData, mentions: MentionIndex, random: () => number): Question | null {
  // Named mentions of facilities and context places, one per place, in short-enough parts.
  const candidates = [...mentions.byPart].flatMap(([partId, list]) =>
    list
      .filter((m) => m.start !== undefined)
      .filter((m) => ['us-facilities', 'context'].includes(data.featuresById.get(m.featureId)?.layer ?? ''))
      .map((m) => ({ partId, mention: m })),
  );
  if (candidates.length === 0) return null;
  const { partId, mention } = candidates[Math.floor(random() * candidates.length)]!;
  const inPart = new Set(featuresOfPart(mentions, partId));
  const pool = [...data.featuresById.values()].filter(
    (e) => ['us-facilities', 'context'].includes(e.layer) && !inPart.has(e.feature.properties.id),
  );
  const distractors = shuffle(pool, random)
    .slice(0, 3)
    .map((e) => e.feature.properties.id);
  return {
    kind: 'which-place',
    partId,
    masks: (mentions.byPart.get(partId) ?? [])
      .filter((m) => m.featureId === mention.featureId && m.start !== undefined)
      .map((m) => [m.start!, m.end!] as [number, number]),
    options: shuffle([mention.featureId, ...distractors], random),
    answer: mention.featureId,
  };
}

function seedSite(data: AtlasData, random: () => number): Question | null {
  const seeds = data.layers['exchange-sites'].features.filter((f) => f.properties.kind === 'seed-site');
  const seedFacilities = new Set(seeds.flatMap((f) => f.properties.related));
  const others = data.layers['us-facilities'].features.filter((f) => !seedFacilities.has(f.properties.id));
  const site = seeds[Math.floor(random() * seeds.length)];
  const answer = site?.properties.related[0];
  if (!site || !answer || others.length < 3) return null;
  const distractors = shuffle(others, random)
    .slice(0, 3)
    .map((f) => f.properties.id);
  return {
    kind: 'seed-site',
    options: shuffle([answer, ...distractors], random),
    answer,
    citation: site.properties.citations[0]!,
  };
}

function returnOrder(data: AtlasData, random: () => number): Question | null {
  const returned = [...data.featuresById.values()].filter(
    (e) => e.layer === 'okinawa-land-returns' && returnedOn(e),
  );
  const picked: FeatureEntry[] = [];
  for (const e of shuffle(returned, random)) {
    const year = returnedOn(e)!.slice(0, 4);
    if (!picked.some((p) => returnedOn(p)!.slice(0, 4) === year)) picked.push(e);
    if (picked.length === 3) break;
  }
  if (picked.length < 3) return null;
  const answer = [...picked]
    .sort((a, b) => returnedOn(a)!.localeCompare(returnedOn(b)!))
    .map((e) => e.feature.properties.id);
  return { kind: 'return-order', items: picked.map((e) => e.feature.properties.id), answer };
}

function moveDestination(data: AtlasData, random: () => number): Question | null {
  // Completed moves with two ends whose description does not give the destination away.
  const moves = data.layers[MOVES_LAYER].features.filter((f) => {
    const move = f.properties.move;
    const to = move ? data.featuresById.get(move.to)?.feature.properties : undefined;
    if (!move?.from || !to || f.properties.status?.code !== 'completed') return false;
    const what = `${move.what.ja} ${move.what.en}`;
    return ![to.name.ja, to.name.en, ...to.aliases].some((n) => what.includes(n));
  });
  const picked = moves[Math.floor(random() * moves.length)];
  const move = picked?.properties.move;
  if (!picked || !move) return null;
  const others = data.layers['us-facilities'].features
    .map((f) => f.properties.id)
    .filter((id) => id !== move.to && id !== move.from);
  return {
    kind: 'move-destination',
    move: picked.properties.id,
    options: shuffle([move.to, ...shuffle(others, random).slice(0, 3)], random),
    answer: move.to,
    citation: picked.properties.citations[0]!,
  };
}

/**
 * Five questions: two "which place", a "which SEED site", a date order and "where did this move
 * go", each falling back to "which place" where the data has none to ask.
 */
export function generateQuiz(data: AtlasData, mentions: MentionIndex, seed: number): Question[] {
  const random = seededRandom(seed);
  const makers = [
    () => whichPlace(data, mentions, random),
    () => seedSite(data, random),
    () => returnOrder(data, random),
    () => whichPlace(data, mentions, random),
    () => moveDestination(data, random) ?? whichPlace(data, mentions, random),
  ];
  return makers
    .map((make) => make())
    .filter((q): q is Question => q !== null)
    .slice(0, QUIZ_LENGTH);
}

export function isCorrect(question: Question, answer: string | readonly string[]): boolean {
  if (question.kind === 'return-order')
    return Array.isArray(answer) && answer.join() === question.answer.join();
  return answer === question.answer;
}

export { newQuizSeed } from './quizSeed';
