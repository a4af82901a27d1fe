import { describe, expect, it } from 'vitest';
import { internStrings } from './loadAtlasData';

describe('internStrings', () => {
  it('keeps every value, and meets each distinct string once', () => {
    // JSON.parse makes a string per occurrence, as it does for a large layer's repeated sources.
    const parsed = JSON.parse(
      JSON.stringify({
        a: [
          { s: 'source A', n: 1 },
          { s: 'source A', t: ['x', 'source A'] },
        ],
        b: null,
      }),
    ) as { a: [{ s: string }, { s: string; t: string[] }]; b: null };
    const before = JSON.stringify(parsed);
    const seen = new Map<string, string>();
    expect(internStrings(parsed, seen)).toBe(parsed);
    expect(JSON.stringify(parsed)).toBe(before);
    expect([...seen.keys()].sort()).toEqual(['source A', 'x']);
    // Which copy a string is cannot be seen from JavaScript (strings compare by value): the saving
    // is measured by the bench's heap breakdown (docs/performance.md).
  });
});
