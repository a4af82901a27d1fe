import { existsSync, statSync } from 'node:fs';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { cspPlugin } from './scripts/vite/csp';
import { preloadDataPlugin } from './scripts/vite/preloadData';
import { serviceWorkerPlugin } from './scripts/vite/serviceWorker';

// The atlas is a static site: `npm run build` writes dist/, which any static server can host.
// Layer data and the basemap are served from public/ (copied from geodata/ by scripts/build-data.ts)
// so the map fetches them by URL and parses them in MapLibre's worker.
//
// `vite build --mode bench` (run by `npm run bench`) builds the same app into dist-bench/, served
// from the root, with the bare MapLibre page beside it and `?bench=<n>` turned on.
//
// The production build also gets a Content Security Policy and a second page, online.html, whose
// policy allows the GSI tiles (scripts/vite/csp.ts), and a service worker that precaches every file
// so the atlas works offline after the first visit (scripts/vite/serviceWorker.ts). The benchmark
// build has neither: it measures cold loads, and its bare page has an inline style.
/** The detail tile archive (made by `npm run data`), whose size "save for offline use" states. */
const DETAIL_ARCHIVE = 'public/basemap/japan-detail.pmtiles';

export default defineConfig(({ mode }) => {
  const bench = mode === 'bench';
  const pages: Record<string, string> = bench
    ? { index: 'index.html', bare: 'scripts/bench/bare.html' }
    : { index: 'index.html', accessibility: 'accessibility.html' };
  const detailBytes = existsSync(DETAIL_ARCHIVE) ? statSync(DETAIL_ARCHIVE).size : null;
  return {
    plugins: [react(), preloadDataPlugin(), ...(bench ? [] : [cspPlugin(), serviceWorkerPlugin()])],
    base: bench ? '/' : './',
    define: {
      __DETAIL_ARCHIVE_BYTES__: JSON.stringify(detailBytes),
      ...(bench ? { 'import.meta.env.VITE_BENCH': JSON.stringify('true') } : {}),
    },
    build: {
      target: 'es2022',
      sourcemap: true,
      // dist/.vite/manifest.json tells scripts/check-budgets.ts which chunks load first.
      manifest: true,
      // The atlas and its accessibility statement (a page of its own, linked from the panel); the
      // benchmark's build has the bare MapLibre page instead.
      rollupOptions: { input: pages },
      ...(bench && { outDir: 'dist-bench' }),
    },
    server: { port: 5173 },
    preview: { port: 4173 },
  };
});
