/**
 * A move of the realignment in the details: what moves, from where to where (each end opens its
 * place), and when it was agreed; and, in a place's details, the moves that start or end there.
 * Loaded, with its words, only when a move or a place with moves is opened.
 */
import type { FeatureEntry } from '../data/loadAtlasData';
import { MOVES_LAYER } from '../data/layers';
import type { Move } from '../data/schema';
import { formatPartialDate, STATUS_LABELS } from '../i18n/format';
import { wordsFor, type Lang } from '../i18n/strings';
import { useLang, useLoadedData } from '../state/derived';
import { useAtlas } from '../state/store';

const say = wordsFor({
  what: { ja: '移るもの', en: 'What moves' },
  route: { ja: '移転元 → 移転先', en: 'From → to' },
  here: { ja: 'この場所での変化', en: 'Where it happens' },
  agreed: { ja: '合意', en: 'Agreed' },
  notAgreed: { ja: '合意の日付: 出典なし', en: 'Date agreed: not sourced' },
  source: { ja: '出典', en: 'Source' },
  movesHere: { ja: 'この場所に関わる在日米軍再編({n}件)', en: 'Realignment moves here ({n})' },
  fromHere: { ja: 'ここから', en: 'from here' },
  toHere: { ja: 'ここへ', en: 'to here' },
  atHere: { ja: 'この場所で', en: 'here' },
});

function PlaceButton({ id, lang }: { id: string; lang: Lang }) {
  const data = useLoadedData();
  const onSelect = useAtlas((s) => s.showPlace);
  const entry = data.featuresById.get(id);
  if (!entry) return <span>{id}</span>;
  return (
    <button type="button" className="link" data-place={id} onClick={() => onSelect(id)}>
      {entry.feature.properties.name[lang]}
    </button>
  );
}

/** The facts of a move, inside the details' list of facts. */
export function MoveFacts({ move }: { move: Move }) {
  const lang = useLang();
  return (
    <>
      <dt>{say(lang, 'what')}</dt>
      <dd data-move-fact="what">{move.what[lang]}</dd>
      <dt>{say(lang, move.from === undefined ? 'here' : 'route')}</dt>
      <dd data-move-fact="route">
        {move.from !== undefined && (
          <>
            <PlaceButton id={move.from} lang={lang} /> →{' '}
          </>
        )}
        <PlaceButton id={move.to} lang={lang} />
      </dd>
      <dt>{say(lang, 'agreed')}</dt>
      <dd data-move-fact="agreed">
        {move.agreed ? (
          <>
            {formatPartialDate(move.agreed.date, lang)}
            <span className="source-note">
              {say(lang, 'source')}: {move.agreed.source}
            </span>
          </>
        ) : (
          <>
            {say(lang, 'notAgreed')}
            <span className="source-note">{move.agreedMissing}</span>
          </>
        )}
      </dd>
    </>
  );
}

/** In a place's details: the moves that start or end there, each opening the move. */
export function MovesHere({ entry }: { entry: FeatureEntry }) {
  const data = useLoadedData();
  const lang = useLang();
  const onSelect = useAtlas((s) => s.showPlace);
  const id = entry.feature.properties.id;
  const moves = data.layers[MOVES_LAYER].features.filter(
    (m) => m.properties.move?.from === id || m.properties.move?.to === id,
  );
  if (entry.layer === MOVES_LAYER || moves.length === 0) return null;
  return (
    <nav className="related moves-here" aria-label={say(lang, 'movesHere', { n: moves.length })}>
      <h3>{say(lang, 'movesHere', { n: moves.length })}</h3>
      <ul>
        {moves.map((m) => {
          const p = m.properties;
          const way = p.move?.from === undefined ? 'atHere' : p.move.from === id ? 'fromHere' : 'toHere';
          return (
            <li key={p.id}>
              <button type="button" className="link" data-move={p.id} onClick={() => onSelect(p.id)}>
                {p.name[lang]}
              </button>{' '}
              <span className="muted">
                ({say(lang, way)}
                {p.status && `, ${STATUS_LABELS[p.status.code][lang]}`})
              </span>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
