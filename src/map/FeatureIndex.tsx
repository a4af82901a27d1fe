/**
 * The map's feature index, for the keyboard and screen readers: the map is one tab stop whose
 * description says how many places are in view and around where, and lists them, nearest the
 * centre first (places drawn close together as one group, as a sighted reader sees a cluster).
 * Inside the map: 1–9 open that place (a group: zoom in to it; places on one spot: choose one),
 * 0 shows all of Japan, W says where the view is, ? lists the keys; MapLibre's own arrows and
 * + / − move and zoom. After a move made with the map focused, a polite live region says what is
 * now in view. The list shows on the map while it has focus.
 */
import { useMap } from '@vis.gl/react-maplibre';
import { useCallback, useEffect, useRef, useState } from 'react';
import { LAYER_IDS, type LayerId } from '../data/layers';
import type { AtlasData } from '../data/loadAtlasData';
import { placeGroups, type PlaceGroup } from '../geometry/placeGroups';
import { formatNumber } from '../i18n/format';
import { mapIndexText } from '../i18n/mapIndexStrings';
import type { Lang } from '../i18n/strings';
import { useLang, useShownEntries } from '../state/derived';
import { DEFAULT_VIEW } from '../state/initialState';
import { useAtlas } from '../state/store';

const MAX_LISTED = 9;
const INDEX_ID = 'feature-index';
/** Places closer together than this (degrees) share a spot: zooming cannot part them. */
const SAME_SPOT = 0.002;

interface Index {
  /** The first MAX_LISTED groups, nearest the centre first. */
  groups: PlaceGroup[];
  inView: number;
  /** Every place in view (the summary counts them by layer). */
  inViewIds: string[];
}

export function FeatureIndex() {
  const { current } = useMap();
  const entries = useShownEntries();
  const data = useAtlas((s) => s.data);
  const lang = useLang();
  const [focused, setFocused] = useState(false);
  const [index, setIndex] = useState<Index>({ groups: [], inView: 0, inViewIds: [] });
  const [said, setSaid] = useState('');
  const latest = useRef(index);
  const hasFocus = useRef(false);
  const help = useRef<HTMLDialogElement>(null);

  const recompute = useCallback((): Index => {
    const map = current?.getMap();
    if (!map) return latest.current;
    const canvas = map.getCanvas();
    // Only what lies within the view's bounds is projected (a cheap test before a costly one).
    const bounds = map.getBounds();
    const places = [];
    for (const e of entries) {
      const lngLat = e.feature.geometry.coordinates;
      if (bounds.contains(lngLat)) places.push({ id: e.feature.properties.id, lngLat });
    }
    const next = placeGroups(
      places,
      (lngLat) => {
        const p = map.project(lngLat);
        return [p.x, p.y];
      },
      { width: canvas.clientWidth, height: canvas.clientHeight },
      undefined,
      MAX_LISTED,
    );
    latest.current = next;
    setIndex(next);
    return next;
  }, [current, entries]);

  const describe = useCallback(
    (at: Index) => spoken(at, lang, data, current?.getMap().getZoom() ?? 0),
    [lang, data, current],
  );

  useEffect(() => {
    const map = current?.getMap();
    if (!map) return;
    // After this render: the places shown may have just changed (a layer ticked, a filter).
    const frame = requestAnimationFrame(() => recompute());
    const canvas = map.getCanvas();
    canvas.setAttribute('aria-describedby', INDEX_ID);
    const onMoveEnd = () => {
      const next = recompute();
      if (hasFocus.current) setSaid(describe(next));
    };
    const onFocus = () => {
      hasFocus.current = true;
      setFocused(true);
      recompute();
    };
    const onBlur = () => {
      hasFocus.current = false;
      setFocused(false);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      const store = useAtlas.getState();
      if (/^[1-9]$/.test(event.key)) {
        const group = latest.current.groups[Number(event.key) - 1];
        if (!group) return;
        openGroup(group, data);
      } else if (event.key === '0') store.zoomTo(DEFAULT_VIEW);
      else if (event.key === 'w' || event.key === 'W') {
        // Said again even when it has not changed: emptied first, then set.
        setSaid('');
        requestAnimationFrame(() => setSaid(describe(latest.current)));
      } else if (event.key === '?') help.current?.showModal();
      else return;
      event.preventDefault();
    };
    map.on('moveend', onMoveEnd);
    canvas.addEventListener('focus', onFocus);
    canvas.addEventListener('blur', onBlur);
    canvas.addEventListener('keydown', onKey);
    return () => {
      cancelAnimationFrame(frame);
      map.off('moveend', onMoveEnd);
      canvas.removeEventListener('focus', onFocus);
      canvas.removeEventListener('blur', onBlur);
      canvas.removeEventListener('keydown', onKey);
    };
  }, [current, recompute, describe, data]);

  const name = (id: string) => nameOf(data, id, lang);
  return (
    <>
      <div id={INDEX_ID} className="feature-index" hidden={!focused} lang={lang}>
        <p>{summary(index, lang, data)}</p>
        <ol>
          {index.groups.slice(0, MAX_LISTED).map((group, i) => (
            <li key={group.anchor} data-ids={group.ids.join(' ')}>
              <kbd>{i + 1}</kbd> {groupLabel(group, lang, name)}
              {/* Read as one description: each entry ends as a sentence. */}
              <span className="visually-hidden">{lang === 'ja' ? '。' : '. '}</span>
            </li>
          ))}
        </ol>
      </div>
      <p className="visually-hidden feature-index-said" role="status" lang={lang}>
        {said}
      </p>
      <dialog
        ref={help}
        className="map-keys"
        aria-labelledby="map-keys-title"
        lang={lang}
        onClose={() => current?.getMap().getCanvas().focus()}
      >
        <h2 id="map-keys-title">{mapIndexText(lang, 'helpTitle')}</h2>
        <ul>
          {(
            ['keyNumbers', 'keyZero', 'keyWhere', 'keyArrows', 'keyZoom', 'keyEscape', 'keyHelp'] as const
          ).map((key) => (
            <li key={key}>{mapIndexText(lang, key)}</li>
          ))}
        </ul>
        <form method="dialog">
          <button type="submit">OK</button>
        </form>
      </dialog>
    </>
  );
}

/** Opens a place; zooms in to a group; lets the reader choose among places on one spot. */
function openGroup(group: PlaceGroup, data: AtlasData | null) {
  const store = useAtlas.getState();
  const [w, s, e, n] = group.bounds;
  if (group.ids.length === 1) store.showPlace(group.anchor);
  else if (e - w < SAME_SPOT && n - s < SAME_SPOT) {
    const at = data?.featuresById.get(group.anchor)?.feature.geometry.coordinates;
    if (at) store.choose(group.ids, at);
  } else store.fitBounds(group.bounds);
}

const nameOf = (data: AtlasData | null, id: string, lang: Lang) =>
  data?.featuresById.get(id)?.feature.properties.name[lang] ?? id;

function groupLabel(group: PlaceGroup, lang: Lang, name: (id: string) => string): string {
  if (group.ids.length === 1) return name(group.anchor);
  const others = group.ids
    .slice(1, 3)
    .map(name)
    .join(lang === 'ja' ? '、' : ', ');
  return mapIndexText(lang, 'group', {
    n: formatNumber(group.ids.length, lang),
    name: name(group.anchor),
    others: group.ids.length > 3 ? `${others}…` : others,
  });
}

function summary(at: Index, lang: Lang, data: AtlasData | null, withHint = true): string {
  if (at.inView === 0) return mapIndexText(lang, 'noneInView');
  const count =
    at.inView === 1
      ? mapIndexText(lang, 'inViewOne')
      : mapIndexText(lang, 'inView', { n: formatNumber(at.inView, lang) });
  // What they are, layer by layer ("20 U.S. facilities, 11 return items").
  const perLayer = new Map<LayerId, number>();
  for (const id of at.inViewIds) {
    const layer = data?.featuresById.get(id)?.layer;
    if (layer) perLayer.set(layer, (perLayer.get(layer) ?? 0) + 1);
  }
  const kinds = LAYER_IDS.filter((layer) => perLayer.has(layer))
    .map((layer) => mapIndexText(lang, `count-${layer}`, { n: formatNumber(perLayer.get(layer)!, lang) }))
    .join(lang === 'ja' ? '、' : ', ');
  // Around the place nearest the centre, and its prefecture where it has one.
  const first = at.groups[0];
  const place = first ? data?.featuresById.get(first.anchor)?.feature.properties : undefined;
  const name = first ? nameOf(data, first.anchor, lang) : '';
  const around = !first
    ? ''
    : place?.prefecture
      ? mapIndexText(lang, 'aroundIn', { name, where: place.prefecture[lang] })
      : mapIndexText(lang, 'around', { name });
  const hint = withHint ? mapIndexText(lang, 'keysHint') : '';
  return (
    lang === 'ja' ? `${count}(${around}。${kinds})。${hint}` : `${count}, ${around} (${kinds}). ${hint}`
  ).trim();
}

/** What the live region says: the summary, the zoom, then the numbered list. */
function spoken(at: Index, lang: Lang, data: AtlasData | null, zoom: number): string {
  const name = (id: string) => nameOf(data, id, lang);
  const list = at.groups
    .slice(0, MAX_LISTED)
    .map((group, i) => `${i + 1}: ${groupLabel(group, lang, name)}`)
    .join(lang === 'ja' ? '。' : '. ');
  const level = mapIndexText(lang, 'zoomLevel', { zoom: formatNumber(Math.round(zoom * 10) / 10, lang) });
  return [summary(at, lang, data, false), level, list].filter(Boolean).join(' ');
}
