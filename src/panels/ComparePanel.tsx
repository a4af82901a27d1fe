/**
 * Compare sizes and distances: an equal-area footprint of any place with an official area, shown at
 * its site and moved anywhere (a preset, another place, a point picked on the map, 1 km at a time, or
 * dragged), and distances and areas between places chosen from lists or points picked on the map.
 * Everything here works by keyboard and by a single pointer: nothing needs dragging.
 */
import { useMemo, useState } from 'react';
import { areaInHectares } from '../data/featureFacts';
import type { AtlasData } from '../data/loadAtlasData';
import { LAYERS } from '../data/layers';
import { nudged } from '../geometry/footprint';
import { formatArea, formatNumber, formatPartialDate } from '../i18n/format';
import { translate, type Lang } from '../i18n/strings';
import { useFootprintShape, useLang, useLoadedData, useMeasurement } from '../state/derived';
import { useAtlas } from '../state/store';

export interface MeasurePreset {
  id: string;
  from: string;
  to: string;
}

/** Distances the document invites: the Futenma relocation, the Marines to Guam, two naval ports. */
export const MEASURE_PRESETS: readonly MeasurePreset[] = [
  { id: 'futenma-henoko', from: 'futenma', to: 'henoko-frf' },
  { id: 'okinawa-guam', from: 'ctx-okinawa', to: 'ctx-guam' },
  { id: 'yokosuka-sasebo', from: 'yokosuka', to: 'sasebo' },
];

const MAX_OTHER_PLACES = 200;

export function ComparePanel() {
  const data = useLoadedData();
  const lang = useLang();
  const footprint = useAtlas((s) => s.footprint);
  const computedHectares = useFootprintShape()?.properties.computedHectares ?? null;
  const pickMode = useAtlas((s) => s.pickMode);
  const measurement = useMeasurement();
  const measureCount = useAtlas((s) => s.measurePoints.length);
  const onFootprint = useAtlas((s) => s.setFootprint);
  const onPickMode = useAtlas((s) => s.setPickMode);
  const onMeasurePoints = useAtlas((s) => s.setMeasurePoints);
  const onMoveFootprint = useAtlas((s) => s.moveFootprint);
  const [between, setBetween] = useState<[string, string]>(['', '']);
  // Computed once per data set, so selecting a place does not walk every feature again.
  const { otherPlaces, candidates } = useMemo(() => {
    const entries = [...data.featuresById.values()];
    return {
      // Places to move a footprint to: those the document names (a few dozen, whatever the data's size).
      otherPlaces: entries
        .filter(
          (e) =>
            e.feature.properties.geometry.sameAs === undefined &&
            e.feature.properties.citations.some((c) => c.mention === 'named'),
        )
        .slice(0, MAX_OTHER_PLACES),
      candidates: entries
        .filter(
          (e) =>
            e.feature.properties.area !== undefined && e.feature.properties.area.includedIn === undefined,
        )
        .filter((e) => e.layer === 'okinawa-land-returns' || e.layer === 'us-facilities')
        .sort(
          (a, b) =>
            (areaInHectares(b.feature.properties.area) ?? 0) -
            (areaInHectares(a.feature.properties.area) ?? 0),
        ),
    };
  }, [data]);
  const entry = footprint ? data.featuresById.get(footprint.featureId) : undefined;
  const area = entry?.feature.properties.area;
  const hectares = areaInHectares(area);
  const pointOf = (id: string) => data.featuresById.get(id)?.feature.geometry.coordinates;

  const moveTo = (value: string) => {
    if (!footprint) return;
    if (value === 'pick') return onPickMode('footprint');
    const [kind, id] = value.split(':') as [string, string];
    const point = kind === 'place' ? data.comparisons.places.find((p) => p.id === id)?.point : pointOf(id);
    if (point) onFootprint({ ...footprint, center: [point[0], point[1]] });
  };

  return (
    <section className="compare" aria-labelledby="compare-heading">
      <h3 id="compare-heading">{translate(lang, 'footprintHeading')}</h3>
      <p className="hint">{translate(lang, 'footprintIntro')}</p>
      <label className="field" htmlFor="footprint-place">
        {translate(lang, 'footprintPlace')}
      </label>
      <select
        id="footprint-place"
        value={footprint?.featureId ?? ''}
        onChange={(event) => {
          const id = event.target.value;
          const point = pointOf(id);
          onFootprint(id && point ? { featureId: id, center: [point[0], point[1]] } : null);
        }}
      >
        <option value="">—</option>
        {candidates.map((c) => (
          <option key={c.feature.properties.id} value={c.feature.properties.id}>
            {c.feature.properties.name[lang]} ({formatArea(c.feature.properties.area!, lang)})
          </option>
        ))}
      </select>
      {footprint && entry && area && hectares !== undefined && (
        <>
          <label className="field" htmlFor="footprint-move">
            {translate(lang, 'footprintMoveTo')}
          </label>
          <select id="footprint-move" value="" onChange={(event) => moveTo(event.target.value)}>
            <option value="">—</option>
            <option value={`feature:${entry.feature.properties.id}`}>
              {translate(lang, 'footprintItsSite')}
            </option>
            {data.comparisons.places.map((p) => (
              <option key={p.id} value={`place:${p.id}`}>
                {p.name[lang]}
              </option>
            ))}
            <option value="pick">{translate(lang, 'footprintPick')}</option>
            <optgroup label={translate(lang, 'footprintOtherPlaces')}>
              {otherPlaces.map((e) => (
                <option key={e.feature.properties.id} value={`feature:${e.feature.properties.id}`}>
                  {e.feature.properties.name[lang]} — {LAYERS[e.layer].title[lang]}
                </option>
              ))}
            </optgroup>
          </select>
          <div className="nudge" role="group" aria-labelledby="footprint-nudge">
            <span id="footprint-nudge">{translate(lang, 'footprintNudge')}</span>
            {(
              [
                ['north', 0, '↑'],
                ['west', 270, '←'],
                ['east', 90, '→'],
                ['south', 180, '↓'],
              ] as const
            ).map(([word, bearing, arrow]) => (
              <button
                key={word}
                type="button"
                data-bearing={bearing}
                onClick={() => onMoveFootprint(nudged(footprint.center, bearing))}
              >
                <span aria-hidden="true">{arrow}</span> {translate(lang, word)}
              </button>
            ))}
          </div>
          {pickMode === 'footprint' && (
            <p className="pick-hint" role="status">
              {translate(lang, 'pickOnMap')}
            </p>
          )}
          <dl className="facts footprint-facts" data-footprint={footprint.featureId}>
            <dt>{translate(lang, 'officialArea')}</dt>
            <dd>
              {formatArea(area, lang)} ({translate(lang, 'asOf')} {formatPartialDate(area.asOf, lang)})
              <span className="source-note">
                {translate(lang, 'source')}: {area.source}
              </span>
            </dd>
            <dt>{translate(lang, 'drawnArea')}</dt>
            <dd data-computed-hectares={computedHectares ?? undefined}>
              {computedHectares === null
                ? ''
                : `${formatNumber(Math.round(computedHectares * 10) / 10, lang)} ha`}
            </dd>
            {data.comparisons.sizes.map((size) => (
              <SizeComparison key={size.id} lang={lang} hectares={hectares} size={size} />
            ))}
          </dl>
          <p className="hint">{translate(lang, 'footprintSchematic')}</p>
          <button type="button" onClick={() => onFootprint(null)}>
            {translate(lang, 'footprintRemove')}
          </button>
        </>
      )}

      <h3>{translate(lang, 'measureHeading')}</h3>
      <div className="presets">
        {MEASURE_PRESETS.map((preset) => {
          const from = data.featuresById.get(preset.from);
          const to = data.featuresById.get(preset.to);
          if (!from || !to) return null;
          return (
            <button
              key={preset.id}
              type="button"
              data-measure={preset.id}
              onClick={() =>
                onMeasurePoints([from.feature.geometry.coordinates, to.feature.geometry.coordinates])
              }
            >
              {from.feature.properties.name[lang]} → {to.feature.properties.name[lang]}
            </button>
          );
        })}
      </div>
      <fieldset className="measure-between">
        <legend>{translate(lang, 'measureBetween')}</legend>
        {(['measureFrom', 'measureTo'] as const).map((label, end) => (
          <span key={label}>
            <label htmlFor={`measure-${end ? 'to' : 'from'}`}>{translate(lang, label)}</label>{' '}
            <select
              id={`measure-${end ? 'to' : 'from'}`}
              value={between[end]}
              onChange={(event) => {
                const next: [string, string] =
                  end === 0 ? [event.target.value, between[1]] : [between[0], event.target.value];
                setBetween(next);
                const [a, b] = next.map(pointOf);
                if (a && b) onMeasurePoints([a, b]);
              }}
            >
              <option value="">—</option>
              {otherPlaces.map((e) => (
                <option key={e.feature.properties.id} value={e.feature.properties.id}>
                  {e.feature.properties.name[lang]}
                </option>
              ))}
            </select>
          </span>
        ))}
      </fieldset>
      <div className="measure-buttons">
        <button
          type="button"
          aria-pressed={pickMode === 'measure'}
          onClick={() => onPickMode(pickMode === 'measure' ? null : 'measure')}
        >
          {translate(lang, 'measurePick')}
        </button>
        <button type="button" onClick={() => onMeasurePoints([])} disabled={measureCount === 0}>
          {translate(lang, 'measureClear')}
        </button>
      </div>
      {pickMode === 'measure' && (
        <p className="pick-hint" role="status">
          {translate(lang, 'pickPoints')}
        </p>
      )}
      {measureCount >= 2 && (
        <dl className="facts measure-result" aria-live="polite">
          <dt>{translate(lang, 'distance')}</dt>
          <dd data-distance-km={measurement.distanceKm.toFixed(1)}>
            {formatNumber(Math.round(measurement.distanceKm * 10) / 10, lang)} km
          </dd>
          {measurement.areaKm2 !== undefined && (
            <>
              <dt>{translate(lang, 'enclosedArea')}</dt>
              <dd>{formatNumber(Math.round(measurement.areaKm2 * 100) / 100, lang)} km²</dd>
            </>
          )}
        </dl>
      )}
    </section>
  );
}

function SizeComparison({
  lang,
  hectares,
  size,
}: {
  lang: Lang;
  hectares: number;
  size: AtlasData['comparisons']['sizes'][number];
}) {
  const ratio = hectares / size.hectares;
  const shown =
    ratio >= 10 ? formatNumber(Math.round(ratio), lang) : formatNumber(Math.round(ratio * 100) / 100, lang);
  return (
    <>
      <dt>{translate(lang, 'asManyAs', { what: size.name[lang] })}</dt>
      <dd data-size={size.id}>
        {translate(lang, 'timesSize', { n: shown })}
        <span className="source-note">
          {size.name[lang]} = {formatNumber(size.hectares, lang)} ha. {translate(lang, 'source')}:{' '}
          {size.source}
        </span>
      </dd>
    </>
  );
}
