import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SOURCE_SHA256 } from '../check-geodata';
import { DOCUMENT_PARTS_PATH, DOCUMENT_SOURCE_PATH } from '../paths';
import { join, segment } from './segment';

const source = readFileSync(DOCUMENT_SOURCE_PATH, 'utf8');
const parts = segment(source);

describe('the document as data', () => {
  it('is the published text, byte for byte', () => {
    expect(createHash('sha256').update(source, 'utf8').digest('hex')).toBe(SOURCE_SHA256);
  });

  it('joins back to the source exactly', () => {
    expect(join(parts)).toBe(source);
  });

  it('matches the stored parts file', () => {
    const stored = JSON.parse(readFileSync(DOCUMENT_PARTS_PATH, 'utf8')) as { parts: unknown };
    expect(stored.parts).toEqual(parts);
  });

  it('gives every part a unique id', () => {
    expect(new Set(parts.map((p) => p.id)).size).toBe(parts.length);
  });

  it('finds the six sections, the column, its captions and the five footnotes', () => {
    const ids = parts.map((p) => p.id);
    for (const id of [
      's1-h',
      's2-h',
      's3-h',
      's4-h',
      's5-h',
      's6-h',
      's2a-h',
      's2o-h',
      's5-col-h',
      's3-fig1',
    ])
      expect(ids).toContain(id);
    expect(parts.filter((p) => p.kind === 'footnote').map((p) => p.id)).toEqual([
      'fn3',
      'fn4',
      'fn5',
      'fn6',
      'fn7',
    ]);
    expect(parts.filter((p) => p.kind === 'caption')).toHaveLength(4);
  });

  it('keeps English phrases with spaces inside one paragraph', () => {
    const seed = parts.find((p) =>
      p.text.includes('Student Educational Exchange and Dialogue (SEED) project'),
    );
    expect(seed?.id).toBe('s5-col-p1');
    expect(parts.find((p) => p.text.includes('GPI(Glide Phase Interceptor:'))?.id).toBe('s2i-p1');
    expect(parts.find((p) => p.id === 'fn3')?.text).toBe('(3) ACM:Alliance Coordination Mechanism');
  });

  it('records the heading path above each part', () => {
    const p = parts.find((x) => x.id === 's2a-p7');
    expect(p?.path).toEqual([
      '第3章 国益と世界全体の利益を増進する外交',
      '2 日米安全保障(安保)体制',
      '(2)日米安保各論',
      'ア 日米安保・防衛協力の概観',
    ]);
    expect(parts.find((x) => x.id === 's5-col-cap2')?.path.at(-1)).toMatch(/^コラム/);
  });
});
