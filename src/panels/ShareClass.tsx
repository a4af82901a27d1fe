/**
 * Share with a class: one button opens a dialog with the students' link — locked or not, opening on
 * a quiz or not — as text to copy and as a QR code large enough to scan from the back of a room
 * when projected. The link is the atlas as the teacher sees it now (src/state/classLink.ts).
 */
import { lazy, Suspense, useId, useRef, useState } from 'react';
import { newQuizSeed } from '../data/quizSeed';
import { translate } from '../i18n/strings';
import { classLink } from '../state/classLink';
import { useLang } from '../state/derived';
import { useAtlas } from '../state/store';

// The QR encoder is loaded when a teacher first opens the dialog, not with the atlas.
const QrCode = lazy(() => import('../ui/QrCode').then((m) => ({ default: m.QrCode })));

export function ShareClass() {
  const lang = useLang();
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const [lock, setLock] = useState(true);
  /** The quiz the link opens on (the one under way, or one chosen when the dialog opens), or null. */
  const [quiz, setQuiz] = useState<number | null>(null);
  const [seed, setSeed] = useState(0);
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');
  const [link, setLink] = useState('');
  // The dialog is modal: the atlas cannot change while it is open, only the options.
  const update = (options: { lock: boolean; quiz: number | null }) => {
    setLock(options.lock);
    setQuiz(options.quiz);
    setCopy('idle');
    setLink(classLink(useAtlas.getState(), window.location.href, options));
  };

  const open = () => {
    const s = useAtlas.getState();
    const underWay = s.tab === 'quiz' && s.quizSeed !== null;
    const chosen = s.quizSeed ?? newQuizSeed();
    setSeed(chosen);
    update({ lock: true, quiz: underWay ? chosen : null });
    dialog.current?.showModal();
  };

  const copyLink = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setCopy('copied');
    } catch {
      // No clipboard (an insecure page, or a browser that refused): select it for Ctrl+C.
      input.current?.select();
      setCopy('failed');
    }
  };

  return (
    <>
      <button type="button" className="share-open" onClick={open}>
        {translate(lang, 'shareClass')}
      </button>
      <dialog
        ref={dialog}
        className="share-dialog"
        aria-labelledby={`${id}-heading`}
        onClose={() => setCopy('idle')}
      >
        <h2 id={`${id}-heading`}>{translate(lang, 'shareHeading')}</h2>
        <div className="share-body">
          {link && (
            <Suspense fallback={<div className="share-qr" aria-busy="true" />}>
              <QrCode className="share-qr" text={link} label={translate(lang, 'shareQr')} />
            </Suspense>
          )}
          <div className="share-options">
            <label>
              <input
                type="checkbox"
                checked={lock}
                onChange={(e) => update({ lock: e.target.checked, quiz })}
              />{' '}
              {translate(lang, 'shareLock')}
            </label>
            <label>
              <input
                type="checkbox"
                checked={quiz !== null}
                onChange={(e) => update({ lock, quiz: e.target.checked ? seed : null })}
              />{' '}
              {translate(lang, 'shareQuiz', { seed })}
            </label>
            <label htmlFor={`${id}-link`}>{translate(lang, 'shareLink')}</label>
            <input
              id={`${id}-link`}
              ref={input}
              readOnly
              value={link}
              onFocus={(e) => e.target.select()}
              spellCheck={false}
            />
            <div className="share-actions">
              <button type="button" className="primary" onClick={() => void copyLink()}>
                {translate(lang, copy === 'copied' ? 'copied' : 'copyLink')}
              </button>
              <button type="button" onClick={() => dialog.current?.close()}>
                {translate(lang, 'close')}
              </button>
            </div>
            <p className="hint" role="status">
              {copy === 'failed' ? translate(lang, 'copyFailed') : translate(lang, 'shareHint')}
            </p>
          </div>
        </div>
      </dialog>
    </>
  );
}
