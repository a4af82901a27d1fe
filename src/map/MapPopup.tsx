/**
 * The map's popup: the chooser at the click, or the selected place's details just above its
 * symbol. What it shows comes from the app (the map never imports the panels); where, from the store.
 */
import { Popup } from '@vis.gl/react-maplibre';
import type { ReactNode } from 'react';
import { useSelection } from '../state/derived';
import { useAtlas } from '../state/store';
import { LAYER_SYMBOLS } from '../symbology/layerStyles';

interface Placement {
  key: string;
  lngLat: [number, number];
  offset: [number, number];
}

export function MapPopup({ children }: { children: ReactNode }) {
  const chooser = useAtlas((s) => s.chooser);
  const { selected, imported } = useSelection();
  let at: Placement | null = null;
  if (chooser) at = { key: 'chooser', lngLat: chooser.lngLat, offset: [0, -10] };
  // An imported feature: just above its anchor (a circle, or a point on its shape).
  else if (imported) at = { key: imported.feature.id, lngLat: imported.feature.anchor, offset: [0, -8] };
  else if (selected) {
    const [dx, dy] = LAYER_SYMBOLS[selected.layer].offset;
    at = {
      key: selected.feature.properties.id,
      lngLat: selected.feature.geometry.coordinates,
      offset: [dx, dy - 12],
    };
  }
  if (!at || !children) return null;
  return (
    <Popup
      key={at.key}
      longitude={at.lngLat[0]}
      latitude={at.lngLat[1]}
      offset={at.offset}
      closeButton={false}
      closeOnClick={false}
      focusAfterOpen={false}
      anchor={chooser ? undefined : 'bottom'}
      maxWidth="min(440px, 90vw)"
      className="atlas-popup"
    >
      {children}
    </Popup>
  );
}
