/**
 * The one MapLibre map. It reads what to draw from the store and reports clicks and settled views
 * to it; the layer families, the camera and the one-time setup live beside it. Imperative calls go
 * only through the map ref.
 */
import { Map, NavigationControl, ScaleControl, type MapRef } from '@vis.gl/react-maplibre';
import type { GeoJSONSource, MapLayerMouseEvent, Map as MaplibreMap } from 'maplibre-gl';
import { setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { useCallback, useMemo, useRef, useState, type ReactNode } from 'react';
import { LAYER_IDS, MOVES_LAYER } from '../data/layers';
import { translate } from '../i18n/strings';
import { initialViewOf } from '../state/derived';
import { useAtlas } from '../state/store';
import { AreaCircles } from './AreaCircles';
import { AtlasLayers } from './AtlasLayers';
import { NATIONAL_SOURCE, NATIONAL_SYMBOLS } from './clusters';
import { BasemapLayers } from './BasemapLayers';
import { FeatureIndex } from './FeatureIndex';
import { offlineStyle } from './basemap';
import { ImportedLayers, importedLayerIds } from './ImportedLayers';
import { FAR_MOVES_SYMBOLS, mapLayerIds, MOVE_LINE_LAYERS } from './layerSpecs';
import { MapPopup } from './MapPopup';
import { NationalPlaces } from './NationalPlaces';
import { Overlays } from './Overlays';
import { SelectionRings } from './SelectionRings';
import { FIT_MAX_ZOOM, useCamera } from './useCamera';
import { useGsiFallback } from './useGsiFallback';
import { useMapSetup } from './useMapSetup';

// MapLibre looks for its worker beside its own file, which Vite moves: point it at the real one.
setWorkerUrl(workerUrl);

const MOVE_HIT_IDS: ReadonlySet<string> = new Set([
  ...MOVE_LINE_LAYERS.map((l) => l.id),
  mapLayerIds(MOVES_LAYER).symbols,
  FAR_MOVES_SYMBOLS,
]);
const SYMBOL_LAYER_IDS = [
  NATIONAL_SYMBOLS,
  ...LAYER_IDS.map((l) => mapLayerIds(l).symbols),
  FAR_MOVES_SYMBOLS,
  ...MOVE_LINE_LAYERS.map((s) => s.id),
];
const CLICK_TOLERANCE_PX = 8;
const prefersReducedMotion = () => window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

export interface AtlasMapProps {
  /** The details or the chooser, shown in the map's popup (null when they open in a sheet). */
  popup: ReactNode;
}

export function AtlasMap({ popup }: AtlasMapProps) {
  const mapRef = useRef<MapRef>(null);
  const [ready, onStyleData] = useMapSetup(mapRef);
  useCamera(mapRef, ready);
  const gsi = useGsiFallback();
  const lang = useAtlas((s) => s.lang);
  const picking = useAtlas((s) => s.pickMode !== null);
  const imported = useAtlas((s) => s.imports.entries);
  const { embed } = useAtlas((s) => s.start);
  // The map is created once, on the view it opens on; later moves are camera requests.
  const [initialView] = useState(() => initialViewOf(useAtlas.getState()));
  const mapStyle = useMemo(() => offlineStyle(), []);
  const [hovering, setHovering] = useState(false);
  const [basemapDrawn, setBasemapDrawn] = useState(false);
  const onLoad = useCallback(
    (event: { target: MaplibreMap }) => {
      onStyleData(event);
      setBasemapDrawn(true);
    },
    [onStyleData],
  );
  const clickable = useMemo(() => [...SYMBOL_LAYER_IDS, ...importedLayerIds(imported)], [imported]);

  const onClick = useCallback(
    (event: MapLayerMouseEvent) => {
      const map = mapRef.current?.getMap();
      const store = useAtlas.getState();
      if (!map) return;
      if (store.pickMode !== null) {
        store.pick([event.lngLat.lng, event.lngLat.lat]);
        return;
      }
      const { x, y } = event.point;
      const hits = map.queryRenderedFeatures(
        [
          [x - CLICK_TOLERANCE_PX, y - CLICK_TOLERANCE_PX],
          [x + CLICK_TOLERANCE_PX, y + CLICK_TOLERANCE_PX],
        ],
        { layers: clickable.filter((id) => map.getLayer(id)) },
      );
      // A cluster of the national view: zoom in to where it comes apart, around it.
      const cluster = hits.find((f) => f.properties.cluster_id !== undefined);
      if (cluster && cluster.geometry.type === 'Point') {
        const [lng, lat] = cluster.geometry.coordinates as [number, number];
        const source = map.getSource<GeoJSONSource>(NATIONAL_SOURCE);
        void source
          ?.getClusterExpansionZoom(Number(cluster.properties.cluster_id))
          .then((zoom) => store.zoomTo({ lng, lat, zoom: Math.max(zoom, map.getZoom() + 1) }))
          .catch(() => store.zoomTo({ lng, lat, zoom: map.getZoom() + 2 }));
        return;
      }
      // A place's symbol wins over a move that merely ends or passes there (a move's arrowhead
      // is found at the place it points at, not where it is drawn).
      const places = hits.filter((f) => !MOVE_HIT_IDS.has(f.layer.id));
      const ids = [...new Set((places.length > 0 ? places : hits).map((f) => String(f.properties.id)))];
      if (ids.length === 0) store.select(null);
      else if (ids.length === 1) store.select(ids[0] as string);
      else store.choose(ids, [event.lngLat.lng, event.lngLat.lat]);
    },
    [clickable],
  );

  const onMoveEnd = useCallback(() => {
    const map = mapRef.current?.getMap();
    if (!map) return;
    const center = map.getCenter();
    useAtlas.getState().setView({ zoom: map.getZoom(), lat: center.lat, lng: center.lng });
  }, []);

  return (
    <Map
      ref={mapRef}
      initialViewState={
        'bounds' in initialView
          ? { bounds: initialView.bounds, fitBoundsOptions: { padding: 50, maxZoom: FIT_MAX_ZOOM } }
          : { longitude: initialView.lng, latitude: initialView.lat, zoom: initialView.zoom }
      }
      mapStyle={mapStyle}
      onStyleData={onStyleData}
      // Should the style's first event come before the map is in its ref, the setup runs at load.
      onLoad={onLoad}
      onClick={onClick}
      onMoveEnd={onMoveEnd}
      interactiveLayerIds={ready ? clickable : []}
      onMouseEnter={() => setHovering(true)}
      onMouseLeave={() => setHovering(false)}
      cursor={picking ? 'crosshair' : hovering ? 'pointer' : 'grab'}
      maxZoom={16}
      // Labels and symbols fade in and out as they are placed; with reduced motion they simply appear.
      fadeDuration={prefersReducedMotion() ? 0 : 300}
      style={{ position: 'absolute', inset: 0 }}
      attributionControl={{ compact: false }}
      locale={{ 'Map.Title': translate(lang, 'mapRegion') }}
      onError={gsi.onError}
      onSourceData={gsi.onSourceData}
      // Embedded in another page: two fingers or Ctrl + scroll move the map, so the page scrolls.
      cooperativeGestures={embed}
      // Keeps the drawn map in the canvas so a printed page (or PDF) shows it.
      canvasContextAttributes={{ preserveDrawingBuffer: true }}
      localIdeographFontFamily="'Noto Sans CJK JP', 'Hiragino Sans', 'Yu Gothic', 'Meiryo', sans-serif"
    >
      <NavigationControl position="top-right" showCompass={false} />
      <ScaleControl position="bottom-right" />
      <BasemapLayers />
      {ready && (
        <>
          <AreaCircles />
          <AtlasLayers basemapDrawn={basemapDrawn} />
          <NationalPlaces />
          <ImportedLayers />
          <SelectionRings />
          <Overlays />
          <FeatureIndex />
        </>
      )}
      <MapPopup>{popup}</MapPopup>
    </Map>
  );
}
