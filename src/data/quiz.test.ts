import { describe, expect, it } from 'vitest';
import { readAtlasData } from '../../scripts/geodata';
import { buildMentionIndex } from './mentions';
import { generateQuiz, isCorrect, QUIZ_LENGTH, seededRandom } from './quiz';

const data = readAtlasData();
const document = data.document;
const mentions = buildMentionIndex(
  document.parts,
  [...data.featuresById.values()].map((e) => e.feature),
);

describe('quiz', () => {
  it('is the same for the same seed and different for another', () => {
    expect(generateQuiz(data, mentions, 42)).toEqual(generateQuiz(data, mentions, 42));
    expect(generateQuiz(data, mentions, 42)).not.toEqual(generateQuiz(data, mentions, 43));
  });

  it('asks five answerable questions whatever the seed', () => {
    for (let seed = 1; seed <= 50; seed++) {
      const quiz = generateQuiz(data, mentions, seed);
      expect(quiz).toHaveLength(QUIZ_LENGTH);
      for (const q of quiz) {
        if (q.kind === 'return-order') {
          expect([...q.items].sort()).toEqual([...q.answer].sort());
        } else {
          expect(q.options).toContain(q.answer);
          expect(new Set(q.options).size).toBe(4);
        }
      }
    }
  });

  it('masks a name that is really in the paragraph, and asks for a SEED site that is one', () => {
    const quiz = generateQuiz(data, mentions, 7);
    const which = quiz.find((q) => q.kind === 'which-place')!;
    if (which.kind !== 'which-place') throw new Error();
    const text = data.partsById.get(which.partId)!.text;
    expect(which.masks.length).toBeGreaterThan(0);
    for (const [start, end] of which.masks) expect(end - start).toBeGreaterThan(1);
    expect(text.length).toBeGreaterThan(0);
    const seed = quiz.find((q) => q.kind === 'seed-site')!;
    if (seed.kind !== 'seed-site') throw new Error();
    expect(data.featuresById.get(`seed-${seed.answer}`)).toBeDefined();
  });

  it('checks answers, including the order of returns', () => {
    const order = generateQuiz(data, mentions, 3).find((q) => q.kind === 'return-order')!;
    if (order.kind !== 'return-order') throw new Error();
    expect(isCorrect(order, order.answer)).toBe(true);
    expect(isCorrect(order, [...order.answer].reverse())).toBe(false);
  });

  it('draws numbers in [0, 1)', () => {
    const random = seededRandom(1);
    for (let i = 0; i < 100; i++) expect(random()).toBeGreaterThanOrEqual(0);
  });
});

describe('a question on the realignment', () => {
  it('asks where a completed move went, with its destination among the options, its quote to explain it', () => {
    const questions = Array.from({ length: 30 }, (_, i) => generateQuiz(data, mentions, i + 1))
      .flat()
      .filter((q) => q.kind === 'move-destination');
    expect(questions.length).toBeGreaterThan(0);
    for (const q of questions) {
      if (q.kind !== 'move-destination') throw new Error();
      const move = data.featuresById.get(q.move)!.feature.properties;
      expect(move.status?.code).toBe('completed');
      expect(q.answer).toBe(move.move?.to);
      expect(q.options).toContain(q.answer);
      expect(new Set(q.options).size).toBe(4);
      // The question does not give the answer away.
      const to = data.featuresById.get(q.answer)!.feature.properties;
      expect(move.move?.what.en).not.toContain(to.name.en);
      expect(q.citation).toEqual(move.citations[0]);
    }
  });
});
