import { translate, type Lang } from '../i18n/strings';
import type { BasemapId } from '../state/hashState';

/** Offline basemap by default; the detailed GSI tiles only when the reader asks for them. */
export function BasemapSwitch({
  lang,
  basemap,
  onChange,
  disabled,
}: {
  lang: Lang;
  basemap: BasemapId;
  onChange: (b: BasemapId) => void;
  disabled: boolean;
}) {
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
