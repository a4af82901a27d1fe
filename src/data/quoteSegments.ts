/**
 * Splits a paragraph into plain and highlighted runs, so quotes, mentions and search matches can be
 * marked inside the whole paragraph and rendered as text. Overlapping ranges merge.
 */
export interface TextRun {
  text: string;
  marked: boolean;
}

export function rangeSegments(paragraph: string, ranges: readonly (readonly [number, number])[]): TextRun[] {
  const marked = new Array<boolean>(paragraph.length).fill(false);
  for (const [start, end] of ranges) marked.fill(true, Math.max(0, start), Math.min(paragraph.length, end));
  const runs: TextRun[] = [];
  for (let i = 0; i < paragraph.length; i++) {
    const last = runs[runs.length - 1];
    if (last && last.marked === marked[i]) last.text += paragraph[i];
    else runs.push({ text: paragraph[i] as string, marked: marked[i] as boolean });
  }
  return runs;
}

/** Marks every occurrence of every quote. */
export function quoteSegments(paragraph: string, quotes: readonly string[]): TextRun[] {
  const ranges: [number, number][] = [];
  for (const quote of quotes) {
    if (!quote) continue;
    for (let at = paragraph.indexOf(quote); at >= 0; at = paragraph.indexOf(quote, at + 1)) {
      ranges.push([at, at + quote.length]);
    }
  }
  return rangeSegments(paragraph, ranges);
}
