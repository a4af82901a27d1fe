/**
 * The atlas's one store (zustand): what it shows and the actions that change it. The panels and
 * the map read it with selectors and call its actions; the URL hash is a projection of it
 * (src/state/linkSync.ts). Nothing here renders; nothing here imports a UI folder.
 */
import { create } from 'zustand';
import { activityById } from '../data/activities';
import { loadAtlasData, type AtlasData } from '../data/loadAtlasData';
import { buildMentionIndex } from '../data/mentions';
import { areaInHectares } from '../data/featureFacts';
import { isImportedId } from '../data/importedLayers';
import { boundsOfPoints } from '../geometry/bounds';
import { footprintBounds } from '../geometry/footprint';
import { matchesFilter } from '../data/facilityFilter';
import { formatNumber } from '../i18n/format';
import { describeFilter } from '../i18n/filterWords';
import { translate } from '../i18n/strings';
import { chooseBasemap } from './basemapChoice';
import { rememberBasemap } from './basemapMemory';
import { initialState } from './initialState';
import { rejectedKeysText } from './hashState';
import { activityBounds, moveBounds, partBounds, returnsFrame, stopPatch, withLayer } from './frames';
import { createImportsSlice } from './importsSlice';
import { createLessonSlice } from './lessonSlice';
import { createAccessSlice } from './accessSlice';
import { linkPatch } from './applyLink';
import type { AtlasState } from './atlasState';
import type { Notice } from './types';

/** The element that opened the details, for focus to return to when they close. */
let opener: HTMLElement | null = null;
const focused = () => (globalThis.document?.activeElement as HTMLElement | null | undefined) ?? null;

/** Where a presentation started: the panel's tab and the focused control, given back when it ends. */
let presentedFrom: { tab: AtlasState['tab']; opener: HTMLElement | null } | null = null;

const START = initialState('', 'en');

export type { AtlasState, LoadState } from './atlasState';

export const useAtlas = create<AtlasState>()((set, get, store) => ({
  ...createImportsSlice(set, get, store),
  ...createLessonSlice(set, get, store),
  ...createAccessSlice(set, get, store),
  start: START,
  webgl: true,
  narrow: false,
  load: { status: 'loading' },
  data: null,
  mentions: null,
  lang: START.lang,
  visible: START.layers,
  filter: START.filter,
  query: START.query,
  basemap: START.basemap,
  view: START.view,
  mainView: START.mainView,
  panelOpen: false,
  tab: 'layers',
  activePart: null,
  readerFocus: null,
  selectedId: null,
  chooser: null,
  chosenYear: null,
  quizSeed: null,
  presenting: null,
  printingActivity: null,
  footprint: null,
  measurePoints: [],
  pickMode: null,
  notices: [],
  camera: null,

  init: (start, { webgl }) =>
    set({
      start,
      webgl,
      lang: start.lang,
      visible: start.layers,
      filter: start.filter,
      query: start.query,
      basemap: start.basemap,
      view: start.view,
      // Without WebGL the list is the way in, whatever the link asked for.
      mainView: webgl ? start.mainView : 'list',
      // On a phone a quiz link opens on the quiz, not on the map.
      panelOpen: start.paragraph !== null || start.query !== '' || start.quiz !== null,
      tab:
        start.quiz !== null
          ? 'quiz'
          : start.year !== null
            ? 'returns'
            : start.paragraph
              ? 'reader'
              : 'layers',
      activePart: start.paragraph,
      readerFocus: start.paragraph ? { part: start.paragraph } : null,
      selectedId: start.feature,
      chosenYear: start.year,
      quizSeed: start.quiz,
      presenting: start.present,
      lesson: start.lesson,
      notices: start.rejected.length
        ? [
            {
              id: 'link',
              text: translate(start.lang, 'linkProblem', { keys: rejectedKeysText(start.rejected) }),
            },
          ]
        : [],
    }),

  loadData: () => {
    // Once at a time (React's strict mode runs the session's effect twice); again only to retry.
    if (get().load.status === 'ready') return Promise.resolve();
    loading ??= loadOnce().finally(() => (loading = null));
    return loading;
  },

  setNarrow: (narrow) => set({ narrow }),
  setLang: (lang) => set({ lang }),
  toggleLayer: (layer, on) =>
    set(({ visible }) => {
      const next = new Set(visible);
      if (on) next.add(layer);
      else next.delete(layer);
      return { visible: next };
    }),
  setFilter: (filter) => set({ filter }),
  applyFilter: (filter) => {
    set({ filter });
    const { data, visible, lang } = get();
    if (!data) return;
    const kept = [...data.featuresById.values()].filter(
      (e) => visible.has(e.layer) && matchesFilter(e.feature, filter),
    );
    const what = describeFilter(filter, lang);
    const n = formatNumber(kept.length, lang);
    get().say(what ? translate(lang, 'saidFilter', { what, n }) : translate(lang, 'saidFilterAll', { n }));
    const bounds = boundsOfPoints(kept.map((e) => e.feature.geometry.coordinates as [number, number]));
    if (what && bounds) get().fitBounds(bounds);
  },
  setQuery: (query) => set({ query }),
  chooseBasemap: (basemap) => {
    rememberBasemap(basemap);
    chooseBasemap(basemap, (b) => set({ basemap: b }));
  },
  setView: (view) => set({ view }),
  setMainView: (mainView) => set({ mainView: get().webgl ? mainView : 'list' }),
  setPanelOpen: (panelOpen) => set({ panelOpen }),
  setTab: (tab) => {
    const s = get();
    // Opening the returns timeline shows its items: the layer on, Okinawa Island framed (not for
    // a teacher's lock, which fixes the layers and the area).
    const frame = tab === 'returns' && s.tab !== 'returns' && !s.start.lock ? returnsFrame(s) : null;
    set({
      tab,
      ...(tab === 'returns' && !s.start.lock
        ? { visible: withLayer(s.visible, 'okinawa-land-returns') }
        : {}),
      ...(frame ? { camera: { kind: 'bounds', bounds: frame } } : {}),
    });
  },

  select: (id, options = {}) => {
    if (!id) opener = null;
    else if (!opener) opener = focused();
    // A move is framed whole, from its start to where it arrives.
    const bounds = id && options.frame ? moveBounds(get(), id) : null;
    set({
      chooser: null,
      selectedId: id,
      ...(id && options.frame ? { camera: bounds ? { kind: 'bounds', bounds } : { kind: 'place', id } } : {}),
    });
  },
  showPlace: (id) => {
    const { data, visible, narrow } = get();
    if (!isImportedId(id)) set({ visible: withLayer(visible, data?.featuresById.get(id)?.layer) });
    get().select(id, { frame: true });
    if (narrow) set({ panelOpen: false });
  },
  choose: (ids, lngLat) => {
    // Focus goes back to what opened the chooser (the map, by keyboard) when the place closes.
    if (!opener) opener = focused();
    set({ chooser: { ids, lngLat } });
  },
  close: () => {
    set({ selectedId: null, chooser: null });
    const back = opener;
    opener = null;
    if (back?.isConnected) back.focus();
  },

  showPart: (id) => {
    const bounds = id ? partBounds(get(), id) : null;
    set({
      activePart: id,
      ...(bounds ? { camera: { kind: 'bounds', bounds } } : {}),
      ...(id && get().data ? { mainView: get().webgl ? 'map' : 'list' } : {}),
    });
  },
  openPart: (id) => {
    const bounds = partBounds(get(), id);
    set({
      tab: 'reader',
      activePart: id,
      readerFocus: { part: id },
      ...(bounds ? { camera: { kind: 'bounds', bounds } } : {}),
      ...(get().narrow ? { panelOpen: true } : {}),
    });
  },

  setYear: (chosenYear) => set({ chosenYear }),
  setQuizSeed: (quizSeed) => set({ quizSeed }),
  printActivity: (id) => {
    const bounds = id ? activityBounds(get(), id) : null;
    set({ printingActivity: id, ...(bounds ? { camera: { kind: 'bounds', bounds } } : {}) });
  },
  present: (presenting) => {
    if (!presenting) {
      const from = presentedFrom;
      presentedFrom = null;
      set({ presenting: null, ...(from ? { tab: from.tab } : {}) });
      // After the panel is drawn again: a hidden control takes no focus.
      const back = from?.opener;
      if (back && typeof requestAnimationFrame === 'function')
        requestAnimationFrame(() => {
          if (back.isConnected) back.focus();
        });
      return;
    }
    if (!get().presenting) presentedFrom = { tab: get().tab, opener: focused() };
    const activity = activityById(presenting.activity, get().lesson);
    if (!activity) return;
    const stop = Math.max(0, Math.min(activity.stops.length - 1, presenting.stop));
    const next = { activity: activity.id, stop };
    set({ presenting: next, selectedId: null, chooser: null, ...stopPatch(get(), next) });
  },
  setFootprint: (footprint) => {
    const hectares =
      footprint && areaInHectares(get().data?.featuresById.get(footprint.featureId)?.feature.properties.area);
    set({
      footprint,
      ...(footprint && hectares
        ? { camera: { kind: 'bounds', bounds: footprintBounds(footprint.center, hectares) } }
        : {}),
    });
  },
  moveFootprint: (center) => set(({ footprint }) => ({ footprint: footprint && { ...footprint, center } })),
  setPickMode: (pickMode) => set({ pickMode }),
  setMeasurePoints: (measurePoints) => {
    const bounds = measurePoints.length >= 2 ? boundsOfPoints(measurePoints) : null;
    set({ measurePoints, ...(bounds ? { camera: { kind: 'bounds', bounds } } : {}) });
  },
  pick: (lngLat) => {
    const { pickMode } = get();
    if (pickMode === 'footprint') {
      set(({ footprint }) => ({ footprint: footprint && { ...footprint, center: lngLat }, pickMode: null }));
    } else if (pickMode === 'measure') {
      set(({ measurePoints }) => ({ measurePoints: [...measurePoints, lngLat] }));
    }
  },
  fitBounds: (bounds) => set({ camera: { kind: 'bounds', bounds } }),
  zoomTo: (view) => set({ camera: { kind: 'view', view } }),
  goToRegion: (bounds) =>
    set({
      camera: { kind: 'bounds', bounds },
      mainView: get().webgl ? 'map' : 'list',
      ...(get().narrow ? { panelOpen: false } : {}),
    }),

  addNotice: (notice) =>
    set(({ notices }) => ({ notices: [...notices.filter((n) => n.id !== notice.id), notice] })),
  dismissNotice: (id) => set(({ notices }) => ({ notices: notices.filter((n) => n.id !== id) })),
  gsiFailed: () => {
    // Not remembered either: the next visit opens on the offline map.
    rememberBasemap('offline');
    set({ basemap: 'offline' });
    get().addNotice({ id: 'gsi', text: translate(get().lang, 'gsiUnreachable') });
  },
  contextLost: (lost) =>
    get().addNotice({ id: 'webgl', text: translate(get().lang, lost ? 'webglLost' : 'webglRestored') }),

  applyLink: (hash) => {
    const state = get();
    const { patch, basemap, notice } = linkPatch(state, hash, globalThis.navigator?.language ?? 'ja');
    if (patch.selectedId && !opener) opener = focused();
    // One set, so the link sync writes the state the link leads to once (replacing its entry).
    set(patch);
    // Not remembered: a link brought in (Back, Forward) is not the reader's choice for the next visit.
    if (basemap !== state.basemap) chooseBasemap(basemap, (b) => set({ basemap: b }));
    if (notice) get().addNotice(notice);
  },
}));

/** The data load in flight, if any. */
let loading: Promise<void> | null = null;

/** Loads the data, then checks the opening link against it (an unknown place or paragraph is said). */
async function loadOnce(): Promise<void> {
  const { setState: set, getState: get } = useAtlas;
  set({ load: { status: 'loading' } });
  let data: AtlasData;
  try {
    data = await loadAtlasData();
  } catch (error) {
    set({ load: { status: 'error', message: error instanceof Error ? error.message : String(error) } });
    return;
  }
  performance.mark('data-ready');
  const mentions = buildMentionIndex(
    data.document.parts,
    [...data.featuresById.values()].map((e) => e.feature),
  );
  const ready = { load: { status: 'ready' } as const, data, mentions };
  // Check the opening link against the data: a place it names is shown, an unknown one is said.
  const { start } = get();
  const patch: Partial<AtlasState> = { ...ready };
  const notices: Notice[] = [];
  if (start.feature) {
    const entry = data.featuresById.get(start.feature);
    if (entry) patch.visible = withLayer(get().visible, entry.layer);
    else {
      patch.selectedId = null;
      notices.push({
        id: 'feature',
        text: translate(start.lang, 'featureNotFound', { id: start.feature }),
      });
    }
  }
  if (start.paragraph) {
    if (!data.partsById.has(start.paragraph)) {
      patch.activePart = null;
      notices.push({
        id: 'paragraph',
        text: translate(start.lang, 'featureNotFound', { id: start.paragraph }),
      });
    } else if (!start.viewFromLink && !start.feature) {
      const bounds = partBounds(ready, start.paragraph);
      if (bounds) patch.camera = { kind: 'bounds', bounds };
    }
  }
  // A lesson's stops name paragraphs the document must have.
  const missing = get().lesson.filter((stop) => !data.partsById.has(stop.paragraph));
  if (missing.length) {
    patch.lesson = get().lesson.filter((stop) => data.partsById.has(stop.paragraph));
    notices.push({
      id: 'lesson',
      text: translate(start.lang, 'featureNotFound', { id: missing.map((s) => s.paragraph).join(', ') }),
    });
  }
  // A presentation's stop shows what it shows (its view, unless the link has its own).
  if (start.present) {
    const shown = stopPatch({ ...get(), ...ready }, start.present);
    if (start.viewFromLink) delete shown.camera;
    Object.assign(patch, shown);
  }
  // A link to the returns timeline (year=) with no view of its own opens on its items.
  if (start.year !== null && !start.viewFromLink && !start.feature && !start.paragraph) {
    const bounds = returnsFrame({ data, view: get().view });
    if (bounds) patch.camera = { kind: 'bounds', bounds };
  }
  set(patch);
  for (const notice of notices) get().addNotice(notice);
}
