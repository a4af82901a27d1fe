/**
 * The URL hash as a projection of the store, both ways. Written on every change of what it holds:
 * a new entry (pushState) for a step (see STEP_KEYS), so Back and Forward walk the reader's steps,
 * else the entry is replaced. A hash the reader brings (Back, Forward, an edited link in an open
 * tab) is applied to the store; the state it leads to then replaces that entry in its own form.
 * In-page anchors (`#layers-heading`) never replace the state.
 */
import { LAYER_IDS } from '../data/layers';
import { isImportedId } from '../data/importedLayers';
import { formatHash, type HashState } from './hashState';
import { timelineOn, yearOf } from './derived';
import { useAtlas, type AtlasState } from './store';

/**
 * Keys whose change is a step a reader may want to go Back from: another place, paragraph, year,
 * main view or quiz. Moving the map, typing a search or ticking a layer only rewrites the entry.
 */
const STEP_KEYS = ['feature', 'paragraph', 'year', 'view', 'quiz', 'present'] as const;

export function isStep(from: string, to: string): boolean {
  const a = new URLSearchParams(from.replace(/^#/, ''));
  const b = new URLSearchParams(to.replace(/^#/, ''));
  return STEP_KEYS.some((key) => a.get(key) !== b.get(key));
}

/** An in-page anchor such as `#layers-heading`, not a link's state (which always has `key=value`). */
export const isAnchor = (hash: string) => hash.length > 1 && !hash.includes('=');

/** What the link says about the state. */
export function hashOf(s: AtlasState): HashState {
  return {
    view: s.view,
    // The user's own features live only in this tab, so a link never names one.
    feature: s.selectedId && !isImportedId(s.selectedId) ? s.selectedId : undefined,
    layers: s.visible.size === LAYER_IDS.length ? undefined : LAYER_IDS.filter((l) => s.visible.has(l)),
    lang: s.lang,
    basemap: s.basemap,
    paragraph: s.activePart ?? undefined,
    q: s.query.trim() ? s.query : undefined,
    mainView: s.mainView,
    year: timelineOn(s) ? yearOf(s) : undefined,
    embed: s.start.embed,
    quiz: s.tab === 'quiz' ? (s.quizSeed ?? undefined) : undefined,
    lock: s.start.lock,
    present: s.presenting ?? undefined,
    lesson: s.lesson,
    filter: s.filter,
  };
}

/** Starts keeping the hash and the store in step; returns the function that stops it. */
export function startLinkSync(store = useAtlas): () => void {
  /** The hash as the atlas last wrote or read it. */
  let written = window.location.hash;
  /** True while a link the reader brought is applied: its result replaces the entry. */
  let reading = false;

  const write = (state: AtlasState) => {
    const hash = formatHash(hashOf(state));
    if (hash === window.location.hash) {
      written = hash;
      return;
    }
    const url = hash || window.location.pathname + window.location.search;
    if (!reading && isStep(written, hash)) window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
    written = hash;
  };

  const read = () => {
    const now = window.location.hash;
    if (now === written) return;
    if (isAnchor(now)) {
      // Not a link's state: put the state back rather than lose it.
      window.history.replaceState(null, '', written || window.location.pathname);
      return;
    }
    written = now;
    reading = true;
    try {
      store.getState().applyLink(now);
      write(store.getState());
    } finally {
      reading = false;
    }
  };

  write(store.getState());
  const unsubscribe = store.subscribe(write);
  window.addEventListener('hashchange', read);
  window.addEventListener('popstate', read);
  return () => {
    unsubscribe();
    window.removeEventListener('hashchange', read);
    window.removeEventListener('popstate', read);
  };
}
