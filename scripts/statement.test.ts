/**
 * The accessibility statement (accessibility.html) backs each claim with a test it names: every
 * named end-to-end test must exist, so a renamed or deleted test cannot leave a claim unbacked.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const html = readFileSync('accessibility.html', 'utf8');
const references = [...html.matchAll(/data-test-file="([^"]+)"\s+data-test-name="([^"]+)"/g)].map(
  ([, file, name]) => ({ file: file!, name: name! }),
);

describe('the accessibility statement', () => {
  it('names tests for its claims, in both languages', () => {
    expect(references.length).toBeGreaterThanOrEqual(20);
    const ja = html.slice(html.indexOf('id="ja"'), html.indexOf('id="en"'));
    const en = html.slice(html.indexOf('id="en"'));
    const named = (part: string) => [...part.matchAll(/data-test-name="([^"]+)"/g)].map((m) => m[1]).sort();
    expect(named(ja)).toEqual(named(en));
  });

  it.each(references)('$file has a test named "…$name…"', ({ file, name }) => {
    const path = `tests/e2e/${file}`;
    expect(existsSync(path), path).toBe(true);
    const titles = [...readFileSync(path, 'utf8').matchAll(/\bit\(\s*(['`])(.*?)\1/gs)].map((m) => m[2]!);
    expect(titles.some((title) => title.includes(name))).toBe(true);
  });
});
