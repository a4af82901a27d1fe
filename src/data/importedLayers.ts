/**
 * The user's own layers as the app holds them, and what the atlas accepts from one file. The
 * checker (importLayer.ts, loaded only when a file comes in) enforces the limits; the interface
 * states them.
 */
import type { FeatureCollection, Geometry } from 'geojson';
import type { ImportedFeature, ImportedLayer, ImportProblem } from './importLayer';

export const IMPORT_LIMITS = {
  /** File size, in bytes (10 MB). */
  bytes: 10 * 1024 * 1024,
  /** Features in one file. */
  features: 50_000,
  /** Imported layers at once. */
  layers: 8,
} as const;

export interface ImportedEntry {
  layer: ImportedLayer;
  colour: string;
  visible: boolean;
  /** Kept in this browser (false: shown for this visit only, storing it failed). */
  kept: boolean;
}

/** A problem as the panel shows it: worded in both languages when it was found. */
export interface WordedProblem {
  /** The checker's code, or `kept-unreadable` for a record kept in this browser that is not a layer. */
  code: ImportProblem['code'] | 'kept-unreadable' | 'checker-unavailable' | 'checker-failed';
  where: { ja: string; en: string } | null;
  message: { ja: string; en: string };
}

/** What happened to one file: added (with its count), or refused with its problems. */
export type ImportReport =
  | {
      id: number;
      fileName: string;
      ok: true;
      count: number;
      unlocated: number;
      /** Why it could not be kept in this browser (it is shown for this visit only), if it was not. */
      notKept?: string;
      /** The file's encoding, when it was not UTF-8. */
      encoding?: Exclude<FileEncoding, 'UTF-8'>;
    }
  | {
      id: number;
      fileName: string;
      ok: false;
      problems: WordedProblem[];
      more: number;
      /** A layer kept from an earlier visit that cannot be read back: its record, to remove. */
      storedId?: string;
      /** The reader cancelled while it was read: nothing of it was added. */
      cancelled?: true;
    };

/** Imported feature ids are `<layer id>/<index>`; the atlas's own ids never hold a slash. */
export const isImportedId = (id: string) => id.includes('/');

/** The imported feature with this id, with its layer, or undefined. */
export function findImported(
  entries: readonly ImportedEntry[],
  id: string | null,
): { entry: ImportedEntry; feature: ImportedFeature } | undefined {
  if (!id || !isImportedId(id)) return undefined;
  const layerId = id.slice(0, id.indexOf('/'));
  const entry = entries.find((e) => e.layer.id === layerId);
  const feature = entry?.layer.features[Number(id.slice(id.indexOf('/') + 1))];
  return entry && feature ? { entry, feature } : undefined;
}

/** A map label is at most this long. */
export const MAX_LABEL_CHARS = 60;
/**
 * A name in a list (layer panel, List view, chooser) is at most this long; the details show it
 * whole. Laying out a 100,000-character name in a narrow button froze the page for seconds.
 */
export const MAX_LISTED_CHARS = 200;
/** A name cut for a list, marked as cut. */
export const listedName = (name: string) =>
  name.length > MAX_LISTED_CHARS ? `${name.slice(0, MAX_LISTED_CHARS)}…` : name;

const mapCopies = new WeakMap<ImportedLayer, FeatureCollection<Geometry, { id: string; label: string }>>();

/**
 * The map's copy as a URL: the import worker makes it a Blob, the page a blob URL of it, and
 * MapLibre's own worker fetches and parses it, so a large layer is never copied to MapLibre's worker
 * on the page's thread (`connect-src` allows `blob:` for it).
 */
const mapUrls = new WeakMap<ImportedLayer, string>();
export const setImportedMapUrl = (layer: ImportedLayer, url: string) => mapUrls.set(layer, url);
/** Frees the map copy's blob, when its layer is removed. */
export function releaseImportedMapUrl(layer: ImportedLayer): void {
  const url = mapUrls.get(layer);
  if (url) URL.revokeObjectURL(url);
  mapUrls.delete(layer);
}

/** What the map reads for an imported layer: its copy's URL, or the copy itself. */
export const importedMapSource = (layer: ImportedLayer) => mapUrls.get(layer) ?? importedMapData(layer);

/** The map's copy of an imported layer: geometry, id and a short label only (made once per layer). */
export function importedMapData(
  layer: ImportedLayer,
): FeatureCollection<Geometry, { id: string; label: string }> {
  let copy = mapCopies.get(layer);
  if (!copy) {
    copy = {
      type: 'FeatureCollection',
      features: layer.features.map((f) => ({
        type: 'Feature',
        geometry: f.geometry,
        properties: { id: f.id, label: f.name.slice(0, MAX_LABEL_CHARS) },
      })),
    };
    mapCopies.set(layer, copy);
  }
  return copy;
}

/** The encodings a file is read in: UTF-8 is GeoJSON's; the others are what Japanese tools write. */
export type FileEncoding = 'UTF-8' | 'UTF-16LE' | 'UTF-16BE' | 'Shift_JIS' | 'EUC-JP';

const decode = (label: string, bytes: Uint8Array): string | null => {
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
};

/**
 * How unlike Japanese prose a decoding reads: half-width katakana and the C1 and private-use
 * ranges, which a text in the other Japanese encoding turns into. The lower wins.
 */
const oddity = (text: string) => (text.match(/[\uFF61-\uFF9F\u0080-\u009F\uE000-\uF8FF]/gu) ?? []).length;

/**
 * A file's text, read with the platform's TextDecoder: UTF-8 (the GeoJSON standard; a byte-order
 * mark is dropped); UTF-16 by its byte-order mark, or by the zero bytes of its ASCII (a JSON file
 * starts with one); else Shift_JIS or EUC-JP, which Japanese offices and older GIS tools still
 * write. Bytes valid in both of those are read in the one that reads more like Japanese. Null when
 * it is none of them: read as UTF-8 regardless, such a file turned into mojibake, or into a
 * misleading JSON error.
 */
export function decodeFile(input: ArrayBuffer | Uint8Array): { text: string; encoding: FileEncoding } | null {
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  const [b0, b1] = [bytes[0], bytes[1]];
  const utf16: FileEncoding | null =
    b0 === 0xff && b1 === 0xfe
      ? 'UTF-16LE'
      : b0 === 0xfe && b1 === 0xff
        ? 'UTF-16BE'
        : bytes.length >= 2 && b1 === 0 && b0 !== 0
          ? 'UTF-16LE'
          : bytes.length >= 2 && b0 === 0 && b1 !== 0
            ? 'UTF-16BE'
            : null;
  if (utf16) {
    const text = decode(utf16.toLowerCase(), bytes);
    return text === null ? null : { text, encoding: utf16 };
  }
  const utf8 = decode('utf-8', bytes);
  if (utf8 !== null) return { text: utf8, encoding: 'UTF-8' };
  const sjis = decode('shift_jis', bytes);
  const euc = decode('euc-jp', bytes);
  if (sjis !== null && (euc === null || oddity(sjis) <= oddity(euc)))
    return { text: sjis, encoding: 'Shift_JIS' };
  if (euc !== null) return { text: euc, encoding: 'EUC-JP' };
  return null;
}
