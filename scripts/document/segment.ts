/**
 * Splits the flattened source text into addressable parts (headings, paragraphs, captions,
 * footnotes). The source is one line in which a single space stands for every lost line break,
 * but English phrases inside the Japanese also contain spaces, so the split is done on spaces and
 * then tokens are merged back by the rules below. Joining the parts' texts with one space gives
 * back the source exactly; `geodata/document/parts.json` is the stored result.
 */
import type { DocumentPart, PartKind } from '../../src/data/schema';

const FOOTNOTE_MARK = /^\((\d)\)$/;
const SECTION_HEADING = /^\((\d)\)\S/;
const SUBSECTION_MARK = /^[アイウエオ]$/;
const SUBSECTION_LETTER: Record<string, string> = { ア: 'a', イ: 'i', ウ: 'u', エ: 'e', オ: 'o' };
const LATIN_END = /[A-Za-z'(:)]$/;
const LATIN_START = /^\(?[A-Za-z]/;

interface Group {
  text: string;
  kind: PartKind;
}

/** Groups the space-separated tokens into parts, each with its kind. */
function group(tokens: string[]): Group[] {
  const groups: Group[] = [];
  let i = 0;
  const take = (count: number) => {
    const text = tokens.slice(i, i + count).join(' ');
    i += count;
    return text;
  };
  while (i < tokens.length) {
    const token = tokens[i] as string;
    if (i === 0) {
      groups.push({ kind: 'title', text: take(2) });
    } else if (i === 2) {
      groups.push({ kind: 'title', text: take(2) });
    } else if (FOOTNOTE_MARK.test(token)) {
      // Only the footnotes at the end stand alone as "(n)"; inline note marks touch their text.
      let text = take(2);
      while (i < tokens.length && !FOOTNOTE_MARK.test(tokens[i] ?? '')) text += ' ' + take(1);
      groups.push({ kind: 'footnote', text });
    } else if (SECTION_HEADING.test(token)) {
      groups.push({ kind: 'heading', text: take(1) });
    } else if (SUBSECTION_MARK.test(token)) {
      groups.push({ kind: 'heading', text: take(2) });
    } else if (token.startsWith('コラム') && tokens[i + 1]?.startsWith('─')) {
      groups.push({ kind: 'column-heading', text: take(2) });
    } else if (token.startsWith('■')) {
      groups.push({ kind: 'byline', text: take(4) });
    } else if (/^\(\d+月\d+日、/.test(tokens[i + 1] ?? '')) {
      groups.push({ kind: 'caption', text: take(2) });
    } else if (token === '米軍再編の全体像') {
      groups.push({ kind: 'figure-caption', text: take(1) });
    } else {
      let text = take(1);
      const next = () => tokens[i] ?? '';
      while (
        i < tokens.length &&
        LATIN_END.test(text) &&
        LATIN_START.test(next()) &&
        !FOOTNOTE_MARK.test(next())
      ) {
        text += ' ' + take(1);
      }
      groups.push({ kind: 'paragraph', text });
    }
  }
  return groups;
}

/** Gives each part a stable id and the path of headings above it. */
export function segment(source: string): DocumentPart[] {
  const groups = group(source.split(' '));
  const parts: DocumentPart[] = [];
  let section = '';
  let sub = '';
  let inColumn = false;
  const counters = new Map<string, number>();
  const next = (prefix: string) => {
    const n = (counters.get(prefix) ?? 0) + 1;
    counters.set(prefix, n);
    return `${prefix}${n}`;
  };
  let path: string[] = [];
  let sectionHeading = '';
  let subHeading = '';
  let columnHeading = '';
  const title = groups.slice(0, 2).map((g) => g.text);
  for (const [index, g] of groups.entries()) {
    let id: string;
    if (index < 2) {
      id = index === 0 ? 'title-chapter' : 'title-section';
      path = title.slice(0, index);
    } else if (g.kind === 'heading' && SECTION_HEADING.test(g.text)) {
      section = `s${g.text.charAt(1)}`;
      sub = '';
      inColumn = false;
      sectionHeading = g.text;
      id = `${section}-h`;
      path = title;
    } else if (g.kind === 'heading') {
      sub = SUBSECTION_LETTER[g.text.charAt(0)] ?? '';
      subHeading = g.text;
      id = `${section}${sub}-h`;
      path = [...title, sectionHeading];
    } else if (g.kind === 'column-heading') {
      inColumn = true;
      columnHeading = g.text;
      id = `${section}-col-h`;
      path = [...title, sectionHeading];
    } else if (g.kind === 'footnote') {
      id = `fn${g.text.charAt(1)}`;
      path = title;
    } else {
      const scope = inColumn ? `${section}-col` : `${section}${sub}`;
      const suffix = { paragraph: '-p', caption: '-cap', 'figure-caption': '-fig', byline: '-byline' }[
        g.kind as 'paragraph' | 'caption' | 'figure-caption' | 'byline'
      ];
      id = g.kind === 'byline' ? `${scope}-byline` : next(`${scope}${suffix}`);
      path = [...title, sectionHeading, ...(sub ? [subHeading] : []), ...(inColumn ? [columnHeading] : [])];
    }
    parts.push({ id, kind: g.kind, path, text: g.text });
  }
  return parts;
}

/** Joins parts back into the source text. */
export function join(parts: readonly Pick<DocumentPart, 'text'>[]): string {
  return parts.map((p) => p.text).join(' ');
}
