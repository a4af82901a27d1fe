/**
 * The shown layers' places as one clustered source, filtered as the list is: below zoom 10 drawn as
 * symbols and cluster rings (clusters.ts); at every zoom, their names, in one layer so that the
 * places the document speaks about most are named first whichever layer they are in.
 */
import { Source } from '@vis.gl/react-maplibre';
import { SizedLayer } from './SizedLayer';
import { useMemo } from 'react';
import { isEmptyFilter, matchesFilter } from '../data/facilityFilter';
import { largeLayers } from '../data/loadAtlasData';
import { LAYER_IDS, MOVES_LAYER, RETURNS_LAYER } from '../data/layers';
import { prominence } from '../data/mentions';
import { timelineOn, useReturnStatuses } from '../state/derived';
import { useAtlas } from '../state/store';
import { toMapFeatures } from '../symbology/mapFeatures';
import {
  CLUSTER_MAX_ZOOM,
  CLUSTER_RADIUS,
  clusterProperties,
  NATIONAL_LABELS,
  NATIONAL_SOURCE,
  NATIONAL_SYMBOLS,
  nationalLabelLayout,
  nationalPlaces,
  nationalSymbolLayout,
  nationalSymbolPaint,
  PLACES_MIN_ZOOM,
} from './clusters';
import { labelPaint, timelineIcons } from './layerSpecs';

export function NationalPlaces() {
  const lang = useAtlas((s) => s.lang);
  const data = useAtlas((s) => s.data);
  const mentions = useAtlas((s) => s.mentions);
  const visible = useAtlas((s) => s.visible);
  const filter = useAtlas((s) => s.filter);
  const mapSize = useAtlas((s) => s.mapSize);
  const statuses = useReturnStatuses();
  // With the returns timeline open, its items are drawn on their own at every zoom (AtlasLayers),
  // so that each year's changes show; they leave the clusters.
  const timeline = useAtlas(timelineOn);
  const scores = useMemo(() => (mentions ? prominence(mentions) : new Map<string, number>()), [mentions]);
  const { order, names } = useMemo(() => {
    const entries = data ? [...data.featuresById.values()] : [];
    return {
      order: new Map(entries.map((e, i) => [e.feature.properties.id, i])),
      names: new Map(entries.map((e) => [e.feature.properties.id, e.feature.properties.name])),
    };
  }, [data]);
  const places = useMemo(() => {
    if (!data) return null;
    const large = largeLayers();
    const shown = LAYER_IDS.filter(
      (layer) =>
        visible.has(layer) &&
        !large.has(layer) &&
        layer !== MOVES_LAYER &&
        !(timeline && layer === RETURNS_LAYER),
    ).map((layer) => {
      const file = data.layers[layer];
      const kept = isEmptyFilter(filter)
        ? file
        : { ...file, features: file.features.filter((f) => matchesFilter(f, filter)) };
      return [layer, toMapFeatures(layer, kept, scores)] as const;
    });
    return nationalPlaces(shown, order);
  }, [data, visible, filter, scores, order, timeline]);
  const symbolLayout = useMemo(() => nationalSymbolLayout(timelineIcons(statuses)), [statuses]);
  const labelLayout = useMemo(() => nationalLabelLayout(lang, names, order), [lang, names, order]);
  if (!places) return null;
  return (
    <Source
      // Larger symbols gather from farther apart: a new size makes the clusters again.
      key={mapSize}
      id={NATIONAL_SOURCE}
      type="geojson"
      data={places}
      cluster
      clusterMaxZoom={CLUSTER_MAX_ZOOM}
      clusterRadius={CLUSTER_RADIUS * mapSize}
      clusterProperties={clusterProperties}
    >
      {/* Names first (below), symbols on top: MapLibre places the upper layer first. From zoom 10
          the places' own symbols are AtlasLayers'; the names stay here (one ranking). */}
      <SizedLayer id={NATIONAL_LABELS} type="symbol" layout={labelLayout} paint={labelPaint} />
      <SizedLayer
        id={NATIONAL_SYMBOLS}
        type="symbol"
        maxzoom={PLACES_MIN_ZOOM}
        layout={symbolLayout}
        paint={nationalSymbolPaint}
      />
    </Source>
  );
}
