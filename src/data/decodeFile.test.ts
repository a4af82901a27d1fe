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

  it('refuses bytes that are none of the encodings it reads', () => {
    expect(decodeFile(new Uint8Array([0x7b, 0x80, 0xfd, 0xfe, 0x7d]))).toBeNull();
  });

  const json = '{"name":"那覇の学校"}';
  const utf16 = (littleEndian: boolean, bom: boolean) => {
    const units = [...(bom ? [0xfeff] : []), ...[...json].map((c) => c.charCodeAt(0))];
    const view = new DataView(new ArrayBuffer(units.length * 2));
    units.forEach((u, i) => view.setUint16(i * 2, u, littleEndian));
    return new Uint8Array(view.buffer);
  };

  it('reads UTF-16 by its byte-order mark, or without one by the zero bytes of its ASCII', () => {
    expect(decodeFile(utf16(true, true))).toEqual({ text: json, encoding: 'UTF-16LE' });
    expect(decodeFile(utf16(false, true))).toEqual({ text: json, encoding: 'UTF-16BE' });
    expect(decodeFile(utf16(true, false))).toEqual({ text: json, encoding: 'UTF-16LE' });
    expect(decodeFile(utf16(false, false))).toEqual({ text: json, encoding: 'UTF-16BE' });
  });

  it('reads EUC-JP, even where its bytes also make valid (half-width katakana) Shift_JIS', () => {
    // 那覇の学校 in EUC-JP (Python's euc_jp codec): read as Shift_JIS it is 「ﾆ睇ﾆ､ﾎｳﾘｹｻ」.
    const name = [0xc6, 0xe1, 0xc7, 0xc6, 0xa4, 0xce, 0xb3, 0xd8, 0xb9, 0xbb];
    const bytes = new Uint8Array([...new TextEncoder().encode('{"name":"'), ...name, 0x22, 0x7d]);
    expect(decodeFile(bytes)).toEqual({ text: json, encoding: 'EUC-JP' });
    // And the same name in Shift_JIS stays Shift_JIS.
    const sjis = [0x93, 0xdf, 0x94, 0x65, 0x82, 0xcc, 0x8a, 0x77, 0x8d, 0x5a];
    const sjisBytes = new Uint8Array([...new TextEncoder().encode('{"name":"'), ...sjis, 0x22, 0x7d]);
    expect(decodeFile(sjisBytes)).toEqual({ text: json, encoding: 'Shift_JIS' });
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
