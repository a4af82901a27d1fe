/**
 * The words of the map's feature index (src/map/FeatureIndex.tsx), in Japanese and English; loaded
 * with the map's code.
 */
import { fillTemplate, type Lang } from './strings';

const MAP_INDEX_STRINGS = {
  inView: { ja: '表示中の場所 {n}件', en: '{n} places in view' },
  inViewOne: { ja: '表示中の場所 1件', en: '1 place in view' },
  noneInView: {
    ja: '表示中の場所はありません。0キーで日本全体に戻ります。',
    en: 'No places in view. Press 0 for all of Japan.',
  },
  around: { ja: '{name}の周辺', en: 'around {name}' },
  aroundIn: { ja: '{where}の{name}の周辺', en: 'around {name}, {where}' },
  'count-us-facilities': { ja: '米軍施設{n}', en: '{n} U.S. facilities' },
  'count-un-command-bases': { ja: '国連軍の基地{n}', en: '{n} UN Command bases' },
  'count-exchange-sites': { ja: '交流の場所{n}', en: '{n} exchange sites' },
  'count-okinawa-land-returns': { ja: '返還の項目{n}', en: '{n} return items' },
  'count-realignment': { ja: '再編の移転・配備{n}', en: '{n} realignment moves' },
  'count-context': { ja: 'その他の場所{n}', en: '{n} other places' },
  zoomLevel: { ja: 'ズーム {zoom}。', en: 'Zoom {zoom}.' },
  group: { ja: '{name}など{n}件({others})', en: '{n} places around {name} ({others})' },
  keysHint: {
    ja: '数字キーで場所を開く・近づく、0で日本全体、?でキー一覧。',
    en: 'Number keys open a place or zoom in; 0: all of Japan; ?: keys.',
  },
  helpTitle: { ja: '地図のキー操作', en: 'Map keys' },
  keyNumbers: {
    ja: '1〜9: 一覧のその番号の場所を開く(まとまりなら近づく)',
    en: '1–9: open that place of the list (a group: zoom in to it)',
  },
  keyZero: { ja: '0: 日本全体を表示', en: '0: show all of Japan' },
  keyWhere: { ja: 'W: いまの表示範囲を読み上げる', en: 'W: say where the view is' },
  keyArrows: { ja: '矢印キー: 地図を動かす', en: 'Arrow keys: move the map' },
  keyZoom: { ja: '+ / −: 拡大・縮小', en: '+ / −: zoom in and out' },
  keyEscape: {
    ja: 'Esc: 開いた場所を閉じる(地図に戻る)',
    en: 'Esc: close the place opened (back to the map)',
  },
  keyHelp: { ja: '?: この一覧', en: '?: this list' },
} satisfies Record<string, Record<Lang, string>>;

export type MapIndexStringKey = keyof typeof MAP_INDEX_STRINGS;

export function mapIndexText(
  lang: Lang,
  key: MapIndexStringKey,
  values: Record<string, string | number> = {},
): string {
  return fillTemplate(MAP_INDEX_STRINGS[key][lang], values);
}
