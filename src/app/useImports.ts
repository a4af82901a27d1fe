import { useCallback, useEffect, useRef, useState } from 'react';
import type { ImportedLayer } from '../data/importLayer';
import type { ImportProblem } from '../data/importLayer';
import {
  IMPORT_LIMITS,
  type ImportedEntry,
  type ImportReport,
  type WordedProblem,
} from '../data/importedLayers';
import { deleteStoredImport, readStoredImports, setStoredVisibility, storeImport } from '../state/importStore';

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

/**
 * The user's own layers: read from files, checked (the checker loads only when a file comes in),
 * kept in this browser (importStore) until removed, and restored on the next visit. A refused file
 * changes nothing.
 */
export function useImports() {
  const [entries, setEntries] = useState<ImportedEntry[]>([]);
  const [reports, setReports] = useState<ImportReport[]>([]);
  const [busy, setBusy] = useState(false);
  /** Whether the layers kept from an earlier visit have been read back (or there were none). */
  const [restored, setRestored] = useState(false);
  const next = useRef(1);
  // The layers as of the last change, for reading files one after another without waiting for React.
  const current = useRef<ImportedEntry[]>([]);
  const commit = useCallback((list: ImportedEntry[]) => {
    current.current = list;
    setEntries(list);
  }, []);

  // Layers kept from an earlier visit, checked again as they are read back.
  useEffect(() => {
    let cancelled = false;
    void readStoredImports().then(async (stored) => {
      if (cancelled) return;
      if (stored.length === 0) {
        setRestored(true);
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
        next.current = Math.max(next.current, Number(item.id.replace('import-', '')) + 1 || 1);
      }
      if (cancelled) return;
      commit([...restored, ...current.current]);
      setRestored(true);
    });
    return () => {
      cancelled = true;
    };
  }, [commit]);

  /** Reads the files one by one; returns the layers added. */
  const addFiles = useCallback(
    async (files: readonly File[]): Promise<ImportedLayer[]> => {
      if (files.length === 0) return [];
      setBusy(true);
      const added: ImportedLayer[] = [];
      const newReports: ImportReport[] = [];
      try {
        for (const file of files) {
          const reportId = next.current++;
          const base = { id: reportId, fileName: file.name };
          if (current.current.length >= IMPORT_LIMITS.layers) {
            newReports.push({
              ...base,
              ok: false,
              problems: await word([{ code: 'too-many-layers', values: { limit: IMPORT_LIMITS.layers } }]),
              more: 0,
            });
            continue;
          }
          // Refuse a large file before reading it.
          if (file.size > IMPORT_LIMITS.bytes) {
            newReports.push({
              ...base,
              ok: false,
              problems: await word([
                { code: 'too-large', values: { size: file.size, limit: IMPORT_LIMITS.bytes } },
              ]),
              more: 0,
            });
            continue;
          }
          let text: string;
          try {
            text = await file.text();
          } catch {
            newReports.push({ ...base, ok: false, problems: await word([{ code: 'empty' }]), more: 0 });
            continue;
          }
          const { importGeoJson } = await loadChecker();
          const id = `import-${reportId}`;
          const result = importGeoJson(text, { id, fileName: file.name, bytes: file.size });
          if (!result.ok) {
            newReports.push({ ...base, ok: false, problems: await word(result.problems), more: result.more });
            continue;
          }
          const entry = { layer: result.layer, colour: freeColour(current.current), visible: true };
          commit([...current.current, entry]);
          added.push(result.layer);
          newReports.push({
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
        setBusy(false);
      }
      setReports(newReports);
      return added;
    },
    [commit],
  );

  const remove = useCallback(
    (id: string) => {
      commit(current.current.filter((e) => e.layer.id !== id));
      setReports([]);
      void deleteStoredImport(id);
    },
    [commit],
  );

  const toggle = useCallback(
    (id: string, visible: boolean) => {
      commit(current.current.map((e) => (e.layer.id === id ? { ...e, visible } : e)));
      void setStoredVisibility(id, visible);
    },
    [commit],
  );

  const dismissReport = useCallback(
    (id: number) => setReports((list) => list.filter((r) => r.id !== id)),
    [],
  );

  return { entries, reports, busy, restored, addFiles, remove, toggle, dismissReport };
}
