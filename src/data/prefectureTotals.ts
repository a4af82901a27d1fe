/**
 * Exclusive-use U.S. facility area by prefecture, computed from the data and set beside the official
 * figures (geodata/official-totals.json). A facility counts under the first of its prefectures; it
 * counts if it was on the official list's date, even if returned since.
 */
import * as z from 'zod/mini';
import type { PlaceFeature } from './schema';
import { Bilingual, PartialDate } from './schema';

const UnmappedSchema = z.strictObject({
  name: z.string(),
  prefecture: z.string(),
  thousandM2: z.optional(z.number().check(z.nonnegative())),
  source: z.string().check(z.minLength(8)),
  searched: z.string().check(z.minLength(8)),
});
export type UnmappedFacility = z.infer<typeof UnmappedSchema>;

export const OfficialTotalsSchema = z.strictObject({
  asOf: PartialDate,
  source: z.string().check(z.minLength(8)),
  total: z.strictObject({
    facilities: z.int().check(z.positive()),
    thousandM2: z.number().check(z.positive()),
  }),
  prefectures: z.array(
    z.strictObject({
      prefecture: z.string(),
      /** Only where a source gives the prefecture's count (shared facilities make counts overlap). */
      facilities: z.optional(z.int().check(z.nonnegative())),
      thousandM2: z.number().check(z.nonnegative()),
      source: z.string().check(z.minLength(8)),
    }),
  ),
  /** Exclusive-use facilities on the official list with no sourced point, so not on the map. */
  unmapped: z.array(UnmappedSchema),
  /** Temporary shared-use (2-4-(b)) facilities with no sourced point. */
  unmappedShared: z.array(UnmappedSchema),
  /**
   * Each prefecture whose figure computed from the data does not agree with the official one: the
   * computed figure (thousand m², rounded) and why. check:geodata recomputes it, so the list cannot
   * fall behind the data.
   */
  differences: z.array(
    z.strictObject({
      prefecture: z.string(),
      computedThousandM2: z.int(),
      reason: Bilingual,
    }),
  ),
});
export type OfficialTotals = z.infer<typeof OfficialTotalsSchema>;

export interface PrefectureRow {
  prefecture: string;
  /** Facilities in the data counted here (mapped and unmapped). */
  facilities: number;
  /** Their summed areas, in thousand m². */
  thousandM2: number;
  /** Facilities counted with no known area. */
  withoutArea: string[];
  official?: { facilities?: number; thousandM2: number };
}

const THOUSAND_M2: Record<string, number> = { 'thousand m²': 1, ha: 10, 'km²': 1000 };

/** Whether a facility was on the exclusive-use list on `asOf` (returned since still counts). */
function onListAt(feature: PlaceFeature, asOf: string): boolean {
  const p = feature.properties;
  if (p.useType !== 'exclusive') return false;
  const returned = p.events.find((e) => e.kind === 'returned' && !e.fromDocument)?.date;
  return returned === undefined || returned >= asOf;
}

export function prefectureTotals(
  features: readonly PlaceFeature[],
  official: OfficialTotals,
): PrefectureRow[] {
  const rows = new Map<string, PrefectureRow>();
  const row = (prefecture: string) => {
    let r = rows.get(prefecture);
    if (!r) {
      r = { prefecture, facilities: 0, thousandM2: 0, withoutArea: [] };
      rows.set(prefecture, r);
    }
    return r;
  };
  for (const f of features.filter((x) => onListAt(x, official.asOf))) {
    const p = f.properties;
    const r = row(p.prefectures?.[0] ?? p.prefecture?.ja ?? '?');
    r.facilities += 1;
    if (p.area) {
      r.thousandM2 += p.area.value * (THOUSAND_M2[p.area.unit] ?? 0);
    } else r.withoutArea.push(p.name.ja);
  }
  for (const u of official.unmapped) {
    const r = row(u.prefecture);
    r.facilities += 1;
    if (u.thousandM2 !== undefined) r.thousandM2 += u.thousandM2;
    else r.withoutArea.push(u.name);
  }
  for (const o of official.prefectures)
    row(o.prefecture).official = { facilities: o.facilities, thousandM2: o.thousandM2 };
  return [...rows.values()].sort(
    (a, b) => (b.official?.thousandM2 ?? b.thousandM2) - (a.official?.thousandM2 ?? a.thousandM2),
  );
}

/** Whether a computed row agrees with its official figure to within `tolerance` (a fraction). */
export function agrees(row: PrefectureRow, tolerance = 0.005): boolean {
  if (!row.official) return false;
  return Math.abs(row.thousandM2 - row.official.thousandM2) <= row.official.thousandM2 * tolerance + 1;
}

/**
 * What is wrong with the listed differences: a prefecture that disagrees with no reason given, a
 * listed figure that is not what the data now gives, or a reason for a prefecture that agrees.
 */
export function unexplainedDifferences(rows: readonly PrefectureRow[], official: OfficialTotals): string[] {
  const problems: string[] = [];
  const listed = new Map(official.differences.map((d) => [d.prefecture, d]));
  for (const r of rows) {
    const d = listed.get(r.prefecture);
    const computed = Math.round(r.thousandM2);
    if (agrees(r)) {
      if (d) problems.push(`${r.prefecture} agrees with the official figure; remove its listed difference`);
    } else if (!d) {
      problems.push(
        `${r.prefecture}: computed ${computed} against the official ${r.official?.thousandM2 ?? '(none)'}, and no reason is listed`,
      );
    } else if (d.computedThousandM2 !== computed) {
      problems.push(
        `${r.prefecture}: the listed difference is for ${d.computedThousandM2}, but the data now gives ${computed}`,
      );
    }
    listed.delete(r.prefecture);
  }
  for (const p of listed.keys()) problems.push(`${p} has a listed difference but no row`);
  return problems;
}

/**
 * The prefecture with the largest official exclusive-use area and its share of the national total
 * in percent, rounded to two decimals (Okinawa's 70.27 % in the 2020-01-01 figures).
 */
export function largestShare(
  official: OfficialTotals,
): { prefecture: string; thousandM2: number; share: number } | undefined {
  const top = official.prefectures.reduce<OfficialTotals['prefectures'][number] | undefined>(
    (best, p) => (best === undefined || p.thousandM2 > best.thousandM2 ? p : best),
    undefined,
  );
  if (!top || official.total.thousandM2 <= 0) return undefined;
  const share = Math.round((top.thousandM2 / official.total.thousandM2) * 10000) / 100;
  return { prefecture: top.prefecture, thousandM2: top.thousandM2, share };
}
