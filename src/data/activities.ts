/**
 * Ready-made 15-minute activities a teacher presents on a projector (presenter mode,
 * src/app/Presenter.tsx; `present=<activity>.<stop>` in the link). Each is a short sequence of
 * stops: a question to the class, then what answers it — a paragraph of the document quoted
 * verbatim, a place and its paragraph, the returns timeline at a year, or an official figure.
 * The questions are the atlas's own words; every answer is the document's or the data's, with its
 * citation. `activities.test.ts` checks every place, paragraph, quote and year against the data.
 */
import type { Lang } from '../i18n/strings';

/** A map view (as in the link's `map=`): zoom, then the centre. */
export interface LessonView {
  zoom: number;
  lat: number;
  lng: number;
}

type Text = Record<Lang, string>;

export type Stop =
  | { kind: 'question'; prompt: Text }
  /**
   * A paragraph of the document, quoted whole, with `mark` (a verbatim substring) marked; the map
   * frames its places, or shows `view` (a teacher's own stop keeps the view they chose).
   */
  | { kind: 'paragraph'; paragraph: string; mark?: string; view?: LessonView }
  /** A place, framed on the map, with the first paragraph that mentions it. */
  | { kind: 'place'; feature: string }
  /** The returns timeline at the end of a year, Okinawa Island framed. */
  | { kind: 'year'; year: number }
  /** Okinawa's share of the exclusive-use area, from the official totals. */
  | { kind: 'figure'; figure: 'okinawa-share' };

export interface Activity {
  id: string;
  title: Text;
  stops: readonly Stop[];
}

export const ACTIVITIES: readonly Activity[] = [
  {
    id: 'bases-and-land',
    title: { ja: '米軍施設はどこに、どれだけあるか', en: 'Where the U.S. facilities are, and how much land' },
    stops: [
      {
        kind: 'question',
        prompt: {
          ja: '日本にある米軍専用の施設の面積のうち、沖縄県にあるのはおよそ何割でしょう?',
          en: 'Of the area of exclusive-use U.S. facilities in Japan, roughly what share is in Okinawa?',
        },
      },
      { kind: 'figure', figure: 'okinawa-share' },
      { kind: 'place', feature: 'kadena' },
      { kind: 'place', feature: 'yokosuka' },
      { kind: 'place', feature: 'misawa' },
    ],
  },
  {
    id: 'okinawa-returns',
    title: { ja: '沖縄の土地返還', en: 'Okinawa land returns over time' },
    stops: [
      {
        kind: 'question',
        prompt: {
          ja: '2017年12月に引き渡された北部訓練場の過半は、約何ヘクタールでしょう?',
          en: 'About how many hectares of the Northern Training Area were handed over in December 2017?',
        },
      },
      { kind: 'paragraph', paragraph: 's3-p3', mark: '北部訓練場の過半(約4,000ヘクタール)の引渡し' },
      { kind: 'year', year: 2010 },
      { kind: 'year', year: 2017 },
      { kind: 'place', feature: 'return-northern-training-area' },
    ],
  },
  {
    id: 'futenma-henoko',
    title: { ja: '普天間と辺野古', en: 'What the document says about Futenma and Henoko' },
    stops: [
      {
        kind: 'question',
        prompt: {
          ja: '文書は、普天間飛行場をどこへ移設すると述べているでしょう?',
          en: 'Where does the document say Marine Corps Air Station Futenma is to be relocated?',
        },
      },
      { kind: 'paragraph', paragraph: 's3-p1', mark: '普天間飛行場の辺(へ)野古移設' },
      { kind: 'place', feature: 'futenma' },
      { kind: 'place', feature: 'henoko-frf' },
      {
        kind: 'paragraph',
        paragraph: 's3-p3',
        mark: '辺野古における普天間飛行場代替施設の建設及び普天間飛行場の返還',
      },
    ],
  },
];

/**
 * A stop a teacher makes from the reader: a paragraph of the document, the map view they chose for
 * it, and their question to the class (may be empty). Their lesson is a list of these, kept in the
 * link (`lesson=`), and presented like a ready-made activity under the id `lesson`.
 */
export interface LessonStop {
  paragraph: string;
  view: LessonView;
  question: string;
}

export const LESSON_ID = 'lesson';
export const MAX_LESSON_STOPS = 12;
export const MAX_QUESTION_LENGTH = 200;

/** A teacher's lesson as an activity: each stop's question (if any), then its paragraph and view. */
export function lessonActivity(lesson: readonly LessonStop[]): Activity {
  return {
    id: LESSON_ID,
    title: { ja: 'わたしの授業', en: 'My lesson' },
    stops: lesson.flatMap((stop): Stop[] => [
      ...(stop.question.trim()
        ? [{ kind: 'question' as const, prompt: { ja: stop.question, en: stop.question } }]
        : []),
      { kind: 'paragraph', paragraph: stop.paragraph, view: stop.view },
    ]),
  };
}

/** A ready-made activity, or the teacher's lesson (`lesson`) when it has stops. */
export function activityById(id: string, lesson: readonly LessonStop[] = []): Activity | undefined {
  if (id === LESSON_ID) return lesson.length ? lessonActivity(lesson) : undefined;
  return ACTIVITIES.find((a) => a.id === id);
}

/** Where a presentation is: an activity and a stop (0-based; 1-based in the link). */
export interface Presenting {
  activity: string;
  stop: number;
}

/** `present=<activity>.<stop>` (stop from 1), or null when it names no stop of an activity. */
export function parsePresenting(value: string, lesson: readonly LessonStop[] = []): Presenting | null {
  const match = /^([a-z0-9-]{1,40})\.(\d{1,2})$/.exec(value);
  const activity = match && activityById(match[1]!, lesson);
  const stop = match ? Number(match[2]) - 1 : -1;
  return activity && stop >= 0 && stop < activity.stops.length ? { activity: activity.id, stop } : null;
}

export const formatPresenting = ({ activity, stop }: Presenting) => `${activity}.${stop + 1}`;

const PARAGRAPH_ID = /^[a-z0-9-]{2,40}$/;
const NUMBER = /^-?\d+(\.\d+)?$/;

/**
 * `lesson=` in the link: stops separated by `|`, each `paragraph,zoom,lat,lng,question` with the
 * question percent-encoded (so it holds no separator). Returns the stops it could read, and
 * whether it read them all (the link says so otherwise).
 */
export function parseLesson(value: string): { lesson: LessonStop[]; ok: boolean } {
  const lesson: LessonStop[] = [];
  let ok = true;
  for (const text of value.split('|')) {
    const fields = text.split(',');
    const [paragraph, zoom, lat, lng, encoded = ''] = fields;
    let question: string | null = null;
    try {
      question = decodeURIComponent(encoded);
    } catch {
      question = null;
    }
    const numbers = [zoom, lat, lng].map((n) => (n !== undefined && NUMBER.test(n) ? Number(n) : NaN));
    const [z, y, x] = numbers as [number, number, number];
    const good =
      fields.length <= 5 &&
      paragraph !== undefined &&
      PARAGRAPH_ID.test(paragraph) &&
      z >= 0 &&
      z <= 22 &&
      y >= -85 &&
      y <= 85 &&
      x >= -180 &&
      x <= 180 &&
      question !== null &&
      question.length <= MAX_QUESTION_LENGTH &&
      lesson.length < MAX_LESSON_STOPS;
    if (good) lesson.push({ paragraph, view: { zoom: z, lat: y, lng: x }, question: question! });
    else ok = false;
  }
  return { lesson, ok };
}

/** The `lesson=` value (not yet encoded for the link as a whole). */
export function formatLesson(lesson: readonly LessonStop[]): string {
  return lesson
    .map(({ paragraph, view, question }) =>
      [
        paragraph,
        Number(view.zoom.toFixed(2)),
        Number(view.lat.toFixed(5)),
        Number(view.lng.toFixed(5)),
        encodeURIComponent(question),
      ].join(','),
    )
    .join('|');
}
