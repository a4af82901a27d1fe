import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dateDifferences, moveStatusAt, returnTotals, statusAt, timelineRange } from './returnsTimeline';
import { LayerFileSchema, PlansFileSchema } from './schema';

const plans = PlansFileSchema.parse(JSON.parse(readFileSync('geodata/plans.json', 'utf8')));
const features = LayerFileSchema.parse(
  JSON.parse(readFileSync('geodata/layers/okinawa-land-returns.geojson', 'utf8')),
).features;
const byId = (id: string) => features.find((f) => f.properties.id === id)!;
const at = (id: string, year: number) => statusAt(byId(id), year, plans).code;

describe('statusAt', () => {
  it('follows the Northern Training Area from SACO to the handover', () => {
    expect(at('return-northern-training-area', 1995)).toBe('in-use');
    expect(at('return-northern-training-area', 2010)).toBe('pending');
    expect(at('return-northern-training-area', 2016)).toBe('returned');
    expect(at('return-northern-training-area', 2017)).toBe('handed-over');
  });

  it('opens Lower Plaza to the public before any return', () => {
    expect(at('return-lower-plaza', 2010)).toBe('in-use');
    expect(at('return-lower-plaza', 2017)).toBe('pending');
    expect(at('return-lower-plaza', 2024)).toBe('joint-use-open');
    expect(at('return-lower-plaza', 2026)).toBe('joint-use-open');
  });

  it('keeps items of separate agreements in use until their return', () => {
    expect(at('return-futenma-samashita', 2019)).toBe('in-use');
    expect(at('return-futenma-samashita', 2020)).toBe('returned');
  });

  it('leaves Futenma pending after its planned year has passed', () => {
    expect(at('return-futenma', 2026)).toBe('pending');
  });
});

describe('dateDifferences', () => {
  it('pairs the document’s December 2017 with the official return of 22 December 2016', () => {
    const [difference] = dateDifferences(byId('return-northern-training-area'));
    expect(difference?.document.date).toBe('2017-12');
    expect(difference?.official.date).toBe('2016-12-22');
  });
});

describe('returnTotals', () => {
  const round = (n: number) => Math.round(n * 10) / 10;
  it('matches the sums of the areas in the data, worked out by hand', () => {
    // Before 5 Apr 2013: Aha 489.3, Yomitan 191, Awase 47.9, Gimbaru 60, Sobe 53, Senaha 61,
    // Camp Kuwae north 38.
    // Since, by 2017: North access road 1, West Futenma 51, Gesaji 58.6, NTA 4,000, Futenma east strip 4.
    const t2017 = returnTotals(features, 2017, plans);
    expect(round(t2017.returnedBeforePlan)).toBe(940.2);
    expect(round(t2017.returnedSincePlan)).toBe(4114.6);
    // Pending: Futenma's 481 ha includes the east strip returned early (4), so 995 − 4.
    expect(round(t2017.pending)).toBe(991);
    // By 2026 also: Route 58 3, Gate 5 2, Facilities Engineering Compound 11 (with the Shirahi
    // strip, counted once), Samashita 0.1, laundry 0.2; Lower Plaza (23) is open but still pending.
    const t2026 = returnTotals(features, 2026, plans);
    expect(round(t2026.returnedSincePlan)).toBe(4130.9);
    // 982 − the 4.1 ha of Futenma returned early (east strip and Samashita).
    expect(round(t2026.pending)).toBe(977.9);
    expect(t2026.withoutArea).toEqual(['return-zukeran-additional', 'return-industrial-corridor-south']);
  });

  it('counts nothing before the first return', () => {
    expect(returnTotals(features, 1972, plans)).toEqual({
      returnedBeforePlan: 0,
      returnedSincePlan: 0,
      pending: 0,
      withoutArea: [],
    });
  });
});

describe('timelineRange', () => {
  it('runs from the reversion to the latest planned target', () => {
    expect(timelineRange(features, plans)).toEqual([1972, 2028]);
  });
});

describe('moveStatusAt', () => {
  const moves = LayerFileSchema.parse(
    JSON.parse(readFileSync('geodata/layers/realignment.geojson', 'utf8')),
  ).features;
  const move = (id: string) => moves.find((f) => f.properties.id === id)!;
  it('watches the realignment unfold: agreed, then under way, then completed', () => {
    const guam = move('move-marines-guam');
    expect([2005, 2006, 2023, 2024, 2026].map((y) => moveStatusAt(guam, y))).toEqual([
      null,
      'planned',
      'planned',
      'under-way',
      'under-way',
    ]);
    const carrierWing = move('move-cvw5-iwakuni');
    expect([2005, 2006, 2017, 2018].map((y) => moveStatusAt(carrierWing, y))).toEqual([
      null,
      'planned',
      'planned',
      'completed',
    ]);
    // No agreement date known: it appears when it is done.
    expect([2013, 2014].map((y) => moveStatusAt(move('move-kc130-iwakuni'), y))).toEqual([null, 'completed']);
  });
});
