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
