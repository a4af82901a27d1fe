/**
 * A user's own GeoJSON, checked before the atlas uses any of it. Every problem comes back as a code
 * with where it is (a line and column for broken JSON, a feature and a path for bad GeoJSON), so the
 * interface can say it in plain words in either language. Nothing from the file is ever treated as
 * markup or code: names and properties become plain strings here, and links are kept only for https.
 *
 * The checks follow RFC 7946: a FeatureCollection, a Feature or a bare geometry; positions of two or
 * three finite numbers within longitude −180…180 and latitude −90…90; lines of two positions or more;
 * polygon rings of four or more, closed.
 */
import { bbox, pointOnFeature } from '@turf/turf';
import type { Feature, Geometry, Position } from 'geojson';
import { visit } from 'jsonc-parser';

import { IMPORT_LIMITS } from './importedLayers';

export { IMPORT_LIMITS };

/** At most this many problems are listed; the rest are counted. */
export const MAX_PROBLEMS = 20;
/** A property value is shown up to this many characters, then cut with a note. */
export const MAX_VALUE_CHARS = 2_000;

export type ImportProblemCode =
  | 'empty'
  | 'too-large'
  | 'not-json'
  | 'not-geojson'
  | 'no-features'
  | 'too-many-features'
  | 'not-a-feature'
  | 'no-geometry'
  | 'bad-geometry-type'
  | 'bad-coordinates'
  | 'bad-position'
  | 'out-of-range'
  | 'swapped'
  | 'too-few-positions'
  | 'ring-not-closed'
  | 'bad-properties'
  /** Reported by the app, not the checker: the file would be one layer too many. */
  | 'too-many-layers'
  /** Reported by the app: the bytes are no text in UTF-8, UTF-16, Shift_JIS or EUC-JP. */
  | 'bad-encoding';

export interface ImportProblem {
  code: ImportProblemCode;
  /** Broken JSON: where the parser stopped (1-based). */
  line?: number;
  column?: number;
  /** Bad GeoJSON: the feature's number in the file (1-based) and the path inside it. */
  feature?: number;
  path?: string;
  /** Facts for the message, e.g. the type found or the value out of range. */
  values?: Record<string, string | number>;
}

export interface ImportedProperty {
  key: string;
  /** The value as text (objects and arrays as JSON), cut at MAX_VALUE_CHARS. */
  text: string;
  /** How many characters were cut, if any. */
  cut: number;
  /** Set only when the whole value is an https: URL, the one kind of link the atlas opens. */
  href?: string;
}

export interface ImportedFeature {
  /** `<layer id>/<index>`: never a Bluebook feature's id, which has no slash. */
  id: string;
  /** The feature's number in the file, from 1. */
  number: number;
  /** From the first of NAME_KEYS that has a value; empty if none. */
  name: string;
  geometry: Geometry;
  properties: ImportedProperty[];
  /** A point on the feature, where its popup opens and its ring is drawn. */
  anchor: [number, number];
  bounds: [number, number, number, number];
}

export interface ImportedLayer {
  /** `import-<n>`. */
  id: string;
  fileName: string;
  features: ImportedFeature[];
  bounds: [number, number, number, number];
  /** Features with `"geometry": null`: valid GeoJSON, but nothing to draw, so counted and left out. */
  unlocated: number;
}

export type ImportResult =
  { ok: true; layer: ImportedLayer } | { ok: false; problems: ImportProblem[]; more: number };

/** Property keys taken as a feature's name, in this order. */
export const NAME_KEYS = [
  'name',
  'name_ja',
  'name:ja',
  '名称',
  '名前',
  'title',
  'label',
  'name_en',
  'NAME',
  'Name',
];

const GEOMETRY_TYPES = [
  'Point',
  'MultiPoint',
  'LineString',
  'MultiLineString',
  'Polygon',
  'MultiPolygon',
  'GeometryCollection',
] as const;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Where broken JSON first goes wrong, as a 1-based line and column, and the text found there (empty
 * when the text ends too early). JSON.parse does not always say where; jsonc-parser's scanner does.
 */
export function jsonErrorAt(text: string): { line: number; column: number; found: string } {
  let at: { line: number; column: number; found: string } | null = null;
  visit(
    text,
    {
      onError: (_code, offset, length, startLine, startCharacter) => {
        at ??= {
          line: startLine + 1,
          column: startCharacter + 1,
          found: text.slice(offset, offset + Math.min(Math.max(length, 1), 12)).trim(),
        };
      },
    },
    { disallowComments: true, allowTrailingComma: false },
  );
  if (at) return at;
  const lines = text.split('\n');
  return { line: lines.length, column: lines[lines.length - 1]!.length + 1, found: '' };
}

/** Keeps the first MAX_PROBLEMS problems and counts them all. */
class Problems {
  readonly list: ImportProblem[] = [];
  count = 0;
  add(problem: ImportProblem): void {
    this.count += 1;
    if (this.list.length < MAX_PROBLEMS) this.list.push(problem);
  }
}

/** Checks a GeoJSON geometry, adding problems with paths like `geometry.coordinates[0][3]`. */
class GeometryChecker {
  constructor(
    private readonly problems: Problems,
    private readonly feature: number,
  ) {}

  private problem(code: ImportProblemCode, path: string, values?: ImportProblem['values']): void {
    this.problems.add({ code, feature: this.feature, path, ...(values && { values }) });
  }

  position(value: unknown, path: string): value is Position {
    if (
      !Array.isArray(value) ||
      value.length < 2 ||
      value.length > 3 ||
      !value.every((n) => typeof n === 'number' && Number.isFinite(n))
    ) {
      this.problem('bad-position', path, { found: describe(value) });
      return false;
    }
    const [lng, lat] = value as [number, number];
    if (Math.abs(lng) <= 180 && Math.abs(lat) <= 90) return true;
    const swapped = Math.abs(lat) <= 180 && Math.abs(lng) <= 90;
    this.problem(swapped ? 'swapped' : 'out-of-range', path, { lng, lat });
    return false;
  }

  positions(value: unknown, path: string, min: number): value is Position[] {
    if (!Array.isArray(value)) {
      this.problem('bad-coordinates', path, { found: describe(value) });
      return false;
    }
    let ok = true;
    value.forEach((p, i) => (ok = this.position(p, `${path}[${i}]`) && ok));
    if (ok && value.length < min) {
      this.problem('too-few-positions', path, { n: value.length, min });
      return false;
    }
    return ok;
  }

  ring(value: unknown, path: string): boolean {
    if (!this.positions(value, path, 4)) return false;
    const first = value[0]!;
    const last = value[value.length - 1]!;
    if (first[0] !== last[0] || first[1] !== last[1]) {
      this.problem('ring-not-closed', path);
      return false;
    }
    return true;
  }

  list(value: unknown, path: string, each: (item: unknown, path: string) => boolean): boolean {
    if (!Array.isArray(value)) {
      this.problem('bad-coordinates', path, { found: describe(value) });
      return false;
    }
    let ok = true;
    value.forEach((item, i) => (ok = each(item, `${path}[${i}]`) && ok));
    return ok;
  }

  geometry(value: unknown, path: string): value is Geometry {
    if (!isObject(value)) {
      this.problem('bad-geometry-type', path, { found: describe(value) });
      return false;
    }
    const type = value.type;
    if (!(GEOMETRY_TYPES as readonly unknown[]).includes(type)) {
      this.problem('bad-geometry-type', `${path}.type`, { found: describe(type) });
      return false;
    }
    if (type === 'GeometryCollection')
      return this.list(value.geometries, `${path}.geometries`, (g, p) => this.geometry(g, p));
    const at = `${path}.coordinates`;
    const c = value.coordinates;
    if (c === undefined) {
      this.problem('bad-coordinates', at, { found: 'nothing' });
      return false;
    }
    switch (type) {
      case 'Point':
        return this.position(c, at);
      case 'MultiPoint':
        return this.positions(c, at, 1);
      case 'LineString':
        return this.positions(c, at, 2);
      case 'MultiLineString':
        return this.list(c, at, (line, p) => this.positions(line, p, 2));
      case 'Polygon':
        return this.list(c, at, (ring, p) => this.ring(ring, p));
      default:
        return this.list(c, at, (polygon, p) => this.list(polygon, p, (ring, q) => this.ring(ring, q)));
    }
  }
}

/** What a value is, in a word or a short quotation, for messages. */
function describe(value: unknown): string {
  if (value === undefined) return '—';
  if (value === null) return 'null';
  if (Array.isArray(value)) return `[…] (${value.length})`;
  if (typeof value === 'string') return JSON.stringify(value.length > 30 ? `${value.slice(0, 30)}…` : value);
  if (typeof value === 'object') return '{…}';
  return String(value);
}

/** Only a whole value that parses as an https: URL becomes a link; anything else stays text. */
export function safeHref(value: string): string | undefined {
  const trimmed = value.trim();
  if (trimmed !== value || !/^https:\/\//i.test(trimmed)) return undefined;
  try {
    const url = new URL(trimmed);
    return url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

function propertyText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

export function importedProperties(properties: Record<string, unknown>): ImportedProperty[] {
  return Object.entries(properties).map(([key, value]) => {
    const full = propertyText(value);
    const text = full.length > MAX_VALUE_CHARS ? full.slice(0, MAX_VALUE_CHARS) : full;
    const href = typeof value === 'string' ? safeHref(value) : undefined;
    return { key, text, cut: full.length - text.length, ...(href && { href }) };
  });
}

function nameOf(properties: Record<string, unknown>): string {
  for (const key of NAME_KEYS) {
    const value = properties[key];
    if ((typeof value === 'string' && value.trim()) || typeof value === 'number') return String(value);
  }
  return '';
}

/** The features of a parsed file, or the problem that it is not GeoJSON. */
function featuresOf(json: unknown, problems: Problems): unknown[] | null {
  if (!isObject(json)) {
    problems.add({ code: 'not-geojson', values: { found: describe(json) } });
    return null;
  }
  if (json.type === 'FeatureCollection') {
    if (!Array.isArray(json.features)) {
      problems.add({ code: 'not-geojson', path: 'features', values: { found: describe(json.features) } });
      return null;
    }
    return json.features;
  }
  if (json.type === 'Feature') return [json];
  if ((GEOMETRY_TYPES as readonly unknown[]).includes(json.type))
    return [{ type: 'Feature', properties: {}, geometry: json }];
  problems.add({ code: 'not-geojson', path: 'type', values: { found: describe(json.type) } });
  return null;
}

function unionBounds(boxes: [number, number, number, number][]): [number, number, number, number] {
  return boxes.reduce(
    (a, b) => [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[2], b[2]), Math.max(a[3], b[3])],
    [180, 90, -180, -90],
  );
}

/**
 * Reads one file's text as a layer. `bytes` is the file's size, checked before anything else; the
 * whole file is refused if any feature has a problem, so what is drawn is what the file says.
 */
/** How far a check has come: the file read as JSON, then its features one by one. */
export type CheckProgress = { phase: 'parse' } | { phase: 'check'; done: number; total: number };

/** The checker says how far it has come after this many features (and at the first and last). */
export const PROGRESS_EVERY = 2_000;

export function importGeoJson(
  text: string,
  options: { id: string; fileName: string; bytes: number },
  onProgress?: (progress: CheckProgress) => void,
): ImportResult {
  const fail = (problems: ImportProblem[] | Problems): ImportResult =>
    Array.isArray(problems)
      ? { ok: false, problems, more: 0 }
      : { ok: false, problems: problems.list, more: problems.count - problems.list.length };
  if (options.bytes > IMPORT_LIMITS.bytes)
    return fail([{ code: 'too-large', values: { size: options.bytes, limit: IMPORT_LIMITS.bytes } }]);
  const body = text.replace(/^\uFEFF/, '');
  if (!body.trim()) return fail([{ code: 'empty' }]);
  let json: unknown;
  onProgress?.({ phase: 'parse' });
  try {
    json = JSON.parse(body);
  } catch {
    const { line, column, found } = jsonErrorAt(body);
    return fail([{ code: 'not-json', line, column, values: { found } }]);
  }
  const problems = new Problems();
  const raw = featuresOf(json, problems);
  if (!raw) return fail(problems);
  if (raw.length === 0) return fail([{ code: 'no-features' }]);
  if (raw.length > IMPORT_LIMITS.features)
    return fail([{ code: 'too-many-features', values: { n: raw.length, limit: IMPORT_LIMITS.features } }]);

  const features: ImportedFeature[] = [];
  let unlocated = 0;
  raw.forEach((item, index) => {
    const number = index + 1;
    if (index % PROGRESS_EVERY === 0) onProgress?.({ phase: 'check', done: index, total: raw.length });
    if (!isObject(item) || item.type !== 'Feature') {
      problems.add({
        code: 'not-a-feature',
        feature: number,
        values: { found: describe(isObject(item) ? item.type : item) },
      });
      return;
    }
    const props = item.properties ?? {};
    if (!isObject(props)) {
      problems.add({
        code: 'bad-properties',
        feature: number,
        path: 'properties',
        values: { found: describe(props) },
      });
      return;
    }
    if (item.geometry === null) {
      unlocated += 1;
      return;
    }
    if (item.geometry === undefined) {
      problems.add({ code: 'no-geometry', feature: number, path: 'geometry' });
      return;
    }
    const checker = new GeometryChecker(problems, number);
    const geometry = item.geometry;
    if (!checker.geometry(geometry, 'geometry') || problems.count > 0) return;
    // A collection with no geometry in it (RFC 7946 allows one) has no location, like a null.
    if (hasNoPosition(geometry)) {
      unlocated += 1;
      return;
    }
    const shape: Feature = { type: 'Feature', properties: {}, geometry };
    const box = bbox(shape) as number[];
    const anchor =
      geometry.type === 'Point'
        ? (geometry.coordinates.slice(0, 2) as [number, number])
        : (pointOnFeature(shape).geometry.coordinates.slice(0, 2) as [number, number]);
    features.push({
      id: `${options.id}/${index}`,
      number,
      name: nameOf(props),
      geometry,
      properties: importedProperties(props),
      anchor,
      bounds: [box[0]!, box[1]!, box[2]!, box[3]!],
    });
  });
  onProgress?.({ phase: 'check', done: raw.length, total: raw.length });
  if (problems.count) return fail(problems);
  if (features.length === 0) return fail([{ code: 'no-features', values: { unlocated } }]);
  return {
    ok: true,
    layer: {
      id: options.id,
      fileName: options.fileName,
      features,
      bounds: unionBounds(features.map((f) => f.bounds)),
      unlocated,
    },
  };
}

/** A geometry collection holding no position at all (empty, or only empty collections). */
function hasNoPosition(geometry: Geometry): boolean {
  return geometry.type === 'GeometryCollection' && geometry.geometries.every(hasNoPosition);
}
