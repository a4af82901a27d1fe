import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The atlas is a static site: `npm run build` writes dist/, which any static server can host.
// Layer data and the basemap are served from public/ (copied from geodata/ by scripts/build-data.ts)
// so the map fetches them by URL and parses them in MapLibre's worker.
export default defineConfig({
  plugins: [react()],
  base: './',
  build: { target: 'es2022', sourcemap: true },
  server: { port: 5173 },
  preview: { port: 4173 },
});
