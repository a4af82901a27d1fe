/**
 * Splits a paragraph into plain and highlighted runs so a quote can be marked inside the whole
 * paragraph, rendered as text. Every occurrence of every quote is marked; overlapping quotes merge.
 */
export interface TextRun {
  text: string;
  marked: boolean;
}

export function quoteSegments(paragraph: string, quotes: readonly string[]): TextRun[] {
  const marked = new Array<boolean>(paragraph.length).fill(false);
  for (const quote of quotes) {
    if (!quote) continue;
    for (let at = paragraph.indexOf(quote); at >= 0; at = paragraph.indexOf(quote, at + 1)) {
      marked.fill(true, at, at + quote.length);
    }
  }
  const runs: TextRun[] = [];
  for (let i = 0; i < paragraph.length; i++) {
    const last = runs[runs.length - 1];
    if (last && last.marked === marked[i]) last.text += paragraph[i];
    else runs.push({ text: paragraph[i] as string, marked: marked[i] as boolean });
  }
  return runs;
}
