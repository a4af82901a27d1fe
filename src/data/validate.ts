/**
 * Checks the whole of geodata/ beyond what the schema can say on its own: unique ids, points inside
 * their layer's bounds, citations that resolve to a paragraph and quote it verbatim, shared points
 * that stay identical. Pure: scripts/check-geodata.ts feeds it the files, tests feed it fixtures.
 */
import * as z from 'zod/mini';
import { en } from 'zod/locales';
import { LAYERS, MOVES_LAYER, type LayerId } from './layers';
import { normalize } from './normalize';
import { checkDefinitionFigures, DefinitionsSchema } from './definitions';
import { OfficialTotalsSchema, prefectureTotals, unexplainedDifferences } from './prefectureTotals';
import {
  ComparisonsFileSchema,
  DocumentSchema,
  LayerFileSchema,
  PlansFileSchema,
  statusDateProblem,
  SummariesFileSchema,
  type BluebookDocument,
  type LayerFile,
  type PlaceFeature,
} from './schema';

// The schema uses zod/mini (small in the app's bundle), which carries no messages of its own; the
// checker and its tests, which import this file, report problems in plain English.
z.config(en());

export interface GeodataProblem {
  file: string;
  feature?: string;
  field?: string;
  message: string;
}

export function formatProblem(p: GeodataProblem): string {
  return [p.file, p.feature, p.field].filter(Boolean).join(' › ') + `: ${p.message}`;
}

export const MAX_DECIMALS = 6;

function pathToField(path: readonly PropertyKey[]): string {
  return path
    .map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index === 0 ? '' : '.'}${String(key)}`))
    .join('');
}

function issuesToProblems(file: string, error: z.core.$ZodError, raw: unknown): GeodataProblem[] {
  return error.issues.map((issue) => {
    const [first, index, ...rest] = issue.path;
    if (first === 'features' && typeof index === 'number') {
      const feature = (raw as { features?: { id?: unknown }[] }).features?.[index]?.id;
      return {
        file,
        feature: typeof feature === 'string' ? feature : `features[${index}]`,
        field: pathToField(rest),
        message: issue.message,
      };
    }
    return { file, field: pathToField(issue.path), message: issue.message };
  });
}

export function parseDocument(
  file: string,
  raw: unknown,
): { document?: BluebookDocument; problems: GeodataProblem[] } {
  const result = DocumentSchema.safeParse(raw);
  if (!result.success) return { problems: issuesToProblems(file, result.error, raw) };
  const problems: GeodataProblem[] = [];
  const seen = new Set<string>();
  for (const part of result.data.parts) {
    if (seen.has(part.id))
      problems.push({ file, feature: part.id, field: 'id', message: 'part id used twice' });
    seen.add(part.id);
  }
  return { document: result.data, problems };
}

export function parseLayer(file: string, raw: unknown): { layer?: LayerFile; problems: GeodataProblem[] } {
  const result = LayerFileSchema.safeParse(raw);
  if (!result.success) return { problems: issuesToProblems(file, result.error, raw) };
  return { layer: result.data, problems: [] };
}

function decimals(n: number): number {
  const text = String(n);
  const dot = text.indexOf('.');
  return dot < 0 ? 0 : text.length - dot - 1;
}

/** Cross-file checks, once every file has parsed. */
export function checkLayers(
  document: BluebookDocument,
  layers: { id: LayerId; file: string; layer: LayerFile }[],
  /** The official list's date (official-totals.json): the latest a status on an undated source may claim. */
  listDate = '',
): GeodataProblem[] {
  const problems: GeodataProblem[] = [];
  const paragraphs = new Map(document.parts.map((p) => [p.id, p.text]));
  const points = new Map<string, { file: string; coordinates: [number, number] }>();
  for (const { file, layer } of layers) {
    for (const f of layer.features) {
      const id = f.properties.id;
      if (points.has(id))
        problems.push({
          file,
          feature: id,
          field: 'properties.id',
          message: `id already used in ${points.get(id)?.file}`,
        });
      points.set(id, { file, coordinates: f.geometry.coordinates });
    }
  }
  for (const { id: layerId, file, layer } of layers) {
    const [west, south, east, north] = LAYERS[layerId].bounds;
    for (const f of layer.features) {
      const p = f.properties;
      const at = (field: string, message: string) => problems.push({ file, feature: p.id, field, message });
      if (f.id !== p.id) at('id', `feature id "${f.id}" differs from properties.id "${p.id}"`);
      const [lon, lat] = f.geometry.coordinates;
      if (lon < west || lon > east || lat < south || lat > north) {
        at(
          'geometry.coordinates',
          `[${lon}, ${lat}] is outside this layer's bounds [${west}, ${south}, ${east}, ${north}]`,
        );
      }
      if (decimals(lon) > MAX_DECIMALS || decimals(lat) > MAX_DECIMALS) {
        at('geometry.coordinates', `more than ${MAX_DECIMALS} decimals (run check:geodata --fix)`);
      }
      // A quote that "names" the place holds one of its names (Japanese, an alias, the reading),
      // compared as search compares them; one that is only about it says "covers".
      const names = [p.name.ja, ...p.aliases, p.reading ?? '']
        .filter(Boolean)
        .map((n) => normalize(n, 'search').text);
      p.citations.forEach((c, i) => {
        const text = paragraphs.get(c.paragraph);
        if (text === undefined)
          at(`properties.citations[${i}].paragraph`, `no document part "${c.paragraph}"`);
        else if (!text.includes(c.quote))
          at(`properties.citations[${i}].quote`, `not found verbatim in ${c.paragraph}: "${c.quote}"`);
        else if (c.mention === 'named' && !names.some((n) => normalize(c.quote, 'search').text.includes(n)))
          at(
            `properties.citations[${i}].mention`,
            `"named", but the quote names none of ${[p.name.ja, ...p.aliases].join(', ')}: say "covers"`,
          );
      });
      p.related.forEach((r, i) => {
        if (!points.has(r)) at(`properties.related[${i}]`, `no feature "${r}"`);
        if (r === p.id) at(`properties.related[${i}]`, 'a feature cannot relate to itself');
      });
      if (p.readingSource !== undefined && p.reading === undefined)
        at('properties.readingSource', 'a source for a reading the feature does not have');
      if (p.facilityNumber !== undefined && p.facilityNumberSource === undefined)
        at('properties.facilityNumberSource', `${p.facilityNumber} has no source`);
      if (p.facilityNumber !== undefined && p.facilityNumberMissing !== undefined)
        at('properties.facilityNumberMissing', 'has a number, so nothing is missing');
      if (
        p.useType === 'exclusive' &&
        p.facilityNumber === undefined &&
        p.facilityNumberMissing === undefined
      )
        at(
          'properties.facilityNumber',
          'an exclusive-use facility with no number needs facilityNumberMissing (why)',
        );
      problems.push(
        ...moveProblems(layerId, p, points).map((message) => ({
          file,
          feature: p.id,
          field: 'properties.move',
          message,
        })),
      );
      const dateProblem = p.status && statusDateProblem(p.status, listDate);
      if (dateProblem) at('properties.status.asOf', dateProblem);
      if (p.area?.includedIn !== undefined && !points.has(p.area.includedIn)) {
        at('properties.area.includedIn', `no feature "${p.area.includedIn}"`);
      }
      const far = pointFarFromItsSource(f.geometry.coordinates, p.geometry.source);
      if (p.geometry.sameAs === undefined && far !== undefined) {
        at('geometry.coordinates', `${far.toFixed(1)} km from every coordinate its source names`);
      }
      const sameAs = p.geometry.sameAs;
      if (sameAs !== undefined) {
        const target = points.get(sameAs);
        if (!target) at('properties.geometry.sameAs', `no feature "${sameAs}"`);
        else if (target.coordinates[0] !== lon || target.coordinates[1] !== lat) {
          at(
            'geometry.coordinates',
            `must equal the point of "${sameAs}" [${target.coordinates.join(', ')}]`,
          );
        }
      }
    }
  }
  return problems;
}

const MOVE_STATUSES: readonly string[] = ['completed', 'under-way', 'planned'];

/**
 * A move of the realignment layer: its ends are places on the map (the feature's point is its
 * destination's), its status is a move's, and its agreement is dated or its absence explained.
 * No other layer has moves.
 */
export function moveProblems(
  layerId: LayerId,
  p: PlaceFeature['properties'],
  points: ReadonlyMap<string, unknown>,
): string[] {
  const move = p.move;
  if (layerId !== MOVES_LAYER) return move ? [`only the ${MOVES_LAYER} layer has moves`] : [];
  if (!move) return ['a feature of this layer needs its move (what, from, to)'];
  const problems: string[] = [];
  if (!points.has(move.to)) problems.push(`goes to "${move.to}", which is not on the map`);
  if (move.from !== undefined && !points.has(move.from))
    problems.push(`comes from "${move.from}", which is not on the map`);
  if (move.from === move.to) problems.push('starts where it ends: leave out "from" for a change in place');
  if (p.geometry.sameAs !== move.to)
    problems.push(`its point must be its destination's (geometry.sameAs "${move.to}")`);
  if (!p.status || !MOVE_STATUSES.includes(p.status.code))
    problems.push(`its status is one of ${MOVE_STATUSES.join(', ')}`);
  if (!move.agreed && !move.agreedMissing)
    problems.push('give when it was agreed, or why that is not known (agreedMissing)');
  return problems;
}

/** How far a point may lie from the nearest coordinate its provenance names. */
const MAX_KM_FROM_SOURCE = 1;

/**
 * The distance in km from a point to the nearest "lat,lon" decimal pair its source text names, if
 * that is more than MAX_KM_FROM_SOURCE (a point copied from the wrong place); undefined when it is
 * near one, or the source names none (degrees-minutes-seconds are not read).
 */
export function pointFarFromItsSource([lon, lat]: [number, number], source: string): number | undefined {
  const pairs = [...source.matchAll(/(-?\d{1,2}\.\d{3,})\s*,\s*(-?\d{1,3}\.\d{3,})/g)].map(
    (m) => [Number(m[1]), Number(m[2])] as const,
  );
  if (pairs.length === 0) return undefined;
  const km = Math.min(
    ...pairs.map(([a, b]) =>
      Math.hypot((a - lat) * 111.2, (b - lon) * 111.2 * Math.cos((lat * Math.PI) / 180)),
    ),
  );
  return km > MAX_KM_FROM_SOURCE ? km : undefined;
}

/** Japanese script: kana, CJK ideographs, full-width forms. */
const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff\uff00-\uffef]/;

/**
 * Every `en` text of a geodata file is English: no kana, no kanji, no full-width forms (a Japanese
 * name or date shown to English readers as is). Names the feature (by its id) and the field.
 */
export function checkEnglishFields(file: string, raw: unknown): GeodataProblem[] {
  const problems: GeodataProblem[] = [];
  walkFields(raw, (field, feature, key, v) => {
    if (key === 'en' && typeof v === 'string' && JAPANESE.test(v))
      problems.push({ file, feature, field, message: `Japanese in an English text: "${v}"` });
  });
  return problems;
}

/**
 * Hosts that serve copies of other publications (encyclopaedia mirrors, proxies, a search engine's
 * cache, document-sharing sites), with what they copy: a source read there is not the original.
 */
export const COPY_HOSTS: Record<string, string> = {
  'cache.yimg.jp': 'a search engine’s cache',
  'proxy.weglot.com': 'a translation proxy',
  'trans.hiragana.jp': 'a reading-aid proxy',
  'akarinohon.com': 'a text proxy',
  'fanyv88.com': 'a proxy',
  'docugiru.com.tr': 'a page quoting another',
  'lunomusy.com.tr': 'a page quoting another',
  'osmarks.net': 'an offline Wikipedia copy',
  'ja-wiki.pages.dev': 'a Wikipedia mirror',
  'iwiki.icu': 'a Wikipedia mirror',
  'kampuspedia.com': 'a Wikipedia mirror',
  'wikiwand.com': 'a Wikipedia reader',
  'wpedia.goo.ne.jp': 'a Wikipedia mirror',
  'pedia.3rd-in.co.jp': 'a Wikipedia mirror',
  'infosekolah.net': 'a Wikipedia mirror',
  'profilpelajar.com': 'a Wikipedia mirror',
  'classicistranieri.com': 'a Wikipedia mirror (2007)',
  'weblio.jp': 'a dictionary site reprinting Wikipedia',
  'kotoba.ne.jp': 'a dictionary site reprinting Wikipedia',
  'seisyun.net': 'a Wikipedia mirror',
  'stampfactory.net': 'a dictionary site reprinting Wikipedia',
  'jablog.org': 'a Wikipedia mirror',
  'fandom.com': 'a wiki reprinting Wikipedia',
  'qwertyu.wiki': 'a Wikipedia mirror',
  'yoda.wiki': 'a Wikipedia mirror',
  'hmong.in.th': 'a Wikipedia mirror',
  'happylibus.com': 'a document-sharing site',
  'docsplayer.net': 'a document-sharing site',
  'studylib.net': 'a document-sharing site',
  'pdfslide.net': 'a document-sharing site',
  'rssing.com': 'a feed aggregator',
};
const SAYS_COPY = /\b(via|copy|copies|mirror|cache|proxy|reprint)/i;

/**
 * A source read through a copy says so ("via", "copy", "cache"…): the original publication is what
 * a figure rests on, and a reader must be able to tell when the atlas only saw a copy of it.
 */
export function checkCopiedSources(file: string, raw: unknown): GeodataProblem[] {
  const problems: GeodataProblem[] = [];
  walkFields(raw, (field, feature, key, v) => {
    // The words around the addresses, not the addresses (a cache's own host name says "cache").
    const words =
      typeof v === 'string'
        ? v.replace(/\S*\.[a-z]{2,}\/\S*|\S+\.(com|net|jp|org|icu|dev|wiki|th|tr)\b/g, ' ')
        : '';
    // `source`, and the named ones: facilityNumberSource, readingSource.
    if (!/^source$|Source$/.test(key) || typeof v !== 'string' || SAYS_COPY.test(words)) return;
    const hosts = Object.keys(COPY_HOSTS).filter((h) => v.includes(h));
    if (hosts.length > 0)
      problems.push({
        file,
        feature,
        field,
        message: `read on ${hosts.map((h) => `${h} (${COPY_HOSTS[h]})`).join(', ')}: say that it is a copy, and of what`,
      });
  });
  return problems;
}

/** Calls `visit` for every field of a geodata file, with its path and the feature it is in. */
function walkFields(
  raw: unknown,
  visit: (field: string, feature: string | undefined, key: string, value: unknown) => void,
) {
  const walk = (value: unknown, path: string, feature: string | undefined) => {
    if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${path}[${i}]`, feature));
    else if (value !== null && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      const id = typeof record.id === 'string' && path.startsWith('features[') ? record.id : feature;
      for (const [key, v] of Object.entries(record)) {
        const field = path ? `${path}.${key}` : key;
        visit(field, id, key, v);
        walk(v, field, id);
      }
    }
  };
  walk(raw, '', undefined);
}

/** plans.json: schema, and every return item's plan is one it describes. */
export function checkPlans(file: string, raw: unknown, layers: { layer: LayerFile }[]): GeodataProblem[] {
  const result = PlansFileSchema.safeParse(raw);
  if (!result.success) return issuesToProblems(file, result.error, raw);
  const known = new Set(result.data.plans.map((p) => p.id));
  const problems: GeodataProblem[] = [];
  for (const { layer } of layers) {
    for (const f of layer.features) {
      const plan = f.properties.status?.plan;
      if (plan !== undefined && !known.has(plan)) {
        problems.push({
          file,
          feature: f.properties.id,
          field: 'properties.status.plan',
          message: `plan "${plan}" is not described in ${file}`,
        });
      }
    }
  }
  return problems;
}

/** summaries.en.json: one summary for every part of the document, and none for a part that is not. */
export function checkSummaries(file: string, raw: unknown, document: BluebookDocument): GeodataProblem[] {
  const result = SummariesFileSchema.safeParse(raw);
  if (!result.success) return issuesToProblems(file, result.error, raw);
  const ids = new Set(document.parts.map((p) => p.id));
  const problems: GeodataProblem[] = [];
  for (const id of Object.keys(result.data.parts)) {
    if (!ids.has(id)) problems.push({ file, field: `parts.${id}`, message: 'no such part in the document' });
  }
  for (const id of ids) {
    if (!(id in result.data.parts))
      problems.push({ file, field: `parts.${id}`, message: 'this part has no summary' });
  }
  return problems;
}

/** comparisons.json: schema only (every value carries its source). */
export function checkComparisons(file: string, raw: unknown): GeodataProblem[] {
  const result = ComparisonsFileSchema.safeParse(raw);
  return result.success ? [] : issuesToProblems(file, result.error, raw);
}

/**
 * The official totals: schema, prefecture areas that add up to the national total (to rounding),
 * every prefecture of a mapped exclusive-use facility listed, and no unmapped facility that is
 * in fact on the map.
 */
export function checkOfficialTotals(
  file: string,
  raw: unknown,
  facilities: readonly PlaceFeature[],
): GeodataProblem[] {
  const result = OfficialTotalsSchema.safeParse(raw);
  if (!result.success) return issuesToProblems(file, result.error, raw);
  const totals = result.data;
  const problems: GeodataProblem[] = [];
  const sum = totals.prefectures.reduce((s, p) => s + p.thousandM2, 0);
  if (Math.abs(sum - totals.total.thousandM2) > totals.prefectures.length / 2) {
    problems.push({
      file,
      field: 'prefectures',
      message: `prefecture areas add up to ${sum}, not the total ${totals.total.thousandM2}`,
    });
  }
  const listed = new Set(totals.prefectures.map((p) => p.prefecture));
  const mappedNames = new Set(facilities.map((f) => f.properties.name.ja));
  for (const f of facilities) {
    const first = f.properties.prefectures?.[0];
    if (f.properties.useType === 'exclusive' && first !== undefined && !listed.has(first)) {
      problems.push({
        file,
        feature: f.id,
        field: 'prefectures',
        message: `${first} has an exclusive-use facility but no official figure`,
      });
    }
  }
  for (const message of unexplainedDifferences(prefectureTotals(facilities, totals), totals))
    problems.push({ file, field: 'differences', message });
  for (const [field, list] of [
    ['unmapped', totals.unmapped],
    ['unmappedShared', totals.unmappedShared],
  ] as const) {
    for (const u of list) {
      if (mappedNames.has(u.name)) {
        problems.push({ file, field, message: `${u.name} is on the map, so it is not unmapped` });
      }
    }
  }
  return problems;
}

/** The definitions panel's figures: schema, and shares that their own figures give (checkDefinitionFigures). */
export function checkDefinitions(file: string, raw: unknown): GeodataProblem[] {
  const result = DefinitionsSchema.safeParse(raw);
  if (!result.success) return issuesToProblems(file, result.error, raw);
  return checkDefinitionFigures(result.data).map((message) => ({ file, field: 'definitions', message }));
}

/** Rounds coordinates and returns the canonical text of a layer file (schema key order, 2 spaces). */
export function canonicalLayerText(layer: LayerFile): string {
  const factor = 10 ** MAX_DECIMALS;
  const rounded: LayerFile = {
    ...layer,
    features: layer.features.map((f) => ({
      ...f,
      geometry: {
        ...f.geometry,
        coordinates: f.geometry.coordinates.map((c) => Math.round(c * factor) / factor) as [number, number],
      },
    })),
  };
  return JSON.stringify(rounded, null, 2) + '\n';
}
