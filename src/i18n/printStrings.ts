/**
 * The words of the printable class activity (src/panels/ActivityPrint.tsx), in Japanese and English:
 * loaded with that code, when a teacher prints, not with the atlas's first view.
 */
import { wordsFor, type Lang } from './strings';

const PRINT_STRINGS = {
  printPreparing: {
    ja: '「{title}」の印刷を準備しています(地図を描いています)…',
    en: 'Preparing “{title}” for printing (drawing the map)…',
  },
  printReady: {
    ja: '「{title}」の2ページ(教員用・生徒用)を印刷できます。',
    en: '“{title}”: the two pages (teacher’s guide, student worksheet) are ready to print.',
  },
  teacherGuide: { ja: '教員用の手引き', en: 'Teacher’s guide' },
  studentSheet: { ja: '生徒用ワークシート', en: 'Student worksheet' },
  answer: { ja: '答え', en: 'Answer' },
  nameLine: { ja: '年   組   番  名前', en: 'Class:            Name:' },
  findOnMap: { ja: '地図で「{name}」を見つけて○で囲もう。', en: 'Find “{name}” on the map and circle it.' },
  yearQuestion: {
    ja: '{year}年末までに、統合計画(2013年)以降に返還された面積と、返還待ちの面積は?',
    en: 'By the end of {year}, how much land had been returned since the 2013 plan, and how much was pending?',
  },
  returnsDataSource: {
    ja: '出典: この地図の「沖縄の土地返還」レイヤー(各項目の面積・日付に項目ごとの出典)',
    en: 'Source: the atlas’s Okinawa land returns layer (each item’s area and dates carry their own source)',
  },
} satisfies Record<string, Record<Lang, string>>;

export const printText = wordsFor(PRINT_STRINGS);
