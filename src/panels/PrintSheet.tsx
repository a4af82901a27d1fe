/**
 * What a printed worksheet adds under the map: the title, the link to this view, a legend of the
 * visible layers, and the selected place's or paragraph's quotes with citations. Hidden on screen.
 */
import { LAYER_IDS, LAYERS } from '../data/layers';
import { formatPartialDate } from '../i18n/format';
import { translate } from '../i18n/strings';
import { useLang, useLoadedData, useSelection } from '../state/derived';
import { formatHash } from '../state/hashState';
import { hashOf } from '../state/linkSync';
import { useAtlas } from '../state/store';
import { LAYER_SYMBOLS } from '../symbology/layerStyles';
import { CitationBlock } from '../ui/CitationBlock';
import { LegendSymbol } from '../ui/LegendSymbol';
import { QuotedParagraph } from '../ui/QuotedParagraph';

export function PrintSheet() {
  const data = useLoadedData();
  const lang = useLang();
  const visible = useAtlas((s) => s.visible);
  const { selected } = useSelection();
  const activePart = useAtlas((s) => s.activePart);
  // The link of what is on screen: the store's state as the link writes it.
  const hash = useAtlas((s) => formatHash(hashOf(s)));
  const href = `${window.location.origin}${window.location.pathname}${window.location.search}${hash}`;
  const today = new Date().toISOString().slice(0, 10);
  const part = activePart ? data.partsById.get(activePart) : undefined;
  return (
    <section className="print-sheet" aria-hidden="true">
      {/* Not an h1: the page already has one (the sidebar's), which print hides. */}
      <p className="print-title">{translate(lang, 'appTitle')}</p>
      <p>{translate(lang, 'appSubtitle')}</p>
      <p className="print-meta">
        {translate(lang, 'printedOn')}: {formatPartialDate(today, lang)} · {translate(lang, 'printLink')}:{' '}
        <span className="print-link">{href}</span>
      </p>
      <h2>{translate(lang, 'legend')}</h2>
      <ul className="print-legend">
        {LAYER_IDS.filter((l) => visible.has(l)).map((l) => (
          <li key={l}>
            <LegendSymbol shape={LAYER_SYMBOLS[l].shape} colour={LAYER_SYMBOLS[l].colour} size={14} />{' '}
            {LAYERS[l].title[lang]} ({translate(lang, 'placesCount', { n: data.layers[l].features.length })})
          </li>
        ))}
      </ul>
      {selected && (
        <>
          <h2>
            {selected.feature.properties.name[lang]} /{' '}
            {selected.feature.properties.name[lang === 'ja' ? 'en' : 'ja']}
          </h2>
          <CitationBlock data={data} citations={selected.feature.properties.citations} />
        </>
      )}
      {!selected && part && (
        <>
          <h2>
            {translate(lang, 'paragraph')} {part.id}
          </h2>
          <QuotedParagraph part={part} quotes={[]} />
          <p className="citation-line">
            {translate(lang, 'citedAs')}: {data.document.citation.ja}
          </p>
        </>
      )}
      <p className="citation-line">
        {translate(lang, 'citedAs')}: {data.document.citation.ja} ({data.document.citation.url}).{' '}
        {data.document.citation.licence}.
      </p>
    </section>
  );
}
