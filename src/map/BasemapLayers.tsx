/** Over the offline style: the optional online GSI tiles, town and country names. */
import { Layer, Source } from '@vis.gl/react-maplibre';
import { useAtlas } from '../state/store';
import { COUNTRY_LABELS_URL, GSI_ATTRIBUTION, GSI_TILES, TILES_SOURCE, TOWNS_LAYER } from './basemap';
import { countryLabelLayout, countryLabelPaint, townFilter, townLayout, townPaint } from './layerSpecs';

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
      {/* The GSI map names its own towns. */}
      <Layer
        id={TOWNS_LAYER}
        type="symbol"
        source={TILES_SOURCE}
        source-layer="towns"
        filter={townFilter(lang)}
        layout={{ ...townLayout(lang), visibility: basemap === 'gsi' ? 'none' : 'visible' }}
        paint={townPaint}
      />
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
