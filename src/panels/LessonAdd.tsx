/**
 * Under a paragraph in the reader: "Add to my lesson" opens a small form for the teacher's
 * question (src/panels/Lesson.tsx, loaded when first opened); the stop keeps the paragraph and the
 * map's view at that moment (see src/state/lessonSlice.ts).
 */
import { lazy, Suspense, useRef, useState } from 'react';
import { translate, type Lang } from '../i18n/strings';

const LessonAddForm = lazy(() => import('./Lesson').then((m) => ({ default: m.LessonAddForm })));

export interface LessonAddProps {
  paragraph: string;
  lang: Lang;
  /** Says what happened through the reader's one live region. */
  announce: (text: string) => void;
}

export function LessonAdd({ paragraph, lang, announce }: LessonAddProps) {
  const [open, setOpen] = useState(false);
  const [said, setSaid] = useState('');
  const opener = useRef<HTMLButtonElement>(null);
  const close = (text?: string) => {
    setOpen(false);
    if (text) {
      setSaid(text);
      announce(text);
    }
    requestAnimationFrame(() => opener.current?.focus());
  };
  return (
    <div className="lesson-add" data-paragraph={paragraph}>
      <button
        ref={opener}
        type="button"
        className="lesson-add-open"
        aria-expanded={open}
        onClick={() => {
          setSaid('');
          setOpen(!open);
        }}
      >
        + {translate(lang, 'addToLesson')}
      </button>
      {open && (
        <Suspense fallback={null}>
          <LessonAddForm paragraph={paragraph} lang={lang} onClose={close} />
        </Suspense>
      )}
      {said && <p className="lesson-said">{said}</p>}
    </div>
  );
}
