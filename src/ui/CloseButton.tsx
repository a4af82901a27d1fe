import { translate, type Lang } from '../i18n/strings';

/** The × that closes details and the chooser (Esc does the same; the title says so). */
export function CloseButton({ lang, onClose }: { lang: Lang; onClose: () => void }) {
  return (
    <button
      type="button"
      className="close"
      onClick={onClose}
      aria-label={translate(lang, 'close')}
      title={translate(lang, 'closeHint')}
    >
      ×
    </button>
  );
}
