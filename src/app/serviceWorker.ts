/**
 * Registers the service worker (dist/sw.js, written by scripts/vite/serviceWorker.ts) that makes
 * the atlas work offline after the first visit. Only in the production build (the dev server has
 * no sw.js) and not in the benchmark build (it measures cold loads); after `load`, so caching does
 * not compete with the first view. A failure leaves the atlas working online, with a warning.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || import.meta.env.VITE_BENCH === 'true' || !('serviceWorker' in navigator))
    return;
  const register = () => {
    navigator.serviceWorker
      .register('./sw.js')
      .catch((error: unknown) =>
        console.warn('Bluebook Atlas: the offline copy could not be set up.', error),
      );
  };
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}
