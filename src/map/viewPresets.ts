/** Views a reader can jump to: regions where the document's places gather. [west, south, east, north]. */
import type { Bilingual } from '../data/schema';

export interface ViewPreset {
  id: string;
  label: Bilingual;
  bounds: [number, number, number, number];
}

export const VIEW_PRESETS: readonly ViewPreset[] = [
  { id: 'japan', label: { ja: '日本全体', en: 'All of Japan' }, bounds: [123, 24, 146, 45.5] },
  { id: 'okinawa', label: { ja: '沖縄本島', en: 'Okinawa Island' }, bounds: [127.6, 26.05, 128.35, 26.9] },
  { id: 'kanto', label: { ja: '関東', en: 'Kanto' }, bounds: [139.2, 35.2, 139.85, 35.8] },
  // East of the antimeridian as longitudes past 180, so Japan, Guam and the U.S. fit in one view.
  { id: 'pacific', label: { ja: '太平洋・米国', en: 'Pacific and U.S.' }, bounds: [120, 8, 290, 52] },
];
