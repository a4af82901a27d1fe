/**
 * The polite live region for results of what the reader did (store `say`): "U.S. facilities in
 * Japan shown: 78 places", "Kanagawa, Navy: 3 places". Present from the start, so screen readers
 * know it before anything is said. The same words said twice differ by a trailing no-break space,
 * so the region's content changes and they are heard again.
 */
import { useAtlas } from '../state/store';

export function Announcer() {
  const said = useAtlas((s) => s.said);
  const lang = useAtlas((s) => s.lang);
  const text = said ? `${said.text}${said.n % 2 ? '' : '\u00a0'}` : '';
  return (
    <p className="visually-hidden announcer" role="status" lang={lang} data-said={said?.n ?? 0}>
      {text}
    </p>
  );
}
