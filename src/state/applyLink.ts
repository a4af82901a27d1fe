/**
 * What a link brought into an open tab (Back, Forward, an edited address) changes in the store.
 * Pure: the store applies the patch in one step, so the link sync writes the result once.
 */
import { translate } from '../i18n/strings';
import { rejectedKeysText, type BasemapId } from './hashState';
import { initialState } from './initialState';
import { moveBounds, stopPatch } from './frames';
import type { AtlasState } from './store';
import type { Notice } from './types';

export interface LinkPatch {
  patch: Partial<AtlasState>;
  basemap: BasemapId;
  notice: Notice | null;
}

export function linkPatch(state: AtlasState, hash: string, browserLanguage: string): LinkPatch {
  const next = initialState(hash, browserLanguage);
  const layer = next.feature ? state.data?.featuresById.get(next.feature)?.layer : undefined;
  const patch: Partial<AtlasState> = {
    filter: next.filter,
    query: next.query,
    mainView: state.webgl ? next.mainView : 'list',
    chosenYear: next.year,
    quizSeed: next.quiz,
    lesson: next.lesson,
    activePart: next.paragraph,
    chooser: null,
  };
  // A link to another paragraph brings the reader to it.
  if (next.paragraph && next.paragraph !== state.activePart) patch.readerFocus = { part: next.paragraph };
  // A teacher's lock holds the language and layers it opened with, whatever the link says.
  if (!state.start.lock) {
    patch.lang = next.lang;
    patch.visible = layer && !next.layers.has(layer) ? new Set([...next.layers, layer]) : next.layers;
  }
  if (next.quiz !== null) patch.tab = 'quiz';
  else if (next.year !== null) patch.tab = 'returns';
  else if (next.paragraph) patch.tab = 'reader';
  // A presentation's stop (Back and Forward step through them) shows what it shows.
  patch.presenting = next.present;
  const samePresent =
    next.present?.activity === state.presenting?.activity && next.present?.stop === state.presenting?.stop;
  if (next.present && !samePresent)
    Object.assign(patch, stopPatch({ ...state, lesson: next.lesson }, next.present));
  // A place the data does not have is not selected (the data checks the opening link only).
  if (next.feature && (layer || !state.data)) {
    patch.selectedId = next.feature;
    // A move is framed whole, as when it is opened in the page.
    const bounds = next.viewFromLink ? null : moveBounds(state, next.feature);
    if (!next.viewFromLink)
      patch.camera = bounds ? { kind: 'bounds', bounds } : { kind: 'place', id: next.feature };
  } else patch.selectedId = null;
  // The link's view is the state's at once: written back before the map has moved, the old
  // view would replace the one the reader brought.
  if (next.viewFromLink) {
    patch.view = next.view;
    patch.camera = { kind: 'view', view: next.view };
  }
  return {
    patch,
    basemap: next.basemap,
    notice: next.rejected.length
      ? { id: 'link', text: translate(next.lang, 'linkProblem', { keys: rejectedKeysText(next.rejected) }) }
      : null,
  };
}
