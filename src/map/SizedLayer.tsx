/**
 * MapLibre's <Layer>, drawn at the map size the reader chose (1×, 1.5×, 2×): every atlas layer
 * with text, lines or circles goes through this, so the map-size control reaches all of them.
 */
import { Layer, type LayerProps } from '@vis.gl/react-maplibre';
import { scaleSizes } from '../symbology/mapSize';
import { useAtlas } from '../state/store';

export function SizedLayer(props: LayerProps) {
  const k = useAtlas((s) => s.mapSize);
  if (!('paint' in props || 'layout' in props)) return <Layer {...props} />;
  // LayerProps is a union over layer types; scaling keeps each one's type. A layer without a
  // layout or paint must not be given one as undefined (MapLibre's validation refuses it).
  const sized = { ...props } as Record<string, unknown>;
  if (props.layout) sized.layout = scaleSizes(props.layout, k);
  if (props.paint) sized.paint = scaleSizes(props.paint, k);
  return <Layer {...(sized as LayerProps)} />;
}
