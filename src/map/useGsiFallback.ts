/**
 * GSI tiles are optional and online: after a few failed tiles with none loaded, the store falls
 * back to the offline map (with a notice). Counted from the map's creation (its onError and
 * onSourceData), not from an effect after `load`: a page opened with basemap=gsi (online.html)
 * has had its first tiles fail by then.
 */
import type { MapSourceDataEvent } from 'maplibre-gl';
import { useCallback, useEffect, useRef } from 'react';
import { useAtlas } from '../state/store';
import { GSI_ERRORS_BEFORE_FALLBACK } from './basemap';

export function useGsiFallback() {
  const basemap = useAtlas((s) => s.basemap);
  const tiles = useRef({ failures: 0, loaded: false });
  useEffect(() => {
    tiles.current = { failures: 0, loaded: false };
  }, [basemap]);
  const onError = useCallback(
    (event: { error: Error }) => {
      if (!('sourceId' in event) || event.sourceId !== 'gsi') {
        console.error(event.error); // what react-maplibre does without an onError
        return;
      }
      if (basemap === 'offline' || tiles.current.loaded) return;
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
