/**
 * Text normalisation for matching place names and for search, keeping a map back to the original
 * offsets so matches can be highlighted in the text as printed.
 *
 * - Bracketed kana readings are dropped: 辺(へ)野古 → 辺野古, 嘉手納(かでな) → 嘉手納.
 * - Old character forms the document uses are folded: 橫 → 横.
 * - For search only: NFKC width folding, lower case, katakana → hiragana, and no 「・」 or spaces,
 *   so 「ホワイト・ビーチ」 finds ホワイトビーチ and 「ふてんま」 finds フテンマ.
 */
export interface Normalized {
  text: string;
  /** origin[i] is the offset in the original text of normalised character i; one extra entry for the end. */
  origin: number[];
}

const READING = /^\([\u3041-\u3096ー]+\)/;
const OLD_FORMS: Record<string, string> = { 橫: '横' };

function foldForSearch(ch: string): string {
  const folded = ch.normalize('NFKC').toLowerCase();
  return folded.replace(/[\u30a1-\u30f6]/g, (k) => String.fromCharCode(k.charCodeAt(0) - 0x60));
}

export function normalize(text: string, mode: 'mention' | 'search'): Normalized {
  let out = '';
  const origin: number[] = [];
  for (let i = 0; i < text.length;) {
    const reading = READING.exec(text.slice(i, i + 12));
    if (reading && i > 0) {
      i += reading[0].length;
      continue;
    }
    const ch = text[i] as string;
    let mapped = OLD_FORMS[ch] ?? ch;
    if (mode === 'search') {
      mapped = /[・\s]/.test(mapped) ? '' : foldForSearch(mapped);
    }
    for (const part of mapped) {
      out += part;
      origin.push(i);
    }
    i += 1;
  }
  origin.push(text.length);
  return { text: out, origin };
}

/** Every [start, end) range in the original text where `needle` (already normalised) occurs. */
export function findAll(haystack: Normalized, needle: string): [number, number][] {
  const ranges: [number, number][] = [];
  if (!needle) return ranges;
  for (let at = haystack.text.indexOf(needle); at >= 0; at = haystack.text.indexOf(needle, at + 1)) {
    const start = haystack.origin[at] as number;
    const lastChar = haystack.origin[at + needle.length - 1] as number;
    ranges.push([start, lastChar + 1]);
  }
  return ranges;
}
