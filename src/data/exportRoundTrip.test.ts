/**
 * The exports read back as the data they came from, for every feature of every layer: CSV parsed
 * as a spreadsheet or GIS would (RFC 4180), GeoJSON parsed as JSON.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toCsv, toGeoJson } from './exportData';
import { LAYER_IDS } from './layers';
import { LayerFileSchema } from './schema';

const citation = JSON.parse(readFileSync('geodata/document/citation.json', 'utf8'));
const entries = LAYER_IDS.flatMap((layer) =>
  LayerFileSchema.parse(JSON.parse(readFileSync(`geodata/layers/${layer}.geojson`, 'utf8'))).features.map(
    (feature) => ({ layer, feature }),
  ),
);
const context = { entries, partsById: new Map(), citation };

/** RFC 4180: quoted cells may hold commas, quotes (doubled) and line breaks; rows end in CRLF. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  return rows;
}

/** What a text cell holds once the formula guard has run: a leading ' before =, +, - or @. */
const guarded = (text: string) => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);

describe('export round trip, every feature of every layer', () => {
  it('reads the CSV back as the data: ids, names, places, numbers as numbers, citations', () => {
    const [header, ...rows] = parseCsv(toCsv(context).replace(/^\uFEFF/, ''));
    expect(rows).toHaveLength(entries.length);
    const col = (row: string[], name: string) => row[header!.indexOf(name)]!;
    rows.forEach((row, i) => {
      const { layer, feature } = entries[i]!;
      const p = feature.properties;
      const [lon, lat] = feature.geometry.coordinates;
      expect(row).toHaveLength(header!.length);
      expect([col(row, 'id'), col(row, 'layer')]).toEqual([p.id, layer]);
      expect([col(row, 'name_ja'), col(row, 'name_en')]).toEqual([guarded(p.name.ja), guarded(p.name.en)]);
      // Negative longitudes (Washington, New York) stay numbers: no guard, no quotes.
      expect([Number(col(row, 'lon')), Number(col(row, 'lat'))]).toEqual([lon, lat]);
      expect(col(row, 'area') === '' ? undefined : Number(col(row, 'area'))).toEqual(p.area?.value);
      expect(col(row, 'status') || undefined).toEqual(p.status?.code);
      expect(col(row, 'citations')).toBe(
        guarded(p.citations.map((c) => `${c.paragraph}: 「${c.quote}」`).join(' / ')),
      );
    });
    expect(entries.some(({ feature }) => feature.geometry.coordinates[0]! < 0)).toBe(true);
  });

  it('reads the GeoJSON back as the data, with its layer added', () => {
    const back = JSON.parse(toGeoJson(context)) as {
      features: { geometry: unknown; properties: { layer: string } }[];
    };
    expect(back.features).toHaveLength(entries.length);
    back.features.forEach((f, i) => {
      const { layer, feature } = entries[i]!;
      expect(f.geometry).toEqual(feature.geometry);
      expect(f.properties).toEqual({ layer, ...feature.properties });
    });
  });
});
