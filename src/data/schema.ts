/**
 * The one schema for everything in geodata/: the app parses its data with it at the boundary and
 * the checker (scripts/check-geodata.ts) validates and rewrites the files with it.
 */
import * as z from 'zod/mini';

export const PART_KINDS = [
  'title',
  'heading',
  'paragraph',
  'column-heading',
  'byline',
  'caption',
  'figure-caption',
  'footnote',
] as const;
export type PartKind = (typeof PART_KINDS)[number];

export const DocumentPartSchema = z.strictObject({
  id: z.string().check(z.regex(/^[a-z0-9-]+$/)),
  kind: z.enum(PART_KINDS),
  /** Headings above this part, outermost first. */
  path: z.array(z.string()),
  text: z.string().check(z.minLength(1)),
});
export type DocumentPart = z.infer<typeof DocumentPartSchema>;

export const DocumentSchema = z.strictObject({
  sha256: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
  parts: z.array(DocumentPartSchema).check(z.minLength(1)),
});
export type BluebookDocument = z.infer<typeof DocumentSchema>;

/** ISO date, or a year-month, or a year: the precision the source gives. */
export const PartialDate = z
  .string()
  .check(z.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'a date as YYYY, YYYY-MM or YYYY-MM-DD'));

export const Bilingual = z.strictObject({
  ja: z.string().check(z.minLength(1)),
  en: z.string().check(z.minLength(1)),
});
export type Bilingual = z.infer<typeof Bilingual>;

/** Where a fact was read: one or more pages or files, as text. */
const Source = z.string().check(z.minLength(8));

export const CitationSchema = z.strictObject({
  paragraph: z.string(),
  /** Verbatim substring of that paragraph. */
  quote: z.string().check(z.minLength(1)),
  /**
   * `named`: the paragraph names this place. `covers`: it is about this place without naming it
   * (for example the 2013 consolidation plan covers each of its return items).
   */
  mention: z.enum(['named', 'covers']),
  note: z.optional(Bilingual),
});
export type Citation = z.infer<typeof CitationSchema>;

export const AREA_UNITS = ['ha', 'thousand m²', 'km²'] as const;
export const AreaSchema = z.strictObject({
  value: z.number().check(z.positive()),
  unit: z.enum(AREA_UNITS),
  asOf: z.string().check(z.minLength(4)),
  source: Source,
  note: z.optional(Bilingual),
  /** The id of a feature whose area already includes this one, so totals do not count it twice. */
  includedIn: z.optional(z.string()),
});
export type Area = z.infer<typeof AreaSchema>;

export const EVENT_KINDS = [
  'event',
  'established',
  'agreed',
  'returned',
  'partly-returned',
  'handed-over',
  'opened-to-public',
  'planned-return',
] as const;
export const EventSchema = z.strictObject({
  date: PartialDate,
  kind: z.enum(EVENT_KINDS),
  label: Bilingual,
  source: Source,
  /** Set when this date is the one the document gives (it may differ from official records). */
  fromDocument: z.optional(z.boolean()),
});
export type MapEvent = z.infer<typeof EventSchema>;

export const STATUS_CODES = [
  'in-use',
  /** Still provided as a facility, with no use notified for years (the Senkaku ranges). */
  'provided-unused',
  /** A move of the realignment (realignment layer): done, under way, or agreed and not begun. */
  'completed',
  'under-way',
  'planned',
  'returned',
  'handed-over',
  'joint-use-open',
  'pending',
  'under-construction',
  'place',
] as const;
export type StatusCode = (typeof STATUS_CODES)[number];
/** The agreements under which Okinawa land is returned; described, dated and sourced in geodata/plans.json. */
export const PLAN_IDS = ['saco-1996', 'consolidation-2013', 'separate-agreement', 'none'] as const;
export type PlanId = (typeof PLAN_IDS)[number];

export const PlanSchema = z.strictObject({
  id: z.enum(PLAN_IDS),
  name: Bilingual,
  /** When the plan was agreed: its items are pending from then until returned. Absent for none. */
  agreed: z.optional(PartialDate),
  source: Source,
});
export type Plan = z.infer<typeof PlanSchema>;
export const PlansFileSchema = z.strictObject({
  /** The start of the timeline: Okinawa's reversion to Japan. */
  reversion: z.strictObject({ date: PartialDate, source: Source }),
  plans: z.array(PlanSchema),
});
export type PlansFile = z.infer<typeof PlansFileSchema>;

export const StatusSchema = z.strictObject({
  code: z.enum(STATUS_CODES),
  /** The plan's target as the plan words it, e.g. 「2025年度又はその後」. */
  planTarget: z.optional(z.string()),
  /** Which agreement the return belongs to (land returns only). */
  plan: z.optional(z.enum(PLAN_IDS)),
  planCategory: z.optional(Bilingual),
  condition: z.optional(Bilingual),
  asOf: PartialDate,
  source: Source,
  /**
   * The date of the source the status rests on (its publication, or the date of its data), where
   * the source text does not name it; 'unknown' where it is not recorded. check:geodata refuses an
   * `asOf` later than it (statusDateProblem).
   */
  sourceDate: z.optional(z.union([PartialDate, z.literal('unknown')])),
});
export type Status = z.infer<typeof StatusSchema>;

/** The year of the Bluebook the atlas quotes: a status resting on the document is of this year. */
export const DOCUMENT_YEAR = '2025';

/**
 * Why a status's date is not one its source supports, or undefined. A completed return is dated by
 * its event; any other status (in use, pending…) claims to hold at `asOf`, which must not be later
 * than its source: the date given in `sourceDate`, else a year the source text names (the document
 * counts as of its year). A source that names no year needs a `sourceDate` ('unknown' if it is not
 * recorded, which the details then say, and then no later than the official list's date).
 */
export function statusDateProblem(status: Status, listDate: string): string | undefined {
  if (status.code === 'returned') return undefined;
  const year = status.asOf.slice(0, 4);
  if (status.sourceDate === undefined) {
    const named = [...status.source.matchAll(/(?<![\d])(?:19|20)\d\d(?![\d])/g)].map((m) => m[0]);
    if (status.source.startsWith('document ')) named.push(DOCUMENT_YEAR);
    if (named.length === 0)
      return `its source names no date: give status.sourceDate (the source's date, or "unknown")`;
    const latest = named.sort().at(-1)!;
    return latest < year ? `as of ${status.asOf}, later than its source (${latest})` : undefined;
  }
  // With an undated source, a status claims no more than the official list it is counted on.
  if (status.sourceDate === 'unknown')
    return status.asOf > listDate
      ? `as of ${status.asOf} on a source of unknown date: no later than the official list (${listDate})`
      : undefined;
  const comparable = status.asOf.slice(0, status.sourceDate.length);
  return comparable > status.sourceDate
    ? `as of ${status.asOf}, later than its source's date ${status.sourceDate}`
    : undefined;
}

export const POINT_METHODS = ['exact', 'centroid', 'landmark', 'representative', 'stand-in'] as const;
export type PointMethod = (typeof POINT_METHODS)[number];
export const ProvenanceSchema = z.strictObject({
  /**
   * exact: the source gives this point for the place itself (e.g. an aerodrome reference point);
   * centroid: computed centre of an outline; landmark: a named spot inside the place;
   * representative: the conventional point of a large place (a city's or an island group's
   * encyclopaedia coordinate); stand-in: a point of another place, for a place with no sourced point.
   */
  method: z.enum(POINT_METHODS),
  /** The feature whose point this one reuses; the checker keeps the two identical. */
  sameAs: z.optional(z.string()),
  represents: Bilingual,
  source: Source,
  confidence: z.enum(['high', 'medium', 'low']),
});
export type Provenance = z.infer<typeof ProvenanceSchema>;

export const SERVICES = ['Army', 'Navy', 'Air Force', 'Marine Corps'] as const;
export type Service = (typeof SERVICES)[number];
export const USE_TYPES = ['exclusive', 'shared'] as const;
export type UseType = (typeof USE_TYPES)[number];

/**
 * A move of the realignment of U.S. forces in Japan (the realignment layer): what moves, from
 * which place on the map to which (the feature's own point is the destination's), and when it
 * was agreed. A change in place (a unit reorganised where it is) has no `from`.
 */
export const MoveSchema = z.strictObject({
  what: Bilingual,
  /** The feature the move starts from; absent for a change in place. */
  from: z.optional(z.string()),
  /** The feature the move arrives at (or where the change happens). */
  to: z.string(),
  agreed: z.optional(z.strictObject({ date: PartialDate, source: Source })),
  /** Why no agreement date is given: what was searched. */
  agreedMissing: z.optional(Source),
});
export type Move = z.infer<typeof MoveSchema>;

export const FeaturePropertiesSchema = z.strictObject({
  id: z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'lower-case words joined by hyphens')),
  /** `ja` is the name as the document writes it (or the official name where it names none). */
  name: Bilingual,
  aliases: z._default(z.array(z.string().check(z.minLength(1))), []),
  /**
   * The name's reading in hiragana: search finds the place by it (ふてんま), and check:geodata holds
   * the English name to its Hepburn romanisation (scripts/romanisation.ts).
   */
  reading: z.optional(z.string().check(z.regex(/^[\u3041-\u3096ー]+$/, 'hiragana only'))),
  /**
   * Where the reading is written: of the whole name, or of the place it is named after (generic
   * words such as 飛行場 or 通信所 read as usual). Required for U.S. facilities (scripts/romanisation.ts);
   * three return items have none (no source found: docs/features.md).
   */
  readingSource: z.optional(Source),
  /**
   * `cited`: link this feature only to the paragraphs it cites, not to every use of its name
   * (外務省 names the ministry as an actor far more often than as a place).
   */
  mentionScope: z.optional(z.literal('cited')),
  kind: z.string().check(z.regex(/^[a-z-]+$/)),
  kindLabel: Bilingual,
  country: z.optional(Bilingual),
  prefecture: z.optional(Bilingual),
  municipality: z.optional(Bilingual),
  facilityNumber: z.optional(z.string().check(z.regex(/^FAC\d{4}$/))),
  /** Where the facility number is written (check:geodata requires it with a number). */
  facilityNumberSource: z.optional(Source),
  /** Why an exclusive-use facility has no number: what was searched (required without one). */
  facilityNumberMissing: z.optional(Source),
  service: z.optional(z.enum(SERVICES)),
  /** U.S. facilities: exclusive use, or temporary shared use of a JSDF facility (SOFA Art. 2-4-(b)). */
  useType: z.optional(z.enum(USE_TYPES)),
  /** The prefectures a facility lies in, in Japanese, first the one its area is counted under. */
  prefectures: z.optional(z.array(z.string().check(z.minLength(2)))),
  area: z.optional(AreaSchema),
  status: z.optional(StatusSchema),
  move: z.optional(MoveSchema),
  events: z._default(z.array(EventSchema), []),
  /** Features of other layers that are the same place or its parent. */
  related: z._default(z.array(z.string()), []),
  citations: z.array(CitationSchema).check(z.minLength(1)),
  geometry: ProvenanceSchema,
  notes: z.optional(Bilingual),
});
export type FeatureProperties = z.infer<typeof FeaturePropertiesSchema>;

const Position = z.tuple([
  z.number().check(z.gte(-180), z.lte(180)),
  z.number().check(z.gte(-90), z.lte(90)),
]);

export const PlaceFeatureSchema = z.strictObject({
  type: z.literal('Feature'),
  id: z.string(),
  properties: FeaturePropertiesSchema,
  geometry: z.strictObject({ type: z.literal('Point'), coordinates: Position }),
});
export type PlaceFeature = z.infer<typeof PlaceFeatureSchema>;

export const LayerFileSchema = z.strictObject({
  type: z.literal('FeatureCollection'),
  features: z.array(PlaceFeatureSchema),
});
export type LayerFile = z.infer<typeof LayerFileSchema>;

export const DocumentCitationSchema = z.strictObject({
  ja: z.string(),
  en: z.string(),
  url: z.url({ protocol: /^https$/ }),
  englishEditionUrl: z.url({ protocol: /^https$/ }),
  licence: z.string(),
});
export type DocumentCitation = z.infer<typeof DocumentCitationSchema>;

/** geodata/document/summaries.en.json: the atlas's own short English summaries, labelled unofficial. */
export const SummariesFileSchema = z.strictObject({
  about: z.string().check(z.minLength(20)),
  parts: z.record(z.string(), z.string().check(z.minLength(5))),
});
export type SummariesFile = z.infer<typeof SummariesFileSchema>;

/** public/data/document.json: the parts, how to cite them, and the summaries (scripts/build-data.ts). */
export const DocumentFileSchema = z.extend(DocumentSchema, {
  citation: DocumentCitationSchema,
  summariesEn: SummariesFileSchema,
});
export type DocumentFile = z.infer<typeof DocumentFileSchema>;

/** geodata/comparisons.json: places and sizes a footprint can be compared with, each sourced. */
export const ComparisonsFileSchema = z.strictObject({
  places: z.array(
    z.strictObject({
      id: z.string().check(z.regex(/^[a-z0-9-]+$/)),
      name: Bilingual,
      point: Position,
      source: Source,
    }),
  ),
  sizes: z.array(
    z.strictObject({
      id: z.string().check(z.regex(/^[a-z0-9-]+$/)),
      name: Bilingual,
      hectares: z.number().check(z.positive()),
      source: Source,
    }),
  ),
});
export type ComparisonsFile = z.infer<typeof ComparisonsFileSchema>;
