/**
 * Export of the visible places with their citations and sources, as GeoJSON or CSV. Pure: the panel
 * turns the strings into downloads. CSV cells that a spreadsheet would run as formulas are defused.
 */
import type { FeatureEntry } from './loadAtlasData';
import type { DocumentCitation, DocumentPart } from './schema';

export interface ExportContext {
  entries: readonly FeatureEntry[];
  partsById: ReadonlyMap<string, DocumentPart>;
  citation: DocumentCitation;
}

export function toGeoJson({ entries, citation }: ExportContext): string {
  return JSON.stringify(
    {
      type: 'FeatureCollection',
      metadata: { source: citation.ja, sourceEn: citation.en, url: citation.url, licence: citation.licence },
      features: entries.map(({ layer, feature }) => ({
        ...feature,
        properties: { layer, ...feature.properties },
      })),
    },
    null,
    2,
  );
}

const COLUMNS = [
  'id',
  'layer',
  'name_ja',
  'name_en',
  'kind',
  'prefecture',
  'municipality',
  'country',
  'lat',
  'lon',
  'point_method',
  'point_represents',
  'point_source',
  'area',
  'area_unit',
  'area_as_of',
  'area_source',
  'status',
  'status_as_of',
  'plan_target',
  'status_source',
  'citations',
  'document',
] as const;

/** Quotes a cell when needed, and puts a ' before a leading =, +, - or @ so it stays text. */
export function csvCell(value: string | number | undefined): string {
  let text = value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv({ entries, citation }: ExportContext): string {
  const rows = entries.map(({ layer, feature }) => {
    const p = feature.properties;
    const [lon, lat] = feature.geometry.coordinates;
    const row: Record<(typeof COLUMNS)[number], string | number | undefined> = {
      id: p.id,
      layer,
      name_ja: p.name.ja,
      name_en: p.name.en,
      kind: p.kindLabel.en,
      prefecture: p.prefecture?.ja,
      municipality: p.municipality?.ja,
      country: p.country?.en,
      lat,
      lon,
      point_method: p.geometry.method,
      point_represents: p.geometry.represents.en,
      point_source: p.geometry.source,
      area: p.area?.value,
      area_unit: p.area?.unit,
      area_as_of: p.area?.asOf,
      area_source: p.area?.source,
      status: p.status?.code,
      status_as_of: p.status?.asOf,
      plan_target: p.status?.planTarget,
      status_source: p.status?.source,
      citations: p.citations.map((c) => `${c.paragraph}: 「${c.quote}」`).join(' / '),
      document: citation.ja,
    };
    return COLUMNS.map((c) => csvCell(row[c])).join(',');
  });
  // A byte-order mark so spreadsheet programs read the Japanese as UTF-8.
  return `\uFEFF${COLUMNS.join(',')}\r\n${rows.join('\r\n')}\r\n`;
}
