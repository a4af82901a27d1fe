/** The shape of the store: what the atlas shows, and the actions that change it (src/state/store.ts). */
import type { Presenting } from '../data/activities';
import type { FacilityFilter } from '../data/facilityFilter';
import type { LayerId } from '../data/layers';
import type { AtlasData } from '../data/loadAtlasData';
import type { MentionIndex } from '../data/mentions';
import type { Bounds } from '../geometry/bounds';
import type { Lang } from '../i18n/strings';
import type { BasemapId, MainView, MapView } from './hashState';
import type { InitialState } from './initialState';
import type { ImportsSlice } from './importsSlice';
import type { LessonSlice } from './lessonSlice';
import type { AccessSlice } from './accessSlice';
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

export interface AtlasState extends ImportsSlice, LessonSlice, AccessSlice {
  /** What the opening link asked for (a teacher's lock and an embed hold for the whole visit). */
  start: InitialState;
  /** Whether this browser can draw the map; without it the list is the way in. */
  webgl: boolean;
  /** A phone-sized window: the side panel is a sheet over the map. */
  narrow: boolean;

  load: LoadState;
  data: AtlasData | null;
  mentions: MentionIndex | null;

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
  /** Presenter mode: the activity and stop shown on the projector, or null. */
  presenting: Presenting | null;
  /** The activity whose teacher's guide and worksheet are ready to print (A4, two pages), or null. */
  printingActivity: string | null;
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
  /**
   * The reader's own choice of filter: set, said ("Kanagawa, Navy: 7 places") and, when it keeps
   * any place, framed on the map. (setFilter only sets it, as a link does.)
   */
  applyFilter: (filter: FacilityFilter) => void;
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
  /** Starts presenting at a stop, moves to another (clamped to the activity), or leaves (null). */
  present: (presenting: Presenting | null) => void;
  /** Frames an activity's area for its worksheet and makes its two pages the printed ones (null: done). */
  printActivity: (id: string | null) => void;
  setFootprint: (footprint: FootprintState | null) => void;
  moveFootprint: (center: [number, number]) => void;
  setPickMode: (mode: PickMode) => void;
  setMeasurePoints: (points: [number, number][]) => void;
  /** A click on the map while picking: the footprint's new centre or a measured point. */
  pick: (lngLat: [number, number]) => void;
  fitBounds: (bounds: Bounds) => void;
  /** Moves the map to a view (e.g. into a cluster of the national view). */
  zoomTo: (view: MapView) => void;
  /** A "go to" region: the map, framed on it. */
  goToRegion: (bounds: Bounds) => void;
  addNotice: (notice: Notice) => void;
  dismissNotice: (id: string) => void;
  gsiFailed: () => void;
  contextLost: (lost: boolean) => void;
  /** A link the reader brought into the open tab (Back, Forward, an edited address). */
  applyLink: (hash: string) => void;
}
