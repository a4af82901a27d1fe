/**
 * What follows from the store's state: the year on the timeline, the places shown, the highlighted
 * ones, the footprint's shape. Pure functions of the state, and hooks that memoise them.
 */
import { useMemo } from 'react';
import { areaInHectares } from '../data/featureFacts';
import { matchesFilter } from '../data/facilityFilter';
import { findImported } from '../data/importedLayers';
import type { AtlasData, FeatureEntry } from '../data/loadAtlasData';
import { featuresOfPart, type MentionIndex } from '../data/mentions';
import {
  moveStatusAt,
  statusAt,
  timelineRange,
  type MoveStatusAt,
  type TimelineStatus,
} from '../data/returnsTimeline';
import { MOVES_LAYER } from '../data/layers';
import type { Bounds } from '../geometry/bounds';
import { equalAreaFootprint, measure } from '../geometry/footprint';
import { PLACES_MIN_ZOOM } from '../symbology/layerStyles';
import type { MapView } from './hashState';
import { moveBounds } from './frames';
import { useAtlas, type AtlasState } from './store';

/** The timeline opens on the current year (clipped to the range of the data). */
const CURRENT_YEAR = new Date().getFullYear();
/** Zoom for a feature opened from a link: close enough to tell it from its neighbours. */
/** A place opened from a link is shown where it is drawn on its own, out of any cluster. */
const FEATURE_ZOOM = PLACES_MIN_ZOOM;

const ranges = new WeakMap<AtlasData, [number, number]>();
/** The first and last years of the returns timeline. */
export function timelineRangeOf(data: AtlasData): [number, number] {
  let range = ranges.get(data);
  if (!range) {
    range = timelineRange(data.layers['okinawa-land-returns'].features, data.plans);
    ranges.set(data, range);
  }
  return range;
}

/** The timeline's year: the chosen one, or this year, within the data's range. */
export function yearOf(state: Pick<AtlasState, 'data' | 'chosenYear'>): number {
  if (!state.data) return CURRENT_YEAR;
  const [first, last] = timelineRangeOf(state.data);
  return Math.min(last, Math.max(first, state.chosenYear ?? CURRENT_YEAR));
}

/** Whether the returns timeline is open (the map then draws each item's status in its year). */
export const timelineOn = (state: Pick<AtlasState, 'tab' | 'data'>) =>
  state.tab === 'returns' && state.data !== null;

/**
 * Where the map opens: the link's view, or on the linked place (a move: both its ends), or on all
 * of Japan.
 */
export function initialViewOf(state: Pick<AtlasState, 'start' | 'data'>): MapView | { bounds: Bounds } {
  const { start, data } = state;
  const entry = data && start.feature ? data.featuresById.get(start.feature) : undefined;
  if (start.viewFromLink || !entry) return start.view;
  const bounds = moveBounds(state, entry.feature.properties.id);
  if (bounds) return { bounds };
  const [lng, lat] = entry.feature.geometry.coordinates;
  return { lng, lat, zoom: FEATURE_ZOOM };
}

export const useYear = () => useAtlas(yearOf);

/** The places shown: of the visible layers, those the atlas's filter keeps (on every layer). */
export function useShownEntries(): FeatureEntry[] {
  const data = useAtlas((s) => s.data);
  const visible = useAtlas((s) => s.visible);
  const filter = useAtlas((s) => s.filter);
  return useMemo(
    () =>
      data
        ? [...data.featuresById.values()].filter(
            (e) => visible.has(e.layer) && matchesFilter(e.feature, filter),
          )
        : [],
    [data, visible, filter],
  );
}

/** On the timeline, each return item's status in its year; null when the timeline is closed. */
export function useReturnStatuses(): ReadonlyMap<string, TimelineStatus> | null {
  const data = useAtlas((s) => s.data);
  const on = useAtlas(timelineOn);
  const year = useYear();
  return useMemo(() => {
    if (!data || !on) return null;
    const features = data.layers['okinawa-land-returns'].features;
    return new Map(features.map((f) => [f.properties.id, statusAt(f, year, data.plans).code]));
  }, [data, on, year]);
}

/**
 * On the timeline, each move of the realignment in its year (null: not yet agreed); null when the
 * timeline is closed.
 */
export function useMoveStatuses(): ReadonlyMap<string, MoveStatusAt | null> | null {
  const data = useAtlas((s) => s.data);
  const on = useAtlas(timelineOn);
  const year = useYear();
  return useMemo(() => {
    if (!data || !on) return null;
    return new Map(data.layers[MOVES_LAYER].features.map((f) => [f.properties.id, moveStatusAt(f, year)]));
  }, [data, on, year]);
}

const NO_IDS: readonly string[] = [];
/** The places of the part being read. */
export function useHighlightIds(): readonly string[] {
  const mentions = useAtlas((s) => s.mentions);
  const part = useAtlas((s) => s.activePart);
  return useMemo(() => (mentions && part ? featuresOfPart(mentions, part) : NO_IDS), [mentions, part]);
}

/** The equal-area footprint being compared, as a polygon, or null. */
export function useFootprintShape() {
  const data = useAtlas((s) => s.data);
  const footprint = useAtlas((s) => s.footprint);
  return useMemo(() => {
    const hectares =
      footprint && data
        ? areaInHectares(data.featuresById.get(footprint.featureId)?.feature.properties.area)
        : undefined;
    return footprint && hectares !== undefined
      ? equalAreaFootprint(footprint.featureId, footprint.center, hectares)
      : null;
  }, [data, footprint]);
}

export function useMeasurement() {
  const points = useAtlas((s) => s.measurePoints);
  return useMemo(() => measure(points), [points]);
}

/** The selected place if it is shown: one of the atlas's, or one of the user's own. */
export function useSelection() {
  const data = useAtlas((s) => s.data);
  const selectedId = useAtlas((s) => s.selectedId);
  const visible = useAtlas((s) => s.visible);
  const entries = useAtlas((s) => s.imports.entries);
  return useMemo(() => {
    const entry = data && selectedId ? data.featuresById.get(selectedId) : undefined;
    const hit = findImported(entries, selectedId);
    return {
      selected: entry && visible.has(entry.layer) ? entry : undefined,
      imported: hit?.entry.visible ? hit : undefined,
    };
  }, [data, selectedId, visible, entries]);
}

/** Whether details open in a bottom sheet (phone, list view, no map) rather than a map popup. */
export const usesSheet = (s: Pick<AtlasState, 'narrow' | 'webgl' | 'mainView'>) =>
  s.narrow || !s.webgl || s.mainView === 'list';

/** The loaded data, for panels the app renders only once it has loaded. */
export function useLoadedData(): AtlasData {
  const data = useAtlas((s) => s.data);
  if (!data) throw new Error('A panel that needs the data was rendered before it loaded.');
  return data;
}

/** The mention index (which parts name which places), once the data has loaded. */
export function useMentions(): MentionIndex {
  const mentions = useAtlas((s) => s.mentions);
  if (!mentions) throw new Error('A panel that needs the mentions was rendered before the data loaded.');
  return mentions;
}

/** The interface language. */
export const useLang = () => useAtlas((s) => s.lang);
