/** Over the offline style: the optional online GSI tiles, town and country names. */
import { Layer, Source } from '@vis.gl/react-maplibre';
import { SizedLayer } from './SizedLayer';
import { useAtlas } from '../state/store';
import {
  COUNTRY_LABELS_URL,
  DETAIL_MIN_ZOOM,
  DETAIL_SOURCE,
  GSI_ATTRIBUTION,
  GSI_MAPS,
  OVERVIEW_SOURCE,
} from './basemap';
import { countryLabelLayout, countryLabelPaint, townFilter, townLayout, townPaint } from './layerSpecs';

export function BasemapLayers() {
  const basemap = useAtlas((s) => s.basemap);
  const lang = useAtlas((s) => s.lang);
  return (
    <>
      {basemap !== 'offline' && (
        // Keyed by the map chosen: switching GSI maps replaces the source rather than mixing tiles.
        <Source
          key={basemap}
          id="gsi"
          type="raster"
          tiles={[GSI_MAPS[basemap].tiles]}
          tileSize={256}
          maxzoom={18}
          attribution={GSI_ATTRIBUTION}
        >
          <Layer id="gsi" type="raster" beforeId="borders" />
        </Source>
      )}
      {/* Town names from the overview, then from the detail; the GSI map names its own. */}
      {[OVERVIEW_SOURCE, DETAIL_SOURCE].map((source) => (
        <SizedLayer
          key={source}
          id={`towns-${source}`}
          type="symbol"
          source={source}
          source-layer="towns"
          {...(source === DETAIL_SOURCE ? { minzoom: DETAIL_MIN_ZOOM } : { maxzoom: DETAIL_MIN_ZOOM })}
          filter={townFilter(lang)}
          layout={{ ...townLayout(lang), visibility: basemap === 'offline' ? 'visible' : 'none' }}
          paint={townPaint}
        />
      ))}
      <Source id="country-labels" type="geojson" data={COUNTRY_LABELS_URL()}>
        <SizedLayer
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
