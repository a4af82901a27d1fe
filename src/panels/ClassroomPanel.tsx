/**
 * For the classroom: print a worksheet, download the visible places with their citations, and copy
 * a snippet that embeds the current view in a class page.
 */
import { lazy, Suspense, useState } from 'react';
import { ACTIVITIES } from '../data/activities';
import type { ExportContext } from '../data/exportData';
import { translate } from '../i18n/strings';
import { useLang, useLoadedData, useShownEntries } from '../state/derived';
import { useAtlas } from '../state/store';
import { ShareClass } from './ShareClass';

const LessonList = lazy(() => import('./Lesson').then((m) => ({ default: m.LessonList })));

/**
 * Writes the export (its code loads on the first click, not with the page) and downloads it. If
 * its code cannot load (offline in a tab opened before an update), a notice says so.
 */
async function exportPlaces(kind: 'csv' | 'geojson', context: ExportContext) {
  try {
    const { toCsv, toGeoJson } = await import('../data/exportData');
    if (kind === 'csv') download('bluebook-atlas.csv', toCsv(context), 'text/csv');
    else download('bluebook-atlas.geojson', toGeoJson(context), 'application/geo+json');
  } catch {
    const { lang, addNotice } = useAtlas.getState();
    addNotice({ id: 'export', text: translate(lang, 'exportUnavailable'), action: 'reload' });
  }
}

function download(name: string, text: string, type: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The current link with embed=1, as an iframe a teacher can paste. */
export function embedSnippet(href: string, title: string): string {
  const url = new URL(href);
  url.hash = `${url.hash.replace(/^#/, '')}${url.hash.length > 1 ? '&' : ''}embed=1`;
  const safeTitle = title.replace(/"/g, '&quot;');
  return `<iframe src="${url.href}" title="${safeTitle}" width="800" height="600" style="border:0" loading="lazy" allowfullscreen></iframe>`;
}

export function ClassroomPanel() {
  const data = useLoadedData();
  const lang = useLang();
  /** The places shown: visible layers, filtered. */
  const entries = useShownEntries();
  const locked = useAtlas((s) => s.start.lock);
  const [snippet, setSnippet] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const context = { entries, partsById: data.partsById, citation: data.document.citation };
  return (
    <section className="classroom" aria-labelledby="classroom-heading">
      <h2 id="classroom-heading">{translate(lang, 'classroom')}</h2>
      <div className="classroom-buttons">
        {!locked && <ShareClass />}
        <button type="button" onClick={() => window.print()}>
          {translate(lang, 'print')}
        </button>
        <button type="button" data-export="geojson" onClick={() => void exportPlaces('geojson', context)}>
          {translate(lang, 'exportGeoJson', { n: entries.length })}
        </button>
        <button type="button" data-export="csv" onClick={() => void exportPlaces('csv', context)}>
          {translate(lang, 'exportCsv', { n: entries.length })}
        </button>
        <button
          type="button"
          aria-expanded={snippet !== null}
          onClick={() => {
            setCopied(false);
            setSnippet(
              snippet === null ? embedSnippet(window.location.href, translate(lang, 'appTitle')) : null,
            );
          }}
        >
          {translate(lang, 'embed')}
        </button>
      </div>
      <h3 className="present-heading">{translate(lang, 'presentHeading')}</h3>
      <p className="hint">{translate(lang, 'presentHint')}</p>
      <ul className="present-list">
        {ACTIVITIES.map((activity) => (
          <li key={activity.id}>
            <button
              type="button"
              data-activity={activity.id}
              onClick={() => useAtlas.getState().present({ activity: activity.id, stop: 0 })}
            >
              {translate(lang, 'presentStart', { title: activity.title[lang] })}
            </button>
            <button
              type="button"
              className="present-print"
              data-print-activity={activity.id}
              onClick={() => useAtlas.getState().printActivity(activity.id)}
            >
              {translate(lang, 'printActivity')}
            </button>
          </li>
        ))}
      </ul>
      <Suspense fallback={null}>
        <LessonList />
      </Suspense>
      {snippet !== null && (
        <div className="embed">
          <label htmlFor="embed-snippet">{translate(lang, 'embedHint')}</label>
          <textarea id="embed-snippet" readOnly rows={4} value={snippet} onFocus={(e) => e.target.select()} />
          <button
            type="button"
            onClick={() => {
              void navigator.clipboard?.writeText(snippet).then(() => setCopied(true));
            }}
          >
            {translate(lang, copied ? 'copied' : 'copy')}
          </button>
        </div>
      )}
    </section>
  );
}
