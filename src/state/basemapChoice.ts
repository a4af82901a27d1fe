/**
 * The browser side of src/state/onlinePage.ts: reads the page's policy and address, and navigates.
 */
import type { BasemapId } from './hashState';
import { onlinePageFor } from './onlinePage';

/** The page's Content Security Policy, if it has one (the built pages do; the dev server's does not). */
export function pagePolicy(): string | null {
  return (
    document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? null
  );
}

/** Where this page must go to show `basemap` (online.html with the same link), or null. */
export const onlinePageForBasemap = (basemap: BasemapId): string | null =>
  onlinePageFor(window.location.href, pagePolicy(), basemap);

/**
 * The reader chose a basemap. The GSI map, where this page's policy does not allow it, opens
 * online.html with the same link (a real navigation, so Back returns to the offline page); the
 * offline map, or the GSI map on online.html, is just set.
 */
export function chooseBasemap(basemap: BasemapId, set: (basemap: BasemapId) => void): void {
  const online = onlinePageForBasemap(basemap);
  if (online) window.location.assign(online);
  else set(basemap);
}
