import { useCallback, useEffect, useRef, useState } from 'react';
import type { FrameRequest } from '../map/AtlasMap';

export interface Chooser {
  ids: string[];
  lngLat: [number, number];
}

/**
 * The selected feature, the "several places here" chooser, and where the map should frame next.
 * Focus returns to whatever opened the details when they close (close button or Esc).
 */
export function useSelection(initial: string | null) {
  const [selectedId, setSelectedId] = useState<string | null>(initial);
  const [chooser, setChooser] = useState<Chooser | null>(null);
  const [frame, setFrame] = useState<FrameRequest | null>(null);
  const opener = useRef<HTMLElement | null>(null);

  const select = useCallback((id: string | null, options: { frame?: boolean } = {}) => {
    if (id && !opener.current) opener.current = document.activeElement as HTMLElement | null;
    setChooser(null);
    setSelectedId(id);
    if (id && options.frame) setFrame({ id, nonce: Date.now() });
  }, []);

  const choose = useCallback((ids: string[], lngLat: [number, number]) => setChooser({ ids, lngLat }), []);

  const close = useCallback(() => {
    setSelectedId(null);
    setChooser(null);
    const back = opener.current;
    opener.current = null;
    if (back && document.contains(back)) back.focus();
  }, []);

  const open = selectedId !== null || chooser !== null;
  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') close();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [open, close]);

  return { selectedId, chooser, frame, select, choose, close, clear: () => setSelectedId(null) };
}
