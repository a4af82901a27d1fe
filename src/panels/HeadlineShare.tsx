/**
 * The figure people quote from this topic, where a class sees it first: Okinawa Prefecture's share
 * of the area of exclusive-use U.S. facilities in Japan, computed from the official figures in
 * geodata/official-totals.json, with its definition, date and source.
 */
import { largestShare } from '../data/prefectureTotals';
import { formatNumber, formatPartialDate } from '../i18n/format';
import { prefectureName } from '../i18n/prefectures';
import { translate } from '../i18n/strings';
import { useLang, useLoadedData } from '../state/derived';

export function HeadlineShare() {
  const data = useLoadedData();
  const lang = useLang();
  const official = data.officialTotals;
  const top = largestShare(official);
  if (!top) return null;
  const { share } = top;
  return (
    <section className="headline" aria-labelledby="headline-figure">
      <p className="headline-figure" id="headline-figure">
        <span className="headline-place">{prefectureName(top.prefecture, lang)}</span>{' '}
        <strong data-share={share}>{formatNumber(share, lang)}%</strong>{' '}
        <span className="headline-short">
          {translate(lang, 'headlineShort', { date: formatPartialDate(official.asOf, lang) })}
        </span>
      </p>
      <details className="headline-more">
        <summary>{translate(lang, 'headlineMore')}</summary>
        <p>
          {translate(lang, 'headlineDefinition', {
            top: formatNumber(top.thousandM2, lang),
            total: formatNumber(official.total.thousandM2, lang),
          })}
        </p>
        <p className="muted">
          {translate(lang, 'source')}: {official.source}
        </p>
      </details>
    </section>
  );
}
