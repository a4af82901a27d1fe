/**
 * Ready-made 15-minute activities a teacher presents on a projector (presenter mode,
 * src/app/Presenter.tsx; `present=<activity>.<stop>` in the link). Each is a short sequence of
 * stops: a question to the class, then what answers it — a paragraph of the document quoted
 * verbatim, a place and its paragraph, the returns timeline at a year, or an official figure.
 * The questions are the atlas's own words; every answer is the document's or the data's, with its
 * citation. `activities.test.ts` checks every place, paragraph, quote and year against the data.
 */
import type { Lang } from '../i18n/strings';

type Text = Record<Lang, string>;

export type Stop =
  | { kind: 'question'; prompt: Text }
  /** A paragraph of the document, quoted whole, with `mark` (a verbatim substring) marked. */
  | { kind: 'paragraph'; paragraph: string; mark: string }
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

export const activityById = (id: string) => ACTIVITIES.find((a) => a.id === id);

/** Where a presentation is: an activity and a stop (0-based; 1-based in the link). */
export interface Presenting {
  activity: string;
  stop: number;
}

/** `present=<activity>.<stop>` (stop from 1), or null when it names no stop of an activity. */
export function parsePresenting(value: string): Presenting | null {
  const match = /^([a-z0-9-]{1,40})\.(\d{1,2})$/.exec(value);
  const activity = match && activityById(match[1]!);
  const stop = match ? Number(match[2]) - 1 : -1;
  return activity && stop >= 0 && stop < activity.stops.length ? { activity: activity.id, stop } : null;
}

export const formatPresenting = ({ activity, stop }: Presenting) => `${activity}.${stop + 1}`;
