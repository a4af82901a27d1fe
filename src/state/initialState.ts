/** The state the atlas starts in: the link's hash over sensible defaults. */
import type { LessonStop, Presenting } from '../data/activities';
import type { FacilityFilter } from '../data/facilityFilter';
import { LAYER_IDS, type LayerId } from '../data/layers';
import type { Lang } from '../i18n/strings';
import { parseHash, type BasemapId, type MainView, type MapView } from './hashState';

/** All of Japan from Hokkaido to Okinawa. */
export const DEFAULT_VIEW: MapView = { zoom: 4.2, lat: 33.5, lng: 134 };

export interface InitialState {
  view: MapView;
  viewFromLink: boolean;
  feature: string | null;
  layers: Set<LayerId>;
  lang: Lang;
  basemap: BasemapId;
  paragraph: string | null;
  query: string;
  mainView: MainView;
  year: number | null;
  embed: boolean;
  quiz: number | null;
  lock: boolean;
  present: Presenting | null;
  lesson: LessonStop[];
  filter: FacilityFilter;
  rejected: string[];
}

/**
 * `remembered`: the basemap chosen on an earlier visit, for a fresh visit (an empty link). A link
 * with any state keeps the basemap it names, or the offline map: links are written without
 * `basemap=offline`, so an entry the reader goes Back to must not pick up a later choice.
 */
export function initialState(
  hash: string,
  browserLanguage: string,
  remembered: BasemapId | null = null,
): InitialState {
  const { state, rejected } = parseHash(hash);
  return {
    view: state.view ?? DEFAULT_VIEW,
    viewFromLink: state.view !== undefined,
    feature: state.feature ?? null,
    layers: new Set(state.layers ?? LAYER_IDS),
    lang: state.lang ?? (browserLanguage.toLowerCase().startsWith('ja') ? 'ja' : 'en'),
    basemap: state.basemap ?? (hash.replace(/^#/, '') === '' ? remembered : null) ?? 'offline',
    paragraph: state.paragraph ?? null,
    query: state.q ?? '',
    mainView: state.mainView ?? 'map',
    year: state.year ?? null,
    embed: state.embed === true,
    quiz: state.quiz ?? null,
    lock: state.lock === true,
    present: state.present ?? null,
    lesson: state.lesson ?? [],
    filter: state.filter ?? {},
    rejected,
  };
}
