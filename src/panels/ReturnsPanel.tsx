/**
 * Okinawa land returns through time: a year slider with play, the totals at that year, and every
 * return item as a bar by area, grouped by plan and coloured by its status in that year.
 * A bar opens its place on the map; the selected place's bar is marked.
 */
import { useEffect, useState } from 'react';
import { areaInHectares } from '../data/featureFacts';
import { MOVES_LAYER } from '../data/layers';
import { dateDifferences, returnTotals, statusAt, type TimelineStatus } from '../data/returnsTimeline';
import { PLAN_IDS, type PlaceFeature, type PlansFile } from '../data/schema';
import { formatNumber, formatPartialDate, STATUS_LABELS } from '../i18n/format';
import { translate, type Lang } from '../i18n/strings';
import { timelineRangeOf, useLang, useLoadedData, useYear } from '../state/derived';
import { useAtlas } from '../state/store';
import { PlanTarget } from '../ui/PlanTarget';

/** One year per step while playing. */
const PLAY_STEP_MS = 600;

/**
 * The chart's scale: linear, up to `max`; a bar longer than that (an item several times larger
 * than the rest, such as the Northern Training Area) is drawn full and broken (≈), its value
 * written as for every bar. Without a jump of 4× or more among the three largest, no bar breaks.
 */
export function chartScale(areas: number[]): { max: number; breaks: boolean } {
  const sorted = areas.filter((a) => a > 0).sort((a, b) => b - a);
  for (let i = 0; i < Math.min(3, sorted.length - 1); i++)
    if (sorted[i]! >= 4 * sorted[i + 1]!) return { max: sorted[i + 1]! * 1.25, breaks: true };
  return { max: sorted[0] ?? 1, breaks: false };
}

export function timelineStatusLabel(code: TimelineStatus, lang: Lang): string {
  return code === 'in-use' ? translate(lang, 'timelineStatusInUse') : STATUS_LABELS[code][lang];
}

export function ReturnsPanel() {
  const data = useLoadedData();
  const plans = data.plans;
  const lang = useLang();
  const year = useYear();
  const range = timelineRangeOf(data);
  const selectedId = useAtlas((s) => s.selectedId);
  const onYear = useAtlas((s) => s.setYear);
  const movesShown = useAtlas((s) => s.visible.has(MOVES_LAYER));
  const onSelect = useAtlas((s) => s.showPlace);
  const [playing, setPlaying] = useState(false);
  const features = data.layers['okinawa-land-returns'].features;
  const [first, last] = range;

  useEffect(() => {
    if (!playing) return;
    const timer = window.setInterval(() => {
      if (year >= last) setPlaying(false);
      else onYear(year + 1);
    }, PLAY_STEP_MS);
    return () => window.clearInterval(timer);
  }, [playing, year, last, onYear]);

  const totals = returnTotals(features, year, plans);
  const scale = chartScale(features.map((f) => areaInHectares(f.properties.area) ?? 0));
  const ha = (n: number) => `${formatNumber(Math.round(n * 10) / 10, lang)} ha`;

  return (
    <section className="returns" aria-labelledby="returns-heading">
      <h2 id="returns-heading">{translate(lang, 'returnsHeading')}</h2>
      <div className="timeline">
        <label htmlFor="timeline-year">
          {translate(lang, 'timelineYear')}: <output htmlFor="timeline-year">{year}</output>
        </label>
        <input
          id="timeline-year"
          type="range"
          min={first}
          max={last}
          step={1}
          value={year}
          onChange={(event) => onYear(Number(event.target.value))}
        />
        <div className="timeline-buttons">
          <button
            type="button"
            onClick={() => onYear(Math.max(first, year - 1))}
            aria-label={translate(lang, 'previousYear')}
          >
            ◀
          </button>
          <button
            type="button"
            aria-pressed={playing}
            onClick={() => {
              if (!playing && year >= last) onYear(first);
              setPlaying((p) => !p);
            }}
          >
            {translate(lang, playing ? 'pause' : 'play')}
          </button>
          <button
            type="button"
            onClick={() => onYear(Math.min(last, year + 1))}
            aria-label={translate(lang, 'nextYear')}
          >
            ▶
          </button>
        </div>
      </div>

      {movesShown && (
        <p className="hint" data-moves-hint>
          {translate(lang, 'timelineMoves')}
        </p>
      )}
      {/* Only the year is announced as it changes (playing steps every 600 ms). */}
      <p className="visually-hidden" aria-live="polite" data-year-announced={year}>
        {translate(lang, 'yearAnnounced', { year })}
      </p>
      <section className="totals">
        <h3>{translate(lang, 'totalsHeading', { year })}</h3>
        <dl>
          <dt>{translate(lang, 'returnedBeforePlan')}</dt>
          <dd data-total="before">{ha(totals.returnedBeforePlan)}</dd>
          <dt>{translate(lang, 'returnedSincePlan')}</dt>
          <dd data-total="since">{ha(totals.returnedSincePlan)}</dd>
          <dt>{translate(lang, 'pendingTotal')}</dt>
          <dd data-total="pending">{ha(totals.pending)}</dd>
        </dl>
        <p className="hint">
          {totals.withoutArea.length > 0 &&
            `${translate(lang, 'withoutArea', { n: totals.withoutArea.length })} `}
          {translate(lang, 'totalsNote')}
        </p>
      </section>

      <section className="chart" aria-labelledby="chart-heading">
        <h3 id="chart-heading">{translate(lang, 'chartHeading')}</h3>
        <p className="hint">
          {translate(lang, 'chartHint')}
          {scale.breaks && ` ${translate(lang, 'chartBroken')}`}
        </p>
        {PLAN_IDS.map((planId) => {
          const plan = plans.plans.find((p) => p.id === planId);
          const items = features
            .filter((f) => f.properties.status?.plan === planId)
            .sort(
              (a, b) => (areaInHectares(b.properties.area) ?? 0) - (areaInHectares(a.properties.area) ?? 0),
            );
          if (!plan || items.length === 0) return null;
          return (
            <div key={planId} className="chart-group" data-plan={planId}>
              <h4>
                {plan.name[lang]}
                {plan.agreed && ` (${formatPartialDate(plan.agreed, lang)})`}
              </h4>
              <ul>
                {items.map((f) => (
                  <Bar
                    key={f.properties.id}
                    feature={f}
                    year={year}
                    plans={plans}
                    lang={lang}
                    scaleMax={scale.max}
                    selected={f.properties.id === selectedId}
                    onSelect={onSelect}
                  />
                ))}
              </ul>
            </div>
          );
        })}
      </section>
    </section>
  );
}

interface BarProps {
  feature: PlaceFeature;
  year: number;
  plans: PlansFile;
  lang: Lang;
  scaleMax: number;
  selected: boolean;
  onSelect: (id: string) => void;
}

function Bar({ feature, year, plans, lang, scaleMax, selected, onSelect }: BarProps) {
  const p = feature.properties;
  const hectares = areaInHectares(p.area);
  const status = statusAt(feature, year, plans);
  const differences = dateDifferences(feature);
  const width = hectares === undefined ? 0 : Math.min(100, Math.max(0.6, (hectares / scaleMax) * 100));
  const broken = hectares !== undefined && hectares > scaleMax;
  const statusText = `${timelineStatusLabel(status.code, lang)}${status.since && status.code !== 'pending' ? ` ${formatPartialDate(status.since, lang)}` : ''}`;
  return (
    <li>
      <button
        type="button"
        className={`bar-row status-${status.code}`}
        data-feature={p.id}
        data-status={status.code}
        aria-current={selected ? 'true' : undefined}
        onClick={() => onSelect(p.id)}
      >
        <span className="bar-label">{p.name[lang]}</span>
        <span className="bar-track" aria-hidden="true">
          <span className={`bar${broken ? ' broken' : ''}`} style={{ width: `${width}%` }} />
        </span>
        <span className="bar-value">
          {hectares === undefined ? translate(lang, 'areaUnknown') : `${formatNumber(hectares, lang)} ha`} ·{' '}
          {statusText}
          {status.code === 'pending' && p.status?.planTarget && (
            <>
              {' '}
              <PlanTarget status={p.status} lang={lang} />
            </>
          )}
          {status.code === 'pending' && p.status?.condition && (
            <span className="bar-note">{p.status.condition[lang]}</span>
          )}
          {selected && p.area && (
            <span className="bar-note source-note">
              {translate(lang, 'area')} — {translate(lang, 'source')}: {p.area.source}
            </span>
          )}
          {selected && p.status && (
            <span className="bar-note source-note">
              {translate(lang, 'status')} — {translate(lang, 'source')}: {p.status.source}
            </span>
          )}
          {differences.map((d, i) => (
            <span key={i} className="bar-note">
              {translate(lang, 'documentDiffers', {
                doc: formatPartialDate(d.document.date, lang),
                docLabel: d.document.label[lang],
                official: formatPartialDate(d.official.date, lang),
                officialLabel: d.official.label[lang],
              })}
            </span>
          ))}
        </span>
      </button>
    </li>
  );
}
