/**
 * Rings around the selected place and the places of the part being read, as a small source of
 * their own: drawing a hidden ring under every feature cost a large layer dearly.
 */
import { Source } from '@vis.gl/react-maplibre';
import { SizedLayer } from './SizedLayer';
import type { FeatureCollection, Point } from 'geojson';
import { useMemo } from 'react';
import { matchesFilter } from '../data/facilityFilter';
import { findImported } from '../data/importedLayers';
import { useHighlightIds } from '../state/derived';
import { useAtlas } from '../state/store';
import { LAYER_SYMBOLS } from '../symbology/layerStyles';
import { ringPaint } from './layerSpecs';

/** At most this many highlighted places get a ring. */
const MAX_RINGS = 2000;

type Rings = FeatureCollection<Point, { selected: boolean; offset: number }>;

export function SelectionRings() {
  const data = useAtlas((s) => s.data);
  const selectedId = useAtlas((s) => s.selectedId);
  const visible = useAtlas((s) => s.visible);
  const filter = useAtlas((s) => s.filter);
  const imported = useAtlas((s) => s.imports.entries);
  const highlightIds = useHighlightIds();

  const rings = useMemo((): Rings => {
    const ring = (id: string, selected: boolean): Rings['features'] => {
      const own = findImported(imported, id);
      if (own)
        return own.entry.visible
          ? [
              {
                type: 'Feature',
                geometry: { type: 'Point', coordinates: own.feature.anchor },
                properties: { selected, offset: 0 },
              },
            ]
          : [];
      const entry = data?.featuresById.get(id);
      if (!entry || !visible.has(entry.layer)) return [];
      if (!matchesFilter(entry.feature, filter)) return [];
      const offset = LAYER_SYMBOLS[entry.layer].offset[0] === 0 ? 0 : 1;
      return [{ type: 'Feature', geometry: entry.feature.geometry, properties: { selected, offset } }];
    };
    return {
      type: 'FeatureCollection',
      features: [
        ...highlightIds.slice(0, MAX_RINGS).flatMap((id) => ring(id, false)),
        ...(selectedId ? ring(selectedId, true) : []),
      ],
    };
  }, [data, selectedId, highlightIds, visible, filter, imported]);

  return (
    <Source id="rings" type="geojson" data={rings}>
      {([0, 1] as const).map((offset) => (
        <SizedLayer
          key={offset}
          id={`rings-${offset}`}
          type="circle"
          filter={['==', ['get', 'offset'], offset]}
          paint={ringPaint(offset)}
        />
      ))}
    </Source>
  );
}
