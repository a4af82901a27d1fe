/**
 * The words of the quiz (src/panels/QuizPanel.tsx), in Japanese and English: loaded with that code,\n * when the Quiz tab is first opened, not with the atlas's first view.
 */
import { wordsFor, type Lang } from './strings';

const QUIZ_STRINGS = {
  quizHeading: { ja: 'クイズ', en: 'Quiz' },
  quizIntro: {
    ja: 'データから作った5問です。答えると、その根拠となる文書の段落が表示されます。',
    en: 'Five questions made from the data. After each answer you see the paragraph that explains it.',
  },
  quizStart: { ja: 'クイズを始める', en: 'Start a quiz' },
  quizNew: { ja: '別の問題にする', en: 'New questions' },
  quizSeed: { ja: '問題番号 {seed}', en: 'Quiz number {seed}' },
  quizTeacher: {
    ja: '「クラスで共有」で、この問題の生徒用リンクとQRコードを作れます。',
    en: '“Share with a class” makes the students’ link to these questions, with a QR code.',
  },
  quizQuestion: { ja: '第{n}問/全{total}問', en: 'Question {n} of {total}' },
  quizWhichPlace: {
    ja: 'この段落の「＿＿＿」にあてはまる場所はどれでしょう?',
    en: 'Which place is hidden as “＿＿＿” in this paragraph?',
  },
  quizSeedSite: {
    ja: '2024年度にSEEDプロジェクトが行われた場所はどれでしょう?',
    en: 'Which of these hosted the SEED project in FY2024?',
  },
  quizMoveTo: {
    ja: '在日米軍再編で「{what}」は{from}からどこへ移ったでしょう?',
    en: 'In the realignment, {what} moved from {from}. Where to?',
  },
  quizOrder: {
    ja: '返還された順に並べてください(上が最初)。',
    en: 'Put these in the order they were returned (first at the top).',
  },
  quizCheck: { ja: '答え合わせ', en: 'Check' },
  quizRight: { ja: '正解!', en: 'Right!' },
  quizWrong: { ja: '残念。', en: 'Not quite.' },
  quizAnswerIs: { ja: '答えは「{name}」です。', en: 'The answer is {name}.' },
  quizShowOnMap: { ja: '地図で見る', en: 'Show on map' },
  quizNext: { ja: '次へ', en: 'Next' },
  quizScore: { ja: '{total}問中{score}問正解', en: 'Score: {score} of {total}' },
  quizAgain: { ja: 'もう一度', en: 'Try again' },
} satisfies Record<string, Record<Lang, string>>;

export const quizText = wordsFor(QUIZ_STRINGS);
