/**
 * Checks a file in the import worker (src/data/importWorker.ts), off the page's thread: the page
 * answers the reader while a large file is read, the checker says how far it has come, and the
 * reader can cancel (the worker is ended at once). A worker is started per file and ended after.
 *
 * A worker that cannot start, or whose script cannot load (offline without it cached, or a tab
 * opened before an update), is reported as `unavailable`.
 */
import type { CheckOutcome, CheckRequest } from '../data/checkFile';
import type { CheckProgress } from '../data/importLayer';
import type { ImportedFeature } from '../data/importLayer';
import { setImportedMapUrl } from '../data/importedLayers';
import type { WorkerMessage } from '../data/importWorker';

export type CheckerAnswer = CheckOutcome | { kind: 'cancelled' } | { kind: 'unavailable' };

export function checkOffThread(
  request: CheckRequest,
  { onProgress, signal }: { onProgress?: (progress: CheckProgress) => void; signal?: AbortSignal } = {},
): Promise<CheckerAnswer> {
  if (signal?.aborted) return Promise.resolve({ kind: 'cancelled' });
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL('../data/importWorker.ts', import.meta.url), {
        type: 'module',
        name: 'import-checker',
      });
    } catch {
      resolve({ kind: 'unavailable' });
      return;
    }
    const end = (answer: CheckerAnswer) => {
      worker.terminate();
      signal?.removeEventListener('abort', cancel);
      resolve(answer);
    };
    const cancel = () => end({ kind: 'cancelled' });
    signal?.addEventListener('abort', cancel, { once: true });
    const features: ImportedFeature[] = [];
    worker.addEventListener('message', (event: MessageEvent<WorkerMessage>) => {
      const message = event.data;
      if (message.kind === 'progress') onProgress?.(message.progress);
      else if (message.kind === 'features') for (const f of message.features) features.push(f);
      else {
        const { outcome, mapCopy } = message;
        if (outcome.kind !== 'checked' || !outcome.result.ok) {
          end(outcome);
          return;
        }
        const layer = { ...outcome.result.layer, features };
        if (mapCopy !== undefined) setImportedMapUrl(layer, URL.createObjectURL(mapCopy));
        end({ ...outcome, result: { ok: true, layer } });
      }
    });
    // The worker's script did not load or stopped outside the checker's own care.
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      end(event.message ? { kind: 'thrown', message: event.message } : { kind: 'unavailable' });
    });
    worker.postMessage(request, request.kind === 'bytes' ? [request.bytes] : []);
  });
}
