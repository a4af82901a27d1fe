/**
 * The words of the presenter view (src/app/Presenter.tsx), in Japanese and English: loaded with that
 * code, when a teacher presents, not with the atlas's first view.
 */
import { wordsFor, type Lang } from './strings';

const PRESENTER_STRINGS = {
  stopOf: { ja: '{n} / {total}', en: '{n} of {total}' },
  presentPrevious: { ja: '前へ', en: 'Back' },
  presentNext: { ja: '次へ', en: 'Next' },
  presentLeave: { ja: '終了(Esc)', en: 'Leave (Esc)' },
  presentKeys: {
    ja: '→ / PageDown: 次へ ・ ← / PageUp: 前へ ・ Esc: 終了',
    en: '→ / Page Down: next · ← / Page Up: back · Esc: leave',
  },
  questionToClass: { ja: 'クラスへの問い', en: 'A question for the class' },
  presentYearHint: {
    ja: '地図の色はその年の状況です(灰色: 使用中、塗り: 返還済み、白抜き: 返還待ち)。',
    en: 'The map shows each item’s status in that year (grey: in use; filled: returned; outlined: pending).',
  },
} satisfies Record<string, Record<Lang, string>>;

export const presenterText = wordsFor(PRESENTER_STRINGS);
