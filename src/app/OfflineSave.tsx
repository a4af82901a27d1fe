/**
 * "Save for offline use": asks the service worker (scripts/vite/sw-template.js) to download the
 * detail tile archive whole, shows its size before and its progress during, says when it is saved
 * or why it could not be, and removes it on request. Without it the worker keeps the parts of the
 * map a reader has viewed. Nothing here runs without a service worker (the dev server, the
 * benchmark build, a browser without one): the section says so instead.
 */
import { useCallback, useEffect, useState } from 'react';
import { translate } from '../i18n/strings';
import { useAtlas } from '../state/store';

/** The archive, as the service worker names it (relative to its scope, the atlas's folder). */
export const DETAIL_ARCHIVE_FILE = 'basemap/japan-detail.pmtiles';
const SIZE = typeof __DETAIL_ARCHIVE_BYTES__ === 'undefined' ? null : __DETAIL_ARCHIVE_BYTES__;

type SaveState =
  | { kind: 'unavailable' }
  | { kind: 'waiting' }
  | { kind: 'ready' }
  | { kind: 'saving'; loaded: number }
  | { kind: 'saved'; bytes: number }
  | { kind: 'removed' }
  | { kind: 'failed'; message: string };

const megabytes = (bytes: number | null) => (bytes === null ? '?' : `${(bytes / 1024 / 1024).toFixed(1)} MB`);
const archiveUrl = () => new URL(DETAIL_ARCHIVE_FILE, document.baseURI).href;
const supported = () => 'serviceWorker' in navigator && 'caches' in window && import.meta.env.PROD;

async function savedBytes(): Promise<number | null> {
  const saved = await caches.match(archiveUrl());
  return saved ? Number(saved.headers.get('Content-Length') ?? SIZE ?? 0) : null;
}

export function OfflineSave() {
  const lang = useAtlas((s) => s.lang);
  const [state, setState] = useState<SaveState>(() =>
    supported()
      ? navigator.serviceWorker.controller
        ? { kind: 'ready' }
        : { kind: 'waiting' }
      : { kind: 'unavailable' },
  );

  useEffect(() => {
    if (!supported()) return;
    let live = true;
    void savedBytes()
      .then((bytes) => {
        if (live && bytes !== null) setState({ kind: 'saved', bytes });
      })
      .catch(() => undefined);
    const onMessage = (event: MessageEvent) => {
      const data = event.data as {
        type?: string;
        file?: string;
        loaded?: number;
        bytes?: number;
        message?: string;
      };
      if (!data || data.file !== DETAIL_ARCHIVE_FILE) return;
      if (data.type === 'archive-progress') setState({ kind: 'saving', loaded: data.loaded ?? 0 });
      else if (data.type === 'archive-saved') setState({ kind: 'saved', bytes: data.bytes ?? 0 });
      else if (data.type === 'archive-removed') setState({ kind: 'removed' });
      else if (data.type === 'archive-failed') setState({ kind: 'failed', message: data.message ?? '' });
    };
    const onController = () => setState((s) => (s.kind === 'waiting' ? { kind: 'ready' } : s));
    navigator.serviceWorker.addEventListener('message', onMessage);
    navigator.serviceWorker.addEventListener('controllerchange', onController);
    return () => {
      live = false;
      navigator.serviceWorker.removeEventListener('message', onMessage);
      navigator.serviceWorker.removeEventListener('controllerchange', onController);
    };
  }, []);

  const send = useCallback((type: 'save-archive' | 'remove-archive') => {
    const worker = navigator.serviceWorker.controller;
    if (!worker) return;
    if (type === 'save-archive') setState({ kind: 'saving', loaded: 0 });
    worker.postMessage({ type, file: DETAIL_ARCHIVE_FILE });
  }, []);

  const size = megabytes(SIZE);
  return (
    <section className="offline-save" aria-labelledby="offline-save-heading">
      <h2 id="offline-save-heading">{translate(lang, 'offlineTitle')}</h2>
      <p>{translate(lang, 'offlineText', { size })}</p>
      {state.kind === 'unavailable' && (
        <p role="status">
          {translate(lang, import.meta.env.PROD ? 'offlineUnavailable' : 'offlineDevServer')}
        </p>
      )}
      {state.kind === 'waiting' && <p role="status">{translate(lang, 'offlineWaiting')}</p>}
      {(state.kind === 'ready' || state.kind === 'removed' || state.kind === 'failed') && (
        <button type="button" className="offline-save-button" onClick={() => send('save-archive')}>
          {translate(lang, 'offlineSave', { size })}
        </button>
      )}
      {state.kind === 'saving' && (
        <div role="status" className="offline-progress">
          <progress max={SIZE ?? undefined} value={state.loaded} />
          <span>{translate(lang, 'offlineSaving', { loaded: megabytes(state.loaded), size })}</span>
        </div>
      )}
      {state.kind === 'saved' && (
        <>
          <p role="status" className="offline-saved" data-saved-bytes={state.bytes}>
            {translate(lang, 'offlineSaved', { size: megabytes(state.bytes) })}
          </p>
          <button type="button" onClick={() => send('remove-archive')}>
            {translate(lang, 'offlineRemove')}
          </button>
        </>
      )}
      {state.kind === 'removed' && <p role="status">{translate(lang, 'offlineRemoved')}</p>}
      {state.kind === 'failed' && (
        <p role="alert" className="offline-failed">
          {translate(lang, 'offlineFailed', { message: state.message })}
        </p>
      )}
    </section>
  );
}
