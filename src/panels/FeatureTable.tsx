/**
 * Every place of the visible layers in one sortable table: the same places and details as the map,
 * for keyboard and screen-reader users and for machines where the map cannot start.
 */
import { useMemo, useState, type ReactNode } from 'react';
import { areaInHectares, keyDate } from '../data/featureFacts';
import type { FeatureEntry } from '../data/loadAtlasData';
import { LAYER_IDS, LAYERS } from '../data/layers';
import { formatNumber, formatPartialDate, STATUS_LABELS } from '../i18n/format';
import { translate, type Lang, type StringKey } from '../i18n/strings';
import { LAYER_SYMBOLS } from '../symbology/layerStyles';
import { symbolShapeFor } from '../symbology/mapFeatures';
import { useLang, useShownEntries } from '../state/derived';
import { useAtlas } from '../state/store';
import { LegendSymbol } from '../ui/LegendSymbol';
import { PlanTarget } from '../ui/PlanTarget';

type Column = 'name' | 'layer' | 'location' | 'area' | 'date' | 'status';
const COLUMNS: { id: Column; label: StringKey }[] = [
  { id: 'name', label: 'columnName' },
  { id: 'layer', label: 'columnLayer' },
  { id: 'location', label: 'columnLocation' },
  { id: 'area', label: 'columnArea' },
  { id: 'date', label: 'columnDate' },
  { id: 'status', label: 'columnStatus' },
];

function location(entry: FeatureEntry, lang: Lang): string {
  const p = entry.feature.properties;
  return [p.prefecture?.[lang] ?? p.country?.[lang], p.municipality?.[lang]].filter(Boolean).join(' · ');
}

function sortKey(entry: FeatureEntry, column: Column, lang: Lang): string | number | undefined {
  const p = entry.feature.properties;
  switch (column) {
    case 'name':
      return lang === 'ja' ? (p.reading ?? p.name.ja) : p.name.en.toLowerCase();
    case 'layer':
      return LAYER_IDS.indexOf(entry.layer);
    case 'location':
      return location(entry, lang);
    case 'area':
      return areaInHectares(p.area);
    case 'date':
      return keyDate(entry.feature);
    case 'status':
      return p.status ? STATUS_LABELS[p.status.code][lang] : undefined;
  }
}

interface FeatureTableProps {
  /** Shown below the table, in the same scrolling area (the user's own layers). */
  children?: ReactNode;
}

export function FeatureTable({ children }: FeatureTableProps) {
  const lang = useLang();
  /** The places shown: visible layers, filtered. */
  const shown = useShownEntries();
  const selectedId = useAtlas((s) => s.selectedId);
  const onSelect = (id: string) => useAtlas.getState().select(id);
  const [sort, setSort] = useState<{ column: Column; ascending: boolean }>({
    column: 'layer',
    ascending: true,
  });
  const rows = useMemo(() => {
    const entries = [...shown];
    const direction = sort.ascending ? 1 : -1;
    return entries.sort((a, b) => {
      const ka = sortKey(a, sort.column, lang);
      const kb = sortKey(b, sort.column, lang);
      // Places without a value go last whichever way the column is sorted.
      if (ka === undefined || kb === undefined) return ka === kb ? 0 : ka === undefined ? 1 : -1;
      return (ka < kb ? -1 : ka > kb ? 1 : 0) * direction;
    });
  }, [shown, sort, lang]);

  return (
    <div className="table-wrap">
      <table className="feature-table">
        <caption id="list-caption" tabIndex={-1}>
          {translate(lang, 'listCaption', { n: rows.length })}
        </caption>
        <thead>
          <tr>
            {COLUMNS.map((c) => {
              const active = sort.column === c.id;
              return (
                <th
                  key={c.id}
                  scope="col"
                  aria-sort={active ? (sort.ascending ? 'ascending' : 'descending') : undefined}
                >
                  <button
                    type="button"
                    data-column={c.id}
                    onClick={() => setSort({ column: c.id, ascending: active ? !sort.ascending : true })}
                    aria-label={translate(lang, 'sortBy', { column: translate(lang, c.label) })}
                  >
                    {translate(lang, c.label)}
                    <span aria-hidden="true">{active ? (sort.ascending ? ' ▲' : ' ▼') : ''}</span>
                  </button>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {rows.map((entry) => {
            const p = entry.feature.properties;
            const hectares = areaInHectares(p.area);
            const date = keyDate(entry.feature);
            return (
              <tr key={p.id} data-feature={p.id} aria-current={selectedId === p.id ? 'true' : undefined}>
                <th scope="row">
                  <button type="button" className="link" onClick={() => onSelect(p.id)}>
                    <LegendSymbol
                      shape={symbolShapeFor(entry.layer, entry.feature)}
                      colour={LAYER_SYMBOLS[entry.layer].colour}
                      size={12}
                    />{' '}
                    {p.name[lang]}
                  </button>
                </th>
                <td>{LAYERS[entry.layer].title[lang]}</td>
                <td>{location(entry, lang)}</td>
                <td className="number">
                  {hectares === undefined ? '' : formatNumber(Math.round(hectares * 10) / 10, lang)}
                </td>
                <td>{date ? formatPartialDate(date, lang) : ''}</td>
                <td>
                  {p.status ? STATUS_LABELS[p.status.code][lang] : ''}
                  {p.status?.planTarget && (
                    <span className="fact-note">
                      <PlanTarget status={p.status} lang={lang} />
                    </span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {children}
    </div>
  );
}
