/**
 * The user's own layers in the store: read from files, checked (the checker loads only when a file
 * comes in), kept in this browser (importStore) until removed, and restored on the next visit.
 * A refused file changes nothing.
 */
import type { StateCreator } from 'zustand';
import type { ImportedLayer, ImportProblem } from '../data/importLayer';
import {
  IMPORT_LIMITS,
  type ImportedEntry,
  type ImportReport,
  type WordedProblem,
} from '../data/importedLayers';
import { boundsOfPoints } from '../geometry/bounds';
import { deleteStoredImport, readStoredImports, setStoredVisibility, storeImport } from './importStore';
import type { AtlasState } from './store';

/** Colours for imported layers, distinct from the atlas's own layer colours. */
export const IMPORT_COLOURS = [
  '#7B3294',
  '#1B7837',
  '#C51B7D',
  '#2166AC',
  '#8C510A',
  '#01665E',
  '#B2182B',
  '#4D4D4D',
];

export interface ImportsSlice {
  imports: {
    entries: ImportedEntry[];
    /** What the last files read came to (added, or refused with problems). */
    reports: ImportReport[];
    busy: boolean;
    /** Whether the layers kept from an earlier visit have been read back (or there were none). */
    restored: boolean;
  };
  /** Reads the layers kept from an earlier visit, checking each again. */
  restoreImports: () => Promise<void>;
  /** Reads dropped or chosen files one by one; returns the layers added. */
  addFiles: (files: readonly File[]) => Promise<ImportedLayer[]>;
  /** Files from the panel or a drop: the Layers tab opens on the report, the map on what was added. */
  importFiles: (files: readonly File[]) => Promise<void>;
  zoomToImports: (layers: readonly ImportedLayer[]) => void;
  toggleImport: (id: string, visible: boolean) => void;
  removeImport: (id: string) => void;
  dismissReport: (id: number) => void;
}

const loadChecker = () => import('../data/importLayer');

/** Words problems in both languages (the wording loads with the first problem, not before). */
async function word(problems: readonly ImportProblem[]): Promise<WordedProblem[]> {
  const { problemLocation, problemMessage } = await import('../i18n/importMessages');
  return problems.map((problem) => {
    const ja = problemLocation('ja', problem);
    const en = problemLocation('en', problem);
    return {
      code: problem.code,
      where: ja && en ? { ja, en } : null,
      message: { ja: problemMessage('ja', problem), en: problemMessage('en', problem) },
    };
  });
}

const freeColour = (taken: readonly ImportedEntry[]) =>
  IMPORT_COLOURS.find((c) => !taken.some((e) => e.colour === c)) ??
  IMPORT_COLOURS[taken.length % IMPORT_COLOURS.length]!;

export const createImportsSlice: StateCreator<AtlasState, [], [], ImportsSlice> = (set, get) => {
  /** The next layer number in this tab (`import-<n>`), past every kept one. */
  let next = 1;
  /**
   * The reading back of kept layers, once per tab (React's strict mode runs effects twice). Files
   * wait for it: numbered before the kept layers are known, a new layer took a kept one's id and
   * overwrote it in storage.
   */
  let restoring: Promise<void> | null = null;
  const restore = async () => {
    const stored = await readStoredImports();
    if (stored.length === 0) {
      patch({ restored: true });
      return;
    }
    const { importGeoJson } = await loadChecker();
    const restored: ImportedEntry[] = [];
    for (const item of stored) {
      const result = importGeoJson(item.text, {
        id: item.id,
        fileName: item.fileName,
        bytes: item.text.length,
      });
      if (result.ok) restored.push({ layer: result.layer, colour: item.colour, visible: item.visible });
      else void deleteStoredImport(item.id);
      next = Math.max(next, Number(item.id.replace('import-', '')) + 1 || 1);
    }
    patch({ entries: [...restored, ...entries()], restored: true });
  };
  const patch = (part: Partial<AtlasState['imports']>) =>
    set(({ imports }) => ({ imports: { ...imports, ...part } }));
  const entries = () => get().imports.entries;

  return {
    imports: { entries: [], reports: [], busy: false, restored: false },

    restoreImports: () => (restoring ??= restore()),

    addFiles: async (files) => {
      if (files.length === 0) return [];
      patch({ busy: true });
      // A kept layer's read failing must not stop new files: they are numbered after it anyway.
      await get()
        .restoreImports()
        .catch(() => undefined);
      const added: ImportedLayer[] = [];
      const reports: ImportReport[] = [];
      const refuse = async (base: { id: number; fileName: string }, problems: ImportProblem[], more = 0) =>
        reports.push({ ...base, ok: false, problems: await word(problems), more });
      try {
        for (const file of files) {
          const reportId = next++;
          const base = { id: reportId, fileName: file.name };
          if (entries().length >= IMPORT_LIMITS.layers) {
            await refuse(base, [{ code: 'too-many-layers', values: { limit: IMPORT_LIMITS.layers } }]);
            continue;
          }
          // Refuse a large file before reading it.
          if (file.size > IMPORT_LIMITS.bytes) {
            await refuse(base, [
              { code: 'too-large', values: { size: file.size, limit: IMPORT_LIMITS.bytes } },
            ]);
            continue;
          }
          let text: string;
          try {
            text = await file.text();
          } catch {
            await refuse(base, [{ code: 'empty' }]);
            continue;
          }
          const { importGeoJson } = await loadChecker();
          const id = `import-${reportId}`;
          const result = importGeoJson(text, { id, fileName: file.name, bytes: file.size });
          if (!result.ok) {
            await refuse(base, result.problems, result.more);
            continue;
          }
          const entry = { layer: result.layer, colour: freeColour(entries()), visible: true };
          patch({ entries: [...entries(), entry] });
          added.push(result.layer);
          reports.push({
            ...base,
            ok: true,
            count: result.layer.features.length,
            unlocated: result.layer.unlocated,
          });
          void storeImport({
            id,
            fileName: file.name,
            text,
            colour: entry.colour,
            visible: true,
            added: Date.now(),
          });
        }
      } finally {
        patch({ busy: false });
      }
      patch({ reports });
      return added;
    },

    importFiles: async (files) => {
      set({ tab: 'layers', ...(get().narrow ? { panelOpen: true } : {}) });
      get().zoomToImports(await get().addFiles(files));
    },

    zoomToImports: (layers) => {
      const bounds = boundsOfPoints(
        layers.flatMap(({ bounds: [w, s, e, n] }) => [
          [w, s],
          [e, n],
        ]),
      );
      if (!bounds) return;
      set({ camera: { kind: 'bounds', bounds }, ...(get().webgl ? { mainView: 'map' } : {}) });
    },

    toggleImport: (id, visible) => {
      patch({ entries: entries().map((e) => (e.layer.id === id ? { ...e, visible } : e)) });
      void setStoredVisibility(id, visible);
    },

    removeImport: (id) => {
      patch({ entries: entries().filter((e) => e.layer.id !== id), reports: [] });
      void deleteStoredImport(id);
    },

    dismissReport: (id) => patch({ reports: get().imports.reports.filter((r) => r.id !== id) }),
  };
};
