import { describe, expect, it } from 'vitest';
import { placeGroups } from './placeGroups';

/** A flat projection: one degree is 100 px, (0, 0) at the top left. */
const project = ([lng, lat]: [number, number]): [number, number] => [lng * 100, (10 - lat) * 100];
const size = { width: 1000, height: 1000 };

describe('placeGroups', () => {
  it('lists the places in view nearest the centre first, and leaves out those outside it', () => {
    const { groups, inView } = placeGroups(
      [
        { id: 'far', lngLat: [1, 9] },
        { id: 'centre', lngLat: [5, 5] },
        { id: 'outside', lngLat: [12, 5] },
        { id: 'near', lngLat: [6, 5] },
      ],
      project,
      size,
    );
    expect(inView).toBe(3);
    expect(groups.map((g) => g.ids)).toEqual([['centre'], ['near'], ['far']]);
  });

  it('takes places drawn close together as one group, named by the one nearest the centre', () => {
    const { groups } = placeGroups(
      [
        { id: 'a', lngLat: [5.1, 5] },
        { id: 'b', lngLat: [5.3, 5] },
        { id: 'c', lngLat: [5, 5.2] },
        { id: 'alone', lngLat: [8, 8] },
      ],
      project,
      size,
    );
    expect(groups).toEqual([
      { ids: ['a', 'b', 'c'], anchor: 'a', bounds: [5, 5, 5.3, 5.2] },
      { ids: ['alone'], anchor: 'alone', bounds: [8, 8, 8, 8] },
    ]);
  });

  it('forms only the first groups when asked, and still counts every place in view', () => {
    const places = Array.from({ length: 50 }, (_, i) => ({
      id: `p${i}`,
      lngLat: [i / 10 + 2.5, 5] as [number, number],
    }));
    const all = placeGroups(places, project, size);
    const first = placeGroups(places, project, size, 40, 3);
    expect(first.groups).toEqual(all.groups.slice(0, 3));
    expect(all.groups.length).toBeGreaterThan(3);
    expect(first.inView).toBe(50);
    expect(first.inViewIds).toEqual(all.inViewIds);
    expect(new Set(first.inViewIds)).toEqual(new Set(places.map((p) => p.id)));
  });

  it('gives nothing for an empty view', () => {
    expect(placeGroups([{ id: 'x', lngLat: [20, 20] }], project, size)).toEqual({
      groups: [],
      inView: 0,
      inViewIds: [],
    });
  });
});
