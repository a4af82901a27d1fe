import type { AtlasData } from '../data/loadAtlasData';
import { translate } from '../i18n/strings';
import { useLang } from '../state/derived';

/**
 * The atlas's own English summary of a part, shown in English beside the Japanese original and
 * always labelled unofficial (it is not a translation of record).
 */
export function Summary({ data, partId }: { data: AtlasData; partId: string }) {
  const lang = useLang();
  const text = data.document.summariesEn.parts[partId];
  if (lang !== 'en' || !text) return null;
  return (
    <p className="summary" lang="en" data-summary={partId}>
      <span className="badge" title={data.document.summariesEn.about}>
        {translate(lang, 'unofficialSummary')}
      </span>{' '}
      {text}
    </p>
  );
}
