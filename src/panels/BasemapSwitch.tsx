/**
 * The basemap choice, on the map itself: the offline map (the default, from the atlas's own
 * origin) or one of GSI's online maps (standard, pale, aerial photos), one click away. The choice
 * goes into the link and is remembered for the next visit.
 */
import { translate, type StringKey } from '../i18n/strings';
import { useLang } from '../state/derived';
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
  return (
    <fieldset className="basemap-switch" aria-describedby="basemap-online-note">
      <legend>{translate(lang, 'basemap')}</legend>
      {CHOICES.map(([id, label]) => (
        <label key={id} data-basemap={id}>
          <input
            type="radio"
            name="basemap"
            value={id}
            checked={basemap === id}
            onChange={() => choose(id)}
          />
          {translate(lang, label)}
        </label>
      ))}
      <span id="basemap-online-note" className="visually-hidden">
        {translate(lang, 'basemapGsiNote')}
      </span>
    </fieldset>
  );
}
