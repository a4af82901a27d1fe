import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { csvCell, toCsv, toGeoJson } from './exportData';
import { LayerFileSchema } from './schema';

const citation = JSON.parse(readFileSync('geodata/document/citation.json', 'utf8'));
const features = LayerFileSchema.parse(
  JSON.parse(readFileSync('geodata/layers/un-command-bases.geojson', 'utf8')),
).features;
const entries = features.map((feature) => ({ layer: 'un-command-bases' as const, feature }));

describe('csvCell', () => {
  it('quotes commas, quotes and line breaks', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
  });
  it('keeps formulas from running in spreadsheets', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvCell('-1')).toBe("'-1");
  });
  it('keeps numbers as numbers, negative ones too (a longitude west of Greenwich)', () => {
    expect(csvCell(-77.0364)).toBe('-77.0364');
    expect(csvCell(0)).toBe('0');
    expect(csvCell(Number.NaN)).toBe('');
  });
});

describe('toCsv', () => {
  it('has a header and one row per place, with quotes and sources', () => {
    const csv = toCsv({ entries, partsById: new Map(), citation });
    const lines = csv.trim().split('\r\n');
    expect(csv.startsWith('\uFEFFid,layer,name_ja,name_en')).toBe(true);
    expect(lines).toHaveLength(1 + features.length);
    expect(csv).toContain('s6-p1: 「嘉手納(かでな)飛行場」');
    expect(csv).toContain('外務省『外交青書2025』');
  });
  it('has the columns a journalist asks for, areas in one unit, names in both languages', () => {
    const [header, ...rows] = toCsv({ entries, partsById: new Map(), citation }).trim().split('\r\n');
    const columns = header!.replace('\uFEFF', '').split(',');
    for (const c of [
      'service',
      'use_type',
      'facility_number',
      'prefecture_ja',
      'prefecture_en',
      'municipality_en',
      'area_ha',
    ])
      expect(columns).toContain(c);
    const yokota = rows.find((r) => r.startsWith('unc-yokota,'));
    expect(yokota).toBeDefined();
    const cell = (name: string) => yokota!.split(',')[columns.indexOf(name)];
    expect(cell('prefecture_ja')).toBe('東京都');
    expect(cell('prefecture_en')).toMatch(/^Tokyo/);
  });
});

describe('toGeoJson', () => {
  it('keeps every property and adds the layer and the document citation', () => {
    const parsed = JSON.parse(toGeoJson({ entries, partsById: new Map(), citation }));
    expect(parsed.features).toHaveLength(features.length);
    expect(parsed.features[0].properties.layer).toBe('un-command-bases');
    expect(parsed.features[0].properties.citations.length).toBeGreaterThan(0);
    expect(parsed.metadata.url).toBe(citation.url);
  });
});

describe('a move of the realignment in the CSV', () => {
  it('names the places it joins, what moves and when it was agreed', () => {
    const moves = LayerFileSchema.parse(
      JSON.parse(readFileSync('geodata/layers/realignment.geojson', 'utf8')),
    ).features.filter((f) => f.properties.id === 'move-cvw5-iwakuni');
    const [header, row] = toCsv({
      entries: moves.map((feature) => ({ layer: 'realignment' as const, feature })),
      partsById: new Map(),
      citation,
    })
      .trim()
      .split('\r\n');
    expect(header).toContain(',move_from,move_to,move_what,move_agreed,');
    expect(row).toContain(
      ',atsugi,iwakuni,Carrier aircraft (Carrier Air Wing Five’s fixed-wing squadrons),2006-05,',
    );
  });
});
