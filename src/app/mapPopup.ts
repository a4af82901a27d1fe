import type { ReactNode } from 'react';
import type { FeatureEntry } from '../data/loadAtlasData';
import type { AtlasMapProps } from '../map/AtlasMap';
import { LAYER_SYMBOLS } from '../symbology/layerStyles';
import type { Chooser } from './useSelection';

/** What the map's popup shows: the chooser at the click, or the selected feature's details at its point. */
export function mapPopup(
  chooser: Chooser | null,
  chooserPanel: ReactNode,
  selected: FeatureEntry | { id: string; anchor: [number, number] } | undefined,
  details: ReactNode,
): AtlasMapProps['popup'] {
  if (chooser) return { key: 'chooser', lngLat: chooser.lngLat, offset: [0, -10], content: chooserPanel };
  if (!selected || !details) return null;
  // An imported feature: the popup opens just above its anchor (a circle, or a point on its shape).
  if ('anchor' in selected)
    return { key: selected.id, lngLat: selected.anchor, offset: [0, -8], content: details };
  const [dx, dy] = LAYER_SYMBOLS[selected.layer].offset;
  return {
    key: selected.feature.properties.id,
    lngLat: selected.feature.geometry.coordinates,
    offset: [dx, dy - 12],
    content: details,
  };
}
