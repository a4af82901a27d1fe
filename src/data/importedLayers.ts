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
      encoding?: 'Shift_JIS';
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

/**
 * A file's text: UTF-8 (the GeoJSON standard; a byte-order mark is dropped), or else Shift_JIS,
 * which many Japanese offices and older GIS tools still write. Null when it is neither: read as
 * UTF-8 regardless, a Shift_JIS file turned into mojibake, or into a misleading JSON error.
 */
export function decodeFile(
  bytes: ArrayBuffer | Uint8Array,
): { text: string; encoding: 'UTF-8' | 'Shift_JIS' } | null {
  for (const [label, encoding] of [
    ['utf-8', 'UTF-8'],
    ['shift_jis', 'Shift_JIS'],
  ] as const) {
    try {
      return { text: new TextDecoder(label, { fatal: true }).decode(bytes), encoding };
    } catch {
      // Not this encoding: try the next.
    }
  }
  return null;
}
