import { describe, expect, it } from 'vitest';
import { formatHash, parseHash, rejectedKeysText } from './hashState';

describe('parseHash', () => {
  it('reads every key', () => {
    const { state, rejected } = parseHash(
      '#map=10.5/26.27/127.75&feature=futenma&layers=us-facilities,context&lang=en&basemap=gsi',
    );
    expect(rejected).toEqual([]);
    expect(state).toEqual({
      view: { zoom: 10.5, lat: 26.27, lng: 127.75 },
      feature: 'futenma',
      layers: ['us-facilities', 'context'],
      lang: 'en',
      basemap: 'gsi',
    });
  });

  it('accepts any subset, including a feature alone', () => {
    expect(parseHash('#feature=kadena')).toEqual({ state: { feature: 'kadena' }, rejected: [] });
    expect(parseHash('')).toEqual({ state: {}, rejected: [] });
  });

  it('reads an empty layer list as "no layers"', () => {
    expect(parseHash('#layers=').state.layers).toEqual([]);
  });

  it('drops bad values and reports them, keeping the good ones', () => {
    const { state, rejected } = parseHash(
      '#map=99/1000/5&feature=<script>&layers=us-facilities,nope&lang=fr&basemap=x',
    );
    expect(state).toEqual({ layers: ['us-facilities'] });
    expect(rejected).toEqual(['map', 'feature', 'layers', 'lang', 'basemap']);
  });

  it('reads a paragraph, a search and the list view', () => {
    expect(parseHash('#paragraph=s3-p3&q=%E8%BE%BA%E9%87%8E%E5%8F%A4&view=list').state).toEqual({
      paragraph: 's3-p3',
      q: '辺野古',
      mainView: 'list',
    });
  });

  it('rejects an over-long search and a bad paragraph id', () => {
    const { state, rejected } = parseHash(`#q=${'a'.repeat(101)}&paragraph=<b>`);
    expect(state).toEqual({});
    expect(rejected).toEqual(['q', 'paragraph']);
  });

  it('names unknown keys, once each, and uses the rest', () => {
    expect(parseHash('#foo=bar&lang=ja&foo=baz')).toEqual({ state: { lang: 'ja' }, rejected: ['foo'] });
  });

  it('reads a link whose separators were percent-encoded, once, twice or in part', () => {
    const meant = { state: { feature: 'kadena', lang: 'en' }, rejected: [] };
    expect(parseHash('#feature%3Dkadena%26lang%3Den')).toEqual(meant);
    expect(parseHash('#feature%253Dkadena%2526lang%253Den')).toEqual(meant);
    expect(parseHash('#feature=kadena%26lang%3Den')).toEqual(meant);
    expect(parseHash('#FEATURE%3dkadena%26lang%3den'.replace('FEATURE', 'feature'))).toEqual(meant);
    // A search for "A&B" is a search for "A&B", not a key B.
    expect(parseHash('#q=A%26B&lang=en')).toEqual({ state: { q: 'A&B', lang: 'en' }, rejected: [] });
  });

  it('words what it rejected short: each key cut, invisible characters dropped, at most six', () => {
    expect(rejectedKeysText(['map', 'feature'])).toBe('map, feature');
    expect(rejectedKeysText([''])).toBe('""');
    expect(rejectedKeysText(['a'.repeat(3000)])).toBe(`${'a'.repeat(23)}…`);
    expect(rejectedKeysText(['\u202eevil'])).toBe('evil');
    expect(rejectedKeysText(['1', '2', '3', '4', '5', '6', '7'])).toBe('1, 2, 3, 4, 5, 6, …');
  });
});

describe('formatHash', () => {
  it('round-trips through parseHash', () => {
    const state = {
      view: { zoom: 7.25, lat: 26.5, lng: 127.9 },
      feature: 'return-lower-plaza',
      layers: ['okinawa-land-returns' as const],
      lang: 'ja' as const,
      basemap: 'gsi' as const,
      paragraph: 's5-col-p1',
      q: 'キャンプ & co',
      mainView: 'list' as const,
      year: 2017,
      filter: { service: 'Navy' as const, prefecture: '長崎県' },
    };
    expect(parseHash(formatHash(state)).state).toEqual(state);
  });

  it('leaves out defaults and empty state', () => {
    expect(formatHash({})).toBe('');
    expect(formatHash({ basemap: 'offline' })).toBe('');
  });

  it('rounds the view to what the zoom needs', () => {
    expect(formatHash({ view: { zoom: 4, lat: 35.123456789, lng: 139.987654321 } })).toBe(
      '#map=4/35.1235/139.9877',
    );
  });
});

describe('basemap', () => {
  it('reads the offline map and the three GSI maps, and nothing else', () => {
    for (const id of ['offline', 'gsi', 'gsi-std', 'gsi-photo'])
      expect(parseHash(`#basemap=${id}`).state.basemap).toBe(id);
    expect(parseHash('#basemap=google').rejected).toEqual(['basemap']);
    expect(formatHash({ basemap: 'gsi-photo' })).toBe('#basemap=gsi-photo');
  });
});

describe('a teacher’s lesson in the link', () => {
  const lesson = [
    {
      paragraph: 's3-p1',
      view: { zoom: 10, lat: 26.3, lng: 127.8 },
      question: '普天間はどこ? & #1 = a|b, c',
    },
  ];

  it('survives the link whole, with a presentation of its stops wherever the keys are', () => {
    const hash = formatHash({ lang: 'ja', present: { activity: 'lesson', stop: 1 }, lesson });
    expect(hash).not.toMatch(/[#&]present=.*[#&]lesson=/);
    // Written lesson first; read in either order.
    const reordered = `#present=lesson.2&${hash.slice(1).replace('&present=lesson.2', '')}`;
    for (const link of [hash, reordered]) {
      const { state, rejected } = parseHash(link);
      expect(rejected).toEqual([]);
      expect(state.lesson).toEqual(lesson);
      expect(state.present).toEqual({ activity: 'lesson', stop: 1 });
    }
  });

  it('refuses a presentation of a lesson the link does not have', () => {
    const { state, rejected } = parseHash('#present=lesson.1');
    expect(state.present).toBeUndefined();
    expect(rejected).toEqual(['present']);
  });
});

describe('a link encoded on the way', () => {
  it('reads a hash whose = and & were percent-encoded as the link it was', () => {
    expect(parseHash('#feature%3Dkadena%26lang%3Den')).toEqual(parseHash('#feature=kadena&lang=en'));
  });
  it('still reads an ordinary link with an encoded value as before', () => {
    expect(parseHash('#q=%E5%98%89%E6%89%8B%E7%B4%8D').state.q).toBe('嘉手納');
  });
});
