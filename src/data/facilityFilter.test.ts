import { describe, expect, it } from 'vitest';
import { formatFilter, matchesFilter, parseFilter } from './facilityFilter';
import type { PlaceFeature } from './schema';

const feature = (props: Partial<PlaceFeature['properties']>) => ({ properties: props }) as PlaceFeature;

describe('facility filter', () => {
  it('round-trips through the link form', () => {
    const filter = {
      service: 'Navy' as const,
      prefecture: '長崎県',
      useType: 'exclusive' as const,
      status: 'returned' as const,
    };
    expect(parseFilter(formatFilter(filter))).toEqual({ filter, ok: true });
  });

  it('drops what it does not know', () => {
    expect(parseFilter('service:Space Force;pref:<b>;use:exclusive')).toEqual({
      filter: { useType: 'exclusive' },
      ok: false,
    });
  });

  it('matches on every set field, and any prefecture of a facility', () => {
    const iwakuni = feature({
      service: 'Marine Corps',
      prefectures: ['山口県', '広島県'],
      useType: 'exclusive',
    });
    expect(matchesFilter(iwakuni, { prefecture: '広島県' })).toBe(true);
    expect(matchesFilter(iwakuni, { service: 'Navy' })).toBe(false);
    expect(matchesFilter(iwakuni, {})).toBe(true);
  });
});
