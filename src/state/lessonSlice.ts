/**
 * A teacher's own lesson: stops made from the reader (a paragraph, the map's view at that moment,
 * a question to the class), kept in the link (`lesson=`), presented under the id `lesson`.
 */
import type { StateCreator } from 'zustand';
import { MAX_LESSON_STOPS, MAX_QUESTION_LENGTH, type LessonStop } from '../data/activities';
import type { AtlasState } from './store';

export interface LessonSlice {
  lesson: LessonStop[];
  /** Adds a stop for a paragraph, with the map's current view; false when the lesson is full. */
  addLessonStop: (paragraph: string, question: string) => boolean;
  removeLessonStop: (index: number) => void;
  /** Moves a stop one place earlier (-1) or later (+1). */
  moveLessonStop: (index: number, by: -1 | 1) => void;
}

export const createLessonSlice: StateCreator<AtlasState, [], [], LessonSlice> = (set, get) => ({
  lesson: [],
  addLessonStop: (paragraph, question) => {
    const { lesson, view } = get();
    if (lesson.length >= MAX_LESSON_STOPS) return false;
    const stop = { paragraph, view: { ...view }, question: question.trim().slice(0, MAX_QUESTION_LENGTH) };
    set({ lesson: [...lesson, stop] });
    return true;
  },
  removeLessonStop: (index) => set(({ lesson }) => ({ lesson: lesson.filter((_, i) => i !== index) })),
  moveLessonStop: (index, by) =>
    set(({ lesson }) => {
      const to = index + by;
      if (to < 0 || to >= lesson.length || index < 0 || index >= lesson.length) return {};
      const next = [...lesson];
      [next[index], next[to]] = [next[to]!, next[index]!];
      return { lesson: next };
    }),
});
