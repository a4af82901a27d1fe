/**
 * An activity's two A4 pages: a teacher's guide (each question with its answer, every answer
 * quoting the document's paragraph or naming the data and its source) and a student worksheet
 * (the map of the activity's area, large, and each question with lines to write on). Chosen in
 * the Layers tab; the map frames the area, the drawn map is taken as an image once it is idle,
 * then the browser's print opens. A bar on screen says when the pages are ready, prints them
 * again or closes them. Hidden on screen otherwise; the only thing printed while open.
 */
import { useEffect, useState } from 'react';
import { activityById, type Stop } from '../data/activities';
import { largestShare } from '../data/prefectureTotals';
import { returnTotals } from '../data/returnsTimeline';
import { formatNumber, formatPartialDate } from '../i18n/format';
import { prefectureName } from '../i18n/prefectures';
import { printText } from '../i18n/printStrings';
import { translate, type Lang } from '../i18n/strings';
import type { AtlasData } from '../data/loadAtlasData';
import { useLang, useLoadedData } from '../state/derived';
import { useAtlas } from '../state/store';

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));

/** The map as drawn, once it is idle on the activity's area (the map keeps its drawing buffer). */
async function drawnMap(): Promise<string | null> {
  await nextFrame();
  await nextFrame();
  const map = document.querySelector<HTMLElement>('.maplibregl-map');
  if (!map) return null;
  if (map.dataset.mapIdle !== 'true')
    await new Promise<void>((resolve) => {
      const observer = new MutationObserver(() => {
        if (map.dataset.mapIdle !== 'true') return;
        observer.disconnect();
        resolve();
      });
      observer.observe(map, { attributes: true, attributeFilter: ['data-map-idle'] });
    });
  return map.querySelector<HTMLCanvasElement>('canvas.maplibregl-canvas')?.toDataURL('image/png') ?? null;
}

export function ActivityPrint() {
  const id = useAtlas((s) => s.printingActivity);
  const loaded = useAtlas((s) => s.data !== null);
  const [image, setImage] = useState<{ id: string; url: string | null } | null>(null);
  useEffect(() => {
    if (!id) return;
    let cancelled = false;
    void drawnMap().then((url) => {
      if (cancelled) return;
      setImage({ id, url });
      // After the pages are drawn with the image.
      requestAnimationFrame(() => window.print());
    });
    return () => {
      cancelled = true;
      setImage(null);
    };
  }, [id]);
  if (!id || !loaded) return null;
  const ready = image?.id === id;
  return <Pages id={id} ready={ready} image={ready ? image.url : null} />;
}

function Pages({ id, ready, image }: { id: string; ready: boolean; image: string | null }) {
  const data = useLoadedData();
  const lang = useLang();
  const lesson = useAtlas((s) => s.lesson);
  const activity = activityById(id, lesson);
  if (!activity) return null;
  const { printActivity } = useAtlas.getState();
  const questions = worksheetQuestions(activity.stops, data, lang);
  return (
    <>
      <div className="activity-print-bar" role="status" data-ready={ready}>
        <span>
          {printText(lang, ready ? 'printReady' : 'printPreparing', { title: activity.title[lang] })}
        </span>
        <button type="button" disabled={!ready} onClick={() => window.print()}>
          {translate(lang, 'print')}
        </button>
        <button type="button" onClick={() => printActivity(null)}>
          {translate(lang, 'close')}
        </button>
      </div>
      <div className="activity-print" data-activity={id} data-ready={ready} aria-hidden="true">
        <section className="activity-page">
          <p className="print-title">
            {printText(lang, 'teacherGuide')}: {activity.title[lang]}
          </p>
          <p className="print-meta">
            {translate(lang, 'appTitle')} · {translate(lang, 'citedAs')}:{' '}
            <span lang="ja">{data.document.citation.ja}</span>
          </p>
          <ol className="guide-list">
            {questions.map((q, i) => (
              <li key={i}>
                <p className="guide-question">{q.question}</p>
                <p className="guide-answer">
                  <strong>{printText(lang, 'answer')}:</strong> {q.answer}
                </p>
                <p className="guide-source">{q.source}</p>
              </li>
            ))}
          </ol>
        </section>
        <section className="activity-page">
          <p className="print-title">
            {printText(lang, 'studentSheet')}: {activity.title[lang]}
          </p>
          <p className="name-line">{printText(lang, 'nameLine')}</p>
          {image && <img className="worksheet-map" src={image} alt="" />}
          <ol className="worksheet-list">
            {questions.map((q, i) => (
              <li key={i}>
                <p>{q.question}</p>
                <span className="answer-lines" aria-hidden="true">
                  <span />
                  <span />
                </span>
              </li>
            ))}
          </ol>
        </section>
      </div>
    </>
  );
}

interface WorksheetQuestion {
  question: string;
  answer: string;
  source: string;
}

/**
 * The worksheet's questions and the guide's answers, from the stops: a question with the stop
 * after it as its answer; a place to find on the map; the area returned by the end of a year.
 */
export function worksheetQuestions(stops: readonly Stop[], data: AtlasData, lang: Lang): WorksheetQuestion[] {
  const citation = (paragraph: string) =>
    `${translate(lang, 'citedAs')}: ${data.document.citation.ja}, ${translate(lang, 'paragraph')} ${paragraph}`;
  const answerOf = (stop: Stop | undefined): Omit<WorksheetQuestion, 'question'> => {
    if (stop?.kind === 'paragraph') {
      // A teacher's own stop marks nothing: its answer is the paragraph, from its start.
      const text = stop.mark ?? data.partsById.get(stop.paragraph)?.text ?? '';
      const shown = text.length > 120 ? `${text.slice(0, 120)}…` : text;
      return { answer: `「${shown}」`, source: citation(stop.paragraph) };
    }
    if (stop?.kind === 'figure') {
      const official = data.officialTotals;
      const top = largestShare(official);
      if (!top) return { answer: '', source: '' };
      return {
        answer: `${prefectureName(top.prefecture, lang)} ${formatNumber(top.share, lang)}% (${formatNumber(top.thousandM2, lang)} / ${formatNumber(official.total.thousandM2, lang)} ${lang === 'ja' ? '千㎡' : 'thousand m²'}, ${formatPartialDate(official.asOf, lang)})`,
        source: `${translate(lang, 'source')}: ${official.source}`,
      };
    }
    return { answer: '', source: '' };
  };
  const out: WorksheetQuestion[] = [];
  stops.forEach((stop, i) => {
    if (stop.kind === 'question') out.push({ question: stop.prompt[lang], ...answerOf(stops[i + 1]) });
    else if (stop.kind === 'place') {
      const entry = data.featuresById.get(stop.feature);
      if (!entry) return;
      const { name, citations } = entry.feature.properties;
      out.push({
        question: printText(lang, 'findOnMap', { name: name[lang] }),
        answer: `${name.ja} / ${name.en}`,
        source: citations[0] ? `${citation(citations[0].paragraph)}: 「${citations[0].quote}」` : '',
      });
    } else if (stop.kind === 'year') {
      const totals = returnTotals(data.layers['okinawa-land-returns'].features, stop.year, data.plans);
      const ha = (n: number) => `${formatNumber(Math.round(n * 10) / 10, lang)} ha`;
      out.push({
        question: printText(lang, 'yearQuestion', { year: stop.year }),
        answer: `${translate(lang, 'returnedSincePlan')}: ${ha(totals.returnedSincePlan)}; ${translate(lang, 'pendingTotal')}: ${ha(totals.pending)}`,
        source: printText(lang, 'returnsDataSource'),
      });
    }
  });
  return out;
}
