/**
 * Export of the visible places with their citations and sources, as GeoJSON or CSV. Pure: the panel
 * turns the strings into downloads. CSV cells that a spreadsheet would run as formulas are defused.
 */
import { areaInHectares } from './featureFacts';
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
  'service',
  'use_type',
  'facility_number',
  'facility_number_source',
  'prefecture_ja',
  'prefecture_en',
  'municipality_ja',
  'municipality_en',
  'country',
  'lat',
  'lon',
  'point_method',
  'point_represents',
  'point_source',
  'area_ha',
  'area',
  'area_unit',
  'area_as_of',
  'area_source',
  'status',
  'status_as_of',
  'status_source_date',
  'plan_target',
  'status_source',
  'move_from',
  'move_to',
  'move_what',
  'move_agreed',
  'citations',
  'document',
] as const;

/**
 * Quotes a cell when needed, and puts a ' before text that starts with =, +, - or @, so a
 * spreadsheet keeps it as text rather than running it. Numbers stay numbers: a negative longitude
 * (-77.0364) is a number a spreadsheet or GIS must read as one.
 */
export function csvCell(value: string | number | undefined): string {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  let text = value === undefined ? '' : value;
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
      service: p.service,
      use_type: p.useType,
      facility_number: p.facilityNumber,
      facility_number_source:
        p.facilityNumberSource ?? (p.facilityNumberMissing ? `none: ${p.facilityNumberMissing}` : undefined),
      prefecture_ja: p.prefecture?.ja,
      prefecture_en: p.prefecture?.en,
      municipality_ja: p.municipality?.ja,
      municipality_en: p.municipality?.en,
      country: p.country?.en,
      lat,
      lon,
      point_method: p.geometry.method,
      point_represents: p.geometry.represents.en,
      point_source: p.geometry.source,
      // One unit for every row (hectares), beside the source's own figure and unit.
      area_ha: p.area ? Math.round(areaInHectares(p.area)! * 1000) / 1000 : undefined,
      area: p.area?.value,
      area_unit: p.area?.unit,
      area_as_of: p.area?.asOf,
      area_source: p.area?.source,
      status: p.status?.code,
      status_as_of: p.status?.asOf,
      status_source_date: p.status?.sourceDate,
      plan_target: p.status?.planTarget,
      status_source: p.status?.source,
      // A move of the realignment: the ids of the places it joins, what moves, when agreed.
      move_from: p.move?.from,
      move_to: p.move?.to,
      move_what: p.move?.what.en,
      move_agreed: p.move?.agreed?.date,
      citations: p.citations.map((c) => `${c.paragraph}: 「${c.quote}」`).join(' / '),
      document: citation.ja,
    };
    return COLUMNS.map((c) => csvCell(row[c])).join(',');
  });
  // A byte-order mark so spreadsheet programs read the Japanese as UTF-8.
  return `\uFEFF${COLUMNS.join(',')}\r\n${rows.join('\r\n')}\r\n`;
}
