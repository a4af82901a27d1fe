/**
 * The user's own layers: a file picker (drops go through the App), what happened to each file (its
 * problems with their locations, or how many places it added), and the imported layers with a
 * toggle, a place list, zoom and remove. Everything from a file is rendered as React text.
 */
import { useRef } from 'react';
import { translate, type Lang } from '../i18n/strings';
import { IMPORT_LIMITS, listedName } from '../data/importedLayers';
import { useLang } from '../state/derived';
import { useAtlas } from '../state/store';
import { LazyDetails } from './LazyDetails';
import { LegendSymbol } from '../ui/LegendSymbol';

/** A layer's place list shows at most this many; the List view reaches the rest. */
const MAX_LISTED = 300;

export const importedName = (lang: Lang, name: string, number: number) =>
  name || translate(lang, 'importedUnnamed', { n: number });

export function ImportPanel() {
  const lang = useLang();
  const entries = useAtlas((s) => s.imports.entries);
  const reports = useAtlas((s) => s.imports.reports);
  const busy = useAtlas((s) => s.imports.busy);
  const progress = useAtlas((s) => s.imports.progress);
  /** False while the layers kept from an earlier visit are being read back. */
  const restored = useAtlas((s) => s.imports.restored);
  const selectedId = useAtlas((s) => s.selectedId);
  const toggleImport = useAtlas((s) => s.toggleImport);
  const removeImport = useAtlas((s) => s.removeImport);
  const showPlace = useAtlas((s) => s.showPlace);
  const dismissReport = useAtlas((s) => s.dismissReport);
  const input = useRef<HTMLInputElement>(null);
  return (
    <section
      className="import-panel"
      aria-labelledby="import-heading"
      aria-busy={!restored}
      data-restored={restored}
    >
      <h2 id="import-heading">{translate(lang, 'importHeading')}</h2>
      <p className="hint">
        {translate(lang, 'importHint', {
          mb: IMPORT_LIMITS.bytes / 1024 / 1024,
          n: IMPORT_LIMITS.features.toLocaleString(lang),
        })}
      </p>
      <input
        ref={input}
        type="file"
        accept=".geojson,.json,application/geo+json,application/json"
        multiple
        hidden
        data-testid="import-input"
        onChange={(event) => {
          const files = [...(event.target.files ?? [])];
          // Clear it so choosing the same file again (after fixing it) reads it again.
          event.target.value = '';
          void useAtlas.getState().importFiles(files);
        }}
      />
      <button type="button" className="import-button" onClick={() => input.current?.click()} disabled={busy}>
        {translate(lang, 'importButton')}
      </button>
      <p className="hint">{translate(lang, 'importDropHint')}</p>
      {busy && (
        // The file is read in a worker: the page answers meanwhile, and the reader can stop it.
        <div className="import-busy" data-phase={progress?.phase}>
          <p role="status">
            {progress?.phase === 'check'
              ? translate(lang, 'importProgressCheck', {
                  file: progress.fileName,
                  done: progress.done.toLocaleString(lang),
                  total: progress.total.toLocaleString(lang),
                })
              : progress?.phase === 'parse'
                ? translate(lang, 'importProgressParse', { file: progress.fileName })
                : translate(lang, 'importReading')}
          </p>
          <progress
            aria-label={translate(lang, 'importReading')}
            {...(progress?.phase === 'check' ? { max: progress.total, value: progress.done } : {})}
          />
          <button type="button" onClick={() => useAtlas.getState().cancelImport()}>
            {translate(lang, 'importCancel')}
          </button>
        </div>
      )}
      {reports.map((report) =>
        report.ok ? (
          <p key={report.id} className="import-report ok" role="status" data-file={report.fileName}>
            {translate(lang, 'importAdded', { file: report.fileName, n: report.count.toLocaleString(lang) })}
            {report.unlocated > 0 && ` ${translate(lang, 'importUnlocated', { n: report.unlocated })}`}
            {report.encoding && ` ${translate(lang, 'importEncoding', { encoding: report.encoding })}`}
            {report.notKept !== undefined && (
              <strong className="not-kept">
                {' '}
                {translate(lang, 'importNotKept', { reason: report.notKept })}
              </strong>
            )}
          </p>
        ) : report.cancelled ? (
          <p key={report.id} className="import-report cancelled" role="status" data-file={report.fileName}>
            {translate(lang, 'importCancelled', { file: report.fileName })}{' '}
            <button type="button" className="link" onClick={() => dismissReport(report.id)}>
              {translate(lang, 'dismiss')}
            </button>
          </p>
        ) : (
          <div key={report.id} className="import-report problems" role="alert" data-file={report.fileName}>
            <p>
              <strong>
                {translate(
                  lang,
                  // No file: the kept layers as a whole could not be read back.
                  !report.fileName
                    ? 'importKeptNotShown'
                    : report.storedId === undefined
                      ? 'importRefused'
                      : 'importKeptUnreadable',
                  { file: report.fileName },
                )}
              </strong>
            </p>
            <ol>
              {report.problems.map((problem, i) => (
                <li key={i} data-problem={problem.code}>
                  {problem.where && <span className="where">{problem.where[lang]}: </span>}
                  {problem.message[lang]}
                </li>
              ))}
            </ol>
            {report.more > 0 && <p>{translate(lang, 'importMore', { n: report.more })}</p>}
            {report.problems.some((p) => p.code === 'checker-unavailable') && (
              <button type="button" className="link" onClick={() => location.reload()}>
                {translate(lang, 'reloadPage')}
              </button>
            )}{' '}
            {report.storedId !== undefined && (
              <button
                type="button"
                className="link"
                onClick={() => void useAtlas.getState().removeStoredRecord(report.storedId!)}
              >
                {translate(lang, 'importRemoveKept')}
              </button>
            )}{' '}
            <button type="button" className="link" onClick={() => dismissReport(report.id)}>
              {translate(lang, 'dismiss')}
            </button>
          </div>
        ),
      )}
      {entries.length > 0 && (
        <ul className="layers imported-layers">
          {entries.map(({ layer, colour, visible }) => {
            const inputId = `layer-toggle-${layer.id}`;
            return (
              <li key={layer.id} className="layer" data-layer={layer.id}>
                <div className="layer-row">
                  <input
                    id={inputId}
                    type="checkbox"
                    checked={visible}
                    onChange={(e) => void toggleImport(layer.id, e.target.checked)}
                  />
                  <label htmlFor={inputId}>
                    <LegendSymbol shape="circle" colour={colour} />
                    <span className="layer-title">{layer.fileName}</span>
                    <span className="count" data-count={layer.features.length}>
                      {translate(lang, 'placesCount', { n: layer.features.length.toLocaleString(lang) })}
                    </span>
                  </label>
                </div>
                <div className="import-actions">
                  <button
                    type="button"
                    className="link"
                    aria-label={translate(lang, 'importZoomLabel', { name: layer.fileName })}
                    onClick={() => useAtlas.getState().zoomToImports([layer])}
                  >
                    {translate(lang, 'importZoom')}
                  </button>
                  <button
                    type="button"
                    className="link"
                    aria-label={translate(lang, 'importRemoveLabel', { name: layer.fileName })}
                    onClick={() => void removeImport(layer.id)}
                  >
                    {translate(lang, 'importRemove')}
                  </button>
                </div>
                {visible && (
                  <LazyDetails className="place-list" summary={translate(lang, 'showPlaces')}>
                    {() => (
                      <>
                        <ul>
                          {layer.features.slice(0, MAX_LISTED).map((f) => (
                            <li key={f.id}>
                              <button
                                type="button"
                                className="place"
                                aria-current={selectedId === f.id ? 'true' : undefined}
                                data-feature={f.id}
                                onClick={() => showPlace(f.id)}
                              >
                                <LegendSymbol shape="circle" colour={colour} size={14} />
                                <span>{listedName(importedName(lang, f.name, f.number))}</span>
                              </button>
                            </li>
                          ))}
                        </ul>
                        {layer.features.length > MAX_LISTED && (
                          <p className="hint">
                            {translate(lang, 'moreInList', { n: layer.features.length - MAX_LISTED })}
                          </p>
                        )}
                      </>
                    )}
                  </LazyDetails>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
