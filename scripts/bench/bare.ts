/**
 * The benchmark's floor: MapLibre alone drawing the atlas's basemap and layers (the same files, the
 * same icons and labels), with a click that writes the picked place's name. No React, no panels.
 * `?bench=<n>` swaps the facilities layer for the synthetic one, as in the atlas.
 */
import { Map as MapLibreMap, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { LARGE_LAYER, LAYER_IDS } from '../../src/data/layers';
import { COUNTRY_LABELS_URL, offlineStyle } from '../../src/map/basemap';
import { iconName, LAYER_SYMBOLS } from '../../src/symbology/layerStyles';
import { iconShapesFor } from '../../src/symbology/mapFeatures';
import { drawSymbolImage } from '../../src/symbology/symbolShapes';

setWorkerUrl(workerUrl);

const bench = new URLSearchParams(window.location.search).get('bench');
const [zoom = 4.2, lat = 33.5, lng = 134] = (
  /map=([\d.]+)\/([\d.-]+)\/([\d.-]+)/.exec(window.location.hash) ?? []
)
  .slice(1)
  .map(Number);
// The bench build is served from the root (base '/'), so these are the atlas's own files.
const dataUrl = (layer: string) =>
  bench && layer === 'us-facilities'
    ? `${import.meta.env.BASE_URL}data/bench/map-${layer}-${bench}.geo.json`
    : `${import.meta.env.BASE_URL}data/map/${layer}.geo.json`;

const map = new MapLibreMap({
  container: 'map',
  style: offlineStyle(),
  center: [lng, lat],
  zoom,
  maxZoom: 16,
  localIdeographFontFamily: "'Noto Sans CJK JP', 'Hiragino Sans', 'Yu Gothic', 'Meiryo', sans-serif",
});

Object.assign(window, { __benchMap: map });

map.on('load', () => {
  const ratio = Math.min(3, Math.max(1, Math.ceil(window.devicePixelRatio || 1)));
  map.addSource('country-labels', { type: 'geojson', data: COUNTRY_LABELS_URL() });
  map.addLayer({
    id: 'country-labels',
    type: 'symbol',
    source: 'country-labels',
    maxzoom: 7,
    layout: { 'text-field': ['get', 'ja'], 'text-size': 13, 'text-font': ['sans-serif'] },
  });
  for (const layer of LAYER_IDS) {
    for (const shape of iconShapesFor(layer))
      map.addImage(iconName(layer, shape), drawSymbolImage(shape, LAYER_SYMBOLS[layer].colour, ratio), {
        pixelRatio: ratio,
      });
    map.addSource(layer, { type: 'geojson', data: dataUrl(layer), promoteId: 'id' });
    // The atlas's rule for large layers (LARGE_LAYER): circles, labelled only close up.
    const large = layer === 'us-facilities' && Number(bench) > LARGE_LAYER;
    if (large)
      map.addLayer({
        id: `sym-${layer}`,
        type: 'circle',
        source: layer,
        paint: {
          'circle-radius': 4,
          'circle-color': LAYER_SYMBOLS[layer].colour,
          'circle-stroke-color': '#ffffff',
          'circle-stroke-width': 1,
        },
      });
    else
      map.addLayer({
        id: `sym-${layer}`,
        type: 'symbol',
        source: layer,
        layout: { 'icon-image': ['get', 'icon'], 'icon-allow-overlap': true, 'icon-ignore-placement': true },
      });
    map.addLayer({
      id: `lbl-${layer}`,
      type: 'symbol',
      source: layer,
      minzoom: large ? 12 : 0,
      layout: {
        'text-field': ['get', 'label_ja'],
        'text-font': ['sans-serif'],
        'text-size': 12,
        'text-anchor': 'top',
        'text-offset': [0, 0.9],
        'text-optional': true,
      },
    });
  }
  const markDrawn = () => {
    if (!LAYER_IDS.every((l) => map.isSourceLoaded(l))) return;
    performance.mark('map-drawn');
    map.off('idle', markDrawn);
  };
  map.on('idle', markDrawn);
});

const picked = document.getElementById('picked')!;
map.on('click', (event) => {
  const { x, y } = event.point;
  const hits = map.queryRenderedFeatures(
    [
      [x - 8, y - 8],
      [x + 8, y + 8],
    ],
    { layers: LAYER_IDS.map((l) => `sym-${l}`) },
  );
  picked.hidden = hits.length === 0;
  picked.textContent = hits.map((f) => String(f.properties.label_ja)).join(', ');
});
