/**
 * At local zoom, a translucent circle of each place's official area around its point (a circle of
 * the same area, not the outline; src/geometry/areaCircles.ts). Loaded the first time the map is
 * zoomed in that close, then kept; drawn only for the layers shown, under the symbols.
 */
import { Source } from '@vis.gl/react-maplibre';
import { SizedLayer } from './SizedLayer';
import type { FilterSpecification } from 'maplibre-gl';
import { useMemo, useState } from 'react';
import { areaCirclesUrl } from '../data/loadAtlasData';
import { useShownEntries } from '../state/derived';
import { useAtlas } from '../state/store';
import { AREA_CIRCLES_MIN_ZOOM, areaCircleFill, areaCircleLine } from './layerSpecs';

export function AreaCircles() {
  const close = useAtlas((s) => s.view.zoom >= AREA_CIRCLES_MIN_ZOOM - 1);
  // Once loaded, kept: zooming out and in again does not fetch them again.
  const [wanted, setWanted] = useState(close);
  if (close && !wanted) setWanted(true);
  const shown = useShownEntries();
  // Only the circles of the places shown (visible layers, and the facility filter).
  const filter = useMemo(
    (): FilterSpecification => ['in', ['get', 'id'], ['literal', shown.map((e) => e.feature.properties.id)]],
    [shown],
  );
  if (!wanted) return null;
  return (
    <Source id="area-circles" type="geojson" data={areaCirclesUrl()}>
      <SizedLayer
        id="area-circles-fill"
        type="fill"
        minzoom={AREA_CIRCLES_MIN_ZOOM}
        filter={filter}
        paint={areaCircleFill}
      />
      <SizedLayer
        id="area-circles-line"
        type="line"
        minzoom={AREA_CIRCLES_MIN_ZOOM}
        filter={filter}
        paint={areaCircleLine}
      />
    </Source>
  );
}
