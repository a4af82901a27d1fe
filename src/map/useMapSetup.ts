/**
 * What the map needs once its style has loaded: the symbol images, the "fully drawn" markers that
 * tests and the benchmark wait for, context-loss reports, print sizing, a teacher's area lock, and
 * the first view reported to the store. Returns whether the images are ready (layers wait for them)
 * and the handler of the map's `styledata` event that sets it all up, once.
 *
 * It runs on the style's first `styledata` (the style parsed, its sources added), not on the map's
 * `load` (the basemap fetched and fully drawn): the atlas's own layers then fetch their data beside
 * the basemap's tiles rather than after them, which on a school's network draws the map seconds
 * sooner.
 */
import type { MapRef } from '@vis.gl/react-maplibre';
import type { Map as MaplibreMap } from 'maplibre-gl';
import { useCallback, useRef, useState, type RefObject } from 'react';
import { LAYER_IDS } from '../data/layers';
import { useAtlas } from '../state/store';
import { iconName, LAYER_SYMBOLS } from '../symbology/layerStyles';
import { iconShapesFor } from '../symbology/mapFeatures';
import { drawClusterImage, drawSymbolImage } from '../symbology/symbolShapes';
import { clusterCounts } from './clusters';
import { mapLayerIds } from './layerSpecs';

/** The printable width of an A4 page with 12 mm margins, in CSS pixels (186 mm at 96 dpi). */
const PRINT_WIDTH_PX = 703;

export function useMapSetup(
  mapRef: RefObject<MapRef | null>,
): [ready: boolean, onStyleData: (event?: { target: MaplibreMap }) => void] {
  const [ready, setReady] = useState(false);
  const done = useRef(false);
  const onStyleData = useCallback(
    (event?: { target: MaplibreMap }) => {
      const map = event?.target ?? mapRef.current?.getMap();
      if (!map || done.current) return;
      done.current = true;
      const ratio = Math.min(3, Math.max(1, Math.ceil(window.devicePixelRatio || 1)));
      // The symbols are drawn at the map size chosen (1×, 1.5×, 2×) and again when it changes: larger
      // images at the screen's own ratio, so they stay sharp. Cluster rings are redrawn as shown.
      const drawImages = (size: number) => {
        for (const layer of LAYER_IDS) {
          for (const shape of iconShapesFor(layer)) {
            const name = iconName(layer, shape);
            if (map.hasImage(name)) map.removeImage(name);
            map.addImage(name, drawSymbolImage(shape, LAYER_SYMBOLS[layer].colour, ratio * size), {
              pixelRatio: ratio,
            });
          }
        }
        for (const id of map.listImages()) if (clusterCounts(id)) map.removeImage(id);
      };
      drawImages(useAtlas.getState().mapSize);
      const stopFollowing = useAtlas.subscribe((state, previous) => {
        if (state.mapSize !== previous.mapSize) drawImages(state.mapSize);
      });
      map.once('remove', stopFollowing);
      // A plain marker of "fully drawn" that tests and benchmarks wait for; it never drives the UI.
      // MapLibre's idle with the atlas's data on the map; any frame drawn since (a move, a change of
      // data, filter or zoom range) clears it until the next idle. Set on idle alone, it once stayed
      // while the map redrew what the data had just changed, and a click there found nothing.
      const container = map.getContainer();
      map.on('idle', () => {
        if (useAtlas.getState().data !== null) container.dataset.mapIdle = 'true';
      });
      map.on('render', () => delete container.dataset.mapIdle);
      map.on('movestart', () => delete container.dataset.mapIdle);
      // The benchmark's measure of a cold load: the first idle with every layer drawn.
      const markDrawn = () => {
        const sources = LAYER_IDS.map((l) => mapLayerIds(l).source);
        if (!sources.every((id) => map.getSource(id) && map.isSourceLoaded(id))) return;
        performance.mark('map-drawn');
        map.off('idle', markDrawn);
      };
      map.on('idle', markDrawn);
      // The map, for the browser's console, the benchmark (which projects a place to the pixel it
      // clicks) and the end-to-end check that no two drawn symbols overlap.
      Object.assign(window, { __benchMap: map });
      // A cluster's ring is drawn the first time a cluster with its counts per layer is shown.
      map.setMissingStyleImageResolver((id) => {
        const counts = clusterCounts(id);
        if (!counts || map.hasImage(id)) return;
        const colours = LAYER_IDS.map((l) => LAYER_SYMBOLS[l].colour);
        map.addImage(id, drawClusterImage(counts, colours, ratio * useAtlas.getState().mapSize), {
          pixelRatio: ratio,
        });
      });
      // A lost context (a GPU reset, a driver update, too many tabs): MapLibre keeps a snapshot of
      // the style and redraws from it when the browser restores the context. The app says so meanwhile.
      map.on('webglcontextlost', () => {
        delete container.dataset.mapIdle;
        useAtlas.getState().contextLost(true);
      });
      map.on('webglcontextrestored', () => useAtlas.getState().contextLost(false));
      // Printing keeps the map at its screen size in CSS pixels and scales it down as a whole, so the
      // drawn canvas (kept by preserveDrawingBuffer) and its scale bar print together, unchanged.
      window.addEventListener('beforeprint', () => {
        const area = container.closest<HTMLElement>('.map-area');
        if (!area) return;
        const { width, height } = area.getBoundingClientRect();
        area.style.setProperty('--print-width', `${width}px`);
        area.style.setProperty('--print-height', `${height}px`);
        area.style.setProperty('--print-zoom', String(Math.min(1, PRINT_WIDTH_PX / width)));
      });
      // A teacher's lock: the map cannot be moved outside the area it opened on.
      if (useAtlas.getState().start.lock) map.setMaxBounds(map.getBounds());
      const center = map.getCenter();
      useAtlas.getState().setView({ zoom: map.getZoom(), lat: center.lat, lng: center.lng });
      setReady(true);
    },
    [mapRef],
  );
  return [ready, onStyleData];
}
