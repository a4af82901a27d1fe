import { describe, expect, it } from 'vitest';
import { decodeFile } from './importedLayers';
import { importGeoJson } from './importLayer';

describe('decodeFile', () => {
  it('reads UTF-8, with or without a byte-order mark', () => {
    const json = '{"name":"横須賀"}';
    expect(decodeFile(new TextEncoder().encode(json))).toEqual({ text: json, encoding: 'UTF-8' });
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(json)]);
    expect(decodeFile(withBom)).toEqual({ text: json, encoding: 'UTF-8' });
  });

  it('reads Shift_JIS, which is not valid UTF-8', () => {
    // {"n":"あ自"} in Shift_JIS: あ = 82 A0, 自 = 8E A9.
    const bytes = new Uint8Array([0x7b, 0x22, 0x6e, 0x22, 0x3a, 0x22, 0x82, 0xa0, 0x8e, 0xa9, 0x22, 0x7d]);
    expect(decodeFile(bytes)).toEqual({ text: '{"n":"あ自"}', encoding: 'Shift_JIS' });
  });

  it('refuses bytes that are neither', () => {
    expect(decodeFile(new Uint8Array([0x7b, 0x80, 0xff, 0xfe, 0x7d]))).toBeNull();
  });
});

describe('geometries with no position', () => {
  const options = { id: 'import-1', fileName: 'x.geojson', bytes: 100 };
  const feature = (geometry: unknown) => ({ type: 'Feature', properties: { name: 'a' }, geometry });

  it('counts an empty GeometryCollection as a place without a location, as a null geometry', () => {
    const text = JSON.stringify({
      type: 'FeatureCollection',
      features: [
        feature({ type: 'GeometryCollection', geometries: [] }),
        feature({ type: 'Point', coordinates: [135.5, 34.7] }),
      ],
    });
    const result = importGeoJson(text, options);
    expect(result.ok).toBe(true);
    if (result.ok) expect([result.layer.features.length, result.layer.unlocated]).toEqual([1, 1]);
  });

  it('refuses a file of nothing but that, saying so', () => {
    const text = JSON.stringify(feature({ type: 'GeometryCollection', geometries: [] }));
    const result = importGeoJson(text, options);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems[0]).toMatchObject({ code: 'no-features', values: { unlocated: 1 } });
  });
});
