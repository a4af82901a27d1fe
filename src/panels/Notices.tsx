import { translate, type Lang } from '../i18n/strings';

export interface Notice {
  id: string;
  text: string;
}

/** Small, dismissible messages over the map (a bad link, an unreachable online map). */
export function Notices({
  notices,
  lang,
  onDismiss,
}: {
  notices: Notice[];
  lang: Lang;
  onDismiss: (id: string) => void;
}) {
  if (notices.length === 0) return null;
  return (
    <ul className="notices" role="status">
      {notices.map((n) => (
        <li key={n.id} className="notice" data-notice={n.id}>
          <span>{n.text}</span>
          <button type="button" onClick={() => onDismiss(n.id)} aria-label={translate(lang, 'dismiss')}>
            ×
          </button>
        </li>
      ))}
    </ul>
  );
}
