import { describe, expect, it } from 'vitest';
import { BAD_FILES } from '../../tests/corpus/badFiles';
import { HOSTILE_PAYLOADS, HTTPS_LINKS, hostileGeoJson } from '../../tests/corpus/hostilePayloads';
import { importedMapData } from './importedLayers';
import { problemLocation, problemMessage } from '../i18n/importMessages';
import {
  IMPORT_LIMITS,
  importGeoJson,
  MAX_PROBLEMS,
  MAX_VALUE_CHARS,
  safeHref,
  type ImportResult,
} from './importLayer';

const read = (text: string, bytes = new TextEncoder().encode(text).length): ImportResult =>
  importGeoJson(text, { id: 'import-1', fileName: 'test.geojson', bytes });

describe('importGeoJson', () => {
  it('reads a FeatureCollection of points, lines and polygons, with names and anchors', () => {
    const result = read(
      JSON.stringify({
        type: 'FeatureCollection',
        features: [
          {
            type: 'Feature',
            properties: { name: '学校' },
            geometry: { type: 'Point', coordinates: [139.7, 35.6, 12] },
          },
          {
            type: 'Feature',
            properties: { title: 'Route' },
            geometry: {
              type: 'LineString',
              coordinates: [
                [139, 35],
                [140, 36],
              ],
            },
          },
          {
            type: 'Feature',
            properties: null,
            geometry: {
              type: 'Polygon',
              coordinates: [
                [
                  [139, 35],
                  [140, 35],
                  [140, 36],
                  [139, 36],
                  [139, 35],
                ],
              ],
            },
          },
          { type: 'Feature', properties: { name: 'nowhere' }, geometry: null },
        ],
      }),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { layer } = result;
    expect(layer.features.map((f) => f.name)).toEqual(['学校', 'Route', '']);
    expect(layer.features.map((f) => f.id)).toEqual(['import-1/0', 'import-1/1', 'import-1/2']);
    expect(layer.features[0]!.anchor).toEqual([139.7, 35.6]);
    const [lng, lat] = layer.features[2]!.anchor;
    expect(lng).toBeGreaterThanOrEqual(139);
    expect(lng).toBeLessThanOrEqual(140);
    expect(lat).toBeGreaterThanOrEqual(35);
    expect(lat).toBeLessThanOrEqual(36);
    expect(layer.bounds).toEqual([139, 35, 140, 36]);
    expect(layer.unlocated).toBe(1);
    expect(importedMapData(layer).features[0]!.properties).toEqual({ id: 'import-1/0', label: '学校' });
  });

  it('reads a single Feature and a bare geometry, and ignores a byte-order mark', () => {
    const feature = read(
      '\uFEFF{"type":"Feature","properties":{"name":"x"},"geometry":{"type":"Point","coordinates":[1,2]}}',
    );
    expect(feature.ok && feature.layer.features.length).toBe(1);
    const bare = read('{"type":"MultiPoint","coordinates":[[1,2],[3,4]]}');
    expect(bare.ok && bare.layer.features[0]!.geometry.type).toBe('MultiPoint');
  });

  for (const file of BAD_FILES) {
    it(`refuses ${file.name} with ${file.code}${file.where ? ` at ${file.where}` : ''}`, () => {
      const result = read(file.text, file.bytes);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      const [first] = result.problems;
      expect(first!.code).toBe(file.code);
      if (file.where) expect(problemLocation('en', first!)).toBe(file.where);
      for (const lang of ['ja', 'en'] as const) {
        const message = problemMessage(lang, first!);
        expect(message).not.toMatch(/undefined/);
        expect(message.length).toBeGreaterThan(5);
      }
    });
  }

  it('states the size limit in the message', () => {
    const result = read('{}', IMPORT_LIMITS.bytes + 1);
    expect(!result.ok && problemMessage('en', result.problems[0]!)).toBe(
      'The file is too large (10.1 MB). The limit is 10.0 MB.',
    );
  });

  it('refuses more features than the limit, saying how many', () => {
    const many = {
      type: 'FeatureCollection',
      features: Array.from({ length: IMPORT_LIMITS.features + 1 }, () => ({
        type: 'Feature',
        properties: {},
        geometry: { type: 'Point', coordinates: [0, 0] },
      })),
    };
    const result = read(JSON.stringify(many));
    expect(!result.ok && problemMessage('en', result.problems[0]!)).toBe(
      `The file has ${IMPORT_LIMITS.features + 1} features. The limit is ${IMPORT_LIMITS.features}.`,
    );
  });

  it('lists the first problems and counts the rest', () => {
    const bad = Array.from({ length: 50 }, (_, i) => ({
      type: 'Feature',
      properties: {},
      geometry: { type: 'Point', coordinates: [500 + i, 0] },
    }));
    const result = read(JSON.stringify({ type: 'FeatureCollection', features: bad }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(MAX_PROBLEMS);
    expect(result.more).toBe(50 - MAX_PROBLEMS);
    expect(problemLocation('ja', result.problems[3]!)).toBe('4番目の地物、geometry.coordinates');
  });

  it('gives the line and column of broken JSON in Japanese too', () => {
    const result = read('{\n  "type": "Feature",\n  "geometry": nul\n}');
    expect(!result.ok && problemLocation('ja', result.problems[0]!)).toMatch(/^3行目、\d+文字目$/);
  });
});

describe('hostile names and properties', () => {
  const result = read(JSON.stringify(hostileGeoJson()));

  it('are imported as plain strings, exactly as written (cut only past the limit)', () => {
    expect(HOSTILE_PAYLOADS.length).toBeGreaterThanOrEqual(50);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const features = result.layer.features.slice(0, HOSTILE_PAYLOADS.length);
    features.forEach((feature, i) => {
      const payload = HOSTILE_PAYLOADS[i]!;
      expect(feature.name).toBe(payload.trim() ? payload : '');
      const note = feature.properties.find((p) => p.key === 'note')!;
      expect(note.text).toBe(payload.slice(0, MAX_VALUE_CHARS));
      expect(note.cut).toBe(Math.max(0, payload.length - MAX_VALUE_CHARS));
    });
  });

  it('become links only when the whole value is an https: URL', () => {
    if (!result.ok) throw new Error('not imported');
    const links = result.layer.features.flatMap((f) => f.properties.flatMap((p) => (p.href ? [p.href] : [])));
    expect(links.every((href) => href.startsWith('https://'))).toBe(true);
    expect(links).toEqual([
      // Payload 53 is an https URL with markup after it, as name, note and link: escaped by URL.
      ...Array(3).fill('https://example.com/%22%3E%3Cscript%3E__xss(53)%3C/script%3E'),
      'https://example.com/safe-link',
      'https://example.com/UPPER',
    ]);
    expect(HTTPS_LINKS).toHaveLength(2);
  });
});

describe('safeHref', () => {
  it.each([
    ['https://example.com/a?b=c#d', 'https://example.com/a?b=c#d'],
    ['http://example.com/', undefined],
    ['javascript:alert(1)', undefined],
    ['data:text/html,x', undefined],
    [' https://example.com/', undefined],
    ['https:javascript:alert(1)', undefined],
    ['//example.com', undefined],
  ])('%s → %s', (value, expected) => expect(safeHref(value)).toBe(expected));
});
