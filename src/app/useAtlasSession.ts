/**
 * What the page does once for the store: load the data and the kept layers, keep the link in step,
 * follow the window's width, the page's language and title, and close details with Esc.
 */
import { useEffect } from 'react';
import { translate } from '../i18n/strings';
import { startLinkSync } from '../state/linkSync';
import { useAtlas } from '../state/store';
import { useMediaQuery } from './useMediaQuery';

export function useAtlasSession(): void {
  const narrow = useMediaQuery('(max-width: 700px)');
  const lang = useAtlas((s) => s.lang);
  const data = useAtlas((s) => s.data);

  useEffect(() => {
    const { loadData, restoreImports } = useAtlas.getState();
    void loadData();
    void restoreImports();
    return startLinkSync();
  }, []);
  useEffect(() => useAtlas.getState().setNarrow(narrow), [narrow]);
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = translate(lang, 'appTitle');
  }, [lang]);
  // For the benchmark: the panels are on screen with the data (effects run after the commit).
  useEffect(() => {
    if (data) performance.mark('data-shown');
  }, [data]);
  // Read at the key, not subscribed to: the whole page renders under this hook, and a subscription
  // here re-rendered every panel each time a place opened or closed.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const { selectedId, chooser, close } = useAtlas.getState();
      if (event.key === 'Escape' && (selectedId !== null || chooser !== null)) close();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
