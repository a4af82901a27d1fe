/**
 * The atlas's one filter — prefecture, service, use type, status — and its form in the link:
 * `filter=service:Navy;pref:沖縄県;use:exclusive;status:in-use` (any subset). It applies to every
 * layer, strictly: a place is kept when it has each attribute asked for, with that value, so
 * "Kanagawa + Navy" keeps the Navy's facilities in Kanagawa on the map, in the list, the index and
 * the export alike (a return item has no service, an exchange site no status: they are out).
 */
import type { PlaceFeature, Service, StatusCode, UseType } from './schema';
import { SERVICES, STATUS_CODES, USE_TYPES } from './schema';

export interface FacilityFilter {
  service?: Service;
  prefecture?: string;
  useType?: UseType;
  status?: StatusCode;
}

export function isEmptyFilter(filter: FacilityFilter): boolean {
  return Object.values(filter).every((v) => v === undefined);
}

export function matchesFilter(feature: PlaceFeature, filter: FacilityFilter): boolean {
  const p = feature.properties;
  if (filter.service && p.service !== filter.service) return false;
  if (filter.prefecture && !(p.prefectures ?? [p.prefecture?.ja]).includes(filter.prefecture)) return false;
  if (filter.useType && p.useType !== filter.useType) return false;
  if (filter.status && p.status?.code !== filter.status) return false;
  return true;
}

/** Reads the link's form; anything it does not know is dropped (and reported as false). */
export function parseFilter(text: string): { filter: FacilityFilter; ok: boolean } {
  const filter: FacilityFilter = {};
  let ok = true;
  for (const pair of text.split(';').filter(Boolean)) {
    const [key, value = ''] = pair.split(':', 2) as [string, string?];
    if (key === 'service' && (SERVICES as readonly string[]).includes(value))
      filter.service = value as Service;
    else if (key === 'pref' && /^[\u3400-\u9fff]{1,4}[都道府県]$/.test(value)) filter.prefecture = value;
    else if (key === 'use' && (USE_TYPES as readonly string[]).includes(value))
      filter.useType = value as UseType;
    else if (key === 'status' && (STATUS_CODES as readonly string[]).includes(value))
      filter.status = value as StatusCode;
    else ok = false;
  }
  return { filter, ok };
}

export function formatFilter(filter: FacilityFilter): string {
  return [
    filter.service && `service:${filter.service}`,
    filter.prefecture && `pref:${filter.prefecture}`,
    filter.useType && `use:${filter.useType}`,
    filter.status && `status:${filter.status}`,
  ]
    .filter(Boolean)
    .join(';');
}
