/** The user's own layers, above the atlas's: fill, line, circle and label layers in their colour. */
import { Source } from '@vis.gl/react-maplibre';
import { SizedLayer } from './SizedLayer';
import type { FilterSpecification } from 'maplibre-gl';
import { importedMapSource, type ImportedEntry } from '../data/importedLayers';
import { useAtlas } from '../state/store';
import {
  IMPORTED_LABELS_ALL_ZOOMS,
  IMPORTED_PARTS,
  importedCircle,
  importedFill,
  importedLayerId,
  importedLine,
  labelLayout,
  labelPaint,
  LARGE_LABEL_ZOOM,
} from './layerSpecs';

/** The map layers a click can hit for these imported layers. */
export const importedLayerIds = (entries: readonly ImportedEntry[]) =>
  entries.flatMap((e) => IMPORTED_PARTS.map((part) => importedLayerId(e.layer.id, part.suffix)));

export function ImportedLayers() {
  const entries = useAtlas((s) => s.imports.entries);
  return entries.map(({ layer, colour, visible: on }) => {
    const visibility = on ? 'visible' : 'none';
    return (
      <Source key={layer.id} id={layer.id} type="geojson" data={importedMapSource(layer)}>
        {IMPORTED_PARTS.map((part) => {
          const filter: FilterSpecification = ['in', ['geometry-type'], ['literal', [...part.types]]];
          const id = importedLayerId(layer.id, part.suffix);
          const common = { key: id, id, filter, layout: { visibility } } as const;
          if (part.suffix === 'fill')
            return <SizedLayer {...common} type="fill" paint={importedFill(colour)} />;
          if (part.suffix === 'line')
            return <SizedLayer {...common} type="line" paint={importedLine(colour)} />;
          return <SizedLayer {...common} type="circle" paint={importedCircle(colour)} />;
        })}
        <SizedLayer
          id={importedLayerId(layer.id, 'labels')}
          type="symbol"
          minzoom={layer.features.length > IMPORTED_LABELS_ALL_ZOOMS ? LARGE_LABEL_ZOOM : 0}
          layout={labelLayout(['get', 'label'], visibility, 0.7)}
          paint={labelPaint}
        />
      </Source>
    );
  });
}
