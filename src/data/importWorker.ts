/**
 * The import checker's worker: a file of the build (the policy's `worker-src 'self'`), started for
 * each file and ended when it answers or the reader cancels. It posts how far it has come, then the
 * outcome; the page's thread stays free to answer the reader meanwhile (src/state/importChecker.ts).
 */
import { checkFile, type CheckOutcome, type CheckRequest } from './checkFile';
import type { CheckProgress } from './importLayer';

export type WorkerMessage =
  { kind: 'progress'; progress: CheckProgress } | { kind: 'done'; outcome: CheckOutcome };

const post = (message: WorkerMessage) => self.postMessage(message);

self.addEventListener('message', (event: MessageEvent<CheckRequest>) => {
  post({ kind: 'done', outcome: checkFile(event.data, (progress) => post({ kind: 'progress', progress })) });
});
