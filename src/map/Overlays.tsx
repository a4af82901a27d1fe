/**
 * What the reader draws on the map: a true-size footprint (dragged with the mouse or a finger) and
 * a measured path with its points. Rendered inside the map, above the data layers.
 */
import { Source, useMap } from '@vis.gl/react-maplibre';
import { SizedLayer } from './SizedLayer';
import type { Feature, FeatureCollection, Point, Polygon } from 'geojson';
import type { MapLayerMouseEvent, MapLayerTouchEvent } from 'maplibre-gl';
import { useEffect, useRef } from 'react';
import { translate } from '../i18n/strings';
import { useFootprintShape, useMeasurement } from '../state/derived';
import { useAtlas } from '../state/store';
import {
  FOOTPRINT_FILL_LAYER,
  footprintFill,
  footprintLabelLayout,
  footprintLabelPaint,
  footprintLine,
  measureLine,
  measurePointPaint,
} from './layerSpecs';

export function Overlays() {
  const footprint = useFootprintShape();
  const footprintCenter = useAtlas((s) => s.footprint?.center ?? null);
  const onFootprintMove = useAtlas((s) => s.moveFootprint);
  const measurePath = useMeasurement().path;
  const measurePoints = useAtlas((s) => s.measurePoints);
  const footprintLabel = useAtlas((s) => {
    const id = s.footprint?.featureId;
    const name = id ? s.data?.featuresById.get(id)?.feature.properties.name[s.lang] : undefined;
    return name === undefined ? '' : translate(s.lang, 'footprintLabel', { name });
  });
  const { current: mapRef } = useMap();

  // Drag the footprint: grab it, and the map stops panning until it is dropped. The handlers are
  // set up once per footprint, not once per position: re-registering them on every move (the
  // centre changes as it is dragged) ended the drag after its first step.
  const centreRef = useRef(footprintCenter);
  const onMoveRef = useRef(onFootprintMove);
  useEffect(() => {
    centreRef.current = footprintCenter;
    onMoveRef.current = onFootprintMove;
  });
  const hasFootprint = footprint !== null;
  useEffect(() => {
    const map = mapRef?.getMap();
    if (!map || !hasFootprint) return;
    let start: { lng: number; lat: number } | null = null;
    let origin: [number, number] | null = null;
    const move = (event: MapLayerMouseEvent | MapLayerTouchEvent) => {
      if (!start || !origin) return;
      onMoveRef.current([origin[0] + event.lngLat.lng - start.lng, origin[1] + event.lngLat.lat - start.lat]);
    };
    const end = () => {
      start = null;
      map.getCanvas().style.cursor = '';
      map.off('mousemove', move);
      map.off('touchmove', move);
    };
    const begin = (event: MapLayerMouseEvent | MapLayerTouchEvent) => {
      if ('touches' in event.originalEvent && event.originalEvent.touches.length > 1) return;
      if (!centreRef.current) return;
      event.preventDefault();
      start = event.lngLat;
      origin = centreRef.current;
      map.getCanvas().style.cursor = 'grabbing';
      map.on('mousemove', move);
      map.on('touchmove', move);
      map.once('mouseup', end);
      map.once('touchend', end);
    };
    map.on('mousedown', FOOTPRINT_FILL_LAYER, begin);
    map.on('touchstart', FOOTPRINT_FILL_LAYER, begin);
    return () => {
      end();
      map.off('mousedown', FOOTPRINT_FILL_LAYER, begin);
      map.off('touchstart', FOOTPRINT_FILL_LAYER, begin);
    };
  }, [mapRef, hasFootprint]);

  const pointCollection: FeatureCollection<Point> = {
    type: 'FeatureCollection',
    features: measurePoints.map((p) => ({
      type: 'Feature',
      properties: {},
      geometry: { type: 'Point', coordinates: [...p] },
    })),
  };
  const labelled: Feature<Polygon> | null = footprint && {
    ...footprint,
    properties: { ...footprint.properties, label: footprintLabel },
  };

  return (
    <>
      {labelled && (
        <Source id="footprint" type="geojson" data={labelled}>
          <SizedLayer id={FOOTPRINT_FILL_LAYER} type="fill" paint={footprintFill} />
          <SizedLayer id="footprint-line" type="line" paint={footprintLine} />
          <SizedLayer
            id="footprint-label"
            type="symbol"
            layout={footprintLabelLayout}
            paint={footprintLabelPaint}
          />
        </Source>
      )}
      {measurePath && (
        <Source id="measure-path" type="geojson" data={measurePath}>
          <SizedLayer id="measure-line" type="line" paint={measureLine} />
        </Source>
      )}
      {measurePoints.length > 0 && (
        <Source id="measure-points" type="geojson" data={pointCollection}>
          <SizedLayer id="measure-points" type="circle" paint={measurePointPaint} />
        </Source>
      )}
    </>
  );
}
