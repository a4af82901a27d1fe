/**
 * What a printed worksheet adds under the map: the title, the link to this view, a legend of the
 * visible layers, and the selected place's or paragraph's quotes with citations. Hidden on screen.
 */
import type { AtlasData, FeatureEntry } from '../data/loadAtlasData';
import { LAYER_IDS, LAYERS, type LayerId } from '../data/layers';
import { formatPartialDate } from '../i18n/format';
import { translate, type Lang } from '../i18n/strings';
import { LAYER_SYMBOLS } from '../symbology/layerStyles';
import { CitationBlock } from '../ui/CitationBlock';
import { LegendSymbol } from '../ui/LegendSymbol';
import { QuotedParagraph } from '../ui/QuotedParagraph';

interface PrintSheetProps {
  data: AtlasData;
  lang: Lang;
  visible: ReadonlySet<LayerId>;
  selected: FeatureEntry | undefined;
  activePart: string | null;
  href: string;
  today: string;
}

export function PrintSheet({ data, lang, visible, selected, activePart, href, today }: PrintSheetProps) {
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
          <CitationBlock data={data} citations={selected.feature.properties.citations} lang={lang} />
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
