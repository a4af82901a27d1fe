/**
 * The user's own layers in the store: read from files, checked (the checker loads only when a file
 * comes in), kept in this browser (importStore) until removed, and restored on the next visit.
 * A refused file changes nothing.
 */
import type { StateCreator } from 'zustand';
import type { CheckProgress, ImportedLayer, ImportProblem } from '../data/importLayer';
import {
  IMPORT_LIMITS,
  releaseImportedMapUrl,
  type ImportedEntry,
  type ImportReport,
  type WordedProblem,
} from '../data/importedLayers';
import { boundsOfPoints } from '../geometry/bounds';
import { translate } from '../i18n/strings';
import {
  deleteStoredImport,
  newImportId,
  onOtherTabChange,
  readStoredImports,
  setStoredVisibility,
  storeImport,
} from './importStore';
import { checkOffThread } from './importChecker';
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

/** The file being read: read from disk, parsed as JSON, then checked feature by feature. */
export type ImportProgress = { fileName: string } & ({ phase: 'read' } | CheckProgress);

export interface ImportsSlice {
  imports: {
    entries: ImportedEntry[];
    /** What the last files read came to (added, or refused with problems). */
    reports: ImportReport[];
    busy: boolean;
    /** How far the file being read has come (null when none is). */
    progress: ImportProgress | null;
    /** Whether the layers kept from an earlier visit have been read back (or there were none). */
    restored: boolean;
  };
  /** Reads the layers kept from an earlier visit, checking each again. */
  restoreImports: () => Promise<void>;
  /** Reads dropped or chosen files one by one; returns the layers added. */
  addFiles: (files: readonly File[]) => Promise<ImportedLayer[]>;
  /** Stops reading the files being read: nothing of them is added, and the report says so. */
  cancelImport: () => void;
  /** Files from the panel or a drop: the Layers tab opens on the report, the map on what was added. */
  importFiles: (files: readonly File[]) => Promise<void>;
  zoomToImports: (layers: readonly ImportedLayer[]) => void;
  /** Shows or hides a layer, and keeps the choice (a failure to keep it is said). */
  toggleImport: (id: string, visible: boolean) => Promise<void>;
  /** Removes a layer from the map and from this browser (a failure to remove it is said). */
  removeImport: (id: string) => Promise<void>;
  /** Removes a kept record that could not be read back as a layer. */
  removeStoredRecord: (storedId: string) => Promise<void>;
  dismissReport: (id: number) => void;
}

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

/** The checker's code could not load: worded from the first chunk, which is already here. */
const unavailable = (): WordedProblem => ({
  code: 'checker-unavailable',
  where: null,
  message: {
    ja: translate('ja', 'importCheckerUnavailable'),
    en: translate('en', 'importCheckerUnavailable'),
  },
});

/** The checker stopped on something it did not foresee. */
const failed = (error: unknown): WordedProblem => {
  const detail = error instanceof Error ? error.message : String(error);
  return {
    code: 'checker-failed',
    where: null,
    message: {
      ja: translate('ja', 'importCheckerFailed', { detail }),
      en: translate('en', 'importCheckerFailed', { detail }),
    },
  };
};

const freeColour = (taken: readonly ImportedEntry[]) =>
  IMPORT_COLOURS.find((c) => !taken.some((e) => e.colour === c)) ??
  IMPORT_COLOURS[taken.length % IMPORT_COLOURS.length]!;

export const createImportsSlice: StateCreator<AtlasState, [], [], ImportsSlice> = (set, get) => {
  /** Report numbers, for the panel's list of reports (layer ids are random: importStore). */
  let nextReport = 1;
  /** The batches being read: a file dropped while others are read is a batch of its own. */
  const reading = new Set<AbortController>();
  /**
   * The reading back of kept layers, once per tab (React's strict mode runs effects twice). Files
   * wait for it, so a new layer's id is chosen knowing every kept one.
   */
  let restoring: Promise<void> | null = null;
  const patch = (part: Partial<AtlasState['imports']>) =>
    set(({ imports }) => ({ imports: { ...imports, ...part } }));
  const entries = () => get().imports.entries;
  /** Says that this browser would not keep a change (the wording loads only then). */
  const sayFailure = async (kind: 'toggle' | 'remove' | 'remove-kept', file: string, reason: string) => {
    const { storageFailure } = await import('../i18n/importMessages');
    get().addNotice({ id: `imports-${nextReport++}`, text: storageFailure(kind, file, reason)[get().lang] });
  };

  /**
   * Brings the list in line with what is kept: layers another tab added appear, those it removed
   * go, and its visibility changes follow. Layers shown for this visit only stay. Each record is
   * checked on its own; one that cannot be read is reported (once) with a way to remove it.
   */
  const reconcile = async (first: boolean) => {
    // The list as it was before the read: a layer this tab adds while the read is under way (its
    // record is written after the read) is not taken for one another tab removed.
    const current = new Map(entries().map((e) => [e.layer.id, e]));
    const { items, broken } = await readStoredImports();
    const kept: ImportedEntry[] = [];
    const unreadable: { id: string; fileName: string }[] = [...broken];
    for (const item of items) {
      const known = current.get(item.id);
      if (known) {
        kept.push({ ...known, visible: item.visible, kept: true });
        continue;
      }
      // Checked again in the worker, as a new file is: a large kept layer does not hold the page.
      const answer = await checkOffThread({
        kind: 'text',
        text: item.text,
        id: item.id,
        fileName: item.fileName,
        size: item.text.length,
      });
      if (answer.kind === 'unavailable') {
        // The checker cannot load (offline without it cached, or after an update): the kept layers
        // stay kept, and the panel says why they are not shown.
        patch({
          ...(first ? { restored: true } : {}),
          reports: [
            ...get().imports.reports,
            { id: nextReport++, fileName: '', ok: false, problems: [unavailable()], more: 0 },
          ],
        });
        return;
      }
      if (answer.kind === 'checked' && answer.result.ok)
        kept.push({ layer: answer.result.layer, colour: item.colour, visible: item.visible, kept: true });
      else unreadable.push({ id: item.id, fileName: item.fileName });
    }
    const reported = new Set(get().imports.reports.flatMap((r) => (!r.ok && r.storedId ? [r.storedId] : [])));
    const fresh = unreadable.filter((u) => !reported.has(u.id));
    const unreadableProblem: WordedProblem[] =
      fresh.length > 0
        ? [
            {
              code: 'kept-unreadable',
              where: null,
              message: (await import('../i18n/importMessages')).KEPT_UNREADABLE,
            },
          ]
        : [];
    const newReports: ImportReport[] = fresh.map((u) => ({
      id: nextReport++,
      fileName: u.fileName || u.id,
      ok: false as const,
      problems: unreadableProblem,
      more: 0,
      storedId: u.id,
    }));
    // The read and the checks above take time: this tab may have added, removed or toggled a layer
    // meanwhile. One it removed stays removed; one it added (not yet in what was read), or one shown
    // for this visit only, stays; one it showed or hid keeps this tab's choice (its write comes
    // after the read, and this tab hears no message of its own).
    const now = new Map(entries().map((e) => [e.layer.id, e]));
    const keptNow = kept.flatMap((e) => {
      const before = current.get(e.layer.id);
      const latest = now.get(e.layer.id);
      if (before && !latest) return [];
      if (before && latest && latest.visible !== before.visible) return [{ ...e, visible: latest.visible }];
      return [e];
    });
    const keptIds = new Set(keptNow.map((e) => e.layer.id));
    const others = [...now.values()].filter(
      (e) => !keptIds.has(e.layer.id) && (!e.kept || !current.has(e.layer.id)),
    );
    const next = [...keptNow, ...others];
    patch({
      entries: next,
      ...(first ? { restored: true } : {}),
      ...(newReports.length > 0 ? { reports: [...get().imports.reports, ...newReports] } : {}),
    });
    // A layer another tab removed goes here too: its map copy's blob is freed, as on a removal here.
    const nextIds = new Set(next.map((e) => e.layer.id));
    for (const e of now.values()) if (!nextIds.has(e.layer.id)) releaseImportedMapUrl(e.layer);
  };
  // Another tab added, removed or toggled a kept layer: this tab's list follows.
  onOtherTabChange(() => {
    if (restoring) void restoring.then(() => reconcile(false));
  });

  return {
    imports: { entries: [], reports: [], busy: false, progress: null, restored: false },

    restoreImports: () => (restoring ??= reconcile(true)),

    addFiles: async (files) => {
      if (files.length === 0) return [];
      patch({ busy: true });
      // A kept layer's read failing must not stop new files.
      await get()
        .restoreImports()
        .catch(() => undefined);
      const added: ImportedLayer[] = [];
      const reports: ImportReport[] = [];
      const refuse = async (base: { id: number; fileName: string }, problems: ImportProblem[], more = 0) =>
        reports.push({
          ...base,
          ok: false,
          // The wording is a chunk too: if it cannot load, the report still comes.
          problems: await word(problems).catch(() => [unavailable()]),
          more,
        });
      // The reports shown when this batch began: those it replaces when it ends.
      const earlier = new Set(get().imports.reports.map((r) => r.id));
      const controller = new AbortController();
      reading.add(controller);
      try {
        for (const file of files) {
          const base = { id: nextReport++, fileName: file.name };
          // Cancelled: the files after it are not read either, and each says so.
          if (controller.signal.aborted) {
            reports.push({ ...base, ok: false, cancelled: true, problems: [], more: 0 });
            continue;
          }
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
          patch({ progress: { fileName: file.name, phase: 'read' } });
          let bytes: ArrayBuffer;
          try {
            bytes = await file.arrayBuffer();
          } catch {
            await refuse(base, [{ code: 'empty' }]);
            continue;
          }
          const id = newImportId(new Set(entries().map((e) => e.layer.id)));
          const answer = await checkOffThread(
            { kind: 'bytes', bytes, id, fileName: file.name, size: file.size },
            {
              signal: controller.signal,
              onProgress: (progress) => patch({ progress: { fileName: file.name, ...progress } }),
            },
          );
          if (answer.kind === 'cancelled') {
            reports.push({ ...base, ok: false, cancelled: true, problems: [], more: 0 });
            continue;
          }
          // The checker is a worker of its own: offline without it cached, or in a tab opened
          // before the atlas was updated, it cannot load. Said in words from the first chunk.
          if (answer.kind === 'unavailable') {
            reports.push({ ...base, ok: false, problems: [unavailable()], more: 0 });
            continue;
          }
          if (answer.kind === 'undecodable') {
            await refuse(base, [{ code: 'bad-encoding' }]);
            continue;
          }
          // Whatever the checker did not foresee (a pathologically nested file, say): a report.
          if (answer.kind === 'thrown') {
            reports.push({ ...base, ok: false, problems: [failed(answer.message)], more: 0 });
            continue;
          }
          const { text, encoding, result } = answer;
          if (!result.ok) {
            await refuse(base, result.problems, result.more);
            continue;
          }
          const entry = { layer: result.layer, colour: freeColour(entries()), visible: true, kept: true };
          patch({ entries: [...entries(), entry] });
          added.push(result.layer);
          // Kept before the report is written: the report says if it could not be.
          const stored = await storeImport({
            id,
            fileName: file.name,
            text,
            colour: entry.colour,
            visible: true,
            added: Date.now(),
          });
          if (!stored.ok)
            patch({ entries: entries().map((e) => (e.layer.id === id ? { ...e, kept: false } : e)) });
          reports.push({
            ...base,
            ok: true,
            count: result.layer.features.length,
            unlocated: result.layer.unlocated,
            ...(stored.ok ? {} : { notKept: stored.reason }),
            ...(encoding !== 'UTF-8' ? { encoding } : {}),
          });
        }
      } finally {
        reading.delete(controller);
        // Busy until the last batch has ended (Cancel stops them all).
        if (reading.size === 0) patch({ busy: false, progress: null });
      }
      // The reports of these files replace those shown when they began; a kept record still to
      // remove stays reported, and so do the reports of a batch read beside this one.
      patch({
        reports: [
          ...get().imports.reports.filter((r) => (!r.ok && r.storedId !== undefined) || !earlier.has(r.id)),
          ...reports,
        ],
      });
      return added;
    },

    cancelImport: () => reading.forEach((controller) => controller.abort()),

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

    toggleImport: async (id, visible) => {
      const entry = entries().find((e) => e.layer.id === id);
      patch({ entries: entries().map((e) => (e.layer.id === id ? { ...e, visible } : e)) });
      if (!entry?.kept) return;
      const saved = await setStoredVisibility(id, visible);
      if (!saved.ok) await sayFailure('toggle', entry.layer.fileName, saved.reason);
    },

    removeImport: async (id) => {
      const entry = entries().find((e) => e.layer.id === id);
      // The reports of files read earlier go; those of kept records still to remove stay.
      patch({
        entries: entries().filter((e) => e.layer.id !== id),
        reports: get().imports.reports.filter((r) => !r.ok && r.storedId !== undefined),
      });
      if (entry) releaseImportedMapUrl(entry.layer);
      if (entry && !entry.kept) return;
      const removed = await deleteStoredImport(id);
      if (!removed.ok) await sayFailure('remove', entry?.layer.fileName ?? id, removed.reason);
    },

    removeStoredRecord: async (storedId) => {
      const removed = await deleteStoredImport(storedId);
      if (removed.ok)
        patch({ reports: get().imports.reports.filter((r) => r.ok || r.storedId !== storedId) });
      else await sayFailure('remove-kept', storedId, removed.reason);
    },

    dismissReport: (id) => patch({ reports: get().imports.reports.filter((r) => r.id !== id) }),
  };
};
