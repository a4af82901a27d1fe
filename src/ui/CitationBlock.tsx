import type { AtlasData } from '../data/loadAtlasData';
import type { Citation } from '../data/schema';
import { translate } from '../i18n/strings';
import { useLang } from '../state/derived';
import { DocumentLinks } from './DocumentLinks';
import { QuotedParagraph } from './QuotedParagraph';
import { Summary } from './Summary';

/** Every paragraph a feature cites, quoted whole with its heading path and the citation line. */
export function CitationBlock({ data, citations }: { data: AtlasData; citations: readonly Citation[] }) {
  const lang = useLang();
  const byParagraph = new Map<string, Citation[]>();
  for (const c of citations) byParagraph.set(c.paragraph, [...(byParagraph.get(c.paragraph) ?? []), c]);
  const { citation } = data.document;
  return (
    <section className="citations" aria-label={translate(lang, 'whatTheDocumentSays')}>
      <h3>{translate(lang, 'whatTheDocumentSays')}</h3>
      {lang === 'en' && <p className="hint">{translate(lang, 'quoteLanguageNote')}</p>}
      {[...byParagraph].map(([paragraphId, cites]) => {
        const part = data.partsById.get(paragraphId);
        if (!part) return null;
        const notes = cites.filter((c) => c.mention === 'covers');
        return (
          <article key={paragraphId} className="citation" data-paragraph={paragraphId}>
            <p className="heading-path" lang="ja">
              {part.path.slice(2).join(' › ') || part.path.join(' › ')}
            </p>
            {/* Said before the quote, so no one reads a paragraph looking for a name it lacks. */}
            {notes.map((c, i) => (
              <p key={i} className="mention-note">
                {translate(lang, 'notNamed')}
                {c.note ? `: ${c.note[lang]}` : ''}
              </p>
            ))}
            <QuotedParagraph part={part} quotes={cites.map((c) => c.quote)} />
            <Summary data={data} partId={paragraphId} />
            <p className="citation-line">
              {translate(lang, 'citedAs')}: <span lang="ja">{citation.ja}</span>
              {lang === 'en' && <> ({citation.en})</>}, {translate(lang, 'paragraph')}{' '}
              <code>{paragraphId}</code>. <DocumentLinks citation={citation} />
            </p>
          </article>
        );
      })}
    </section>
  );
}
