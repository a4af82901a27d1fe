import type { DocumentCitation } from '../data/schema';
import { translate } from '../i18n/strings';
import { useLang } from '../state/derived';

/** Links to the ministry's Japanese text and its official English edition. */
export function DocumentLinks({ citation }: { citation: DocumentCitation }) {
  const lang = useLang();
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
