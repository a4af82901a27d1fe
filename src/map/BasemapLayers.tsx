/** Over the offline style: the optional online GSI tiles and the country names. */
import { Layer, Source } from '@vis.gl/react-maplibre';
import { useAtlas } from '../state/store';
import { COUNTRY_LABELS_URL, GSI_ATTRIBUTION, GSI_TILES } from './basemap';
import { countryLabelLayout, countryLabelPaint } from './layerSpecs';

export function BasemapLayers() {
  const basemap = useAtlas((s) => s.basemap);
  const lang = useAtlas((s) => s.lang);
  return (
    <>
      {basemap === 'gsi' && (
        <Source
          id="gsi"
          type="raster"
          tiles={[GSI_TILES]}
          tileSize={256}
          maxzoom={18}
          attribution={GSI_ATTRIBUTION}
        >
          <Layer id="gsi" type="raster" beforeId="borders" />
        </Source>
      )}
      <Source id="country-labels" type="geojson" data={COUNTRY_LABELS_URL()}>
        <Layer
          id="country-labels"
          type="symbol"
          maxzoom={7}
          layout={countryLabelLayout(lang)}
          paint={countryLabelPaint}
        />
      </Source>
    </>
  );
}
