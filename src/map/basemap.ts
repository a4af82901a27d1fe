/**
 * The offline basemap, served from the atlas's own origin, and the optional online GSI tiles:
 * - Japan and Guam: OpenStreetMap's land and town labels as vector tiles in one PMTiles archive
 *   (scripts/basemap/), read by range requests through the `pmtiles` protocol;
 * - elsewhere: Natural Earth land and borders as GeoJSON (scripts/build-basemap.ts).
 * The style has no `glyphs` URL on purpose: MapLibre then draws every label locally with the
 * browser's fonts, so labels need no font server.
 */
import { addProtocol, type AddProtocolAction, type StyleSpecification } from 'maplibre-gl';
import { FetchSource, PMTiles, Protocol } from 'pmtiles';
import { noteRange } from './rangesBeforeTheWorker';
import { BORDER_COLOUR, LAND_COLOUR, SEA_COLOUR } from '../symbology/layerStyles';

const basemapUrl = (name: string) =>
  new URL(`${import.meta.env.BASE_URL}basemap/${name}`, window.location.href).href;

// MapLibre reads `pmtiles://` sources through this protocol: range requests on the main thread,
// to the atlas's own origin (the page's `connect-src 'self'` allows them).
let protocolAdded = false;
function addPmtilesProtocol() {
  if (protocolAdded) return;
  const protocol = new Protocol();
  protocol.add(new PMTiles(new NotingSource(basemapUrl('japan-detail.pmtiles'))));
  // A tile read can fail though MapLibre still wants it: pmtiles shares a directory fetch between
  // tile requests and aborts it when the request that started it is cancelled, and the error then
  // reaches MapLibre's worker as a bare "Error" (seen as a map error in the presenter spec, about one
  // run in five). A read that fails while its own request stands is tried once more; a second
  // failure is reported as before.
  const read: AddProtocolAction = async (params, abortController) => {
    const tile = protocol.tile as AddProtocolAction;
    try {
      return await tile(params, abortController);
    } catch (error) {
      if (abortController.signal.aborted) throw error;
      return tile(params, abortController);
    }
  };
  addProtocol('pmtiles', read);
  protocolAdded = true;
}

/**
 * The detail archive, read by range as pmtiles' own FetchSource does, noting each range read
 * before the service worker controls the page so that the worker can keep it afterwards
 * (see rangesBeforeTheWorker.ts). The range is written as FetchSource writes it.
 */
class NotingSource extends FetchSource {
  override getBytes(offset: number, length: number, signal?: AbortSignal, etag?: string) {
    noteRange(this.url, `bytes=${offset}-${offset + length - 1}`);
    return super.getBytes(offset, length, signal, etag);
  }
}

export const OFFLINE_ATTRIBUTION = '<a href="https://www.naturalearthdata.com/">Natural Earth</a>';
export const OSM_ATTRIBUTION =
  '© <a href="https://www.openstreetmap.org/copyright">OpenStreetMap contributors</a>, ' +
  '<a href="https://www.geonames.org/">GeoNames</a>';
/**
 * The vector sources of the OSM land and towns: the overview (zooms 0–9, installed with the atlas,
 * drawn magnified where the detail is not at hand, e.g. offline) and the detail (zooms 10–14,
 * read as viewed). See scripts/basemap/.
 */
export const OVERVIEW_SOURCE = 'osm-overview';
export const DETAIL_SOURCE = 'osm-detail';
export const DETAIL_MIN_ZOOM = 10;

export function offlineStyle(): StyleSpecification {
  addPmtilesProtocol();
  return {
    version: 8,
    sources: {
      [OVERVIEW_SOURCE]: {
        type: 'vector',
        url: `pmtiles://${basemapUrl('japan-overview.pmtiles')}`,
        attribution: OSM_ATTRIBUTION,
      },
      [DETAIL_SOURCE]: { type: 'vector', url: `pmtiles://${basemapUrl('japan-detail.pmtiles')}` },
      'land-world': {
        type: 'geojson',
        data: basemapUrl('land-world.geo.json'),
        attribution: OFFLINE_ATTRIBUTION,
      },
      'land-detail': { type: 'geojson', data: basemapUrl('land-detail.geo.json') },
      borders: { type: 'geojson', data: basemapUrl('borders.geo.json') },
    },
    layers: [
      { id: 'sea', type: 'background', paint: { 'background-color': SEA_COLOUR } },
      { id: 'land-world', type: 'fill', source: 'land-world', paint: { 'fill-color': LAND_COLOUR } },
      { id: 'land-detail', type: 'fill', source: 'land-detail', paint: { 'fill-color': LAND_COLOUR } },
      {
        id: 'land-osm-overview',
        type: 'fill',
        source: OVERVIEW_SOURCE,
        'source-layer': 'land',
        paint: { 'fill-color': LAND_COLOUR },
      },
      {
        id: 'land-osm-detail',
        type: 'fill',
        source: DETAIL_SOURCE,
        'source-layer': 'land',
        minzoom: DETAIL_MIN_ZOOM,
        paint: { 'fill-color': LAND_COLOUR },
      },
      {
        id: 'borders',
        type: 'line',
        source: 'borders',
        paint: { 'line-color': BORDER_COLOUR, 'line-dasharray': [3, 2] },
      },
    ],
  };
}

export const COUNTRY_LABELS_URL = () => basemapUrl('country-labels.geo.json');

/**
 * GSI's online maps (地理院タイル; https://maps.gsi.go.jp/development/ichiran.html; attribution
 * required: 出典 国土地理院): the pale map (淡色地図), the standard map (標準地図) and the latest
 * aerial photos (全国最新写真（シームレス）), each to zoom 18.
 */
export const GSI_MAPS = {
  gsi: { tiles: 'https://cyberjapandata.gsi.go.jp/xyz/pale/{z}/{x}/{y}.png' },
  'gsi-std': { tiles: 'https://cyberjapandata.gsi.go.jp/xyz/std/{z}/{x}/{y}.png' },
  'gsi-photo': { tiles: 'https://cyberjapandata.gsi.go.jp/xyz/seamlessphoto/{z}/{x}/{y}.jpg' },
} as const;
export const GSI_TILES = GSI_MAPS.gsi.tiles;
export const GSI_ATTRIBUTION =
  '<a href="https://maps.gsi.go.jp/development/ichiran.html">出典：国土地理院(地理院タイル)</a>';
/** Tile errors tolerated before the atlas gives up on GSI and goes back to the offline map. */
export const GSI_ERRORS_BEFORE_FALLBACK = 3;
