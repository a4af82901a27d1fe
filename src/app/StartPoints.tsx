/**
 * The first thing a newcomer reads under the title: three ways in. Okinawa's bases and land
 * returns (the map on Okinawa Island, the Returns tab), the document paragraph by paragraph (the
 * reader at its first paragraph), and the UN Command's bases (their layer on, the map on them).
 */
import { translate } from '../i18n/strings';
import { VIEW_PRESETS } from '../map/viewPresets';
import { boundsOfPoints } from '../geometry/bounds';
import { useAtlas } from '../state/store';

const OKINAWA = VIEW_PRESETS.find((p) => p.id === 'okinawa')!.bounds;

export function StartPoints() {
  const lang = useAtlas((s) => s.lang);
  const data = useAtlas((s) => s.data);
  const mapAvailable = useAtlas((s) => s.webgl);
  if (!data) return null;
  const firstParagraph = data.document.parts.find((p) => p.kind !== 'title');
  const unc = boundsOfPoints(
    data.layers['un-command-bases'].features.map((f) => f.geometry.coordinates as [number, number]),
  );
  const store = useAtlas.getState;
  return (
    <nav className="start-points" aria-labelledby="start-points-heading">
      <h2 id="start-points-heading">{translate(lang, 'startHere')}</h2>
      <button
        type="button"
        data-start="okinawa"
        onClick={() => {
          if (mapAvailable) store().goToRegion(OKINAWA);
          store().setTab('returns');
        }}
      >
        {translate(lang, 'startOkinawa')}
      </button>
      {firstParagraph && (
        <button type="button" data-start="document" onClick={() => store().openPart(firstParagraph.id)}>
          {translate(lang, 'startDocument')}
        </button>
      )}
      <button
        type="button"
        data-start="unc"
        onClick={() => {
          store().toggleLayer('un-command-bases', true);
          if (mapAvailable && unc) store().goToRegion(unc);
        }}
      >
        {translate(lang, 'startUnc')}
      </button>
    </nav>
  );
}
