import { useEffect } from 'react';
import { LAYER_IDS, type LayerId } from '../data/layers';
import type { Lang } from '../i18n/strings';
import { formatHash, type BasemapId, type MainView, type MapView } from '../state/hashState';

interface SyncedState {
  view: MapView;
  selectedId: string | null;
  visible: ReadonlySet<LayerId>;
  lang: Lang;
  basemap: BasemapId;
  paragraph: string | null;
  query: string;
  mainView: MainView;
  year: number | null;
  embed: boolean;
  quiz: number | null;
  lock: boolean;
}

/** Keeps the URL hash equal to the state; replaceState leaves the back button to real navigation. */
export function useHashSync(state: SyncedState): void {
  const { view, selectedId, visible, lang, basemap, paragraph, query, mainView, year, embed, quiz, lock } =
    state;
  useEffect(() => {
    const layers = visible.size === LAYER_IDS.length ? undefined : LAYER_IDS.filter((l) => visible.has(l));
    const hash = formatHash({
      view,
      feature: selectedId ?? undefined,
      layers,
      lang,
      basemap,
      paragraph: paragraph ?? undefined,
      q: query.trim() ? query : undefined,
      mainView,
      year: year ?? undefined,
      embed,
      quiz: quiz ?? undefined,
      lock,
    });
    if (hash !== window.location.hash) {
      window.history.replaceState(null, '', hash || window.location.pathname + window.location.search);
    }
  }, [view, selectedId, visible, lang, basemap, paragraph, query, mainView, year, embed, quiz, lock]);
}
