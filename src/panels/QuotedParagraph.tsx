import { quoteSegments } from '../data/quoteSegments';
import type { DocumentPart } from '../data/schema';

/** A whole paragraph of the document with the quoted words marked. Rendered as text only. */
export function QuotedParagraph({ part, quotes }: { part: DocumentPart; quotes: readonly string[] }) {
  return (
    <blockquote className="quote" lang="ja" cite={`#${part.id}`}>
      <p>
        {quoteSegments(part.text, quotes).map((run, index) =>
          run.marked ? <mark key={index}>{run.text}</mark> : <span key={index}>{run.text}</span>,
        )}
      </p>
    </blockquote>
  );
}
