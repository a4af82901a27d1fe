/**
 * A teacher's own lesson (loaded when first used): the form under a paragraph that adds a stop
 * (its question; the paragraph and the map's view come with it), and "My lesson", the stops in
 * order, to move, remove, present on the projector or print like a ready-made activity.
 */
import { useId, useState } from 'react';
import { LESSON_ID, MAX_LESSON_STOPS, MAX_QUESTION_LENGTH } from '../data/activities';
import { formatNumber } from '../i18n/format';
import { lessonText } from '../i18n/lessonStrings';
import { translate, type Lang } from '../i18n/strings';
import { useLang, useLoadedData } from '../state/derived';
import { useAtlas } from '../state/store';

export interface LessonAddFormProps {
  paragraph: string;
  lang: Lang;
  /** Closes the form; with what to say when a stop was added (or the lesson is full). */
  onClose: (said?: string) => void;
}

export function LessonAddForm({ paragraph, lang, onClose }: LessonAddFormProps) {
  const [question, setQuestion] = useState('');
  const field = useId();
  return (
    <form
      className="lesson-add-form"
      onSubmit={(event) => {
        event.preventDefault();
        const added = useAtlas.getState().addLessonStop(paragraph, question);
        onClose(
          added
            ? lessonText(lang, 'lessonAdded', { n: useAtlas.getState().lesson.length })
            : lessonText(lang, 'lessonFull', { max: MAX_LESSON_STOPS }),
        );
      }}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        // Esc closes the form, not the details or the presentation behind it.
        event.stopPropagation();
        onClose();
      }}
    >
      <label htmlFor={field}>{lessonText(lang, 'lessonQuestionLabel')}</label>
      <textarea
        id={field}
        rows={2}
        maxLength={MAX_QUESTION_LENGTH}
        value={question}
        autoFocus
        onChange={(event) => setQuestion(event.target.value)}
      />
      <ViewNote lang={lang} />
      <div className="lesson-add-actions">
        <button type="submit" className="primary">
          {lessonText(lang, 'addStop')}
        </button>
        <button type="button" onClick={() => onClose()}>
          {lessonText(lang, 'cancel')}
        </button>
      </div>
    </form>
  );
}

/** The zoom the stop will keep (read only while a form is open: the reader has many paragraphs). */
function ViewNote({ lang }: { lang: Lang }) {
  const zoom = useAtlas((s) => s.view.zoom);
  return (
    <p className="hint">
      {lessonText(lang, 'lessonViewNote', { zoom: formatNumber(Math.round(zoom * 10) / 10, lang) })}
    </p>
  );
}

export function LessonList() {
  const lang = useLang();
  const data = useLoadedData();
  const lesson = useAtlas((s) => s.lesson);
  const { moveLessonStop, removeLessonStop, present, printActivity } = useAtlas.getState();
  const title = lessonText(lang, 'lessonHeading');
  return (
    <section className="lesson" aria-labelledby="lesson-heading">
      <h3 id="lesson-heading">{title}</h3>
      {lesson.length === 0 ? (
        <p className="hint">{lessonText(lang, 'lessonEmpty')}</p>
      ) : (
        <>
          <p className="hint">{lessonText(lang, 'lessonHint')}</p>
          <ol className="lesson-stops">
            {lesson.map((stop, i) => {
              const name = lessonText(lang, 'lessonStopName', { n: i + 1 });
              const text = data.partsById.get(stop.paragraph)?.text ?? '';
              return (
                <li key={`${i}-${stop.paragraph}`} data-paragraph={stop.paragraph}>
                  <p className="lesson-question">
                    {stop.question || <span className="muted">{lessonText(lang, 'lessonNoQuestion')}</span>}
                  </p>
                  <p className="lesson-paragraph muted">
                    {translate(lang, 'paragraph')} <code>{stop.paragraph}</code>:{' '}
                    <span lang="ja">{text.length > 40 ? `${text.slice(0, 40)}…` : text}</span>
                  </p>
                  <div className="lesson-stop-actions">
                    <button
                      type="button"
                      disabled={i === 0}
                      aria-label={translate(lang, 'moveUp', { name })}
                      onClick={() => moveLessonStop(i, -1)}
                    >
                      ↑
                    </button>
                    <button
                      type="button"
                      disabled={i === lesson.length - 1}
                      aria-label={translate(lang, 'moveDown', { name })}
                      onClick={() => moveLessonStop(i, 1)}
                    >
                      ↓
                    </button>
                    <button type="button" onClick={() => removeLessonStop(i)}>
                      {lessonText(lang, 'removeStop', { name })}
                    </button>
                  </div>
                </li>
              );
            })}
          </ol>
          <div className="lesson-actions">
            <button
              type="button"
              className="primary"
              data-activity={LESSON_ID}
              onClick={() => present({ activity: LESSON_ID, stop: 0 })}
            >
              {translate(lang, 'presentStart', { title })}
            </button>
            <button
              type="button"
              className="present-print"
              data-print-activity={LESSON_ID}
              onClick={() => printActivity(LESSON_ID)}
            >
              {translate(lang, 'printActivity')}
            </button>
          </div>
        </>
      )}
    </section>
  );
}
