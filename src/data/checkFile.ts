/**
 * One file's whole check, as the import worker (importWorker.ts) runs it off the page's thread:
 * its bytes decoded (decodeFile), then read and checked as GeoJSON (importLayer.ts), saying how far
 * it has come. A kept layer is checked again from its text on each visit, the same way.
 */
import { decodeFile, type FileEncoding } from './importedLayers';
import { importGeoJson, type CheckProgress, type ImportResult } from './importLayer';

export type CheckRequest =
  | { kind: 'bytes'; bytes: ArrayBuffer; id: string; fileName: string; size: number }
  | { kind: 'text'; text: string; id: string; fileName: string; size: number };

export type CheckOutcome =
  /** The bytes are no text the atlas can read (UTF-8, UTF-16, Shift_JIS or EUC-JP). */
  | { kind: 'undecodable' }
  | { kind: 'checked'; text: string; encoding: FileEncoding; result: ImportResult }
  /** The checker stopped on something it did not foresee (a pathologically nested file, say). */
  | { kind: 'thrown'; message: string };

export function checkFile(
  request: CheckRequest,
  onProgress?: (progress: CheckProgress) => void,
): CheckOutcome {
  let text: string;
  let encoding: FileEncoding = 'UTF-8';
  if (request.kind === 'bytes') {
    const decoded = decodeFile(request.bytes);
    if (!decoded) return { kind: 'undecodable' };
    ({ text, encoding } = decoded);
  } else text = request.text;
  try {
    const result = importGeoJson(
      text,
      { id: request.id, fileName: request.fileName, bytes: request.size },
      onProgress,
    );
    return { kind: 'checked', text, encoding, result };
  } catch (error) {
    return { kind: 'thrown', message: error instanceof Error ? error.message : String(error) };
  }
}
