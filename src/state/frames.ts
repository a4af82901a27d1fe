/**
 * Where the map goes and what shows for a paragraph, the returns timeline and a presentation's
 * stop. Pure: the store's actions and the link's patch (applyLink.ts) apply what these return.
 */
import { activityById, type Presenting } from '../data/activities';
import type { LayerId } from '../data/layers';
import { featuresOfPart } from '../data/mentions';
import { boundsOfPoints, type Bounds } from '../geometry/bounds';
import type { AtlasState } from './atlasState';
import { DEFAULT_VIEW } from './initialState';

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

/** A move with two ends: the bounds of both, so that its whole arrow is seen; else null. */
export function moveBounds(state: Pick<AtlasState, 'data'>, id: string): Bounds | null {
  const move = state.data?.featuresById.get(id)?.feature.properties.move;
  if (move?.from === undefined) return null;
  const ends = [move.from, move.to].flatMap((end) => {
    const entry = state.data?.featuresById.get(end);
    return entry ? [entry.feature.geometry.coordinates] : [];
  });
  return ends.length === 2 ? boundsOfPoints(ends) : null;
}

/**
 * Where the returns timeline is seen: the return items' bounds, or null when the view already
 * shows them (its centre among them, at zoom 8 or closer).
 */
export function returnsFrame(state: Pick<AtlasState, 'data' | 'view'>): Bounds | null {
  const bounds = boundsOfPoints(
    state.data?.layers['okinawa-land-returns'].features.map((f) => f.geometry.coordinates) ?? [],
  );
  if (!bounds) return null;
  const { view } = state;
  const [w, s, e, n] = bounds;
  if (view && view.zoom >= 8 && view.lng >= w && view.lng <= e && view.lat >= s && view.lat <= n) return null;
  return bounds;
}

/** What showing a stop of an activity changes: the map's view, the layer, the paragraph, the year. */
export function stopPatch(
  state: Pick<AtlasState, 'data' | 'mentions' | 'view' | 'visible' | 'start' | 'lesson'>,
  presenting: Presenting,
): Partial<AtlasState> {
  const stop = activityById(presenting.activity, state.lesson)?.stops[presenting.stop];
  if (!stop) return {};
  switch (stop.kind) {
    case 'place': {
      const layer = state.data?.featuresById.get(stop.feature)?.layer;
      return {
        camera: { kind: 'place', id: stop.feature },
        activePart: null,
        ...(state.start.lock ? {} : { visible: withLayer(state.visible, layer) }),
      };
    }
    case 'paragraph': {
      if (stop.view) return { activePart: stop.paragraph, camera: { kind: 'view', view: stop.view } };
      const bounds = partBounds(state, stop.paragraph);
      return { activePart: stop.paragraph, ...(bounds ? { camera: { kind: 'bounds', bounds } } : {}) };
    }
    case 'year': {
      const bounds = returnsFrame({ data: state.data, view: DEFAULT_VIEW });
      return {
        tab: 'returns',
        chosenYear: stop.year,
        activePart: null,
        ...(state.start.lock ? {} : { visible: withLayer(state.visible, 'okinawa-land-returns') }),
        ...(bounds ? { camera: { kind: 'bounds', bounds } } : {}),
      };
    }
    case 'figure':
      return { camera: { kind: 'view', view: DEFAULT_VIEW }, activePart: null };
    case 'question':
      return {};
  }
}

export const withLayer = (visible: ReadonlySet<LayerId>, layer: LayerId | undefined) =>
  layer && !visible.has(layer) ? new Set([...visible, layer]) : visible;

/** What an activity's worksheet map shows: every place its stops name, framed together. */
export function activityBounds(
  state: Pick<AtlasState, 'data' | 'mentions' | 'lesson'>,
  activityId: string,
): Bounds | null {
  const activity = activityById(activityId, state.lesson);
  const data = state.data;
  if (!activity || !data) return null;
  const ids = activity.stops.flatMap((stop) => {
    if (stop.kind === 'place') return [stop.feature];
    if (stop.kind === 'paragraph')
      return state.mentions ? featuresOfPart(state.mentions, stop.paragraph) : [];
    if (stop.kind === 'year') return data.layers['okinawa-land-returns'].features.map((f) => f.properties.id);
    return [];
  });
  return boundsOfPoints(
    ids.flatMap((id) => {
      const entry = data.featuresById.get(id);
      return entry ? [entry.feature.geometry.coordinates] : [];
    }),
  );
}
