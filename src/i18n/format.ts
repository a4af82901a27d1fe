/** Dates, numbers and coded values worded for each language. */
import type { Area, PointMethod, StatusCode } from '../data/schema';
import type { Lang } from './strings';

const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Formats YYYY, YYYY-MM or YYYY-MM-DD at the precision given; other text is returned as it is. */
export function formatPartialDate(date: string, lang: Lang): string {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!match) return date;
  const [, year, month, day] = match;
  if (lang === 'ja') return `${year}年${month ? `${Number(month)}月` : ''}${day ? `${Number(day)}日` : ''}`;
  const monthName = month ? MONTHS_EN[Number(month) - 1] : undefined;
  return [day ? String(Number(day)) : undefined, monthName, year].filter(Boolean).join(' ');
}

const UNIT_LABELS: Record<Area['unit'], Record<Lang, string>> = {
  ha: { ja: 'ha', en: 'ha' },
  'thousand m²': { ja: '千㎡', en: 'thousand m²' },
  'km²': { ja: 'km²', en: 'km²' },
};

/**
 * One formatter per language, made at its first use (making one is far dearer than using it): made
 * as the module loads, a browser whose Intl fails would stop the page before the app could say so.
 */
const numberFormats: Partial<Record<Lang, Intl.NumberFormat>> = {};

export function formatNumber(value: number, lang: Lang): string {
  const format = (numberFormats[lang] ??= new Intl.NumberFormat(lang === 'ja' ? 'ja-JP' : 'en-GB', {
    maximumFractionDigits: 3,
  }));
  return format.format(value);
}

export function formatArea(area: Pick<Area, 'value' | 'unit'>, lang: Lang): string {
  const unit = UNIT_LABELS[area.unit][lang];
  return lang === 'ja' && area.unit === 'thousand m²'
    ? `${formatNumber(area.value, lang)}${unit}`
    : `${formatNumber(area.value, lang)} ${unit}`;
}

export const STATUS_LABELS: Record<StatusCode, Record<Lang, string>> = {
  'in-use': { ja: '使用中', en: 'In use' },
  'provided-unused': { ja: '提供中(使用の通告なし)', en: 'Provided, no use notified' },
  completed: { ja: '完了', en: 'Completed' },
  'under-way': { ja: '実施中', en: 'Under way' },
  planned: { ja: '計画', en: 'Planned' },
  returned: { ja: '返還済み', en: 'Returned' },
  'handed-over': { ja: '返還・地権者へ引渡し済み', en: 'Returned and handed over' },
  'joint-use-open': {
    ja: '返還前に一般開放(共同使用)',
    en: 'Open to the public in joint use, not yet returned',
  },
  pending: { ja: '返還待ち', en: 'Return pending' },
  'under-construction': { ja: '建設中', en: 'Under construction' },
  place: { ja: '地名', en: 'Place' },
};

export const POINT_METHOD_LABELS: Record<PointMethod, Record<Lang, string>> = {
  exact: { ja: 'この場所の座標', en: 'this place’s own coordinate' },
  centroid: { ja: '輪郭の中心', en: 'centre of an outline' },
  landmark: { ja: '場所の中の目印', en: 'a landmark inside the place' },
  representative: { ja: '代表点', en: 'representative point' },
  'stand-in': {
    ja: '代用の地点(この場所自体の座標は出典なし)',
    en: 'stand-in point (no source gives this place’s own)',
  },
};

export const CONFIDENCE_LABELS: Record<'high' | 'medium' | 'low', Record<Lang, string>> = {
  high: { ja: '高', en: 'high' },
  medium: { ja: '中', en: 'medium' },
  low: { ja: '低', en: 'low' },
};
