/**
 * The import checker's worker: a file of the build (the policy's `worker-src 'self'`), started for
 * each file and ended when it answers or the reader cancels. It posts how far it has come, then the
 * outcome; the page's thread stays free to answer the reader meanwhile (src/state/importChecker.ts).
 */
import { checkFile, type CheckOutcome, type CheckRequest } from './checkFile';
import { importedMapData } from './importedLayers';
import type { CheckProgress, ImportedFeature } from './importLayer';

export type WorkerMessage =
  | { kind: 'progress'; progress: CheckProgress }
  /** A layer's features, a batch at a time (see FEATURE_BATCH), before its `done`. */
  | { kind: 'features'; features: ImportedFeature[] }
  /**
   * The outcome; an added layer comes without its features (sent before) and with its map copy as
   * a Blob, made here: made on the page, a 50,000-point copy took a task of about 130 ms.
   */
  | { kind: 'done'; outcome: CheckOutcome; mapCopy?: Blob };

/**
 * Features per message: the page receives each batch in a task of its own (a few tens of ms for
 * 5,000 points on this machine) rather than 50,000 in one long task.
 */
export const FEATURE_BATCH = 5_000;

const post = (message: WorkerMessage) => self.postMessage(message);

self.addEventListener('message', (event: MessageEvent<CheckRequest>) => {
  const outcome = checkFile(event.data, (progress) => post({ kind: 'progress', progress }));
  if (outcome.kind !== 'checked' || !outcome.result.ok) {
    post({ kind: 'done', outcome });
    return;
  }
  const { layer } = outcome.result;
  const mapCopy = new Blob([JSON.stringify(importedMapData(layer))], { type: 'application/geo+json' });
  for (let at = 0; at < layer.features.length; at += FEATURE_BATCH)
    post({ kind: 'features', features: layer.features.slice(at, at + FEATURE_BATCH) });
  post({
    kind: 'done',
    outcome: { ...outcome, result: { ok: true, layer: { ...layer, features: [] } } },
    mapCopy,
  });
});
