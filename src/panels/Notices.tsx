import { translate } from '../i18n/strings';
import { useLang } from '../state/derived';
import { useAtlas } from '../state/store';

/** Small, dismissible messages over the map (a bad link, an unreachable online map). */
export function Notices() {
  const notices = useAtlas((s) => s.notices);
  const lang = useLang();
  const onDismiss = useAtlas((s) => s.dismissNotice);
  if (notices.length === 0) return null;
  return (
    <ul className="notices" role="status">
      {notices.map((n) => (
        <li key={n.id} className="notice" data-notice={n.id}>
          <span>{n.text}</span>
          {n.action === 'reload' && (
            <button type="button" className="notice-action" onClick={() => location.reload()}>
              {translate(lang, 'reloadPage')}
            </button>
          )}
          <button type="button" onClick={() => onDismiss(n.id)} aria-label={translate(lang, 'dismiss')}>
            ×
          </button>
        </li>
      ))}
    </ul>
  );
}
