/**
 * The selected place's details (or the "several places here" chooser): in the map's popup on a
 * wide screen, in a sheet over the lower part of the screen on a phone or in the list view.
 */
import { translate } from '../i18n/strings';
import { FeatureDetails } from '../panels/FeatureDetails';
import { ImportedDetails } from '../panels/ImportedDetails';
import { importedName } from '../panels/ImportPanel';
import { PlaceChooser } from '../panels/PlaceChooser';
import { useSelection, usesSheet } from '../state/derived';
import { useAtlas } from '../state/store';

/** The chooser, or the details of the selected place; null when neither is open. */
export function DetailsContent() {
  const chooser = useAtlas((s) => s.chooser !== null);
  const loaded = useAtlas((s) => s.data !== null);
  const { selected, imported } = useSelection();
  if (chooser && loaded) return <PlaceChooser />;
  if (imported) return <ImportedDetails />;
  if (selected && loaded) return <FeatureDetails />;
  return null;
}

/** The details as a sheet, when they do not open in the map's popup. */
export function DetailsSheet() {
  const sheet = useAtlas(usesSheet);
  const lang = useAtlas((s) => s.lang);
  const chooser = useAtlas((s) => s.chooser !== null && s.data !== null);
  const { selected, imported } = useSelection();
  // On a phone the open panel takes the screen: the sheet waits under it (the place stays chosen)
  // rather than covering the panel's buttons, e.g. the quiz's 「次へ」.
  const underPanel = useAtlas((s) => s.narrow && s.panelOpen);
  if (!sheet || underPanel || !(chooser || imported || selected)) return null;
  const label = chooser
    ? translate(lang, 'choosePlace')
    : imported
      ? importedName(lang, imported.feature.name, imported.feature.number)
      : (selected?.feature.properties.name[lang] ?? translate(lang, 'choosePlace'));
  return (
    <div className="sheet" role="dialog" aria-modal="false" aria-label={label}>
      <DetailsContent />
    </div>
  );
}
