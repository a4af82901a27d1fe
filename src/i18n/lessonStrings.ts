/**
 * The words of a teacher's own lesson (src/panels/Lesson.tsx), in Japanese and English: loaded with
 * that code, when a teacher opens it, not with the atlas's first view.
 */
import { wordsFor, type Lang } from './strings';

const LESSON_STRINGS = {
  lessonQuestionLabel: { ja: 'クラスへの問い(任意)', en: 'Question for the class (optional)' },
  lessonViewNote: {
    ja: 'いまの地図の範囲(ズーム {zoom})も一緒に保存します。先に「地図で見る」で場所を映しておくと便利です。',
    en: 'The map’s current view (zoom {zoom}) is kept with it: use “Show on map” first to frame its places.',
  },
  addStop: { ja: '場面を追加', en: 'Add stop' },
  cancel: { ja: 'やめる', en: 'Cancel' },
  lessonAdded: { ja: '「わたしの授業」の {n} 番目の場面にしました。', en: 'Added as stop {n} of My lesson.' },
  lessonFull: { ja: '授業は {max} 場面までです。', en: 'A lesson holds at most {max} stops.' },
  lessonHeading: { ja: 'わたしの授業', en: 'My lesson' },
  lessonEmpty: {
    ja: 'まだ場面がありません。「文書」タブで段落の下の「授業に追加」を選ぶと、その段落・いまの地図の範囲・クラスへの問いが1つの場面になります。',
    en: 'No stops yet. In the Document tab, choose “Add to my lesson” under a paragraph: the paragraph, the map’s current view and your question become one stop.',
  },
  lessonHint: {
    ja: '場面はこのページのリンクに入っています。ブックマークするかリンクをコピーして保存してください。',
    en: 'The stops are kept in this page’s link: bookmark it or copy the link to keep the lesson.',
  },
  lessonNoQuestion: { ja: '(問いなし)', en: '(no question)' },
  removeStop: { ja: '{name}を削除', en: 'Remove {name}' },
  lessonStopName: { ja: '場面 {n}', en: 'stop {n}' },
} satisfies Record<string, Record<Lang, string>>;

export const lessonText = wordsFor(LESSON_STRINGS);
