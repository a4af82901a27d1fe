/**
 * The one MapLibre map: a source per layer, symbols and labels per source, a selection ring, the
 * optional online GSI tiles, and the popup. State lives in the App; this component reports clicks
 * and view changes and applies what it is given. Imperative calls go only through the map ref.
 */
import {
  Layer,
  Map,
  NavigationControl,
  Popup,
  ScaleControl,
  Source,
  type MapRef,
} from '@vis.gl/react-maplibre';
import type {
  ExpressionSpecification,
  FilterSpecification,
  MapLayerMouseEvent,
  MapSourceDataEvent,
} from 'maplibre-gl';
import { matchesFilter, type FacilityFilter } from '../data/facilityFilter';
import type { FeatureCollection, Point } from 'geojson';
import { setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { AtlasData } from '../data/loadAtlasData';
import { findImported, importedMapData, type ImportedEntry } from '../data/importedLayers';
import { LAYER_IDS, type LayerId } from '../data/layers';
import type { Lang } from '../i18n/strings';
import type { BasemapId, MapView } from '../state/hashState';
import {
  COUNTRY_LABELS_URL,
  GSI_ATTRIBUTION,
  GSI_ERRORS_BEFORE_FALLBACK,
  GSI_TILES,
  offlineStyle,
} from './basemap';
import type { TimelineStatus } from '../data/returnsTimeline';
import {
  HIGHLIGHT_COLOUR,
  iconName,
  LAYER_SYMBOLS,
  mapLayerIds,
  SELECTED_COLOUR,
  TIMELINE_STATUS_SHAPES,
} from '../symbology/layerStyles';
import { iconShapesFor } from '../symbology/mapFeatures';
import { drawSymbolImage } from '../symbology/symbolShapes';

// MapLibre looks for its worker beside its own file, which Vite moves: point it at the real one.
setWorkerUrl(workerUrl);

export interface FrameRequest {
  id: string;
  /** Changes on every request so the same feature can be framed twice. */
  nonce: number;
}

/** Show exactly this view (a link brought into the open tab). */
export interface GoToRequest {
  view: MapView;
  nonce: number;
}

export interface FitRequest {
  bounds: [number, number, number, number];
  nonce: number;
}

export interface AtlasMapProps {
  /** Null while the data loads: the basemap and the layers (by URL) draw meanwhile. */
  data: AtlasData | null;
  /** Where each layer's drawing copy is (see mapDataUrls in loadAtlasData). */
  mapDataUrls: Record<LayerId, string>;
  /** Layers drawn as circles, for their size (see LARGE_LAYER). */
  largeLayers: ReadonlySet<LayerId>;
  /** The user's own layers, drawn above the atlas's as circles, lines and fills in their colour. */
  imported: readonly ImportedEntry[];
  lang: Lang;
  visible: ReadonlySet<LayerId>;
  selectedId: string | null;
  /** Features to highlight, e.g. the places of the paragraph being read. */
  highlightIds: readonly string[];
  /** Which U.S. facilities to show. */
  facilityFilter: FacilityFilter;
  /** Footprint and measurement drawn over the data; rendered inside the map. */
  overlays: ReactNode;
  /** While true, a click picks a point (onPick) instead of selecting a place. */
  picking: boolean;
  onPick: (lngLat: [number, number]) => void;
  /** On the returns timeline: each return item's status in the chosen year; null for today's. */
  returnStatuses: ReadonlyMap<string, TimelineStatus> | null;
  basemap: BasemapId;
  initialView: MapView;
  frame: FrameRequest | null;
  fit: FitRequest | null;
  goTo: GoToRequest | null;
  /** What to show in the map's popup, and where; null for none. */
  popup: { lngLat: [number, number]; offset: [number, number]; key: string; content: ReactNode } | null;
  ariaLabel: string;
  /** Embedded in another page: two fingers or Ctrl + scroll move the map, so the page scrolls. */
  cooperativeGestures: boolean;
  /** A teacher's lock: the map cannot be moved outside the area it opened on. */
  lockArea: boolean;
  /**
   * Where a selected point should sit, as a share of the map's height below (+) or above (−) the
   * centre: below when the popup opens above it, above when a bottom sheet covers the lower part.
   */
  selectionOffset: number;
  onSelect: (id: string | null) => void;
  onChoose: (ids: string[], lngLat: [number, number]) => void;
  onViewChange: (view: MapView) => void;
  onGsiFailed: () => void;
  /** The WebGL context was lost (true) or restored (false); MapLibre redraws from its snapshot. */
  onContextLost: (lost: boolean) => void;
}

/** A filter that keeps every feature. */
const ALL: FilterSpecification = ['all'];
const SYMBOL_LAYER_IDS = LAYER_IDS.map((l) => mapLayerIds(l).symbols);
const CLICK_TOLERANCE_PX = 8;
const FRAME_MIN_ZOOM = 9;
/** The printable width of an A4 page with 12 mm margins, in CSS pixels (186 mm at 96 dpi). */
const PRINT_WIDTH_PX = 703;
/** Framing a few nearby places should not zoom in further than this. */
const FIT_MAX_ZOOM = 11;
/** At most this many highlighted places get a ring. */
const MAX_RINGS = 2000;
/** Where the offset symbols (SEED sites beside a facility) sit. */
const OFFSET_SYMBOL = LAYER_SYMBOLS['exchange-sites'].offset;
/** A large layer is labelled from this zoom on. */
const LARGE_LABEL_ZOOM = 12;

/** The map layers of an imported layer, in drawing order, and which geometries each draws. */
const IMPORTED_PARTS = [
  { suffix: 'fill', types: ['Polygon', 'MultiPolygon'] },
  { suffix: 'line', types: ['LineString', 'MultiLineString', 'Polygon', 'MultiPolygon'] },
  { suffix: 'circle', types: ['Point', 'MultiPoint'] },
] as const;
const importedLayerIds = (entries: readonly ImportedEntry[]) =>
  entries.flatMap((e) => IMPORTED_PARTS.map((part) => `${e.layer.id}-${part.suffix}`));
/** An imported layer with more features than this is labelled only close up. */
const IMPORTED_LABELS_ALL_ZOOMS = 500;

/** The facility filter as a MapLibre filter on the flattened map properties. */
function filterExpression(filter: FacilityFilter): FilterSpecification {
  const tests: ExpressionSpecification[] = [];
  if (filter.service) tests.push(['==', ['get', 'service'], filter.service]);
  if (filter.prefecture) tests.push(['in', `|${filter.prefecture}|`, ['get', 'prefs']]);
  if (filter.useType) tests.push(['==', ['get', 'use'], filter.useType]);
  if (filter.status) tests.push(['==', ['get', 'status'], filter.status]);
  return ['all', ...tests];
}

/** The returns layer's icons: by status in the timeline's year, or as in the data. */
function timelineIcons(statuses: ReadonlyMap<string, TimelineStatus> | null): ExpressionSpecification {
  if (!statuses || statuses.size === 0) return ['get', 'icon'];
  const pairs = [...statuses].flatMap(([id, code]) => [
    id,
    iconName('okinawa-land-returns', TIMELINE_STATUS_SHAPES[code]),
  ]);
  // A match expression's arms are label/output pairs of strings here; its type cannot say so.
  return ['match', ['get', 'id'], ...pairs, ['get', 'icon']] as unknown as ExpressionSpecification;
}

const prefersReducedMotion = () => window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

export function AtlasMap(props: AtlasMapProps) {
  const {
    data,
    lang,
    visible,
    selectedId,
    highlightIds,
    returnStatuses,
    facilityFilter,
    overlays,
    picking,
    onPick,
    basemap,
    frame,
    fit,
    popup,
    imported,
    selectionOffset,
    onSelect,
    onChoose,
    onViewChange,
    onGsiFailed,
  } = props;
  const mapRef = useRef<MapRef>(null);
  const onViewChangeRef = useRef(onViewChange);
  const onContextLostRef = useRef(props.onContextLost);
  const lockAreaRef = useRef(props.lockArea);
  useEffect(() => {
    onViewChangeRef.current = onViewChange;
    onContextLostRef.current = props.onContextLost;
  });
  const [imagesReady, setImagesReady] = useState(false);
  const [hovering, setHovering] = useState(false);
  const mapStyle = useMemo(() => offlineStyle(), []);
  const handleLoad = useCallback(() => {
    const map = mapRef.current?.getMap();
    if (!map) return;
    const ratio = Math.min(3, Math.max(1, Math.ceil(window.devicePixelRatio || 1)));
    for (const layer of LAYER_IDS) {
      for (const shape of iconShapesFor(layer)) {
        const name = iconName(layer, shape);
        if (!map.hasImage(name))
          map.addImage(name, drawSymbolImage(shape, LAYER_SYMBOLS[layer].colour, ratio), {
            pixelRatio: ratio,
          });
      }
    }
    // A plain marker of "fully drawn" that tests and benchmarks wait for; it never drives the UI.
    const container = map.getContainer();
    map.on('idle', () => (container.dataset.mapIdle = 'true'));
    // The benchmark's measure of a cold load: the first idle with every layer drawn.
    const markDrawn = () => {
      const sources = LAYER_IDS.map((l) => mapLayerIds(l).source);
      if (!sources.every((id) => map.getSource(id) && map.isSourceLoaded(id))) return;
      performance.mark('map-drawn');
      map.off('idle', markDrawn);
    };
    map.on('idle', markDrawn);
    // Benchmark builds only: the bench projects a place to the pixel it clicks.
    if (import.meta.env.VITE_BENCH === 'true') Object.assign(window, { __benchMap: map });
    map.on('movestart', () => delete container.dataset.mapIdle);
    // A lost context (a GPU reset, a driver update, too many tabs): MapLibre keeps a snapshot of
    // the style and redraws from it when the browser restores the context. The app says so meanwhile.
    map.on('webglcontextlost', () => {
      delete container.dataset.mapIdle;
      onContextLostRef.current(true);
    });
    map.on('webglcontextrestored', () => onContextLostRef.current(false));
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
    if (lockAreaRef.current) map.setMaxBounds(map.getBounds());
    const center = map.getCenter();
    onViewChangeRef.current({ zoom: map.getZoom(), lat: center.lat, lng: center.lng });
    setImagesReady(true);
  }, []);

  /** Where a place's point (or an imported feature's anchor) is, if it is known. */
  const pointOf = useCallback(
    (id: string | null): [number, number] | undefined => {
      if (!id) return undefined;
      const own = data?.featuresById.get(id);
      if (own) return own.feature.geometry.coordinates;
      return findImported(imported, id)?.feature.anchor;
    },
    [data, imported],
  );

  /**
   * The place the last frame request moved the map to. A selection that comes with a frame
   * request is placed by the frame alone: the keep-clear move below would otherwise start from
   * the old view and interrupt it (mainland places chosen from search stayed at the national view).
   */
  const framedId = useRef<string | null>(null);
  useEffect(() => {
    const map = mapRef.current?.getMap();
    const point = frame ? pointOf(frame.id) : undefined;
    if (!map || !imagesReady || !point || !frame) return;
    framedId.current = frame.id;
    const [lng, lat] = point;
    map.easeTo({
      center: [lng, lat],
      zoom: Math.max(map.getZoom(), FRAME_MIN_ZOOM),
      offset: [0, map.getContainer().clientHeight * selectionOffset],
      duration: prefersReducedMotion() ? 0 : 800,
    });
    // A frame request moves the map once its place is known (the data may come after the link),
    // not again when the imported layers change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [data, frame, selectionOffset, imagesReady]);

  useEffect(() => {
    const map = mapRef.current?.getMap();
    if (!map || !imagesReady || !fit) return;
    const [west, south, east, north] = fit.bounds;
    map.fitBounds(
      [
        [west, south],
        [east, north],
      ],
      { padding: 50, maxZoom: FIT_MAX_ZOOM, duration: prefersReducedMotion() ? 0 : 800 },
    );
  }, [fit, imagesReady]);

  useEffect(() => {
    const map = mapRef.current?.getMap();
    if (!map || !imagesReady || !props.goTo) return;
    const { lng, lat, zoom } = props.goTo.view;
    map.jumpTo({ center: [lng, lat], zoom });
  }, [props.goTo, imagesReady]);

  // Keep a selected point clear of its details: move the map when the point sits where the
  // popup (above the point) or the bottom sheet (over the lower part) would hide it.
  useEffect(() => {
    const map = mapRef.current?.getMap();
    const lngLat = pointOf(selectedId);
    if (!map || !imagesReady || !lngLat) return;
    const framed = framedId.current === selectedId;
    framedId.current = null;
    if (framed) return;
    const height = map.getContainer().clientHeight;
    const y = map.project(lngLat).y;
    const threshold = height * (0.5 + selectionOffset / 2);
    if (selectionOffset > 0 ? y >= threshold : y <= threshold) return;
    map.easeTo({
      center: lngLat,
      offset: [0, height * selectionOffset],
      duration: prefersReducedMotion() ? 0 : 400,
    });
    // Runs when the selection changes, not when the imported layers do (pointOf follows those).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [data, selectedId, imagesReady, selectionOffset]);

  // GSI tiles are optional and online: after a few failed tiles with none loaded, fall back.
  // Counted from the map's creation (its onError and onSourceData), not from an effect after
  // `load`: a page opened with basemap=gsi (online.html) has had its first tiles fail by then.
  const gsiTiles = useRef({ failures: 0, loaded: false });
  useEffect(() => {
    gsiTiles.current = { failures: 0, loaded: false };
  }, [basemap]);
  const handleError = useCallback(
    (event: { error: Error }) => {
      if (!('sourceId' in event) || event.sourceId !== 'gsi') {
        console.error(event.error); // what react-maplibre does without an onError
        return;
      }
      if (basemap !== 'gsi' || gsiTiles.current.loaded) return;
      gsiTiles.current.failures += 1;
      if (gsiTiles.current.failures === GSI_ERRORS_BEFORE_FALLBACK) onGsiFailed();
    },
    [basemap, onGsiFailed],
  );
  const handleSourceData = useCallback((event: MapSourceDataEvent) => {
    if (event.sourceId === 'gsi' && event.tile) gsiTiles.current.loaded = true;
  }, []);

  const handleClick = useCallback(
    (event: MapLayerMouseEvent) => {
      const map = mapRef.current?.getMap();
      if (!map) return;
      if (picking) {
        onPick([event.lngLat.lng, event.lngLat.lat]);
        return;
      }
      const { x, y } = event.point;
      const hits = map.queryRenderedFeatures(
        [
          [x - CLICK_TOLERANCE_PX, y - CLICK_TOLERANCE_PX],
          [x + CLICK_TOLERANCE_PX, y + CLICK_TOLERANCE_PX],
        ],
        { layers: [...SYMBOL_LAYER_IDS, ...importedLayerIds(imported)].filter((id) => map.getLayer(id)) },
      );
      const ids = [...new Set(hits.map((f) => String(f.properties.id)))];
      if (ids.length === 0) onSelect(null);
      else if (ids.length === 1) onSelect(ids[0] as string);
      else onChoose(ids, [event.lngLat.lng, event.lngLat.lat]);
    },
    [onSelect, onChoose, picking, onPick, imported],
  );

  const handleMoveEnd = useCallback(() => {
    const map = mapRef.current?.getMap();
    if (!map) return;
    const center = map.getCenter();
    onViewChange({ zoom: map.getZoom(), lat: center.lat, lng: center.lng });
  }, [onViewChange]);

  const labelField: ['get', string] = ['get', `label_${lang}`];
  const returnIcons = useMemo(() => timelineIcons(returnStatuses), [returnStatuses]);
  const facilityExpression = useMemo(() => filterExpression(facilityFilter), [facilityFilter]);
  // Rings around the selected place and the highlighted ones, as a small source of their own:
  // drawing a hidden ring under every feature cost a large layer dearly.
  const rings = useMemo((): FeatureCollection<Point, { selected: boolean; offset: number }> => {
    const ring = (id: string, selected: boolean) => {
      const own = findImported(imported, id);
      if (own)
        return own.entry.visible
          ? [
              {
                type: 'Feature' as const,
                geometry: { type: 'Point' as const, coordinates: own.feature.anchor },
                properties: { selected, offset: 0 },
              },
            ]
          : [];
      const entry = data?.featuresById.get(id);
      if (!entry || !visible.has(entry.layer)) return [];
      if (entry.layer === 'us-facilities' && !matchesFilter(entry.feature, facilityFilter)) return [];
      const offset = LAYER_SYMBOLS[entry.layer].offset[0] === 0 ? 0 : 1;
      return [
        { type: 'Feature' as const, geometry: entry.feature.geometry, properties: { selected, offset } },
      ];
    };
    return {
      type: 'FeatureCollection',
      features: [
        ...highlightIds.slice(0, MAX_RINGS).flatMap((id) => ring(id, false)),
        ...(selectedId ? ring(selectedId, true) : []),
      ],
    };
  }, [data, selectedId, highlightIds, visible, facilityFilter, imported]);

  return (
    <Map
      ref={mapRef}
      initialViewState={{
        longitude: props.initialView.lng,
        latitude: props.initialView.lat,
        zoom: props.initialView.zoom,
      }}
      mapStyle={mapStyle}
      onLoad={handleLoad}
      onClick={handleClick}
      onMoveEnd={handleMoveEnd}
      interactiveLayerIds={imagesReady ? [...SYMBOL_LAYER_IDS, ...importedLayerIds(imported)] : []}
      onMouseEnter={() => setHovering(true)}
      onMouseLeave={() => setHovering(false)}
      cursor={picking ? 'crosshair' : hovering ? 'pointer' : 'grab'}
      maxZoom={16}
      // Labels and symbols fade in and out as they are placed; with reduced motion they simply appear.
      fadeDuration={prefersReducedMotion() ? 0 : 300}
      style={{ position: 'absolute', inset: 0 }}
      attributionControl={{ compact: false }}
      locale={{ 'Map.Title': props.ariaLabel }}
      onError={handleError}
      onSourceData={handleSourceData}
      cooperativeGestures={props.cooperativeGestures}
      // Keeps the drawn map in the canvas so a printed page (or PDF) shows it.
      canvasContextAttributes={{ preserveDrawingBuffer: true }}
      localIdeographFontFamily="'Noto Sans CJK JP', 'Hiragino Sans', 'Yu Gothic', 'Meiryo', sans-serif"
    >
      <NavigationControl position="top-right" showCompass={false} />
      <ScaleControl position="bottom-right" />
      {basemap === 'gsi' && (
        <Source
          id="gsi"
          type="raster"
          tiles={[GSI_TILES]}
          tileSize={256}
          maxzoom={18}
          attribution={GSI_ATTRIBUTION}
        >
          <Layer id="gsi" type="raster" beforeId="borders" />
        </Source>
      )}
      <Source id="country-labels" type="geojson" data={COUNTRY_LABELS_URL()}>
        <Layer
          id="country-labels"
          type="symbol"
          maxzoom={7}
          layout={{
            'text-field': ['get', lang],
            'text-size': 13,
            'text-font': ['sans-serif'],
            'text-letter-spacing': 0.1,
          }}
          paint={{ 'text-color': '#6b665c', 'text-halo-color': '#ffffff', 'text-halo-width': 1 }}
        />
      </Source>
      {imagesReady &&
        LAYER_IDS.map((layer) => {
          const ids = mapLayerIds(layer);
          const symbol = LAYER_SYMBOLS[layer];
          const visibility = visible.has(layer) ? 'visible' : 'none';
          return (
            <Source key={layer} id={ids.source} type="geojson" data={props.mapDataUrls[layer]} promoteId="id">
              {props.largeLayers.has(layer) ? (
                <Layer
                  id={ids.symbols}
                  filter={layer === 'us-facilities' ? facilityExpression : ALL}
                  type="circle"
                  layout={{ visibility }}
                  paint={{
                    'circle-radius': 4,
                    'circle-color': symbol.colour,
                    'circle-stroke-color': '#ffffff',
                    'circle-stroke-width': 1,
                  }}
                />
              ) : (
                <Layer
                  id={ids.symbols}
                  filter={layer === 'us-facilities' ? facilityExpression : ALL}
                  type="symbol"
                  layout={{
                    visibility,
                    'icon-image': layer === 'okinawa-land-returns' ? returnIcons : ['get', 'icon'],
                    'icon-size': layer === 'un-command-bases' ? 1.15 : 1,
                    'icon-offset': symbol.offset,
                    'icon-allow-overlap': true,
                    'icon-ignore-placement': true,
                  }}
                />
              )}
              <Layer
                id={ids.labels}
                filter={layer === 'us-facilities' ? facilityExpression : ALL}
                type="symbol"
                minzoom={
                  layer === 'okinawa-land-returns' ? 9 : props.largeLayers.has(layer) ? LARGE_LABEL_ZOOM : 0
                }
                layout={{
                  visibility,
                  'text-field': labelField,
                  'text-font': ['sans-serif'],
                  'text-size': 12,
                  'text-anchor': 'top',
                  'text-offset': [0, 0.9],
                  'text-max-width': 9,
                  'text-optional': true,
                }}
                paint={{ 'text-color': '#1d1d1d', 'text-halo-color': '#ffffff', 'text-halo-width': 1.5 }}
              />
            </Source>
          );
        })}
      {imagesReady &&
        imported.map(({ layer, colour, visible: on }) => {
          const visibility = on ? 'visible' : 'none';
          return (
            <Source key={layer.id} id={layer.id} type="geojson" data={importedMapData(layer)}>
              {IMPORTED_PARTS.map((part) => {
                const filter: FilterSpecification = ['in', ['geometry-type'], ['literal', [...part.types]]];
                const id = `${layer.id}-${part.suffix}`;
                if (part.suffix === 'fill')
                  return (
                    <Layer
                      key={id}
                      id={id}
                      type="fill"
                      filter={filter}
                      layout={{ visibility }}
                      paint={{ 'fill-color': colour, 'fill-opacity': 0.2 }}
                    />
                  );
                if (part.suffix === 'line')
                  return (
                    <Layer
                      key={id}
                      id={id}
                      type="line"
                      filter={filter}
                      layout={{ visibility }}
                      paint={{ 'line-color': colour, 'line-width': 2 }}
                    />
                  );
                return (
                  <Layer
                    key={id}
                    id={id}
                    type="circle"
                    filter={filter}
                    layout={{ visibility }}
                    paint={{
                      'circle-radius': 5,
                      'circle-color': colour,
                      'circle-stroke-color': '#ffffff',
                      'circle-stroke-width': 1.5,
                    }}
                  />
                );
              })}
              <Layer
                id={`${layer.id}-labels`}
                type="symbol"
                minzoom={layer.features.length > IMPORTED_LABELS_ALL_ZOOMS ? LARGE_LABEL_ZOOM : 0}
                layout={{
                  visibility,
                  'text-field': ['get', 'label'],
                  'text-font': ['sans-serif'],
                  'text-size': 12,
                  'text-anchor': 'top',
                  'text-offset': [0, 0.7],
                  'text-max-width': 9,
                  'text-optional': true,
                }}
                paint={{ 'text-color': '#1d1d1d', 'text-halo-color': '#ffffff', 'text-halo-width': 1.5 }}
              />
            </Source>
          );
        })}
      {imagesReady && (
        <Source id="rings" type="geojson" data={rings}>
          {([0, 1] as const).map((offset) => (
            <Layer
              key={offset}
              id={`rings-${offset}`}
              type="circle"
              filter={['==', ['get', 'offset'], offset]}
              paint={{
                'circle-radius': 15,
                'circle-color': 'rgba(0,0,0,0)',
                'circle-stroke-color': ['case', ['get', 'selected'], SELECTED_COLOUR, HIGHLIGHT_COLOUR],
                'circle-stroke-width': ['case', ['get', 'selected'], 3, 4],
                'circle-translate': offset ? OFFSET_SYMBOL : [0, 0],
              }}
            />
          ))}
        </Source>
      )}
      {imagesReady && overlays}
      {popup && (
        <Popup
          key={popup.key}
          longitude={popup.lngLat[0]}
          latitude={popup.lngLat[1]}
          offset={popup.offset}
          closeButton={false}
          closeOnClick={false}
          focusAfterOpen={false}
          anchor={popup.key === 'chooser' ? undefined : 'bottom'}
          maxWidth="min(440px, 90vw)"
          className="atlas-popup"
        >
          {popup.content}
        </Popup>
      )}
    </Map>
  );
}
