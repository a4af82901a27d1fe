import { translate } from '../i18n/strings';
import { useLang } from '../state/derived';
import { useAtlas } from '../state/store';

/** Offline basemap by default; the detailed GSI tiles only when the reader asks for them. */
export function BasemapSwitch() {
  const lang = useLang();
  const basemap = useAtlas((s) => s.basemap);
  const onChange = useAtlas((s) => s.chooseBasemap);
  /** Without WebGL there is no map to draw a basemap on. */
  const disabled = useAtlas((s) => !s.webgl);
  return (
    <fieldset className="basemap-switch" disabled={disabled}>
      <legend>{translate(lang, 'basemap')}</legend>
      <label>
        <input
          type="radio"
          name="basemap"
          value="offline"
          checked={basemap === 'offline'}
          onChange={() => onChange('offline')}
        />
        {translate(lang, 'basemapOffline')}
      </label>
      <label>
        <input
          type="radio"
          name="basemap"
          value="gsi"
          checked={basemap === 'gsi'}
          onChange={() => onChange('gsi')}
        />
        {translate(lang, 'basemapGsi')}
        <span className="muted"> — {translate(lang, 'basemapGsiNote')}</span>
      </label>
    </fieldset>
  );
}
