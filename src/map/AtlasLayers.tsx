/**
 * The atlas's own layers: a GeoJSON source per layer (its drawing copy, by URL, so MapLibre parses
 * it in its worker), with a symbol layer from zoom 10 (below it, NationalPlaces draws the places
 * clustered, and their names at every zoom, ranked across layers). A large layer, and the returns
 * while the timeline draws them, are out of that source and keep a label layer of their own. Toggles set `visibility`, so sources are never re-added; the facility
 * filter and the timeline's icons are expressions.
 */
import { Source } from '@vis.gl/react-maplibre';
import type { FilterSpecification } from 'maplibre-gl';
import { SizedLayer } from './SizedLayer';
import { useMemo } from 'react';
import { largeLayers, mapDataUrls, moveLinesUrl } from '../data/loadAtlasData';
import { LAYER_IDS, MOVES_LAYER, RETURNS_LAYER, type LayerId } from '../data/layers';
import { timelineOn, useMoveStatuses, useReturnStatuses } from '../state/derived';
import { useAtlas } from '../state/store';
import { PLACES_MIN_ZOOM } from './clusters';
import {
  filterExpression,
  labelField,
  labelLayout,
  labelPaint,
  LARGE_LABEL_ZOOM,
  largeCirclePaint,
  mapLayerIds,
  FAR_MOVES_SYMBOLS,
  MOVE_LINE_CASING,
  MOVE_LINE_LAYERS,
  MOVE_LINES_SOURCE,
  moveLineCasingPaint,
  moveLinePaint,
  moveStatusExpression,
  symbolLayout,
  timelineIcons,
} from './layerSpecs';

export interface AtlasLayersProps {
  /**
   * Whether the map has fired `load` (the basemap drawn). A large layer (over LARGE_LAYER
   * features) waits for it, as imported layers do: parsed in MapLibre's one worker beside the
   * basemap's tiles, 100,000 places held the first map back by about 5 s (17 %) on two cores.
   */
  basemapDrawn: boolean;
}

export function AtlasLayers({ basemapDrawn }: AtlasLayersProps) {
  const lang = useAtlas((s) => s.lang);
  const visible = useAtlas((s) => s.visible);
  const filter = useAtlas((s) => s.filter);
  const statuses = useReturnStatuses();
  const urls = useMemo(() => mapDataUrls(), []);
  const large = useMemo(() => largeLayers(), []);
  const returnIcons = useMemo(() => timelineIcons(statuses), [statuses]);
  const facilityFilter = useMemo(() => filterExpression(filter), [filter]);
  const field = labelField(lang);
  // With the returns timeline open, its items are drawn at every zoom, out of the clusters.
  const timeline = useAtlas(timelineOn);
  const placesFrom = (layer: LayerId) => (timeline && layer === RETURNS_LAYER ? 0 : PLACES_MIN_ZOOM);
  const linesUrl = useMemo(() => moveLinesUrl(), []);
  // On the returns timeline, the moves too are drawn as they stood in its year.
  const moveStatuses = useMoveStatuses();
  const moveStatus = useMemo(() => moveStatusExpression(moveStatuses), [moveStatuses]);
  const movesFilter = ['all', ['!=', moveStatus, ''], facilityFilter] as FilterSpecification;
  const movesVisibility = visible.has(MOVES_LAYER) ? 'visible' : 'none';

  // The moves' lines first, so that every place's symbol is drawn over them.
  const lines = (
    <Source key="move-lines" id={MOVE_LINES_SOURCE} type="geojson" data={linesUrl} promoteId="id">
      <SizedLayer
        id={MOVE_LINE_CASING}
        type="line"
        filter={movesFilter}
        layout={{ visibility: movesVisibility, 'line-cap': 'round' }}
        paint={moveLineCasingPaint}
      />
      {MOVE_LINE_LAYERS.map((style) => (
        <SizedLayer
          key={style.id}
          id={style.id}
          type="line"
          filter={['all', ['==', moveStatus, style.status], facilityFilter] as FilterSpecification}
          layout={{ visibility: movesVisibility, 'line-cap': 'round' }}
          paint={moveLinePaint(style.dash)}
        />
      ))}
    </Source>
  );

  const layers = LAYER_IDS.map((layer, i) => {
    const ids = mapLayerIds(layer);
    // Added after the others, a large layer is put back in its place: below the next layer's.
    const next = LAYER_IDS[i + 1];
    const beforeId = large.has(layer) && next ? mapLayerIds(next).symbols : undefined;
    if (large.has(layer) && !basemapDrawn) return null;
    const visibility = visible.has(layer) ? 'visible' : 'none';
    // The atlas's one filter applies to every layer (a place without the attribute asked for is out).
    const layerFilter = layer === MOVES_LAYER ? movesFilter : facilityFilter;
    return (
      <Source key={layer} id={ids.source} type="geojson" data={urls[layer]} promoteId="id">
        {large.has(layer) ? (
          <SizedLayer
            id={ids.symbols}
            beforeId={beforeId}
            filter={layerFilter}
            type="circle"
            layout={{ visibility }}
            paint={largeCirclePaint(layer)}
          />
        ) : (
          <SizedLayer
            id={ids.symbols}
            filter={layerFilter}
            type="symbol"
            // Below it, the national view draws the places, clustered (NationalPlaces).
            minzoom={placesFrom(layer)}
            layout={symbolLayout(layer, visibility, returnIcons)}
          />
        )}
        {layer === MOVES_LAYER && (
          // Below zoom 10, where the places are clustered, only the long moves' arrowheads.
          <SizedLayer
            id={FAR_MOVES_SYMBOLS}
            filter={['all', ['==', ['get', 'far'], true], layerFilter] as FilterSpecification}
            type="symbol"
            maxzoom={PLACES_MIN_ZOOM}
            layout={symbolLayout(layer, visibility, returnIcons)}
          />
        )}
        {(large.has(layer) || (timeline && layer === RETURNS_LAYER)) && (
          <SizedLayer
            id={ids.labels}
            beforeId={beforeId}
            filter={layerFilter}
            type="symbol"
            minzoom={large.has(layer) ? LARGE_LABEL_ZOOM : 0}
            layout={labelLayout(field, visibility)}
            paint={labelPaint}
          />
        )}
      </Source>
    );
  });
  return [lines, ...layers];
}
