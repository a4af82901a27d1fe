/**
 * Quiz mode: five questions generated from the data for a seed, answered by mouse or keyboard,
 * each followed by feedback with the quote that explains it, and a score at the end. The teacher
 * link carries the seed (quiz=<seed>) and can lock the view (lock=1).
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { AtlasData } from '../data/loadAtlasData';
import { generateQuiz, isCorrect, newQuizSeed, type Question } from '../data/quiz';
import { rangeSegments } from '../data/quoteSegments';
import { formatPartialDate } from '../i18n/format';
import { quizText } from '../i18n/quizStrings';
import { translate, type Lang } from '../i18n/strings';
import { CitationBlock } from '../ui/CitationBlock';
import { ShareClass } from './ShareClass';
import { MarkedText } from '../ui/MarkedText';
import { useLang, useLoadedData, useMentions } from '../state/derived';
import { useAtlas } from '../state/store';

export function QuizPanel() {
  const data = useLoadedData();
  const mentions = useMentions();
  const lang = useLang();
  const seed = useAtlas((s) => s.quizSeed);
  const locked = useAtlas((s) => s.start.lock);
  const onSeed = useAtlas((s) => s.setQuizSeed);
  const onShowPlace = useAtlas((s) => s.showPlace);
  const questions = useMemo(
    () => (seed === null ? [] : generateQuiz(data, mentions, seed)),
    [data, mentions, seed],
  );
  const [index, setIndex] = useState(0);
  const [answers, setAnswers] = useState<(string | string[])[]>([]);
  const [startedSeed, setStartedSeed] = useState(seed);
  if (startedSeed !== seed) {
    // A new quiz: start again from the first question.
    setStartedSeed(seed);
    setIndex(0);
    setAnswers([]);
  }
  const score = answers.filter((a, i) => questions[i] && isCorrect(questions[i], a)).length;
  const name = (id: string) => data.featuresById.get(id)?.feature.properties.name[lang] ?? id;

  if (seed === null) {
    return (
      <section className="quiz" aria-labelledby="quiz-heading">
        <h2 id="quiz-heading">{quizText(lang, 'quizHeading')}</h2>
        <p className="hint">{quizText(lang, 'quizIntro')}</p>
        <button type="button" className="primary" onClick={() => onSeed(newQuizSeed())}>
          {quizText(lang, 'quizStart')}
        </button>
      </section>
    );
  }

  const finished = index >= questions.length;
  const question = questions[index];
  return (
    <section className="quiz" aria-labelledby="quiz-heading">
      <h2 id="quiz-heading">{quizText(lang, 'quizHeading')}</h2>
      {/* A locked (students') link shows no teacher's notes and no way to other questions. */}
      {!locked && (
        <>
          <p className="quiz-meta">
            {quizText(lang, 'quizSeed', { seed })} ·{' '}
            <button type="button" className="link" onClick={() => onSeed(newQuizSeed())}>
              {quizText(lang, 'quizNew')}
            </button>
          </p>
          <p className="hint">{quizText(lang, 'quizTeacher')}</p>
          <ShareClass />
        </>
      )}
      {finished ? (
        <div className="quiz-result" role="status">
          <Score score={score} total={questions.length} lang={lang} />
          <button
            type="button"
            onClick={() => {
              setIndex(0);
              setAnswers([]);
            }}
          >
            {quizText(lang, 'quizAgain')}
          </button>
        </div>
      ) : (
        question && (
          <QuestionView
            key={`${seed}-${index}`}
            data={data}
            lang={lang}
            number={index + 1}
            total={questions.length}
            question={question}
            answered={answers[index]}
            name={name}
            onAnswer={(a) => setAnswers((list) => [...list.slice(0, index), a])}
            onNext={() => setIndex((i) => i + 1)}
            onShowPlace={onShowPlace}
          />
        )
      )}
    </section>
  );
}

interface QuestionViewProps {
  data: AtlasData;
  lang: Lang;
  number: number;
  total: number;
  question: Question;
  answered: string | string[] | undefined;
  name: (id: string) => string;
  onAnswer: (answer: string | string[]) => void;
  onNext: () => void;
  onShowPlace: (id: string) => void;
}

function QuestionView({
  data,
  lang,
  number,
  total,
  question,
  answered,
  name,
  onAnswer,
  onNext,
  onShowPlace,
}: QuestionViewProps) {
  const [order, setOrder] = useState<string[]>(question.kind === 'return-order' ? question.items : []);
  const feedback = useRef<HTMLDivElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (answered !== undefined) feedback.current?.focus();
  }, [answered]);
  // After 「次へ」 the button is gone: focus goes to the new question, not to the page's body.
  useEffect(() => {
    if (number > 1) heading.current?.focus();
  }, [number]);
  const correct = answered !== undefined && isCorrect(question, answered);
  const move = (i: number, step: number) => {
    const next = [...order];
    const j = i + step;
    if (j < 0 || j >= next.length) return;
    [next[i], next[j]] = [next[j]!, next[i]!];
    setOrder(next);
  };

  return (
    <div className="question" data-kind={question.kind}>
      <h3 ref={heading} tabIndex={-1}>
        {quizText(lang, 'quizQuestion', { n: number, total })}
      </h3>
      {question.kind === 'which-place' && (
        <>
          <p>{quizText(lang, 'quizWhichPlace')}</p>
          <blockquote className="quote" lang="ja">
            <p>
              <MarkedText
                runs={rangeSegments(data.partsById.get(question.partId)?.text ?? '', question.masks).map(
                  (run) =>
                    run.marked ? { ...run, text: answered === undefined ? '＿＿＿' : run.text } : run,
                )}
              />
            </p>
          </blockquote>
        </>
      )}
      {question.kind === 'seed-site' && <p>{quizText(lang, 'quizSeedSite')}</p>}
      {question.kind === 'move-destination' && (
        <p>
          {quizText(lang, 'quizMoveTo', {
            what: data.featuresById.get(question.move)?.feature.properties.move?.what[lang] ?? '',
            from: name(data.featuresById.get(question.move)?.feature.properties.move?.from ?? ''),
          })}
        </p>
      )}
      {question.kind !== 'return-order' ? (
        <ul className="quiz-options">
          {question.options.map((id) => (
            <li key={id}>
              <button
                type="button"
                data-option={id}
                disabled={answered !== undefined}
                className={
                  answered === undefined
                    ? ''
                    : id === question.answer
                      ? 'right'
                      : id === answered
                        ? 'wrong'
                        : ''
                }
                onClick={() => onAnswer(id)}
              >
                {name(id)}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <>
          <p>{quizText(lang, 'quizOrder')}</p>
          <ol className="quiz-order">
            {order.map((id, i) => (
              <li key={id} data-item={id}>
                <span>{name(id)}</span>
                <button
                  type="button"
                  disabled={answered !== undefined || i === 0}
                  onClick={() => move(i, -1)}
                  aria-label={translate(lang, 'moveUp', { name: name(id) })}
                >
                  ↑
                </button>
                <button
                  type="button"
                  disabled={answered !== undefined || i === order.length - 1}
                  onClick={() => move(i, 1)}
                  aria-label={translate(lang, 'moveDown', { name: name(id) })}
                >
                  ↓
                </button>
              </li>
            ))}
          </ol>
          {answered === undefined && (
            <button type="button" className="primary" onClick={() => onAnswer(order)}>
              {quizText(lang, 'quizCheck')}
            </button>
          )}
        </>
      )}
      {answered !== undefined && (
        <div className={`feedback ${correct ? 'right' : 'wrong'}`} tabIndex={-1} ref={feedback} role="status">
          <p>
            <strong>{quizText(lang, correct ? 'quizRight' : 'quizWrong')}</strong>{' '}
            {question.kind === 'return-order'
              ? question.answer
                  .map((id) => {
                    const date = data.featuresById
                      .get(id)
                      ?.feature.properties.events.find((e) => e.kind === 'returned' && !e.fromDocument)?.date;
                    return `${name(id)} (${date ? formatPartialDate(date, lang) : ''})`;
                  })
                  .join(' → ')
              : quizText(lang, 'quizAnswerIs', { name: name(question.answer) })}
          </p>
          {question.kind === 'which-place' && (
            <CitationBlock
              data={data}
              citations={[
                {
                  paragraph: question.partId,
                  // The hidden name, now marked in the paragraph.
                  quote:
                    data.partsById.get(question.partId)?.text.slice(...(question.masks[0] ?? [0, 0])) ?? '',
                  mention: 'named',
                },
              ]}
            />
          )}
          {(question.kind === 'seed-site' || question.kind === 'move-destination') && (
            <CitationBlock data={data} citations={[question.citation]} />
          )}
          <div className="feedback-buttons">
            {question.kind !== 'return-order' && (
              <button type="button" onClick={() => onShowPlace(question.answer)}>
                {quizText(lang, 'quizShowOnMap')}
              </button>
            )}
            <button type="button" className="primary" onClick={onNext}>
              {quizText(lang, 'quizNext')}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}

/** The score at the end, focused when it appears (the last 「次へ」 is gone). */
function Score({ score, total, lang }: { score: number; total: number; lang: Lang }) {
  const own = useRef<HTMLParagraphElement>(null);
  useEffect(() => own.current?.focus(), []);
  return (
    <p className="score" data-score={score} ref={own} tabIndex={-1}>
      {quizText(lang, 'quizScore', { score, total })}
    </p>
  );
}
