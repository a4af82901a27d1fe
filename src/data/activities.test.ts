import { describe, expect, it } from 'vitest';
import { readAtlasData } from '../../scripts/geodata';
import { ACTIVITIES, formatPresenting, parsePresenting } from './activities';
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
        if (stop.kind === 'paragraph' && !data.partsById.get(stop.paragraph)?.text.includes(stop.mark))
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
