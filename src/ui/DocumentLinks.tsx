import type { DocumentCitation } from '../data/schema';
import { translate, type Lang } from '../i18n/strings';

/** Links to the ministry's Japanese text and its official English edition. */
export function DocumentLinks({ citation, lang }: { citation: DocumentCitation; lang: Lang }) {
  return (
    <>
      <a href={citation.url} target="_blank" rel="noopener noreferrer">
        {translate(lang, 'japaneseText')}
      </a>{' '}
      ·{' '}
      <a href={citation.englishEditionUrl} target="_blank" rel="noopener noreferrer">
        {translate(lang, 'englishEdition')}
      </a>
    </>
  );
}
