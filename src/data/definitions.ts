/**
 * What counts as a U.S. base: the definitions in geodata/definitions.json, each with the official
 * figures published under it, and the same figures recomputed from the facilities layer so the two
 * can be set side by side.
 */
import * as z from 'zod/mini';
import { prefectureTotals, type OfficialTotals } from './prefectureTotals';
import { Bilingual, PartialDate, type PlaceFeature } from './schema';

const Figure = z.strictObject({
  id: z.string().check(z.regex(/^[a-z0-9-]+$/)),
  scope: z.enum(['japan', 'okinawa']),
  asOf: PartialDate,
  facilities: z.optional(z.int().check(z.positive())),
  area: z.strictObject({
    value: z.number().check(z.positive()),
    unit: z.enum(['thousand m²', 'ha']),
    approximate: z.optional(z.boolean()),
  }),
  /** Okinawa's share of Japan's area as the source publishes it, in percent. */
  sharePercent: z.optional(z.number().check(z.positive(), z.lte(100))),
  source: z.string().check(z.minLength(8)),
});
export type Figure = z.infer<typeof Figure>;

export const DefinitionsSchema = z.strictObject({
  note: z.string(),
  definitions: z.array(
    z.strictObject({
      id: z.enum(['exclusive', 'all-use']),
      name: Bilingual,
      definition: Bilingual,
      figures: z.array(Figure).check(z.minLength(1)),
      /** A share no source publishes, computed from two of the figures, with why. */
      derivedShare: z.optional(z.strictObject({ okinawa: z.string(), japan: z.string(), note: Bilingual })),
      fromLayer: z.enum(['exclusive', 'all-use']),
    }),
  ),
});
export type Definitions = z.infer<typeof DefinitionsSchema>;
export type Definition = Definitions['definitions'][number];

const TO_THOUSAND_M2 = { 'thousand m²': 1, ha: 10 } as const;
export const thousandM2 = (f: Figure): number => f.area.value * TO_THOUSAND_M2[f.area.unit];

/** Okinawa's share of Japan in percent, to two decimals. */
export const sharePercent = (okinawa: number, japan: number): number =>
  Math.round((okinawa / japan) * 10000) / 100;

/** The figures a definition recomputes from the data, and how many of its facilities have no area. */
export interface FromLayer {
  facilities: number;
  okinawaFacilities: number;
  /** Summed areas in thousand m², over the facilities with a known area. */
  thousandM2: number;
  okinawaThousandM2: number;
  withoutArea: number;
}

/**
 * Exclusive use: the facilities on the official list at its date (as the prefecture table counts
 * them). All use: those plus every temporary shared-use (2-4-(b)) facility, mapped or not.
 */
export function fromLayer(
  kind: Definition['fromLayer'],
  features: readonly PlaceFeature[],
  official: OfficialTotals,
): FromLayer {
  const rows = prefectureTotals(features, official);
  const exclusive: FromLayer = {
    facilities: rows.reduce((s, r) => s + r.facilities, 0),
    okinawaFacilities: rows.find((r) => r.prefecture === '沖縄県')?.facilities ?? 0,
    thousandM2: rows.reduce((s, r) => s + r.thousandM2, 0),
    okinawaThousandM2: rows.find((r) => r.prefecture === '沖縄県')?.thousandM2 ?? 0,
    withoutArea: rows.reduce((s, r) => s + r.withoutArea.length, 0),
  };
  if (kind === 'exclusive') return exclusive;
  const result = { ...exclusive };
  const toThousand: Record<string, number> = { 'thousand m²': 1, ha: 10, 'km²': 1000 };
  for (const f of features.filter((x) => x.properties.useType === 'shared')) {
    const p = f.properties;
    const inOkinawa = p.prefectures?.[0] === '沖縄県';
    result.facilities += 1;
    if (inOkinawa) result.okinawaFacilities += 1;
    if (!p.area) {
      result.withoutArea += 1;
      continue;
    }
    const value = p.area.value * (toThousand[p.area.unit] ?? 0);
    result.thousandM2 += value;
    if (inOkinawa) result.okinawaThousandM2 += value;
  }
  for (const u of official.unmappedShared) {
    result.facilities += 1;
    if (u.prefecture === '沖縄県') result.okinawaFacilities += 1;
    if (u.thousandM2 === undefined) result.withoutArea += 1;
    else result.thousandM2 += u.thousandM2;
  }
  return result;
}

/**
 * What is inconsistent in the definitions: a derived share naming a figure that is not there, or
 * a published share that its own source's Okinawa and Japan figures (same date) do not give
 * within rounding.
 */
export function checkDefinitionFigures(definitions: Definitions): string[] {
  const problems: string[] = [];
  for (const d of definitions.definitions) {
    const byId = new Map(d.figures.map((f) => [f.id, f]));
    if (byId.size !== d.figures.length) problems.push(`${d.id}: two figures share an id`);
    if (d.derivedShare) {
      for (const id of [d.derivedShare.okinawa, d.derivedShare.japan])
        if (!byId.has(id)) problems.push(`${d.id}: derivedShare names ${id}, which is not a figure`);
    }
    for (const f of d.figures) {
      if (f.sharePercent === undefined) continue;
      const japan = d.figures.find((g) => g.scope === 'japan' && g.asOf === f.asOf);
      if (!japan) continue;
      const decimals = String(f.sharePercent).split('.')[1]?.length ?? 0;
      const computed = ((thousandM2(f) / thousandM2(japan)) * 100).toFixed(decimals);
      if (computed !== f.sharePercent.toFixed(decimals)) {
        problems.push(
          `${d.id}/${f.id}: the published ${f.sharePercent}% is not ${computed}% from its figures`,
        );
      }
    }
  }
  return problems;
}
