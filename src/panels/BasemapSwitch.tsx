/**
 * The choices on the map itself. The basemap: the offline map (the default, from the atlas's own
 * origin) or one of GSI's online maps (standard, pale, aerial photos), one click away; the choice
 * goes into the link and is remembered for the next visit. The map size: symbols, labels and lines
 * at 1×, 1.5× or 2× (for low vision and projectors), remembered in this browser.
 *
 * On a phone both fold into one button that names the current choice (open, they covered about a
 * fifth of the map); it opens on a tap and closes again once a choice is made.
 */
import { translate, type StringKey } from '../i18n/strings';
import { useLang } from '../state/derived';
import { useRef } from 'react';
import { MAP_SIZES } from '../state/accessSlice';
import type { BasemapId } from '../state/hashState';
import { useAtlas } from '../state/store';

const CHOICES: readonly [BasemapId, StringKey][] = [
  ['offline', 'basemapOffline'],
  ['gsi-std', 'basemapGsiStd'],
  ['gsi', 'basemapGsiPale'],
  ['gsi-photo', 'basemapGsiPhoto'],
];

export function BasemapSwitch() {
  const lang = useLang();
  const basemap = useAtlas((s) => s.basemap);
  const choose = useAtlas((s) => s.chooseBasemap);
  const mapSize = useAtlas((s) => s.mapSize);
  const setMapSize = useAtlas((s) => s.setMapSize);
  const narrow = useAtlas((s) => s.narrow);
  const folded = useRef<HTMLDetailsElement>(null);
  // On a phone, a choice made closes the fold (the map is what the reader wants to see).
  const close = () => folded.current?.removeAttribute('open');
  const choices = (
    <>
      <fieldset className="basemap-switch" aria-describedby="basemap-online-note">
        <legend>{translate(lang, 'basemap')}</legend>
        {CHOICES.map(([id, label]) => (
          <label key={id} data-basemap={id}>
            <input
              type="radio"
              name="basemap"
              value={id}
              checked={basemap === id}
              onChange={() => {
                choose(id);
                close();
              }}
            />
            {translate(lang, label)}
          </label>
        ))}
        <span id="basemap-online-note" className="visually-hidden">
          {translate(lang, 'basemapGsiNote')}
        </span>
      </fieldset>
      <fieldset className="map-size-switch">
        <legend>{translate(lang, 'mapSize')}</legend>
        {MAP_SIZES.map((size) => (
          <label key={size} data-map-size={size}>
            <input
              type="radio"
              name="map-size"
              value={size}
              checked={mapSize === size}
              onChange={() => {
                setMapSize(size);
                close();
              }}
              aria-label={translate(lang, 'mapSizeTimes', { n: size })}
            />
            <span aria-hidden="true">{size}×</span>
          </label>
        ))}
      </fieldset>
    </>
  );
  if (!narrow) return <div className="map-options">{choices}</div>;
  const current = CHOICES.find(([id]) => id === basemap)?.[1] ?? 'basemapOffline';
  return (
    <details ref={folded} className="map-options folded">
      <summary>
        <span className="visually-hidden">{translate(lang, 'mapOptions')}: </span>
        {translate(lang, current)} · {mapSize}×
      </summary>
      <div className="map-options-choices">{choices}</div>
    </details>
  );
}
