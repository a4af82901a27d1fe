/**
 * The camera follows the store. One rule when requests meet: the latest camera request wins (a
 * new move interrupts the one under way), and a selection that came with a request to frame it
 * is placed by that request alone. A selection without one (a click on the map) only moves the
 * map if its details would hide the place: the popup sits above the point, the phone's sheet
 * over the lower part of the map.
 */
import type { MapRef } from '@vis.gl/react-maplibre';
import { useEffect, type RefObject } from 'react';
import { findImported } from '../data/importedLayers';
import { usesSheet } from '../state/derived';
import { useAtlas, type AtlasState } from '../state/store';
import type { CameraRequest } from '../state/types';
import { PLACES_MIN_ZOOM } from '../symbology/layerStyles';

/** A place framed from a list or link is shown at least this close: drawn on its own, not in a cluster. */
const FRAME_MIN_ZOOM = PLACES_MIN_ZOOM;
/** Framing a few nearby places should not zoom in further than this. */
export const FIT_MAX_ZOOM = 11;
/**
 * Where a selected point should sit, as a share of the map's height below (+) or above (−) the
 * centre: below when the popup opens above it, above when a bottom sheet covers the lower part.
 */
const selectionOffset = (s: AtlasState) => (usesSheet(s) ? -0.28 : 0.3);

const prefersReducedMotion = () => window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
const duration = (ms: number) => (prefersReducedMotion() ? 0 : ms);

/** Where a place's point (or an imported feature's anchor) is, if it is known yet. */
function pointOf(s: AtlasState, id: string | null): [number, number] | undefined {
  if (!id) return undefined;
  const own = s.data?.featuresById.get(id);
  if (own) return own.feature.geometry.coordinates;
  return findImported(s.imports.entries, id)?.feature.anchor;
}

export function useCamera(mapRef: RefObject<MapRef | null>, ready: boolean): void {
  useEffect(() => {
    const map = mapRef.current?.getMap();
    if (!map || !ready) return;
    /** The last request the map carried out; a request waits while its place is not yet known. */
    let applied: CameraRequest | null = null;
    /** The place the last request framed: its selection needs no keep-clear move. */
    let framedId: string | null = null;

    const follow = (s: AtlasState) => {
      const request = s.camera;
      if (!request || request === applied) return;
      if (request.kind === 'place') {
        const point = pointOf(s, request.id);
        if (!point) return;
        framedId = request.id;
        map.easeTo({
          center: point,
          zoom: Math.max(map.getZoom(), FRAME_MIN_ZOOM),
          offset: [0, map.getContainer().clientHeight * selectionOffset(s)],
          duration: duration(800),
        });
      } else if (request.kind === 'bounds') {
        const [west, south, east, north] = request.bounds;
        map.fitBounds(
          [
            [west, south],
            [east, north],
          ],
          { padding: 50, maxZoom: FIT_MAX_ZOOM, duration: duration(800) },
        );
      } else {
        map.jumpTo({ center: [request.view.lng, request.view.lat], zoom: request.view.zoom });
      }
      applied = request;
    };

    const keepClear = (s: AtlasState) => {
      const point = pointOf(s, s.selectedId);
      if (!point) return;
      const framed = framedId === s.selectedId;
      framedId = null;
      if (framed) return;
      const offset = selectionOffset(s);
      const height = map.getContainer().clientHeight;
      const y = map.project(point).y;
      const threshold = height * (0.5 + offset / 2);
      if (offset > 0 ? y >= threshold : y <= threshold) return;
      map.easeTo({ center: point, offset: [0, height * offset], duration: duration(400) });
    };

    const now = useAtlas.getState();
    follow(now);
    keepClear(now);
    return useAtlas.subscribe((s, prev) => {
      follow(s);
      if (s.selectedId !== prev.selectedId || s.data !== prev.data || usesSheet(s) !== usesSheet(prev))
        keepClear(s);
    });
  }, [mapRef, ready]);
}
