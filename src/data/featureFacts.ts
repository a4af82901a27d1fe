/** Derived facts for lists and sorting, computed from a feature's own data. */
import type { Area, PlaceFeature } from './schema';

const HA_PER_UNIT: Record<Area['unit'], number> = { ha: 1, 'thousand m²': 0.1, 'km²': 100 };

export function areaInHectares(area: Pick<Area, 'value' | 'unit'> | undefined): number | undefined {
  return area ? area.value * HA_PER_UNIT[area.unit] : undefined;
}

const KEY_EVENT_KINDS = [
  'returned',
  'handed-over',
  'partly-returned',
  'opened-to-public',
  'established',
  'event',
  'agreed',
];

/**
 * The date a reader most likely wants: when it was returned or opened, else its first dated event.
 * A planned return is not a date that happened, so it never counts here.
 */
export function keyDate(feature: PlaceFeature): string | undefined {
  const events = feature.properties.events.filter((e) => e.kind !== 'planned-return');
  for (const kind of KEY_EVENT_KINDS) {
    const event = events.find((e) => e.kind === kind);
    if (event) return event.date;
  }
  return events[0]?.date;
}

/**
 * A return plan's target as the plan words it, 「2022年度又はその後」 ("fiscal 2022 or later"): the
 * fiscal year, and the day it ended (Japan's fiscal year runs April to March). Null for other wording.
 */
export function planTargetYear(target: string): { fiscalYear: number; ends: string } | null {
  const match = /^(\d{4})年度又はその後$/.exec(target.trim());
  if (!match) return null;
  const fiscalYear = Number(match[1]);
  return { fiscalYear, ends: `${fiscalYear + 1}-03-31` };
}

/** Whether a plan's target year had ended by `today` (YYYY-MM-DD): a pending item is then overdue. */
export function targetHasPassed(target: string, today: string): boolean {
  const year = planTargetYear(target);
  return year !== null && today > year.ends;
}
