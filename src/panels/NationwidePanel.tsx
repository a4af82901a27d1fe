/**
 * U.S. facilities across Japan: filters for the facilities layer (service, prefecture, use type,
 * status; kept in the link) and the exclusive-use area by prefecture, computed from the data beside
 * the official figures, with the difference explained.
 */
import { lazy, Suspense, useMemo, useState } from 'react';
import { agrees, largestShare, prefectureTotals } from '../data/prefectureTotals';
import { SERVICES, USE_TYPES, type Service, type StatusCode, type UseType } from '../data/schema';
import { formatNumber, formatPartialDate, STATUS_LABELS } from '../i18n/format';
import { SERVICE_LABELS, USE_LABELS } from '../i18n/filterWords';
import { prefectureName } from '../i18n/prefectures';
import { translate, type Lang, type StringKey } from '../i18n/strings';
import { useLang, useLoadedData } from '../state/derived';
import { useAtlas } from '../state/store';

const DefinitionsPanel = lazy(() =>
  import('./DefinitionsPanel').then((m) => ({ default: m.DefinitionsPanel })),
);

/** A few names, and how many more: a row's note stays a line or two however large the data. */
const MAX_NAMED = 8;
function someNames(names: readonly string[], lang: Lang): string {
  const shown = names.slice(0, MAX_NAMED).join(lang === 'ja' ? '、' : ', ');
  return names.length > MAX_NAMED
    ? `${shown} ${translate(lang, 'andMore', { n: names.length - MAX_NAMED })}`
    : shown;
}

export function NationwidePanel() {
  const data = useLoadedData();
  const lang = useLang();
  const filter = useAtlas((s) => s.filter);
  // Computed once per data set: selecting a place re-renders the panels, not these.
  const { prefectures, statuses, rows } = useMemo(() => {
    const features = data.layers['us-facilities'].features;
    return {
      prefectures: [...new Set(features.flatMap((f) => f.properties.prefectures ?? []))].sort(),
      statuses: [
        ...new Set(
          features.map((f) => f.properties.status?.code).filter((s): s is StatusCode => s !== undefined),
        ),
      ],
      rows: prefectureTotals(features, data.officialTotals),
    };
  }, [data]);
  const onFilter = useAtlas((s) => s.applyFilter);
  // The definitions (and their words) load the first time the section is opened.
  const [definitionsOpen, setDefinitionsOpen] = useState(false);
  const official = data.officialTotals;
  const computedTotal = rows.reduce((sum, r) => sum + r.thousandM2, 0);
  const computedCount = rows.reduce((sum, r) => sum + r.facilities, 0);
  const top = largestShare(official);
  const n = (value: number) => formatNumber(Math.round(value), lang);
  const select = (
    id: string,
    label: StringKey,
    value: string | undefined,
    options: [string, string][],
    set: (v: string) => void,
  ) => (
    <div className="filter">
      <label htmlFor={id}>{translate(lang, label)}</label>
      <select id={id} value={value ?? ''} onChange={(e) => set(e.target.value)}>
        <option value="">{translate(lang, 'filterAll')}</option>
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <section className="nationwide" aria-labelledby="nationwide-heading">
      <h2 id="nationwide-heading">{translate(lang, 'nationwideHeading')}</h2>
      <div className="filters">
        {select(
          'filter-service',
          'filterService',
          filter.service,
          SERVICES.map((s) => [s, SERVICE_LABELS[s][lang]]),
          (v) => onFilter({ ...filter, service: (v || undefined) as Service | undefined }),
        )}
        {select(
          'filter-prefecture',
          'filterPrefecture',
          filter.prefecture,
          prefectures.map((p) => [p, prefectureName(p, lang)]),
          (v) => onFilter({ ...filter, prefecture: v || undefined }),
        )}
        {select(
          'filter-use',
          'filterUse',
          filter.useType,
          USE_TYPES.map((u) => [u, translate(lang, USE_LABELS[u])]),
          (v) => onFilter({ ...filter, useType: (v || undefined) as UseType | undefined }),
        )}
        {select(
          'filter-status',
          'filterStatus',
          filter.status,
          statuses.map((s) => [s, STATUS_LABELS[s][lang]]),
          (v) => onFilter({ ...filter, status: (v || undefined) as StatusCode | undefined }),
        )}
      </div>
      <p className="nationwide-answer" data-testid="nationwide-answer">
        {translate(lang, 'nationwideAnswer', {
          count: String(official.prefectures.length),
          total: n(official.total.thousandM2),
          facilities: String(official.total.facilities),
          top: prefectureName(top?.prefecture ?? '', lang),
          share: formatNumber(top?.share ?? 0, lang),
          date: formatPartialDate(official.asOf, lang),
        })}
      </p>
      <details className="definitions" onToggle={(e) => setDefinitionsOpen(e.currentTarget.open)}>
        <summary>{translate(lang, 'definitionsHeading')}</summary>
        {definitionsOpen && (
          <Suspense fallback={<p role="status">…</p>}>
            <DefinitionsPanel />
          </Suspense>
        )}
      </details>
      <details className="prefecture-summary" open>
        <summary>{translate(lang, 'byPrefecture')}</summary>
        <table>
          <caption>
            {translate(lang, 'byPrefectureCaption', { date: formatPartialDate(official.asOf, lang) })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{translate(lang, 'columnPrefecture')}</th>
              <th scope="col">{translate(lang, 'columnOfficial')}</th>
              <th scope="col">{translate(lang, 'columnShare')}</th>
              <th scope="col">{translate(lang, 'columnFromData')}</th>
            </tr>
          </thead>
          {rows.map((r) => {
            const share = r.official ? (r.official.thousandM2 / official.total.thousandM2) * 100 : undefined;
            const name = prefectureName(r.prefecture, lang);
            const selected = filter.prefecture === r.prefecture;
            const listed = official.differences.find((d) => d.prefecture === r.prefecture);
            const explanation = agrees(r)
              ? translate(lang, 'agreesWithOfficial')
              : (listed?.reason[lang] ??
                (r.withoutArea.length > 0
                  ? translate(lang, 'noAreaFor', { names: someNames(r.withoutArea, lang) })
                  : ''));
            return (
              <tbody
                key={r.prefecture}
                data-prefecture={r.prefecture}
                className={selected ? 'selected' : undefined}
              >
                <tr>
                  <th scope="row">
                    <button
                      type="button"
                      className="link-button"
                      aria-pressed={selected}
                      title={translate(lang, 'showPrefecture', { name })}
                      onClick={() => onFilter({ ...filter, prefecture: selected ? undefined : r.prefecture })}
                    >
                      {name}
                    </button>
                  </th>
                  <td className="number">
                    {r.official ? n(r.official.thousandM2) : '—'}
                    {r.official?.facilities !== undefined && ` (${r.official.facilities})`}
                  </td>
                  <td className="number">
                    {share === undefined ? '' : `${formatNumber(Math.round(share * 100) / 100, lang)}%`}
                    <span className="share-bar" aria-hidden="true">
                      <span style={{ width: `${share ?? 0}%` }} />
                    </span>
                  </td>
                  <td className="number" data-computed={Math.round(r.thousandM2)}>
                    {n(r.thousandM2)} ({r.facilities})
                  </td>
                </tr>
                <tr className="row-note">
                  <td colSpan={4} className={agrees(r) ? 'agrees' : undefined}>
                    {explanation}
                  </td>
                </tr>
              </tbody>
            );
          })}
          <tfoot>
            <tr>
              <th scope="row">{translate(lang, 'totalRow')}</th>
              <td className="number" data-official-total={official.total.thousandM2}>
                {n(official.total.thousandM2)} ({official.total.facilities})
              </td>
              <td className="number">100%</td>
              <td className="number" data-computed-total={Math.round(computedTotal)}>
                {n(computedTotal)} ({computedCount})
              </td>
            </tr>
          </tfoot>
        </table>
        <p className="hint">{translate(lang, 'byPrefectureNote')}</p>
        <p className="source-note">
          {translate(lang, 'source')}: {official.source}
        </p>
      </details>
      <details className="unmapped">
        <summary>
          {translate(lang, 'unmappedHeading', {
            count: String(official.unmapped.length + official.unmappedShared.length),
          })}
        </summary>
        <p className="hint">{translate(lang, 'unmappedIntro')}</p>
        <ul>
          {[...official.unmapped, ...official.unmappedShared].map((u) => (
            <li key={u.name}>
              <strong>{u.name}</strong> ({prefectureName(u.prefecture, lang)}
              {official.unmappedShared.includes(u) ? `, ${translate(lang, 'useShared')}` : ''}
              {u.thousandM2 !== undefined && `, ${n(u.thousandM2)} ${translate(lang, 'thousandM2')}`})
              <span className="source-note">
                {translate(lang, 'source')}: {u.source}
              </span>
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}
