/**
 * The whole document in order — headings, paragraphs, captions, footnotes — with the places each
 * part mentions as chips. "Show on map" highlights and frames a part's places; a chip opens a place.
 */
import { useEffect, useState, type ReactNode } from 'react';
import type { AtlasData } from '../data/loadAtlasData';
import { featuresOfPart, type MentionIndex } from '../data/mentions';
import { rangeSegments } from '../data/quoteSegments';
import type { DocumentPart } from '../data/schema';
import { translate, type Lang } from '../i18n/strings';
import { LAYER_SYMBOLS } from '../symbology/layerStyles';
import { symbolShapeFor } from '../symbology/mapFeatures';
import { LegendSymbol } from '../ui/LegendSymbol';
import { MarkedText } from '../ui/MarkedText';
import { Summary } from '../ui/Summary';
import { useLang, useLoadedData, useMentions } from '../state/derived';
import { useAtlas } from '../state/store';
import { LessonAdd } from './LessonAdd';

export const partElementId = (id: string) => `part-${id}`;

/** A part's places, split into those it names and those it covers; kept per mention index. */
const placesCache = new WeakMap<
  MentionIndex,
  Map<string, { ids: string[]; named: Set<string>; covered: string[] }>
>();
function placesEntry(mentions: MentionIndex, partId: string) {
  let byPart = placesCache.get(mentions);
  if (!byPart) placesCache.set(mentions, (byPart = new Map()));
  let entry = byPart.get(partId);
  if (!entry) {
    const ids = featuresOfPart(mentions, partId);
    const named = new Set(
      (mentions.byPart.get(partId) ?? [])
        .filter((m) => m.start !== undefined || m.named)
        .map((m) => m.featureId),
    );
    entry = { ids, named, covered: ids.filter((id) => !named.has(id)) };
    byPart.set(partId, entry);
  }
  return entry;
}

export function ReaderPanel() {
  const data = useLoadedData();
  const mentions = useMentions();
  const lang = useLang();
  const activePart = useAtlas((s) => s.activePart);
  /** A new object whenever the reader should scroll to a part and focus it. */
  const readerFocus = useAtlas((s) => s.readerFocus);
  const onShowPart = useAtlas((s) => s.showPart);
  const onSelectFeature = useAtlas((s) => s.showPlace);
  const teaching = useAtlas((s) => !s.start.lock);
  const [said, setSaid] = useState('');
  useEffect(() => {
    if (!readerFocus) return;
    const frame = requestAnimationFrame(() => {
      const element = document.getElementById(partElementId(readerFocus.part));
      element?.scrollIntoView({ block: 'start' });
      element?.focus({ preventScroll: true });
    });
    return () => cancelAnimationFrame(frame);
  }, [readerFocus]);

  return (
    <section className="reader" aria-labelledby="reader-heading">
      <h2 id="reader-heading">{translate(lang, 'readerHeading')}</h2>
      <p className="hint">{translate(lang, 'readerIntro')}</p>
      <p className="visually-hidden" role="status">
        {said}
      </p>
      <div lang="ja">
        {data.document.parts.map((part) => (
          <Part
            key={part.id}
            part={part}
            data={data}
            mentions={mentions}
            lang={lang}
            active={part.id === activePart}
            onShowPart={onShowPart}
            onSelectFeature={onSelectFeature}
            onAnnounce={teaching ? setSaid : null}
          />
        ))}
      </div>
    </section>
  );
}

interface PartProps {
  part: DocumentPart;
  data: AtlasData;
  mentions: MentionIndex;
  lang: Lang;
  active: boolean;
  onShowPart: (id: string | null) => void;
  onSelectFeature: (id: string) => void;
  /** Set for a teacher (not in a locked student link): the part can be added to their lesson. */
  onAnnounce: ((text: string) => void) | null;
}

function Part({ part, data, mentions, lang, active, onShowPart, onSelectFeature, onAnnounce }: PartProps) {
  const partMentions = mentions.byPart.get(part.id) ?? [];
  const ranges = partMentions.filter((m) => m.start !== undefined).map((m) => [m.start!, m.end!] as const);
  const text = <MarkedText runs={rangeSegments(part.text, ranges)} markClass="mention" />;
  if (part.kind === 'title') {
    return (
      <>
        <p className="reader-title">{part.text}</p>
        <Summary data={data} partId={part.id} />
      </>
    );
  }
  if (part.kind === 'heading' || part.kind === 'column-heading') {
    const Heading = /^\(\d\)/.test(part.text) ? 'h3' : 'h4';
    return (
      <>
        <Heading id={partElementId(part.id)} tabIndex={-1} className="reader-heading">
          {text}
        </Heading>
        <Summary data={data} partId={part.id} />
      </>
    );
  }
  const { ids, named, covered } = placesEntry(mentions, part.id);
  const chip = (id: string) => {
    const entry = data.featuresById.get(id);
    if (!entry) return null;
    return (
      <li key={id}>
        <button
          type="button"
          className="chip"
          data-feature={id}
          onClick={() => onSelectFeature(id)}
          lang={lang}
        >
          <LegendSymbol
            shape={symbolShapeFor(entry.layer, entry.feature)}
            colour={LAYER_SYMBOLS[entry.layer].colour}
            size={12}
          />
          {entry.feature.properties.name[lang]}
        </button>
      </li>
    );
  };
  return (
    <article
      id={partElementId(part.id)}
      tabIndex={-1}
      className={`reader-part ${part.kind}${active ? ' active' : ''}`}
      data-part={part.id}
      aria-current={active ? 'true' : undefined}
    >
      <p>
        <span className="part-id" aria-hidden="true">
          {part.id}
        </span>
        {text}
      </p>
      <Summary data={data} partId={part.id} />
      {ids.length > 0 && (
        <div className="part-places" lang={lang}>
          <button
            type="button"
            className="show-on-map"
            aria-pressed={active}
            onClick={() => onShowPart(active ? null : part.id)}
          >
            {translate(lang, active ? 'shownOnMap' : 'showOnMap')}
          </button>
          <ul className="chips" aria-label={translate(lang, 'placesInParagraph')}>
            {ids.filter((id) => named.has(id)).map(chip)}
          </ul>
          {covered.length > 0 && <CoveredChips ids={covered} lang={lang} chip={chip} />}
        </div>
      )}
      {onAnnounce && (
        <div lang={lang}>
          <LessonAdd paragraph={part.id} lang={lang} announce={onAnnounce} />
        </div>
      )}
    </article>
  );
}

/** Most covered places a paragraph lists; the rest are on the map (Show on map) and in search. */
const MAX_COVERED_CHIPS = 300;

/** The places a part covers without naming them: drawn only once opened, and only so many. */
function CoveredChips({
  ids,
  lang,
  chip,
}: {
  ids: readonly string[];
  lang: Lang;
  chip: (id: string) => ReactNode;
}) {
  const [open, setOpen] = useState(false);
  return (
    <details className="covered" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{translate(lang, 'coveredWithoutNaming', { n: ids.length })}</summary>
      {open && <ul className="chips">{ids.slice(0, MAX_COVERED_CHIPS).map(chip)}</ul>}
      {open && ids.length > MAX_COVERED_CHIPS && (
        <p className="hint">{translate(lang, 'moreInList', { n: ids.length - MAX_COVERED_CHIPS })}</p>
      )}
    </details>
  );
}
