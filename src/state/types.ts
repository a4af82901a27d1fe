/** The shapes the store holds that the panels and the map also name. */
import type { Bounds } from '../geometry/bounds';
import type { MapView } from './hashState';

/** A small, dismissible message over the map (a bad link, an unreachable online map). */
export interface Notice {
  id: string;
  text: string;
  /** A button beside the text: `reload` reloads the page (a new version of the atlas is ready). */
  action?: 'reload';
}

/** "Several places here": the ids under a click, and where the click was. */
export interface Chooser {
  ids: string[];
  lngLat: [number, number];
}

export type SidebarTab = 'layers' | 'reader' | 'returns' | 'quiz';

export type PickMode = 'footprint' | 'measure' | null;

export interface FootprintState {
  featureId: string;
  center: [number, number];
}

/**
 * Where the map should go next. Each request is a new object, so asking for the same place twice
 * moves the map twice; the map applies the latest one (see src/map/useCamera.ts).
 */
export type CameraRequest =
  { kind: 'place'; id: string } | { kind: 'bounds'; bounds: Bounds } | { kind: 'view'; view: MapView };

/** A request to scroll the reader to a part and focus it (a new object for every request). */
export interface ReaderFocusRequest {
  part: string;
}
