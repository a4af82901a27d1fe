/**
 * The atlas's one store (zustand): what it shows and the actions that change it. The panels and
 * the map read it with selectors and call its actions; the URL hash is a projection of it
 * (src/state/linkSync.ts). Nothing here renders; nothing here imports a UI folder.
 */
import { create } from 'zustand';
import type { LayerId } from '../data/layers';
import { type FacilityFilter } from '../data/facilityFilter';
import { loadAtlasData, type AtlasData } from '../data/loadAtlasData';
import { buildMentionIndex, featuresOfPart, type MentionIndex } from '../data/mentions';
import { buildSearchIndex, type SearchIndex } from '../data/search';
import { areaInHectares } from '../data/featureFacts';
import { isImportedId } from '../data/importedLayers';
import { boundsOfPoints, type Bounds } from '../geometry/bounds';
import { footprintBounds } from '../geometry/footprint';
import { translate, type Lang } from '../i18n/strings';
import { chooseBasemap } from './basemapChoice';
import type { BasemapId, MainView, MapView } from './hashState';
import { initialState, type InitialState } from './initialState';
import { createImportsSlice, type ImportsSlice } from './importsSlice';
import { linkPatch } from './applyLink';
import type {
  CameraRequest,
  Chooser,
  FootprintState,
  Notice,
  PickMode,
  ReaderFocusRequest,
  SidebarTab,
} from './types';

export type LoadState = { status: 'loading' } | { status: 'ready' } | { status: 'error'; message: string };

export interface AtlasState extends ImportsSlice {
  /** What the opening link asked for (a teacher's lock and an embed hold for the whole visit). */
  start: InitialState;
  /** Whether this browser can draw the map; without it the list is the way in. */
  webgl: boolean;
  /** A phone-sized window: the side panel is a sheet over the map. */
  narrow: boolean;

  load: LoadState;
  data: AtlasData | null;
  mentions: MentionIndex | null;
  searchIndex: SearchIndex | null;

  lang: Lang;
  visible: ReadonlySet<LayerId>;
  filter: FacilityFilter;
  query: string;
  basemap: BasemapId;
  /** The map's last settled view (the map reports it; the link writes it). */
  view: MapView;
  mainView: MainView;
  panelOpen: boolean;
  tab: SidebarTab;
  activePart: string | null;
  readerFocus: ReaderFocusRequest | null;
  selectedId: string | null;
  chooser: Chooser | null;
  /** The year the reader chose on the returns timeline (null: this year); see yearOf. */
  chosenYear: number | null;
  quizSeed: number | null;
  footprint: FootprintState | null;
  measurePoints: [number, number][];
  pickMode: PickMode;
  notices: Notice[];
  camera: CameraRequest | null;

  init: (start: InitialState, env: { webgl: boolean }) => void;
  loadData: () => Promise<void>;
  setNarrow: (narrow: boolean) => void;
  setLang: (lang: Lang) => void;
  toggleLayer: (layer: LayerId, on: boolean) => void;
  setFilter: (filter: FacilityFilter) => void;
  setQuery: (query: string) => void;
  /** The reader chose a basemap (the GSI map may open online.html; see basemapChoice). */
  chooseBasemap: (basemap: BasemapId) => void;
  setView: (view: MapView) => void;
  setMainView: (view: MainView) => void;
  setPanelOpen: (open: boolean) => void;
  setTab: (tab: SidebarTab) => void;
  /** Selects a place (or none); `frame` also asks the map to frame it. */
  select: (id: string | null, options?: { frame?: boolean }) => void;
  /** Shows a place: its layer on, selected, framed on the map; on a phone the panel gets out of the way. */
  showPlace: (id: string) => void;
  choose: (ids: string[], lngLat: [number, number]) => void;
  /** Closes the details or chooser; focus goes back to what opened them. */
  close: () => void;
  /** Highlights a part's places and frames them, or clears the highlight. */
  showPart: (id: string | null) => void;
  /** Opens the reader at a part (from search or a place's "cited in" list) and frames its places. */
  openPart: (id: string) => void;
  setYear: (year: number) => void;
  setQuizSeed: (seed: number | null) => void;
  setFootprint: (footprint: FootprintState | null) => void;
  moveFootprint: (center: [number, number]) => void;
  setPickMode: (mode: PickMode) => void;
  setMeasurePoints: (points: [number, number][]) => void;
  /** A click on the map while picking: the footprint's new centre or a measured point. */
  pick: (lngLat: [number, number]) => void;
  fitBounds: (bounds: Bounds) => void;
  /** A "go to" region: the map, framed on it. */
  goToRegion: (bounds: Bounds) => void;
  addNotice: (notice: Notice) => void;
  dismissNotice: (id: string) => void;
  gsiFailed: () => void;
  contextLost: (lost: boolean) => void;
  /** A link the reader brought into the open tab (Back, Forward, an edited address). */
  applyLink: (hash: string) => void;
}

/** Bounds of a part's places, or null when it names none on the map. */
export function partBounds(state: Pick<AtlasState, 'data' | 'mentions'>, part: string): Bounds | null {
  const { data, mentions } = state;
  if (!data || !mentions) return null;
  return boundsOfPoints(
    featuresOfPart(mentions, part).flatMap((id) => {
      const entry = data.featuresById.get(id);
      return entry ? [entry.feature.geometry.coordinates] : [];
    }),
  );
}

const withLayer = (visible: ReadonlySet<LayerId>, layer: LayerId | undefined) =>
  layer && !visible.has(layer) ? new Set([...visible, layer]) : visible;

/** The element that opened the details, for focus to return to when they close. */
let opener: HTMLElement | null = null;

const START = initialState('', 'en');

export const useAtlas = create<AtlasState>()((set, get, store) => ({
  ...createImportsSlice(set, get, store),
  start: START,
  webgl: true,
  narrow: false,
  load: { status: 'loading' },
  data: null,
  mentions: null,
  searchIndex: null,
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
      panelOpen: start.paragraph !== null || start.query !== '',
      tab: start.quiz !== null ? 'quiz' : start.year !== null ? 'returns' : start.paragraph ? 'reader' : 'layers',
      activePart: start.paragraph,
      readerFocus: start.paragraph ? { part: start.paragraph } : null,
      selectedId: start.feature,
      chosenYear: start.year,
      quizSeed: start.quiz,
      notices: start.rejected.length
        ? [{ id: 'link', text: translate(start.lang, 'linkProblem', { keys: start.rejected.join(', ') }) }]
        : [],
    }),

  loadData: async () => {
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
    const ready = { load: { status: 'ready' } as const, data, mentions, searchIndex: buildSearchIndex(data) };
    // Check the opening link against the data: a place it names is shown, an unknown one is said.
    const { start } = get();
    const patch: Partial<AtlasState> = { ...ready };
    const notices: Notice[] = [];
    if (start.feature) {
      const entry = data.featuresById.get(start.feature);
      if (entry) patch.visible = withLayer(get().visible, entry.layer);
      else {
        patch.selectedId = null;
        notices.push({ id: 'feature', text: translate(start.lang, 'featureNotFound', { id: start.feature }) });
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
    set(patch);
    for (const notice of notices) get().addNotice(notice);
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
  setQuery: (query) => set({ query }),
  chooseBasemap: (basemap) => chooseBasemap(basemap, (b) => set({ basemap: b })),
  setView: (view) => set({ view }),
  setMainView: (mainView) => set({ mainView: get().webgl ? mainView : 'list' }),
  setPanelOpen: (panelOpen) => set({ panelOpen }),
  setTab: (tab) => set({ tab }),

  select: (id, options = {}) => {
    if (id && !opener) opener = document.activeElement as HTMLElement | null;
    set({
      chooser: null,
      selectedId: id,
      ...(id && options.frame ? { camera: { kind: 'place', id } } : {}),
    });
  },
  showPlace: (id) => {
    const { data, visible, narrow } = get();
    if (!isImportedId(id)) set({ visible: withLayer(visible, data?.featuresById.get(id)?.layer) });
    get().select(id, { frame: true });
    if (narrow) set({ panelOpen: false });
  },
  choose: (ids, lngLat) => set({ chooser: { ids, lngLat } }),
  close: () => {
    set({ selectedId: null, chooser: null });
    const back = opener;
    opener = null;
    if (back && document.contains(back)) back.focus();
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
    set({ basemap: 'offline' });
    get().addNotice({ id: 'gsi', text: translate(get().lang, 'gsiUnreachable') });
  },
  contextLost: (lost) =>
    get().addNotice({ id: 'webgl', text: translate(get().lang, lost ? 'webglLost' : 'webglRestored') }),

  applyLink: (hash) => {
    const state = get();
    const { patch, basemap, notice } = linkPatch(state, hash, navigator.language);
    if (patch.selectedId && !opener) opener = document.activeElement as HTMLElement | null;
    // One set, so the link sync writes the state the link leads to once (replacing its entry).
    set(patch);
    if (basemap !== state.basemap) get().chooseBasemap(basemap);
    if (notice) get().addNotice(notice);
  },
}));
