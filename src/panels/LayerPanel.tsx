/**
 * The side panel's layer list: a toggle, legend symbol and count per layer, and each layer's
 * places as buttons, so every place can be opened by keyboard or screen reader without the map.
 */
import { isEmptyFilter, matchesFilter } from '../data/facilityFilter';
import { LAYER_IDS, LAYERS, MOVES_LAYER } from '../data/layers';
import { formatNumber, STATUS_LABELS } from '../i18n/format';
import { translate, type Lang } from '../i18n/strings';
import { useLang, useLoadedData } from '../state/derived';
import { useAtlas } from '../state/store';
import {
  FACILITY_SHAPES,
  LAYER_SYMBOLS,
  MOVE_LINE_STYLES,
  RETURN_STATUS_SHAPES,
} from '../symbology/layerStyles';
import { symbolShapeFor } from '../symbology/mapFeatures';
import { LazyDetails } from './LazyDetails';
import { LegendSymbol } from '../ui/LegendSymbol';

/** A layer's place list shows at most this many; the List view and search reach the rest. */
const MAX_LISTED = 300;

export function LayerPanel() {
  const data = useLoadedData();
  const lang = useLang();
  const visible = useAtlas((s) => s.visible);
  const selectedId = useAtlas((s) => s.selectedId);
  /** A teacher's lock: the layers cannot be changed. */
  const locked = useAtlas((s) => s.start.lock);
  const onToggle = useAtlas((s) => s.toggleLayer);
  const onSelect = useAtlas((s) => s.showPlace);
  const filter = useAtlas((s) => s.filter);
  const say = useAtlas((s) => s.say);
  return (
    <section className="layer-panel" aria-labelledby="layers-heading">
      <h2 id="layers-heading" tabIndex={-1}>
        {translate(lang, 'layers')}
      </h2>
      <ul className="layers">
        {LAYER_IDS.map((layer) => {
          const info = LAYERS[layer];
          const symbol = LAYER_SYMBOLS[layer];
          const features = data.layers[layer].features;
          const inputId = `layer-toggle-${layer}`;
          // Under a filter, the places it keeps of this layer ("7 of 95 places").
          const filtered = isEmptyFilter(filter)
            ? null
            : features.filter((f) => matchesFilter(f, filter)).length;
          return (
            <li key={layer} className="layer" data-layer={layer}>
              <div className="layer-row">
                <input
                  id={inputId}
                  type="checkbox"
                  checked={visible.has(layer)}
                  disabled={locked}
                  onChange={(e) => {
                    const on = e.target.checked;
                    onToggle(layer, on);
                    // The places it now draws: those the filter keeps, if one is set.
                    const n = filtered ?? features.length;
                    say(
                      translate(lang, on ? 'saidLayerShown' : 'saidLayerHidden', {
                        layer: info.title[lang],
                        n: formatNumber(n, lang),
                      }),
                    );
                  }}
                />
                <label htmlFor={inputId}>
                  <LegendSymbol shape={symbol.shape} colour={symbol.colour} />
                  <span className="layer-title">{info.title[lang]}</span>
                  <span className="count" data-count={features.length} data-filtered={filtered ?? undefined}>
                    {filtered === null
                      ? translate(lang, 'placesCount', { n: features.length })
                      : translate(lang, 'placesCountOf', { n: filtered, of: features.length })}
                  </span>
                </label>
              </div>
              <p className="layer-description">{info.description[lang]}</p>
              {layer === 'okinawa-land-returns' && (
                <ul className="status-legend">
                  {(Object.keys(RETURN_STATUS_SHAPES) as (keyof typeof RETURN_STATUS_SHAPES)[])
                    .filter((code) => code !== 'handed-over')
                    .map((code) => (
                      <li key={code}>
                        <LegendSymbol shape={RETURN_STATUS_SHAPES[code]} colour={symbol.colour} size={14} />{' '}
                        {STATUS_LABELS[code][lang]}
                      </li>
                    ))}
                  <AreaCircleLegend colour={symbol.colour} lang={lang} />
                </ul>
              )}
              {layer === 'us-facilities' && (
                <ul className="status-legend">
                  {(
                    [
                      ['exclusive', 'useExclusive'],
                      ['shared', 'useShared'],
                      ['returned', 'facilityReturned'],
                    ] as const
                  ).map(([key, label]) => (
                    <li key={key}>
                      <LegendSymbol shape={FACILITY_SHAPES[key]} colour={symbol.colour} size={14} />{' '}
                      {translate(lang, label)}
                    </li>
                  ))}
                  <AreaCircleLegend colour={symbol.colour} lang={lang} />
                </ul>
              )}
              {layer === MOVES_LAYER && (
                <ul className="status-legend">
                  {MOVE_LINE_STYLES.map((style) => (
                    <li key={style.status} data-legend={style.status}>
                      <svg className="line-swatch" width="28" height="10" aria-hidden="true">
                        <line
                          x1="2"
                          y1="5"
                          x2="26"
                          y2="5"
                          stroke={symbol.colour}
                          strokeWidth="2.5"
                          strokeLinecap="round"
                          strokeDasharray={style.dash ? style.dash.map((d) => d * 2.5).join(' ') : undefined}
                        />
                      </svg>{' '}
                      {STATUS_LABELS[style.status][lang]}
                    </li>
                  ))}
                </ul>
              )}
              {layer === 'exchange-sites' && (
                <p className="layer-description muted">{translate(lang, 'legendShared')}</p>
              )}
              {visible.has(layer) && (
                <LazyDetails className="place-list" summary={translate(lang, 'showPlaces')}>
                  {/* Only so many: a big layer is read in the List view. */}
                  {() => (
                    <>
                      <ul>
                        {features.slice(0, MAX_LISTED).map((f) => (
                          <li key={f.properties.id}>
                            <button
                              type="button"
                              className="place"
                              aria-current={selectedId === f.properties.id ? 'true' : undefined}
                              data-feature={f.properties.id}
                              onClick={() => onSelect(f.properties.id)}
                            >
                              <LegendSymbol
                                shape={symbolShapeFor(layer, f)}
                                colour={symbol.colour}
                                size={14}
                              />
                              <span>{f.properties.name[lang]}</span>
                            </button>
                          </li>
                        ))}
                      </ul>
                      {features.length > MAX_LISTED && (
                        <p className="hint">
                          {translate(lang, 'moreInList', { n: features.length - MAX_LISTED })}
                        </p>
                      )}
                    </>
                  )}
                </LazyDetails>
              )}
            </li>
          );
        })}
      </ul>
      {visible.size === 0 && <p className="empty">{translate(lang, 'noLayers')}</p>}
    </section>
  );
}

/** The legend of the translucent circles of official areas drawn at local zoom. */
function AreaCircleLegend({ colour, lang }: { colour: string; lang: Lang }) {
  return (
    <li data-legend="area-circle">
      <span
        className="area-circle-swatch"
        aria-hidden="true"
        style={{ borderColor: colour, backgroundColor: `${colour}26` }}
      />{' '}
      {translate(lang, 'areaCircleLegend')}
    </li>
  );
}
