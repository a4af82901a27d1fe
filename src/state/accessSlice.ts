/**
 * What the atlas does for reading and hearing it: the map size a reader chose (symbols, labels and
 * lines 1×, 1.5× or 2×; remembered in this browser), and what was just said to a screen reader
 * after something the reader did (a layer ticked, a filter chosen), for the polite live region
 * (src/app/Announcer.tsx). Things the atlas does by itself are never said.
 */
import type { StateCreator } from 'zustand';
import type { AtlasState } from './store';

export const MAP_SIZES = [1, 1.5, 2] as const;
export type MapSize = (typeof MAP_SIZES)[number];

const KEY = 'bluebook-atlas:map-size';

export function isMapSize(value: unknown): value is MapSize {
  return (MAP_SIZES as readonly unknown[]).includes(value);
}

/** The size chosen on an earlier visit, or 1. Storage may be unavailable: then 1, and nothing fails. */
export function rememberedMapSize(): MapSize {
  try {
    const value = Number(globalThis.localStorage?.getItem(KEY));
    return isMapSize(value) ? value : 1;
  } catch {
    return 1;
  }
}

function rememberMapSize(size: MapSize): void {
  try {
    globalThis.localStorage?.setItem(KEY, String(size));
  } catch {
    // Not remembered: the size still holds for this visit.
  }
}

export interface AccessSlice {
  mapSize: MapSize;
  setMapSize: (size: MapSize) => void;
  /** The last thing said, numbered so the same words said twice are heard twice. */
  said: { text: string; n: number } | null;
  /** Says a result of the reader's own action through the polite live region. */
  say: (text: string) => void;
}

export const createAccessSlice: StateCreator<AtlasState, [], [], AccessSlice> = (set, get) => ({
  mapSize: rememberedMapSize(),
  setMapSize: (mapSize) => {
    rememberMapSize(mapSize);
    set({ mapSize });
  },
  said: null,
  say: (text) => set({ said: { text, n: (get().said?.n ?? 0) + 1 } }),
});
