import { useCallback, useRef, useState } from 'react';
import type { ImportedLayer } from '../data/importLayer';
import { IMPORT_LIMITS, type ImportedEntry, type ImportReport } from '../data/importedLayers';

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

/**
 * The user's own layers: read from files, checked (the checker loads only when a file comes in),
 * kept in this tab's memory only, and removable. A refused file changes nothing.
 */
export function useImports() {
  const [entries, setEntries] = useState<ImportedEntry[]>([]);
  const [reports, setReports] = useState<ImportReport[]>([]);
  const [busy, setBusy] = useState(false);
  const next = useRef(1);
  const count = useRef(0);

  /** Reads the files one by one; returns the layers added. */
  const addFiles = useCallback(async (files: readonly File[]): Promise<ImportedLayer[]> => {
    if (files.length === 0) return [];
    setBusy(true);
    const added: ImportedLayer[] = [];
    const newReports: ImportReport[] = [];
    const report = (r: ImportReport) => newReports.push(r);
    try {
      for (const file of files) {
        const reportId = next.current++;
        const base = { id: reportId, fileName: file.name };
        if (count.current >= IMPORT_LIMITS.layers) {
          report({
            ...base,
            ok: false,
            problems: [{ code: 'too-many-layers', values: { limit: IMPORT_LIMITS.layers } }],
            more: 0,
          });
          continue;
        }
        // Refuse a large file before reading it.
        if (file.size > IMPORT_LIMITS.bytes) {
          report({
            ...base,
            ok: false,
            problems: [{ code: 'too-large', values: { size: file.size, limit: IMPORT_LIMITS.bytes } }],
            more: 0,
          });
          continue;
        }
        let text: string;
        try {
          text = await file.text();
        } catch {
          report({ ...base, ok: false, problems: [{ code: 'empty' }], more: 0 });
          continue;
        }
        const { importGeoJson } = await import('../data/importLayer');
        const result = importGeoJson(text, {
          id: `import-${reportId}`,
          fileName: file.name,
          bytes: file.size,
        });
        if (result.ok) {
          count.current += 1;
          added.push(result.layer);
          report({
            ...base,
            ok: true,
            count: result.layer.features.length,
            unlocated: result.layer.unlocated,
          });
        } else report({ ...base, ok: false, problems: result.problems, more: result.more });
      }
    } finally {
      setBusy(false);
    }
    if (added.length)
      setEntries((list) => [
        ...list,
        ...added.map((layer) => ({
          layer,
          visible: true,
          colour:
            IMPORT_COLOURS.find((c) => !list.some((e) => e.colour === c)) ??
            IMPORT_COLOURS[list.length % IMPORT_COLOURS.length]!,
        })),
      ]);
    setReports(newReports);
    return added;
  }, []);

  const remove = useCallback((id: string) => {
    setEntries((list) => {
      const kept = list.filter((e) => e.layer.id !== id);
      count.current = kept.length;
      return kept;
    });
    setReports([]);
  }, []);

  const toggle = useCallback((id: string, visible: boolean) => {
    setEntries((list) => list.map((e) => (e.layer.id === id ? { ...e, visible } : e)));
  }, []);

  const dismissReport = useCallback(
    (id: number) => setReports((list) => list.filter((r) => r.id !== id)),
    [],
  );

  return { entries, reports, busy, addFiles, remove, toggle, dismissReport };
}
