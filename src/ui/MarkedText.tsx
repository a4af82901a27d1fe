import type { TextRun } from '../data/quoteSegments';

/** Text runs with the marked ones in <mark>; everything is rendered as text. */
export function MarkedText({ runs, markClass }: { runs: readonly TextRun[]; markClass?: string }) {
  return (
    <>
      {runs.map((run, index) =>
        run.marked ? (
          <mark key={index} className={markClass}>
            {run.text}
          </mark>
        ) : (
          <span key={index}>{run.text}</span>
        ),
      )}
    </>
  );
}
