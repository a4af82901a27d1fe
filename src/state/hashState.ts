/**
 * The URL hash holds the atlas's state so every view is a link:
 *   #map=<zoom>/<lat>/<lng>&feature=<id>&layers=<id,id>&lang=<ja|en>&basemap=<offline|gsi|gsi-std|gsi-photo>
 *   &paragraph=<part id>&q=<search text>&view=<map|list>&year=<YYYY>
 *   &lesson=<a teacher's stops>&present=<activity>.<stop> (and quiz, lock, embed, filter)
 * Every key is optional. Parsing never throws: bad values and unknown keys are dropped, with a
 * list of what was dropped (`rejected`, each key once) so the app can name them in its notice.
 */
import { formatFilter, isEmptyFilter, parseFilter, type FacilityFilter } from '../data/facilityFilter';
import {
  formatLesson,
  formatPresenting,
  parseLesson,
  parsePresenting,
  type LessonStop,
  type Presenting,
} from '../data/activities';
import { isLayerId, type LayerId } from '../data/layers';
import type { Lang } from '../i18n/strings';

/** The offline map, or one of GSI's online maps: `gsi` the pale map, `gsi-std` the standard map, `gsi-photo` aerial photos. */
export const BASEMAP_IDS = ['offline', 'gsi', 'gsi-std', 'gsi-photo'] as const;
export type BasemapId = (typeof BASEMAP_IDS)[number];
export const isBasemapId = (value: string): value is BasemapId =>
  (BASEMAP_IDS as readonly string[]).includes(value);
/** Whether a basemap's tiles come from GSI's server (online). */
export const isOnlineBasemap = (basemap: BasemapId) => basemap !== 'offline';
export type MainView = 'map' | 'list';

export interface MapView {
  zoom: number;
  lat: number;
  lng: number;
}

export interface HashState {
  view?: MapView;
  feature?: string;
  /** Undefined means "the default layers"; an empty array means "none". */
  layers?: LayerId[];
  lang?: Lang;
  basemap?: BasemapId;
  /** A document part to open in the reader, its places highlighted on the map. */
  paragraph?: string;
  /** A search to open. */
  q?: string;
  /** The main area: the map (default) or the list of places. Hash key `view`. */
  mainView?: MainView;
  /** The returns timeline's year (it opens the Returns tab). */
  year?: number;
  /** Set by the embed snippet: the map needs two fingers or Ctrl + scroll, so the page still scrolls. */
  embed?: boolean;
  /** A quiz's seed: the same seed gives the same questions. */
  quiz?: number;
  /** A teacher's lock: language, layers and the map's area cannot be changed. */
  lock?: boolean;
  /** Presenter mode at a stop of a ready-made activity or the lesson (`present=<activity>.<stop>`). */
  present?: Presenting;
  /** A teacher's own stops, made from the reader (see parseLesson). */
  lesson?: LessonStop[];
  /** Filters of the U.S. facilities layer. */
  filter?: FacilityFilter;
}

export const MAX_QUERY_LENGTH = 100;

export interface ParsedHash {
  state: HashState;
  /** Keys whose values could not be used. */
  rejected: string[];
}

const FEATURE_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

function parseView(value: string): MapView | undefined {
  const parts = value.split('/');
  if (parts.length !== 3 || parts.some((p) => !/^-?\d+(\.\d+)?$/.test(p))) return undefined;
  const [zoom, lat, lng] = parts.map(Number) as [number, number, number];
  if (zoom < 0 || zoom > 22 || lat < -85 || lat > 85 || lng < -180 || lng > 180) return undefined;
  return { zoom, lat, lng };
}

export function parseHash(hash: string): ParsedHash {
  let text = hash.startsWith('#') ? hash.slice(1) : hash;
  // A link whose separators were percent-encoded on the way (a mail program or a chat app
  // encoding the whole hash, once or twice: feature%3Dkadena%26lang%3Den) is read as it was meant.
  for (let times = 0; times < 3 && !text.includes('=') && /%(25)*3D/i.test(text); times++) {
    try {
      text = decodeURIComponent(text);
    } catch {
      return { state: {}, rejected: ['hash'] };
    }
  }
  const parsed = parseParams(text);
  // Only some separators encoded (feature=kadena%26lang%3Den): read with them decoded too, and
  // kept if that reads more of the link (a search for "A&B" stays a search for "A&B").
  if (parsed.rejected.length > 0 && /%26|%3D/i.test(text)) {
    const decoded = parseParams(text.replace(/%26/gi, '&').replace(/%3D/gi, '='));
    if (decoded.rejected.length < parsed.rejected.length) return decoded;
  }
  return parsed;
}

/** Control characters and the bidirectional overrides, which would hide or reorder a notice's words. */
const invisible = (n: number) =>
  n < 0x20 || (n >= 0x7f && n <= 0x9f) || (n >= 0x202a && n <= 0x202e) || (n >= 0x2066 && n <= 0x2069);

/** The words a notice uses for what a link's parser rejected: each key short, at most six. */
export function rejectedKeysText(rejected: readonly string[]): string {
  const shown = rejected.slice(0, 6).map((key) => {
    const printable = [...key].filter((c) => !invisible(c.codePointAt(0)!)).join('');
    if (!printable) return '""';
    return printable.length > 24 ? `${printable.slice(0, 23)}…` : printable;
  });
  return rejected.length > 6 ? `${shown.join(', ')}, …` : shown.join(', ');
}

function parseParams(text: string): ParsedHash {
  const state: HashState = {};
  const rejected = new Set<string>();
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(text);
  } catch {
    return { state, rejected: ['hash'] };
  }
  let present: string | null = null;
  for (const [key, value] of params) {
    switch (key) {
      case 'map': {
        const view = parseView(value);
        if (view) state.view = view;
        else rejected.add(key);
        break;
      }
      case 'feature':
        if (FEATURE_ID.test(value) && value.length <= 80) state.feature = value;
        else rejected.add(key);
        break;
      case 'layers': {
        const ids = value === '' ? [] : value.split(',');
        const valid = ids.filter(isLayerId);
        if (valid.length !== ids.length) rejected.add(key);
        state.layers = [...new Set(valid)];
        break;
      }
      case 'lang':
        if (value === 'ja' || value === 'en') state.lang = value;
        else rejected.add(key);
        break;
      case 'basemap':
        if (isBasemapId(value)) state.basemap = value;
        else rejected.add(key);
        break;
      case 'paragraph':
        if (/^[a-z0-9-]{2,40}$/.test(value)) state.paragraph = value;
        else rejected.add(key);
        break;
      case 'q':
        if (value.trim() && value.length <= MAX_QUERY_LENGTH) state.q = value;
        else rejected.add(key);
        break;
      case 'year':
        if (/^\d{4}$/.test(value) && Number(value) >= 1900 && Number(value) <= 2100)
          state.year = Number(value);
        else rejected.add(key);
        break;
      case 'filter': {
        const { filter, ok } = parseFilter(value);
        if (!isEmptyFilter(filter)) state.filter = filter;
        if (!ok) rejected.add(key);
        break;
      }
      case 'quiz':
        if (/^\d{1,9}$/.test(value)) state.quiz = Number(value);
        else rejected.add(key);
        break;
      case 'lock':
        if (value === '1') state.lock = true;
        else rejected.add(key);
        break;
      case 'present':
        // Read after the loop: it may name a stop of the lesson, wherever `lesson=` is.
        present = value;
        break;
      case 'lesson': {
        const { lesson, ok } = parseLesson(value);
        if (lesson.length) state.lesson = lesson;
        if (!ok) rejected.add(key);
        break;
      }
      case 'embed':
        if (value === '1') state.embed = true;
        else rejected.add(key);
        break;
      case 'view':
        if (value === 'map' || value === 'list') state.mainView = value;
        else rejected.add(key);
        break;
      default:
        // Not a key of the atlas's (a typo, or a part of another site's link): named, not used.
        rejected.add(key);
        break;
    }
  }
  if (present !== null) {
    const presenting = parsePresenting(present, state.lesson);
    if (presenting) state.present = presenting;
    else rejected.add('present');
  }
  return { state, rejected: [...rejected] };
}

/** Fewer decimals at low zoom: enough to restore the view to the pixel, no more. */
function viewToText(view: MapView): string {
  const digits = Math.max(2, Math.ceil(Math.log10(2 ** view.zoom)) + 2);
  return [view.zoom.toFixed(2), view.lat.toFixed(digits), view.lng.toFixed(digits)]
    .map((n) => String(Number(n)))
    .join('/');
}

export function formatHash(state: HashState): string {
  const entries: string[] = [];
  if (state.view) entries.push(`map=${viewToText(state.view)}`);
  if (state.feature) entries.push(`feature=${state.feature}`);
  if (state.layers) entries.push(`layers=${state.layers.join(',')}`);
  if (state.lang) entries.push(`lang=${state.lang}`);
  if (state.basemap && state.basemap !== 'offline') entries.push(`basemap=${state.basemap}`);
  if (state.paragraph) entries.push(`paragraph=${state.paragraph}`);
  if (state.q) entries.push(`q=${encodeURIComponent(state.q)}`);
  if (state.mainView === 'list') entries.push('view=list');
  if (state.year !== undefined) entries.push(`year=${state.year}`);
  if (state.embed) entries.push('embed=1');
  if (state.quiz !== undefined) entries.push(`quiz=${state.quiz}`);
  if (state.lock) entries.push('lock=1');
  if (state.lesson?.length) entries.push(`lesson=${encodeURIComponent(formatLesson(state.lesson))}`);
  if (state.present) entries.push(`present=${formatPresenting(state.present)}`);
  if (state.filter && !isEmptyFilter(state.filter))
    entries.push(`filter=${encodeURIComponent(formatFilter(state.filter))}`);
  return entries.length ? `#${entries.join('&')}` : '';
}
