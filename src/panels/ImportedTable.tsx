/**
 * The user's own layers in the List view: one row per place, below the atlas's own table, so they
 * can be read and opened by keyboard and screen reader like the others.
 */
import { listedName } from '../data/importedLayers';
import { translate } from '../i18n/strings';
import { useLang } from '../state/derived';
import { useAtlas } from '../state/store';
import { formatPosition } from './ImportedDetails';
import { importedName } from './ImportPanel';
import { LegendSymbol } from '../ui/LegendSymbol';

/** Rows drawn at most; a larger layer is read on the map. */
const MAX_ROWS = 2000;

export function ImportedTable() {
  const lang = useLang();
  const entries = useAtlas((s) => s.imports.entries);
  const selectedId = useAtlas((s) => s.selectedId);
  const onSelect = (id: string) => useAtlas.getState().select(id);
  const shown = entries.filter((e) => e.visible);
  if (shown.length === 0) return null;
  const rows = shown
    .flatMap(({ layer, colour }) => layer.features.map((feature) => ({ layer, colour, feature })))
    .slice(0, MAX_ROWS);
  const total = shown.reduce((n, e) => n + e.layer.features.length, 0);
  return (
    <table className="feature-table imported-table">
      <caption>{translate(lang, 'importedListCaption', { n: total })}</caption>
      <thead>
        <tr>
          <th scope="col">{translate(lang, 'columnName')}</th>
          <th scope="col">{translate(lang, 'columnLayer')}</th>
          <th scope="col">{translate(lang, 'columnShape')}</th>
          <th scope="col">{translate(lang, 'columnPosition')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(({ layer, colour, feature: f }) => (
          <tr key={f.id} data-feature={f.id} aria-current={selectedId === f.id ? 'true' : undefined}>
            <th scope="row">
              <button type="button" className="link" onClick={() => onSelect(f.id)}>
                <LegendSymbol shape="circle" colour={colour} size={12} />{' '}
                {listedName(importedName(lang, f.name, f.number))}
              </button>
            </th>
            <td>{layer.fileName}</td>
            <td>{f.geometry.type}</td>
            <td className="number">{formatPosition(f.anchor)}</td>
          </tr>
        ))}
      </tbody>
      {total > MAX_ROWS && (
        <tfoot>
          <tr>
            <td colSpan={4}>{translate(lang, 'importedMoreRows', { n: total - MAX_ROWS })}</td>
          </tr>
        </tfoot>
      )}
    </table>
  );
}
