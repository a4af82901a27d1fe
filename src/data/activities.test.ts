import { describe, expect, it } from 'vitest';
import { readAtlasData } from '../../scripts/geodata';
import {
  ACTIVITIES,
  formatLesson,
  formatPresenting,
  lessonActivity,
  MAX_LESSON_STOPS,
  parseLesson,
  parsePresenting,
  type LessonStop,
} from './activities';
import { timelineRange } from './returnsTimeline';

const data = readAtlasData();

describe('the ready-made activities', () => {
  it('name only places, paragraphs, quotes and years the atlas has', () => {
    const problems: string[] = [];
    const [first, last] = timelineRange(data.layers['okinawa-land-returns'].features, data.plans);
    for (const { id, stops } of ACTIVITIES)
      stops.forEach((stop, i) => {
        const at = `${id}.${i + 1}`;
        if (
          stop.kind === 'place' &&
          !data.featuresById.get(stop.feature)?.feature.properties.citations.length
        )
          problems.push(`${at}: no cited place ${stop.feature}`);
        if (
          stop.kind === 'paragraph' &&
          !(stop.mark && data.partsById.get(stop.paragraph)?.text.includes(stop.mark))
        )
          problems.push(`${at}: «${stop.mark}» is not in ${stop.paragraph}`);
        if (stop.kind === 'year' && (stop.year < first || stop.year > last))
          problems.push(`${at}: ${stop.year} is outside the timeline`);
      });
    expect(problems).toEqual([]);
  });

  it('each begin with a question to the class and have an answer after every question', () => {
    for (const { stops } of ACTIVITIES) {
      expect(stops[0]?.kind).toBe('question');
      stops.forEach((stop, i) => {
        if (stop.kind === 'question') expect(stops[i + 1]?.kind).not.toBe('question');
      });
    }
  });

  it('are written in the link as activity.stop, the stop counted from 1, and refused otherwise', () => {
    expect(parsePresenting('okinawa-returns.3')).toEqual({ activity: 'okinawa-returns', stop: 2 });
    expect(formatPresenting({ activity: 'okinawa-returns', stop: 2 })).toBe('okinawa-returns.3');
    for (const bad of ['okinawa-returns.0', 'okinawa-returns.6', 'nothing.1', 'okinawa-returns', '.1', 'a.b'])
      expect(parsePresenting(bad), bad).toBeNull();
  });
});

describe('A teacher’s lesson', () => {
  const LESSON: LessonStop[] = [
    {
      paragraph: 's3-p1',
      view: { zoom: 10.5, lat: 26.25, lng: 127.75 },
      question: 'Why here? <b>, | & 100%',
    },
    { paragraph: 's3-p3', view: { zoom: 6, lat: 33, lng: 135 }, question: '' },
  ];

  it('is written in the link and read back as it was, question text and all', () => {
    const text = formatLesson(LESSON);
    expect(text.split('|')).toHaveLength(2);
    expect(parseLesson(text)).toEqual({ lesson: LESSON, ok: true });
  });

  it('keeps the stops it can read and says when it could not read one', () => {
    const good = formatLesson([LESSON[0]!]);
    for (const bad of [
      'S3-P1,10,26,127,', // not a paragraph id
      's3-p1,30,26,127,', // zoom out of range
      's3-p1,10,95,127,', // latitude out of range
      's3-p1,10,26,abc,',
      's3-p1,10,26,127,%E0%A4%A', // a broken escape
      `s3-p1,10,26,127,${'x'.repeat(201)}`, // question too long
      's3-p1,10,26,127,q,extra',
    ]) {
      const { lesson, ok } = parseLesson(`${good}|${bad}`);
      expect(ok, bad).toBe(false);
      expect(lesson, bad).toEqual([LESSON[0]]);
    }
  });

  it('holds at most twelve stops', () => {
    const many = Array.from({ length: MAX_LESSON_STOPS + 3 }, () => LESSON[1]!);
    const { lesson, ok } = parseLesson(formatLesson(many));
    expect(lesson).toHaveLength(MAX_LESSON_STOPS);
    expect(ok).toBe(false);
  });

  it('is presented as a question, then its paragraph at the view the teacher chose', () => {
    const activity = lessonActivity(LESSON);
    expect(activity.stops).toEqual([
      { kind: 'question', prompt: { ja: LESSON[0]!.question, en: LESSON[0]!.question } },
      { kind: 'paragraph', paragraph: 's3-p1', view: LESSON[0]!.view },
      { kind: 'paragraph', paragraph: 's3-p3', view: LESSON[1]!.view },
    ]);
    expect(parsePresenting('lesson.3', LESSON)).toEqual({ activity: 'lesson', stop: 2 });
    expect(parsePresenting('lesson.4', LESSON)).toBeNull();
    expect(parsePresenting('lesson.1', [])).toBeNull();
  });
});
