/**
 * What counts as a U.S. base: each definition with the official figures published under it (date
 * and source on every one), the share no source publishes marked as computed here, and the same
 * figures recomputed from the facilities layer. Loaded only when its section is opened, with its
 * words (they are not in the first view's strings).
 */
import { useEffect, useState } from 'react';
import {
  DefinitionsSchema,
  fromLayer,
  sharePercent,
  thousandM2,
  type Definition,
  type Definitions,
  type Figure,
} from '../data/definitions';
import { dataUrl, fetchJson } from '../data/loadAtlasData';
import { formatNumber, formatPartialDate } from '../i18n/format';
import { wordsFor, type Lang } from '../i18n/strings';
import { useLang, useLoadedData } from '../state/derived';

const WORDS = {
  loading: { ja: '定義と数値を読み込み中…', en: 'Loading the definitions…' },
  failed: {
    ja: '定義と数値を読み込めませんでした({error})。',
    en: 'The definitions could not be loaded ({error}).',
  },
  retry: { ja: 'もう一度読み込む', en: 'Try again' },
  published: { ja: '公表された数値', en: 'Published figures' },
  japan: { ja: '全国', en: 'Japan' },
  okinawa: { ja: '沖縄県', en: 'Okinawa' },
  facilitiesN: { ja: '{n}施設', en: '{n} facilities' },
  shareN: { ja: '全国の{n}%', en: '{n}% of Japan’s total' },
  source: { ja: '出典', en: 'Source' },
  about: { ja: '約', en: 'about ' },
  derived: {
    ja: '沖縄の割合(このアトラスの計算): 約{share}%({okinawa}÷{japan})。{note}',
    en: 'Okinawa’s share, computed here: about {share}% ({okinawa} ÷ {japan}). {note}',
  },
  fromLayerHeading: { ja: 'このアトラスのデータから', en: 'From this atlas’s data' },
  exclusiveCount: {
    ja: '施設数 {count}(うち沖縄県 {okinawa}): {date}時点の公式値 {officialCount}(沖縄県 {officialOkinawa})と{verdict}。',
    en: '{count} facilities, {okinawa} in Okinawa: {verdict} the official {officialCount} and {officialOkinawa} as of {date}.',
  },
  same: { ja: '一致', en: 'the same as' },
  differs: { ja: '不一致', en: 'not the same as' },
  exclusiveArea: {
    ja: '面積の合計 {total}千㎡、うち沖縄県 {okinawa}千㎡({share}%)。{without}施設は出典のある面積がなく、面積の時点も施設ごとに違うため、公式の{officialShare}%とは一致しません。理由は上の都道府県別の表に示しています。',
    en: 'Areas add up to {total} thousand m², {okinawa} of them in Okinawa ({share}%): not the official {officialShare}%, because {without} facilities have no sourced area and areas are of different dates. The table by prefecture gives the reasons.',
  },
  allUse: {
    ja: 'データには{count}施設(うち沖縄県 {okinawa})があります: 専用施設{exclusive}と、一時使用(2条4項(b))の{shared}施設(地図にない{unmapped}施設は2010年の一覧による)。一時使用の施設の多くは出典のある面積がない({without}施設)ため、この定義での沖縄の割合はデータからは計算できません。',
    en: 'The data has {count} of them, {okinawa} in Okinawa: {exclusive} exclusive-use and {shared} temporary-use (2-4-(b)) facilities ({unmapped} of those not on the map, from a 2010 list). Most temporary-use facilities have no sourced area ({without} in all), so Okinawa’s share under this definition cannot be computed from the data.',
  },
} satisfies Record<string, Record<Lang, string>>;

const say = wordsFor(WORDS);

function FigureItem({ figure, lang }: { figure: Figure; lang: Lang }) {
  const n = (x: number) => formatNumber(x, lang);
  const unit = figure.area.unit === 'ha' ? 'ha' : lang === 'ja' ? '千㎡' : 'thousand m²';
  const parts = [
    figure.facilities === undefined ? undefined : say(lang, 'facilitiesN', { n: n(figure.facilities) }),
    `${figure.area.approximate ? say(lang, 'about') : ''}${n(figure.area.value)} ${unit}`,
    figure.sharePercent === undefined ? undefined : say(lang, 'shareN', { n: n(figure.sharePercent) }),
  ].filter((p): p is string => p !== undefined);
  return (
    <li data-figure={figure.id}>
      <strong>
        {say(lang, figure.scope)} · {formatPartialDate(figure.asOf, lang)}
      </strong>
      {lang === 'ja' ? ': ' : ': '}
      {parts.join(lang === 'ja' ? '、' : ', ')}
      <span className="source-note">
        {say(lang, 'source')}: {figure.source}
      </span>
    </li>
  );
}

function DefinitionSection({ definition, lang }: { definition: Definition; lang: Lang }) {
  const data = useLoadedData();
  const official = data.officialTotals;
  const computed = fromLayer(definition.fromLayer, data.layers['us-facilities'].features, official);
  const n = (x: number) => formatNumber(Math.round(x), lang);
  const byId = new Map(definition.figures.map((f) => [f.id, f]));
  const derived = definition.derivedShare;
  const derivedOkinawa = derived && byId.get(derived.okinawa);
  const derivedJapan = derived && byId.get(derived.japan);
  const exclusiveFacilities = fromLayer('exclusive', data.layers['us-facilities'].features, official);
  const okinawaOfficial = official.prefectures.find((p) => p.prefecture === '沖縄県');
  const countAgrees =
    computed.facilities === official.total.facilities &&
    computed.okinawaFacilities === okinawaOfficial?.facilities;
  return (
    <section
      className="definition"
      data-definition={definition.id}
      aria-labelledby={`definition-${definition.id}`}
    >
      <h3 id={`definition-${definition.id}`}>{definition.name[lang]}</h3>
      <p>{definition.definition[lang]}</p>
      <h4>{say(lang, 'published')}</h4>
      <ul className="figures">
        {definition.figures.map((f) => (
          <FigureItem key={f.id} figure={f} lang={lang} />
        ))}
      </ul>
      {derived && derivedOkinawa && derivedJapan && (
        <p className="derived-share" data-derived-share>
          {say(lang, 'derived', {
            share: formatNumber(sharePercent(thousandM2(derivedOkinawa), thousandM2(derivedJapan)), lang),
            okinawa: `${formatNumber(derivedOkinawa.area.value, lang)} ${derivedOkinawa.area.unit}`,
            japan: `${formatNumber(derivedJapan.area.value, lang)} ${derivedJapan.area.unit}`,
            note: derived.note[lang],
          })}
        </p>
      )}
      <h4>{say(lang, 'fromLayerHeading')}</h4>
      {definition.fromLayer === 'exclusive' ? (
        <p data-from-layer="exclusive">
          {say(lang, 'exclusiveCount', {
            count: n(computed.facilities),
            okinawa: n(computed.okinawaFacilities),
            officialCount: n(official.total.facilities),
            officialOkinawa: n(okinawaOfficial?.facilities ?? 0),
            date: formatPartialDate(official.asOf, lang),
            verdict: say(lang, countAgrees ? 'same' : 'differs'),
          })}{' '}
          {say(lang, 'exclusiveArea', {
            total: n(computed.thousandM2),
            okinawa: n(computed.okinawaThousandM2),
            share: formatNumber(sharePercent(computed.okinawaThousandM2, computed.thousandM2), lang),
            officialShare: formatNumber(
              sharePercent(okinawaOfficial?.thousandM2 ?? 0, official.total.thousandM2),
              lang,
            ),
            without: n(computed.withoutArea),
          })}
        </p>
      ) : (
        <p data-from-layer="all-use">
          {say(lang, 'allUse', {
            count: n(computed.facilities),
            okinawa: n(computed.okinawaFacilities),
            exclusive: n(exclusiveFacilities.facilities),
            shared: n(computed.facilities - exclusiveFacilities.facilities),
            unmapped: n(official.unmappedShared.length),
            without: n(computed.withoutArea),
          })}
        </p>
      )}
    </section>
  );
}

export function DefinitionsPanel() {
  const lang = useLang();
  const [state, setState] = useState<
    { kind: 'loading' } | { kind: 'failed'; error: string } | { kind: 'ready'; definitions: Definitions }
  >({ kind: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    fetchJson(dataUrl('definitions.json'))
      .then((raw) => {
        if (live) setState({ kind: 'ready', definitions: DefinitionsSchema.parse(raw) });
      })
      .catch((error: unknown) => {
        if (live) setState({ kind: 'failed', error: error instanceof Error ? error.message : String(error) });
      });
    return () => {
      live = false;
    };
  }, [attempt]);

  if (state.kind === 'loading') return <p role="status">{say(lang, 'loading')}</p>;
  if (state.kind === 'failed')
    return (
      <p role="alert">
        {say(lang, 'failed', { error: state.error })}{' '}
        <button
          type="button"
          onClick={() => {
            setState({ kind: 'loading' });
            setAttempt((a) => a + 1);
          }}
        >
          {say(lang, 'retry')}
        </button>
      </p>
    );
  return (
    <div className="definitions-body" data-testid="definitions">
      {state.definitions.definitions.map((d) => (
        <DefinitionSection key={d.id} definition={d} lang={lang} />
      ))}
    </div>
  );
}
