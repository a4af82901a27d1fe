/**
 * Okinawa land returns through time: each return item's status at the end of a given year, and the
 * areas returned and pending. Pure: derived only from each feature's dated events and its plan.
 *
 * At year Y an item is handed over or returned if that (official) event happened by the end of Y;
 * open to the public in joint use if that happened; pending if its plan had been agreed; otherwise
 * still in use. Dates the document gives (`fromDocument`) are shown beside the official ones but do
 * not set the status.
 */
import { areaInHectares } from './featureFacts';
import type { MapEvent, PlaceFeature, PlanId, PlansFile } from './schema';

export type TimelineStatus = 'in-use' | 'pending' | 'joint-use-open' | 'returned' | 'handed-over';
export const TIMELINE_STATUSES: readonly TimelineStatus[] = [
  'in-use',
  'pending',
  'joint-use-open',
  'returned',
  'handed-over',
];

export interface StatusAt {
  code: TimelineStatus;
  /** The date of the event that set this status (or the plan's date for pending). */
  since?: string;
}

const yearOf = (date: string) => Number(date.slice(0, 4));
const official = (events: readonly MapEvent[], kind: MapEvent['kind']) =>
  events.find((e) => e.kind === kind && !e.fromDocument);

export function planOf(feature: PlaceFeature): PlanId | undefined {
  return feature.properties.status?.plan;
}

export function statusAt(feature: PlaceFeature, year: number, plans: PlansFile): StatusAt {
  const events = feature.properties.events;
  const handed = official(events, 'handed-over');
  if (handed && yearOf(handed.date) <= year) return { code: 'handed-over', since: handed.date };
  const returned = official(events, 'returned');
  if (returned && yearOf(returned.date) <= year) return { code: 'returned', since: returned.date };
  const opened = official(events, 'opened-to-public') ?? events.find((e) => e.kind === 'opened-to-public');
  if (opened && yearOf(opened.date) <= year) return { code: 'joint-use-open', since: opened.date };
  const agreed = plans.plans.find((p) => p.id === planOf(feature))?.agreed;
  if (agreed && yearOf(agreed) <= year) return { code: 'pending', since: agreed };
  return { code: 'in-use' };
}

/** Where the document's date for a step differs from the official record, both dates. */
export interface DateDifference {
  document: MapEvent;
  official: MapEvent;
}

export function dateDifferences(feature: PlaceFeature): DateDifference[] {
  const events = feature.properties.events;
  return events
    .filter((e) => e.fromDocument)
    .flatMap((document) => {
      const match =
        events.find((e) => !e.fromDocument && e.kind === 'returned' && e.date !== document.date) ??
        events.find((e) => !e.fromDocument && e.kind === document.kind && e.date !== document.date);
      return match && (document.kind === 'handed-over' || document.kind === 'returned')
        ? [{ document, official: match }]
        : [];
    });
}

export interface ReturnTotals {
  /** Hectares returned (or handed over) before the consolidation plan was agreed. */
  returnedBeforePlan: number;
  /** Hectares returned from the plan's agreement onwards. */
  returnedSincePlan: number;
  /** Hectares pending or open in joint use but not returned, as of the year. */
  pending: number;
  /** Items counted nowhere because no area is known. */
  withoutArea: string[];
}

/**
 * Sums the returns layer at the end of `year`. An area included in another item's (`includedIn`)
 * counts only while their statuses differ: a strip returned early out of a pending facility counts
 * as returned, and the facility's pending area is that much less; returned together, it is already
 * in the larger item's figure.
 */
export function returnTotals(
  features: readonly PlaceFeature[],
  year: number,
  plans: PlansFile,
): ReturnTotals {
  const planDate = plans.plans.find((p) => p.id === 'consolidation-2013')?.agreed ?? '9999';
  const totals: ReturnTotals = { returnedBeforePlan: 0, returnedSincePlan: 0, pending: 0, withoutArea: [] };
  const byId = new Map(features.map((f) => [f.properties.id, f]));
  const isReturned = (s: TimelineStatus) => s === 'returned' || s === 'handed-over';
  const isPending = (s: TimelineStatus) => s === 'pending' || s === 'joint-use-open';
  // Hectares returned early out of each still-pending item.
  const returnedOut = new Map<string, number>();
  const counted = features.filter((feature) => {
    const parentId = feature.properties.area?.includedIn;
    if (parentId === undefined) return true;
    const parent = byId.get(parentId);
    const early =
      parent !== undefined &&
      isReturned(statusAt(feature, year, plans).code) &&
      isPending(statusAt(parent, year, plans).code);
    if (early) {
      const hectares = areaInHectares(feature.properties.area) ?? 0;
      returnedOut.set(parentId, (returnedOut.get(parentId) ?? 0) + hectares);
    }
    return early;
  });
  for (const feature of counted) {
    const area = feature.properties.area;
    const status = statusAt(feature, year, plans);
    const whole = areaInHectares(area);
    if (whole === undefined) {
      if (status.code !== 'in-use') totals.withoutArea.push(feature.properties.id);
      continue;
    }
    if (isReturned(status.code)) {
      const returnedOn = official(feature.properties.events, 'returned')?.date ?? status.since ?? '';
      if (returnedOn < planDate) totals.returnedBeforePlan += whole;
      else totals.returnedSincePlan += whole;
    } else if (isPending(status.code)) {
      totals.pending += whole - (returnedOut.get(feature.properties.id) ?? 0);
    }
  }
  return totals;
}

/** The first and last years of the timeline: the reversion, and the latest planned target. */
export function timelineRange(features: readonly PlaceFeature[], plans: PlansFile): [number, number] {
  const planned = features.flatMap((f) =>
    f.properties.events.filter((e) => e.kind === 'planned-return').map((e) => yearOf(e.date)),
  );
  return [yearOf(plans.reversion.date), Math.max(...planned)];
}

export type MoveStatusAt = 'completed' | 'under-way' | 'planned';

/**
 * A move of the realignment at the end of `year`, on the timeline: not yet agreed (null), agreed
 * and waiting (planned), or under way or completed from the date its source gives. A move with no
 * agreement date appears when it is under way or done.
 */
export function moveStatusAt(feature: PlaceFeature, year: number): MoveStatusAt | null {
  const { move, status } = feature.properties;
  if (!move || !status) return null;
  const reached = yearOf(status.asOf) <= year;
  if (reached && (status.code === 'completed' || status.code === 'under-way')) return status.code;
  const agreed = move.agreed?.date;
  return agreed !== undefined && yearOf(agreed) <= year ? 'planned' : null;
}
