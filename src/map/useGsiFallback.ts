/**
 * GSI tiles are optional and online: after a few failed tiles with none loaded, the store falls
 * back to the offline map (with a notice). Counted from the map's creation (its onError and
 * onSourceData), not from an effect after `load`: a page opened with basemap=gsi (online.html)
 * has had its first tiles fail by then. Tiles that fail because the page is being left (Back to the
 * offline page: the browser drops their requests) are not failures of GSI, and are not counted: they
 * made the atlas forget a reader's choice of basemap when they left before the first tile came.
 */
import type { MapSourceDataEvent } from 'maplibre-gl';
import { useCallback, useEffect, useRef } from 'react';
import { useAtlas } from '../state/store';
import { GSI_ERRORS_BEFORE_FALLBACK } from './basemap';

export function useGsiFallback() {
  const basemap = useAtlas((s) => s.basemap);
  const tiles = useRef({ failures: 0, loaded: false });
  const leaving = useRef(false);
  useEffect(() => {
    tiles.current = { failures: 0, loaded: false };
  }, [basemap]);
  useEffect(() => {
    const hide = () => (leaving.current = true);
    const show = () => (leaving.current = false);
    window.addEventListener('pagehide', hide);
    window.addEventListener('beforeunload', hide);
    window.addEventListener('pageshow', show);
    return () => {
      window.removeEventListener('pagehide', hide);
      window.removeEventListener('beforeunload', hide);
      window.removeEventListener('pageshow', show);
    };
  }, []);
  const onError = useCallback(
    (event: { error: Error }) => {
      if (!('sourceId' in event) || event.sourceId !== 'gsi') {
        // What react-maplibre does without an onError, with the source it came from: an Error
        // with no message otherwise reads only "Error".
        const from = 'sourceId' in event ? ` (source ${String(event.sourceId)})` : '';
        console.error(`Map error${from}:`, event.error);
        return;
      }
      if (basemap === 'offline' || tiles.current.loaded || leaving.current) return;
      tiles.current.failures += 1;
      if (tiles.current.failures === GSI_ERRORS_BEFORE_FALLBACK) useAtlas.getState().gsiFailed();
    },
    [basemap],
  );
  const onSourceData = useCallback((event: MapSourceDataEvent) => {
    if (event.sourceId === 'gsi' && event.tile) tiles.current.loaded = true;
  }, []);
  return { onError, onSourceData };
}
