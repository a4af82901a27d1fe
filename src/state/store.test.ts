import { beforeEach, describe, expect, it } from 'vitest';
import { readAtlasData } from '../../scripts/geodata';
import { buildMentionIndex, featuresOfPart } from '../data/mentions';
import { LAYER_IDS } from '../data/layers';
import { initialState } from './initialState';
import { hashOf, isAnchor, isStep } from './linkSync';
import { formatHash } from './hashState';
import { useAtlas } from './store';

const data = readAtlasData();
const mentions = buildMentionIndex(
  data.document.parts,
  [...data.featuresById.values()].map((e) => e.feature),
);
// The state the store was created with (not whatever an earlier test file left in it).
const fresh = useAtlas.getInitialState();

function open(hash: string, env = { webgl: true }) {
  useAtlas.setState(fresh, true);
  useAtlas.getState().init(initialState(hash, 'en'), env);
  useAtlas.setState({ data, mentions, load: { status: 'ready' } });
}

describe('the store', () => {
  beforeEach(() => open(''));

  it('shows a place: its layer on, selected, and one request to frame it', () => {
    useAtlas.getState().toggleLayer('us-facilities', false);
    useAtlas.getState().showPlace('yokosuka');
    const s = useAtlas.getState();
    expect(s.visible.has('us-facilities')).toBe(true);
    expect(s.selectedId).toBe('yokosuka');
    expect(s.camera).toEqual({ kind: 'place', id: 'yokosuka' });
  });

  it('frames a move of the realignment whole, from where it starts to where it arrives', () => {
    useAtlas.getState().showPlace('move-futenma-henoko');
    const { camera, data } = useAtlas.getState();
    const at = (id: string) => data!.featuresById.get(id)!.feature.geometry.coordinates;
    const [[futenmaLng, futenmaLat], [henokoLng, henokoLat]] = [at('futenma'), at('henoko-frf')];
    expect(camera).toEqual({
      kind: 'bounds',
      bounds: [
        Math.min(futenmaLng!, henokoLng!),
        Math.min(futenmaLat!, henokoLat!),
        Math.max(futenmaLng!, henokoLng!),
        Math.max(futenmaLat!, henokoLat!),
      ],
    });
    // A change in place is framed as a place.
    useAtlas.getState().showPlace('move-gw-yokosuka');
    expect(useAtlas.getState().camera).toEqual({ kind: 'place', id: 'move-gw-yokosuka' });
  });

  it('asks again for the same place with a new request, so the map moves again', () => {
    useAtlas.getState().showPlace('misawa');
    const first = useAtlas.getState().camera;
    useAtlas.getState().showPlace('misawa');
    expect(useAtlas.getState().camera).not.toBe(first);
    expect(useAtlas.getState().camera).toEqual(first);
  });

  it('selects a place clicked on the map without a camera request', () => {
    useAtlas.getState().select('futenma');
    expect(useAtlas.getState().selectedId).toBe('futenma');
    expect(useAtlas.getState().camera).toBeNull();
  });

  it('on a phone, showing a place closes the panel over the map', () => {
    useAtlas.setState({ narrow: true, panelOpen: true });
    useAtlas.getState().showPlace('sasebo');
    expect(useAtlas.getState().panelOpen).toBe(false);
  });

  it('opens a part in the reader, asks it to take focus, and frames its places', () => {
    const part = data.document.parts.find((p) => featuresOfPart(mentions, p.id).length > 1)!;
    useAtlas.getState().openPart(part.id);
    const s = useAtlas.getState();
    expect(s.tab).toBe('reader');
    expect(s.activePart).toBe(part.id);
    expect(s.readerFocus).toEqual({ part: part.id });
    expect(s.camera?.kind).toBe('bounds');
  });

  it('picks the footprint centre, then measures points, as the pick mode says', () => {
    useAtlas.getState().setFootprint({ featureId: 'futenma', center: [127.75, 26.27] });
    useAtlas.getState().setPickMode('footprint');
    useAtlas.getState().pick([139.7, 35.68]);
    expect(useAtlas.getState().footprint?.center).toEqual([139.7, 35.68]);
    expect(useAtlas.getState().pickMode).toBeNull();
    useAtlas.getState().setPickMode('measure');
    useAtlas.getState().pick([1, 2]);
    useAtlas.getState().pick([3, 4]);
    expect(useAtlas.getState().measurePoints).toEqual([
      [1, 2],
      [3, 4],
    ]);
  });

  it('keeps one notice per kind, the latest', () => {
    useAtlas.getState().addNotice({ id: 'gsi', text: 'a' });
    useAtlas.getState().addNotice({ id: 'gsi', text: 'b' });
    expect(useAtlas.getState().notices).toEqual([{ id: 'gsi', text: 'b' }]);
  });

  it('without WebGL stays on the list whatever is asked', () => {
    open('#view=map', { webgl: false });
    expect(useAtlas.getState().mainView).toBe('list');
    useAtlas.getState().setMainView('map');
    expect(useAtlas.getState().mainView).toBe('list');
  });
});

describe('a link brought into an open tab', () => {
  beforeEach(() => open(''));

  it('opens the place it names, with its layer, framed', () => {
    useAtlas.getState().applyLink('#feature=camp-zama&layers=context');
    const s = useAtlas.getState();
    expect(s.selectedId).toBe('camp-zama');
    expect([...s.visible].sort()).toEqual(['context', 'us-facilities']);
    expect(s.camera).toEqual({ kind: 'place', id: 'camp-zama' });
  });

  it('frames a move it names whole, from start to destination', () => {
    useAtlas.getState().applyLink('#feature=move-cvw5-iwakuni');
    const camera = useAtlas.getState().camera;
    expect(camera?.kind).toBe('bounds');
    const [west, , east] = camera?.kind === 'bounds' ? camera.bounds : [0, 0, 0, 0];
    // From Iwakuni (132.2° E) in the west to Atsugi (139.5° E) in the east.
    expect([Math.round(west), Math.round(east)]).toEqual([132, 139]);
  });

  it('goes to the view it names rather than framing the place', () => {
    useAtlas.getState().applyLink('#map=12/26.2/127.7&feature=futenma');
    expect(useAtlas.getState().camera).toEqual({ kind: 'view', view: { zoom: 12, lat: 26.2, lng: 127.7 } });
    // The link written back names the view brought, not the one before it.
    expect(useAtlas.getState().view).toEqual({ zoom: 12, lat: 26.2, lng: 127.7 });
  });

  it('selects nothing for a place the data does not have', () => {
    useAtlas.getState().select('futenma');
    useAtlas.getState().applyLink('#feature=no-such-place');
    expect(useAtlas.getState().selectedId).toBeNull();
  });

  it('cannot change the language or layers a teacher locked', () => {
    open('#lock=1&lang=ja&layers=okinawa-land-returns');
    useAtlas.getState().applyLink('#lock=1&lang=en&layers=us-facilities');
    expect(useAtlas.getState().lang).toBe('ja');
    expect([...useAtlas.getState().visible]).toEqual(['okinawa-land-returns']);
  });

  it('says which parts it could not use', () => {
    useAtlas.getState().applyLink('#lang=xx');
    expect(useAtlas.getState().notices.map((n) => n.id)).toEqual(['link']);
  });
});

describe('the link as a projection of the store', () => {
  beforeEach(() => open(''));

  it('names no layers when all are shown, and the ones shown otherwise', () => {
    expect(hashOf(useAtlas.getState()).layers).toBeUndefined();
    useAtlas.getState().toggleLayer('context', false);
    expect(hashOf(useAtlas.getState()).layers).toEqual(LAYER_IDS.filter((l) => l !== 'context'));
  });

  it('never names one of the user’s own features', () => {
    useAtlas.getState().select('import-1/0');
    expect(hashOf(useAtlas.getState()).feature).toBeUndefined();
  });

  it('writes the year only while the timeline is open', () => {
    useAtlas.getState().setYear(1990);
    expect(hashOf(useAtlas.getState()).year).toBeUndefined();
    useAtlas.getState().setTab('returns');
    expect(hashOf(useAtlas.getState()).year).toBe(1990);
  });

  it('counts a new place, paragraph, year, view or quiz as a step, not a map move or a search', () => {
    const before = formatHash(hashOf(useAtlas.getState()));
    useAtlas.getState().setView({ zoom: 8, lat: 26, lng: 127 });
    useAtlas.getState().setQuery('嘉手納');
    const moved = formatHash(hashOf(useAtlas.getState()));
    expect(isStep(before, moved)).toBe(false);
    useAtlas.getState().showPlace('kadena-ab');
    expect(isStep(moved, formatHash(hashOf(useAtlas.getState())))).toBe(true);
  });

  it('tells an in-page anchor from a link', () => {
    expect(isAnchor('#layers-heading')).toBe(true);
    expect(isAnchor('#feature=futenma')).toBe(false);
  });
});

describe('the basemap remembered from an earlier visit', () => {
  it('opens on a fresh visit, and a link keeps its own basemap (Back must reach the offline page)', () => {
    expect(initialState('', 'en', 'gsi-std').basemap).toBe('gsi-std');
    expect(initialState('#', 'en', 'gsi-std').basemap).toBe('gsi-std');
    expect(initialState('#map=5/35/135&lang=en', 'en', 'gsi-std').basemap).toBe('offline');
    expect(initialState('#basemap=gsi-photo', 'en', 'gsi-std').basemap).toBe('gsi-photo');
    expect(initialState('', 'en').basemap).toBe('offline');
  });
});

describe('opening the returns timeline', () => {
  it('frames the return items and shows their layer, unless the view already shows them', () => {
    open('#map=5/36/138&layers=us-facilities');
    useAtlas.getState().setTab('returns');
    const s = useAtlas.getState();
    expect(s.visible.has('okinawa-land-returns')).toBe(true);
    expect(s.camera?.kind).toBe('bounds');
    const [w, south, e, n] = s.camera?.kind === 'bounds' ? s.camera.bounds : [0, 0, 0, 0];
    // Okinawa Island, from Naha in the south to the Northern Training Area in the north.
    expect(w).toBeGreaterThan(127.5);
    expect(e).toBeLessThan(128.5);
    expect(south).toBeGreaterThan(26);
    expect(n).toBeGreaterThan(26.6);

    open('#map=11/26.3/127.77');
    const before = useAtlas.getState().camera;
    useAtlas.getState().setTab('returns');
    expect(useAtlas.getState().camera).toBe(before);
  });

  it('leaves a teacher’s locked area and layers as they are', () => {
    open('#map=5/36/138&layers=us-facilities&lock=1');
    const before = useAtlas.getState().camera;
    useAtlas.getState().setTab('returns');
    expect(useAtlas.getState().camera).toBe(before);
    expect(useAtlas.getState().visible.has('okinawa-land-returns')).toBe(false);
  });
});

describe('a teacher’s lesson', () => {
  beforeEach(() => open('#lang=en'));

  it('keeps each stop’s paragraph, question and the map’s view when it was added; moves and removes them', () => {
    const s = useAtlas.getState();
    s.setView({ zoom: 11, lat: 26.3, lng: 127.8 });
    expect(s.addLessonStop('s3-p1', '  Why here?  ')).toBe(true);
    useAtlas.getState().setView({ zoom: 6, lat: 33, lng: 135 });
    expect(useAtlas.getState().addLessonStop('s3-p3', '')).toBe(true);
    expect(useAtlas.getState().lesson).toEqual([
      { paragraph: 's3-p1', view: { zoom: 11, lat: 26.3, lng: 127.8 }, question: 'Why here?' },
      { paragraph: 's3-p3', view: { zoom: 6, lat: 33, lng: 135 }, question: '' },
    ]);
    useAtlas.getState().moveLessonStop(1, -1);
    expect(useAtlas.getState().lesson.map((stop) => stop.paragraph)).toEqual(['s3-p3', 's3-p1']);
    useAtlas.getState().moveLessonStop(1, 1); // already last: nothing moves
    useAtlas.getState().removeLessonStop(0);
    expect(useAtlas.getState().lesson.map((stop) => stop.paragraph)).toEqual(['s3-p1']);
    expect(hashOf(useAtlas.getState()).lesson).toHaveLength(1);
  });

  it('presents a stop at the view the teacher chose, with its paragraph', () => {
    useAtlas.getState().setView({ zoom: 11, lat: 26.3, lng: 127.8 });
    useAtlas.getState().addLessonStop('s3-p1', 'Why here?');
    useAtlas.getState().present({ activity: 'lesson', stop: 1 });
    const s = useAtlas.getState();
    expect(s.presenting).toEqual({ activity: 'lesson', stop: 1 });
    expect(s.activePart).toBe('s3-p1');
    expect(s.camera).toEqual({ kind: 'view', view: { zoom: 11, lat: 26.3, lng: 127.8 } });
  });

  it('comes back from its link, in a new tab or brought into an open one', () => {
    useAtlas.getState().addLessonStop('s3-p1', 'Q');
    const hash = formatHash(hashOf(useAtlas.getState()));
    open(hash);
    expect(useAtlas.getState().lesson).toEqual([
      expect.objectContaining({ paragraph: 's3-p1', question: 'Q' }),
    ]);
    open('#lang=en');
    useAtlas.getState().applyLink(hash);
    expect(useAtlas.getState().lesson).toHaveLength(1);
  });
});
