/**
 * Presenter mode, for a projector: one stop of a ready-made activity at a time (a question, a
 * paragraph quoted, a place, the returns timeline at a year, the official figure) in large type
 * beside the map, the side panel hidden. → / PageDown / Space step on, ← / PageUp back (a
 * clicker sends Page Up/Down), Esc leaves. The stop is in the link (`present=<activity>.<stop>`),
 * so Back and Forward step too and a teacher can bookmark where the class is.
 */
import { useEffect, useRef } from 'react';
import { activityById, type Stop } from '../data/activities';
import { returnTotals } from '../data/returnsTimeline';
import { formatNumber } from '../i18n/format';
import { presenterText } from '../i18n/presenterStrings';
import { translate } from '../i18n/strings';
import { HeadlineShare } from '../panels/HeadlineShare';
import { useLang, useLoadedData } from '../state/derived';
import { useAtlas } from '../state/store';
import { CitationBlock } from '../ui/CitationBlock';

const NEXT = new Set(['ArrowRight', 'PageDown', ' ']);
const PREVIOUS = new Set(['ArrowLeft', 'PageUp']);

export function Presenter() {
  const presenting = useAtlas((s) => s.presenting);
  const loaded = useAtlas((s) => s.data !== null);
  const lang = useAtlas((s) => s.lang);
  const lesson = useAtlas((s) => s.lesson);
  const region = useRef<HTMLElement>(null);
  const activity = presenting ? activityById(presenting.activity, lesson) : undefined;

  // Focus comes into the presentation when it starts (leaving it, the store gives back the tab
  // and the focus it started from).
  const on = presenting !== null;
  useEffect(() => {
    if (on) region.current?.focus();
  }, [on]);

  useEffect(() => {
    if (!on) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      const target = event.target as HTMLElement | null;
      if (target?.closest('input, textarea, select, [contenteditable="true"]')) return;
      const { presenting: at, present } = useAtlas.getState();
      if (!at) return;
      if (event.key === 'Escape') present(null);
      else if (NEXT.has(event.key)) present({ ...at, stop: at.stop + 1 });
      else if (PREVIOUS.has(event.key)) present({ ...at, stop: at.stop - 1 });
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [on]);

  if (!presenting || !activity || !loaded) return null;
  const stop = activity.stops[presenting.stop];
  const { present } = useAtlas.getState();
  const last = activity.stops.length - 1;
  return (
    <section
      ref={region}
      className="presenter"
      tabIndex={-1}
      aria-labelledby="presenter-title"
      data-stop={presenting.stop + 1}
      data-kind={stop?.kind}
    >
      <header className="presenter-header">
        <h2 id="presenter-title">{activity.title[lang]}</h2>
        <p className="presenter-count" aria-live="polite">
          {presenterText(lang, 'stopOf', { n: presenting.stop + 1, total: activity.stops.length })}
        </p>
      </header>
      <div className="presenter-body">{stop && <StopView stop={stop} />}</div>
      <footer className="presenter-footer">
        <button
          type="button"
          disabled={presenting.stop === 0}
          onClick={() => present({ ...presenting, stop: presenting.stop - 1 })}
        >
          ← {presenterText(lang, 'presentPrevious')}
        </button>
        <button
          type="button"
          className="primary"
          disabled={presenting.stop === last}
          onClick={() => present({ ...presenting, stop: presenting.stop + 1 })}
        >
          {presenterText(lang, 'presentNext')} →
        </button>
        <button type="button" onClick={() => present(null)}>
          {presenterText(lang, 'presentLeave')}
        </button>
        <p className="presenter-keys">{presenterText(lang, 'presentKeys')}</p>
      </footer>
    </section>
  );
}

function StopView({ stop }: { stop: Stop }) {
  const data = useLoadedData();
  const lang = useLang();
  switch (stop.kind) {
    case 'question':
      return (
        <div className="presenter-question">
          <p className="presenter-kicker">{presenterText(lang, 'questionToClass')}</p>
          <p className="presenter-prompt">{stop.prompt[lang]}</p>
        </div>
      );
    case 'figure':
      return <HeadlineShare />;
    case 'paragraph':
      return (
        <CitationBlock
          data={data}
          citations={[{ paragraph: stop.paragraph, quote: stop.mark ?? '', mention: 'named' }]}
        />
      );
    case 'place': {
      const entry = data.featuresById.get(stop.feature);
      if (!entry) return null;
      const { name, citations } = entry.feature.properties;
      return (
        <div className="presenter-place" data-feature={stop.feature}>
          <p className="presenter-prompt">{name[lang]}</p>
          {citations[0] && <CitationBlock data={data} citations={[citations[0]]} />}
        </div>
      );
    }
    case 'year': {
      const totals = returnTotals(data.layers['okinawa-land-returns'].features, stop.year, data.plans);
      const ha = (n: number) => `${formatNumber(Math.round(n * 10) / 10, lang)} ha`;
      return (
        <div className="presenter-year">
          <p className="presenter-prompt">{translate(lang, 'totalsHeading', { year: stop.year })}</p>
          <dl>
            <dt>{translate(lang, 'returnedBeforePlan')}</dt>
            <dd>{ha(totals.returnedBeforePlan)}</dd>
            <dt>{translate(lang, 'returnedSincePlan')}</dt>
            <dd>{ha(totals.returnedSincePlan)}</dd>
            <dt>{translate(lang, 'pendingTotal')}</dt>
            <dd>{ha(totals.pending)}</dd>
          </dl>
          <p className="hint">{presenterText(lang, 'presentYearHint')}</p>
        </div>
      );
    }
  }
}
