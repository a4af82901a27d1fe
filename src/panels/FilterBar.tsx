/**
 * While a filter is on, the main area says so, with how many places it keeps and a one-click
 * clear: "Filter: Kanagawa, Navy · 7 places [Clear]". The map, the list, the index and the export
 * all show those same places.
 */
import { isEmptyFilter } from '../data/facilityFilter';
import { formatNumber } from '../i18n/format';
import { describeFilter } from '../i18n/filterWords';
import { translate } from '../i18n/strings';
import { useLang, useShownEntries } from '../state/derived';
import { useAtlas } from '../state/store';

export function FilterBar() {
  const lang = useLang();
  const filter = useAtlas((s) => s.filter);
  const locked = useAtlas((s) => s.start.lock);
  const applyFilter = useAtlas((s) => s.applyFilter);
  const shown = useShownEntries();
  if (isEmptyFilter(filter)) return null;
  return (
    <div className="filter-bar" data-filter-count={shown.length}>
      <span>
        {translate(lang, 'filterOn', {
          what: describeFilter(filter, lang),
          n: formatNumber(shown.length, lang),
        })}
      </span>
      {!locked && (
        <button type="button" onClick={() => applyFilter({})}>
          {translate(lang, 'filterClear')}
        </button>
      )}
    </div>
  );
}
