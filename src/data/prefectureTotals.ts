/**
 * Exclusive-use U.S. facility area by prefecture, computed from the data and set beside the official
 * figures (geodata/official-totals.json). A facility counts under the first of its prefectures; it
 * counts if it was on the official list's date, even if returned since.
 */
import { z } from 'zod';
import type { PlaceFeature } from './schema';
import { PartialDate } from './schema';

export const OfficialTotalsSchema = z.strictObject({
  asOf: PartialDate,
  source: z.string().min(8),
  total: z.strictObject({ facilities: z.number().int().positive(), thousandM2: z.number().positive() }),
  prefectures: z.array(
    z.strictObject({
      prefecture: z.string(),
      facilities: z.number().int().nonnegative(),
      thousandM2: z.number().nonnegative(),
    }),
  ),
  /** Facilities on the official list with no sourced point, so not on the map, with their areas. */
  unmapped: z.array(
    z.strictObject({
      name: z.string(),
      prefecture: z.string(),
      thousandM2: z.number().nonnegative().optional(),
      source: z.string().min(8),
      searched: z.string().min(8),
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
  official?: { facilities: number; thousandM2: number };
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
    if (p.area) r.thousandM2 += p.area.value * (THOUSAND_M2[p.area.unit] ?? 0);
    else r.withoutArea.push(p.name.ja);
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
