/**
 * Everything the atlas knows about one place: names, key facts with their sources, the quoted
 * paragraphs, and the point's provenance. Used in the map popup and in the bottom sheet alike.
 * All data is rendered as React text.
 */
import { lazy, Suspense, useEffect, useRef } from 'react';
import type { FeatureEntry } from '../data/loadAtlasData';
import { LAYERS, MOVES_LAYER } from '../data/layers';
import {
  CONFIDENCE_LABELS,
  formatArea,
  formatPartialDate,
  POINT_METHOD_LABELS,
  STATUS_LABELS,
} from '../i18n/format';
import { hasAreaCircle } from '../geometry/areaCircles';
import { translate, type Lang } from '../i18n/strings';
import { LAYER_SYMBOLS } from '../symbology/layerStyles';
import { symbolShapeFor } from '../symbology/mapFeatures';
import { useLang, useLoadedData, useMentions, useSelection } from '../state/derived';
import { useAtlas } from '../state/store';
import { CitationBlock } from '../ui/CitationBlock';
import { CloseButton } from '../ui/CloseButton';
import { LegendSymbol } from '../ui/LegendSymbol';
import { PlanTarget } from '../ui/PlanTarget';

// A move's facts and a place's moves load with their words only when such a place is opened.
const MoveFacts = lazy(() => import('./MoveFacts').then((m) => ({ default: m.MoveFacts })));
const MovesHere = lazy(() => import('./MoveFacts').then((m) => ({ default: m.MovesHere })));

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </>
  );
}

function SourceNote({ lang, text }: { lang: Lang; text: string }) {
  return (
    <span className="source-note">
      {translate(lang, 'source')}: {text}
    </span>
  );
}

/** The selected place's details, or nothing when no place of the atlas's is selected and shown. */
export function FeatureDetails() {
  const { selected } = useSelection();
  return selected ? <Details entry={selected} /> : null;
}

function Details({ entry }: { entry: FeatureEntry }) {
  const data = useLoadedData();
  const mentions = useMentions();
  const lang = useLang();
  const onClose = useAtlas((s) => s.close);
  const onSelect = useAtlas((s) => s.showPlace);
  const onOpenPart = useAtlas((s) => s.openPart);
  const { layer, feature } = entry;
  const p = feature.properties;
  const other: Lang = lang === 'ja' ? 'en' : 'ja';
  const headingRef = useRef<HTMLHeadingElement>(null);
  // Move focus into the details when they open. In the map popup the content is attached to the
  // page only after the popup's own effect has run, so wait one frame.
  useEffect(() => {
    const frame = requestAnimationFrame(() => headingRef.current?.focus());
    return () => cancelAnimationFrame(frame);
  }, [p.id]);
  const location = [p.country?.[lang], p.prefecture?.[lang], p.municipality?.[lang]]
    .filter(Boolean)
    .join(' · ');
  const citedIn = mentions.byFeature.get(p.id) ?? [];
  // Whether a move of the realignment starts or ends here (its list loads only then).
  const movesTouch = data.layers[MOVES_LAYER].features.some(
    (m) => m.properties.move?.from === p.id || m.properties.move?.to === p.id,
  );
  const related = p.related
    .map((id) => data.featuresById.get(id))
    .filter((e): e is FeatureEntry => e !== undefined);

  return (
    <div className="details" data-feature={p.id} role="region" aria-labelledby={`details-title-${p.id}`}>
      <header className="details-header">
        <LegendSymbol shape={symbolShapeFor(layer, feature)} colour={LAYER_SYMBOLS[layer].colour} />
        <div>
          <h2 id={`details-title-${p.id}`} ref={headingRef} tabIndex={-1}>
            <span lang={lang}>{p.name[lang]}</span>
          </h2>
          {/* The name's reading, for a class meeting 経ヶ岬 or 出砂島 for the first time. */}
          {lang === 'ja' && p.reading && (
            <p className="other-name reading" lang="ja">
              {p.reading}
            </p>
          )}
          <p className="other-name" lang={other}>
            {p.name[other]}
          </p>
          <p className="kind">
            {p.kindLabel[lang]} — {LAYERS[layer].title[lang]}
          </p>
        </div>
        <CloseButton onClose={onClose} />
      </header>

      <CitationBlock data={data} citations={p.citations} />

      {citedIn.length > 0 && (
        <section className="cited-in" aria-labelledby={`cited-in-${p.id}`}>
          <h3 id={`cited-in-${p.id}`}>{translate(lang, 'citedIn', { n: citedIn.length })}</h3>
          <ul>
            {citedIn.map((partId) => {
              const part = data.partsById.get(partId);
              return (
                <li key={partId}>
                  <button
                    type="button"
                    className="link"
                    data-part={partId}
                    onClick={() => onOpenPart(partId)}
                  >
                    {translate(lang, 'openInReader')}: <code>{partId}</code>
                  </button>{' '}
                  <span className="muted" lang="ja">
                    {part?.path.slice(2).join(' › ')}
                  </span>
                </li>
              );
            })}
          </ul>
        </section>
      )}

      <section aria-label={translate(lang, 'facts')}>
        <h3>{translate(lang, 'facts')}</h3>
        <dl className="facts">
          {p.move && (
            <Suspense fallback={null}>
              <MoveFacts move={p.move} />
            </Suspense>
          )}
          {location && <Fact label={translate(lang, 'location')}>{location}</Fact>}
          {p.facilityNumber && <Fact label={translate(lang, 'facilityNumber')}>{p.facilityNumber}</Fact>}
          {p.service && <Fact label={translate(lang, 'service')}>{p.service}</Fact>}
          {p.area && (
            <Fact label={translate(lang, 'area')}>
              {formatArea(p.area, lang)} ({translate(lang, 'asOf')} {formatPartialDate(p.area.asOf, lang)})
              {p.area.note && <span className="fact-note">{p.area.note[lang]}</span>}
              {hasAreaCircle(entry.layer, entry.feature) && (
                <span className="fact-note" data-area-circle>
                  {translate(lang, 'areaCircleOnMap')}
                </span>
              )}
              <SourceNote lang={lang} text={p.area.source} />
            </Fact>
          )}
          {p.status && p.status.code !== 'place' && (
            <Fact label={translate(lang, 'status')}>
              <strong>{STATUS_LABELS[p.status.code][lang]}</strong> ({translate(lang, 'asOf')}{' '}
              {formatPartialDate(p.status.asOf, lang)}
              {p.status.sourceDate === 'unknown' && translate(lang, 'sourceDateUnknown')})
              {p.status.planTarget && (
                <span className="fact-note">
                  {translate(lang, 'planTarget')}: <PlanTarget status={p.status} lang={lang} />
                </span>
              )}
              {p.status.planCategory && (
                <span className="fact-note">
                  {translate(lang, 'planCategory')}: {p.status.planCategory[lang]}
                </span>
              )}
              {p.status.condition && (
                <span className="fact-note">
                  {translate(lang, 'condition')}: {p.status.condition[lang]}
                </span>
              )}
              <SourceNote lang={lang} text={p.status.source} />
            </Fact>
          )}
        </dl>
        {p.events.length > 0 && (
          <>
            <h3>{translate(lang, 'timeline')}</h3>
            <ol className="events">
              {p.events.map((e, i) => (
                <li key={i}>
                  <time dateTime={e.date}>{formatPartialDate(e.date, lang)}</time> {e.label[lang]}
                  {e.fromDocument && <span className="badge">{translate(lang, 'documentDate')}</span>}
                  <SourceNote lang={lang} text={e.source} />
                </li>
              ))}
            </ol>
          </>
        )}
        {p.notes && (
          <p className="feature-note">
            <strong>{translate(lang, 'notes')}:</strong> {p.notes[lang]}
          </p>
        )}
      </section>

      <section className="provenance" aria-label={translate(lang, 'point')}>
        <h3>{translate(lang, 'point')}</h3>
        <p>
          {p.geometry.method === 'stand-in' && (
            <strong className="badge warn">{translate(lang, 'pointStandIn')}</strong>
          )}{' '}
          {POINT_METHOD_LABELS[p.geometry.method][lang]}: {p.geometry.represents[lang]} (
          {translate(lang, 'confidence')} {CONFIDENCE_LABELS[p.geometry.confidence][lang]}).{' '}
          <code>
            {feature.geometry.coordinates[1]}, {feature.geometry.coordinates[0]}
          </code>
        </p>
        <SourceNote lang={lang} text={p.geometry.source} />
      </section>

      {movesTouch && (
        <Suspense fallback={null}>
          <MovesHere entry={entry} />
        </Suspense>
      )}

      {related.length > 0 && (
        <nav className="related" aria-label={translate(lang, 'related')}>
          <h3>{translate(lang, 'related')}</h3>
          <ul>
            {related.map((r) => (
              <li key={r.feature.properties.id}>
                <button type="button" className="link" onClick={() => onSelect(r.feature.properties.id)}>
                  {r.feature.properties.name[lang]}
                </button>{' '}
                <span className="muted">({LAYERS[r.layer].title[lang]})</span>
              </li>
            ))}
          </ul>
        </nav>
      )}
    </div>
  );
}
