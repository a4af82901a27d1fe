import { quoteSegments } from '../data/quoteSegments';
import type { DocumentPart } from '../data/schema';
import { MarkedText } from './MarkedText';

/** A whole paragraph of the document with the quoted words marked. Rendered as text only. */
export function QuotedParagraph({ part, quotes }: { part: DocumentPart; quotes: readonly string[] }) {
  return (
    <blockquote className="quote" lang="ja">
      <p>
        <MarkedText runs={quoteSegments(part.text, quotes)} />
      </p>
    </blockquote>
  );
}
