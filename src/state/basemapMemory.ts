/**
 * The basemap a reader chose, remembered in this browser for the next fresh visit (the atlas opened
 * with no link; a link keeps its own basemap). Storage may be unavailable (private modes, blocked cookies): then nothing is
 * remembered, and nothing fails.
 */
import { isBasemapId, type BasemapId } from './hashState';

const KEY = 'bluebook-atlas:basemap';

export function rememberedBasemap(): BasemapId | null {
  try {
    const value = globalThis.localStorage?.getItem(KEY) ?? null;
    return value !== null && isBasemapId(value) ? value : null;
  } catch {
    return null;
  }
}

export function rememberBasemap(basemap: BasemapId): void {
  try {
    globalThis.localStorage?.setItem(KEY, basemap);
  } catch {
    // Not remembered: the choice still holds for this visit.
  }
}
