/**
 * The atlas's filter in words, for the filter bar on the map and what a screen reader hears:
 * "Kanagawa, Navy" / 「神奈川県・海軍」.
 */
import type { FacilityFilter } from '../data/facilityFilter';
import type { Service, UseType } from '../data/schema';
import { STATUS_LABELS } from './format';
import { prefectureName } from './prefectures';
import { translate, type Lang, type StringKey } from './strings';

export const SERVICE_LABELS: Record<Service, Record<Lang, string>> = {
  Army: { ja: '陸軍', en: 'Army' },
  Navy: { ja: '海軍', en: 'Navy' },
  'Air Force': { ja: '空軍', en: 'Air Force' },
  'Marine Corps': { ja: '海兵隊', en: 'Marine Corps' },
};
export const USE_LABELS: Record<UseType, StringKey> = { exclusive: 'useExclusive', shared: 'useShared' };

/** The filter's parts in words, or '' for no filter. */
export function describeFilter(filter: FacilityFilter, lang: Lang): string {
  return [
    filter.prefecture && prefectureName(filter.prefecture, lang),
    filter.service && SERVICE_LABELS[filter.service][lang],
    filter.useType && translate(lang, USE_LABELS[filter.useType]),
    filter.status && STATUS_LABELS[filter.status][lang],
  ]
    .filter(Boolean)
    .join(lang === 'ja' ? '・' : ', ');
}
