/** The atlas's layers: ids, titles and the file each is loaded from. Styles live in map/layerStyles.ts. */
import type { Bilingual } from './schema';

export const LAYER_IDS = [
  'us-facilities',
  'un-command-bases',
  'exchange-sites',
  'okinawa-land-returns',
  'realignment',
  'context',
] as const;
export type LayerId = (typeof LAYER_IDS)[number];
/** The layer the returns timeline draws year by year. */
export const RETURNS_LAYER: LayerId = 'okinawa-land-returns';
/** The layer of moves, drawn as arrows between places at every zoom (never clustered). */
export const MOVES_LAYER: LayerId = 'realignment';

export function isLayerId(value: string): value is LayerId {
  return (LAYER_IDS as readonly string[]).includes(value);
}

export interface LayerInfo {
  id: LayerId;
  title: Bilingual;
  description: Bilingual;
  /** Where the checker requires this layer's points to lie: [west, south, east, north]. */
  bounds: [number, number, number, number];
}

const JAPAN: LayerInfo['bounds'] = [122, 20, 154, 46];
const WORLD: LayerInfo['bounds'] = [-180, -90, 180, 90];

export const LAYERS: Record<LayerId, LayerInfo> = {
  'us-facilities': {
    id: 'us-facilities',
    title: { ja: '在日米軍施設・区域', en: 'U.S. facilities in Japan' },
    description: {
      ja: '全国の専用施設(2020年1月1日時点の防衛省の一覧)と一時使用施設。文書が名を挙げない施設もある',
      en: 'All exclusive-use facilities (Ministry of Defense list, 2020-01-01) and shared-use ones; many are not named in the document',
    },
    bounds: JAPAN,
  },
  'un-command-bases': {
    id: 'un-command-bases',
    title: { ja: '朝鮮国連軍が使用できる施設', en: 'UN Command bases' },
    description: { ja: '7か所と後方司令部(横田)', en: 'The seven facilities and the rear HQ at Yokota' },
    bounds: JAPAN,
  },
  'exchange-sites': {
    id: 'exchange-sites',
    title: { ja: 'SEED・TOFU 交流事業', en: 'SEED and TOFU exchanges' },
    description: {
      ja: '2024年度SEEDの7か所とTOFUの訪問地',
      en: 'The seven FY2024 SEED sites and TOFU places',
    },
    bounds: WORLD,
  },
  'okinawa-land-returns': {
    id: 'okinawa-land-returns',
    title: { ja: '沖縄の土地返還', en: 'Okinawa land returns' },
    description: {
      ja: '統合計画(2013年)とそれ以前の返還',
      en: 'The 2013 consolidation plan and earlier returns',
    },
    bounds: [127.5, 26, 128.4, 26.9],
  },
  realignment: {
    id: 'realignment',
    title: { ja: '在日米軍再編', en: 'Realignment of U.S. forces' },
    description: {
      ja: '再編による移転・配備(矢印)と、その場での改編。日付と状況は出典による',
      en: 'Moves of the realignment (arrows) and changes in place, dated and sourced',
    },
    bounds: WORLD,
  },
  context: {
    id: 'context',
    title: { ja: 'その他の地名', en: 'Other places named' },
    description: {
      ja: '会談の開催地、グアム、尖閣諸島など',
      en: 'Meeting places, Guam, the Senkaku Islands and more',
    },
    bounds: WORLD,
  },
};

/**
 * Above this many features a layer is drawn as plain circles, labelled only close up: MapLibre's
 * symbol buckets overflow with tens of thousands of icons in one tile.
 */
export const LARGE_LAYER = 20_000;
