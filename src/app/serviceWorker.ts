/**
 * Registers the service worker (dist/sw.js, written by scripts/vite/serviceWorker.ts) that makes
 * the atlas work offline after the first visit. Only in the production build (the dev server has
 * no sw.js) and not in the benchmark build (it measures cold loads); after `load`, so caching does
 * not compete with the first view. A failure leaves the atlas working online, with a warning.
 *
 * Once the worker controls the page, the detail map's ranges read before it did are read again
 * through it, so the place viewed first is kept too (src/map/rangesBeforeTheWorker.ts). Then the
 * page's root element gets `data-offline-copy="ready"`: from then on a reload works offline.
 *
 * A new version, once deployed, installs beside the open tab and takes control of it (the worker
 * keeps the old version's code the tab may still load). The tab then says a new version is ready,
 * with a Reload button: it never mixes versions by itself, and a new tab gets the new one.
 */
import { translate } from '../i18n/strings';
import { keepRangesReadBeforeTheWorker } from '../map/rangesBeforeTheWorker';
import { useAtlas } from '../state/store';

export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || import.meta.env.VITE_BENCH === 'true' || !('serviceWorker' in navigator))
    return;
  const container = navigator.serviceWorker;
  const whenControlled = () =>
    void keepRangesReadBeforeTheWorker().finally(() => {
      document.documentElement.dataset.offlineCopy = 'ready';
    });
  let controlled = container.controller !== null;
  if (controlled) whenControlled();
  container.addEventListener('controllerchange', () => {
    if (!controlled) {
      controlled = true;
      whenControlled();
      return;
    }
    const { lang, addNotice } = useAtlas.getState();
    addNotice({ id: 'update', text: translate(lang, 'updateReady'), action: 'reload' });
  });
  const register = () => {
    container
      .register('./sw.js')
      .catch((error: unknown) =>
        console.warn('Bluebook Atlas: the offline copy could not be set up.', error),
      );
  };
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}
