import { translate } from '../i18n/strings';
import { useLang } from '../state/derived';

/** The × that closes details and the chooser (Esc does the same; the title says so). */
export function CloseButton({ onClose }: { onClose: () => void }) {
  const lang = useLang();
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
