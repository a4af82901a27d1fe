import { describe, expect, it } from 'vitest';
import { classLink } from './classLink';
import { parseHash } from './hashState';
import { initialState } from './initialState';
import { useAtlas } from './store';

// The state the store was created with (not whatever an earlier test file left in it).
const fresh = useAtlas.getInitialState();
function stateOf(hash: string) {
  useAtlas.setState(fresh, true);
  useAtlas.getState().init(initialState(hash, 'en'), { webgl: true });
  return useAtlas.getState();
}
const HREF = 'https://school.example/atlas/index.html#whatever';

describe('the link for a class', () => {
  it('keeps the view and the place, locks it and opens on the quiz', () => {
    const link = classLink(stateOf('#map=9/26.3/127.8&feature=kadena&lang=ja&embed=1'), HREF, {
      lock: true,
      quiz: 4242,
    });
    expect(link.startsWith('https://school.example/atlas/index.html#')).toBe(true);
    const { state, rejected } = parseHash(new URL(link).hash);
    expect(rejected).toEqual([]);
    expect(state).toMatchObject({
      view: { zoom: 9, lat: 26.3, lng: 127.8 },
      feature: 'kadena',
      lang: 'ja',
      lock: true,
      quiz: 4242,
    });
    expect(state.embed).toBeUndefined();
  });

  it('unlocked and without a quiz, even from a locked page', () => {
    const { state } = parseHash(
      new URL(classLink(stateOf('#lang=en&lock=1&quiz=7'), HREF, { lock: false, quiz: null })).hash,
    );
    expect(state.lock).toBeUndefined();
    expect(state.quiz).toBeUndefined();
    expect(state.lang).toBe('en');
  });

  it('leaves out the teacher’s own lesson', () => {
    const teacher = stateOf(`#lang=en&lesson=${encodeURIComponent('s3-p1,9,26.4,127.8,Why%3F')}`);
    expect(teacher.lesson).toHaveLength(1);
    const { state } = parseHash(new URL(classLink(teacher, HREF, { lock: true, quiz: null })).hash);
    expect(state.lesson).toBeUndefined();
  });
});
