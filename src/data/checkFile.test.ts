import { describe, expect, it } from 'vitest';
import { checkFile } from './checkFile';
import type { CheckProgress } from './importLayer';

const points = (n: number) =>
  JSON.stringify({
    type: 'FeatureCollection',
    features: Array.from({ length: n }, (_, i) => ({
      type: 'Feature',
      properties: { name: `P${i}` },
      geometry: { type: 'Point', coordinates: [127 + i * 1e-4, 26] },
    })),
  });
const request = (text: string) =>
  ({
    kind: 'bytes',
    bytes: new TextEncoder().encode(text).buffer,
    id: 'x',
    fileName: 'f.geojson',
    size: text.length,
  }) as const;

describe('checkFile', () => {
  it('says how far it has come: parsed, then every 2,000 features, then all', () => {
    const seen: CheckProgress[] = [];
    const outcome = checkFile(request(points(5_001)), (p) => seen.push(p));
    expect(outcome.kind).toBe('checked');
    expect(seen).toEqual([
      { phase: 'parse' },
      { phase: 'check', done: 0, total: 5_001 },
      { phase: 'check', done: 2_000, total: 5_001 },
      { phase: 'check', done: 4_000, total: 5_001 },
      { phase: 'check', done: 5_001, total: 5_001 },
    ]);
  });

  it('decodes Shift_JIS and refuses bytes that are no text it can read', () => {
    const sjis = new Uint8Array([
      ...new TextEncoder().encode('{"type":"Point","coordinates":[135,35],"n":"'),
      0x8a,
      0x77,
      0x22,
      0x7d,
    ]);
    const outcome = checkFile({
      kind: 'bytes',
      bytes: sjis.buffer,
      id: 'x',
      fileName: 'f',
      size: sjis.length,
    });
    expect(outcome.kind === 'checked' && outcome.encoding).toBe('Shift_JIS');
    const bad = new Uint8Array([0x7b, 0xfd, 0xfd, 0x7d]);
    expect(checkFile({ kind: 'bytes', bytes: bad.buffer, id: 'x', fileName: 'f', size: 4 }).kind).toBe(
      'undecodable',
    );
  });

  it('checks a kept layer from its text, with the same verdict', () => {
    const outcome = checkFile({ kind: 'text', text: points(3), id: 'k', fileName: 'kept', size: 10 });
    expect(outcome.kind === 'checked' && outcome.result.ok && outcome.result.layer.features.length).toBe(3);
  });
});
