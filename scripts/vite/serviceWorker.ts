/**
 * Writes dist/sw.js after the build (scripts/vite/sw-template.js with its blanks filled): the list
 * of every file the build wrote — pages, hashed JS and CSS (lazy chunks and MapLibre's worker
 * included), data/ and basemap/ — and a version that is a hash of their contents, so any change to
 * any file makes a new service worker that caches the new files and deletes the old cache.
 * Source maps and Vite's manifest are left out: the atlas never fetches them.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';

export const SERVICE_WORKER = 'sw.js';
const TEMPLATE = new URL('./sw-template.js', import.meta.url);

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

/** Every file a reader's browser may fetch, relative to the build's root, in a stable order. */
function servedFiles(outDir: string): string[] {
  return filesUnder(outDir)
    .map((file) => relative(outDir, file).split(sep).join('/'))
    .filter((file) => !file.startsWith('.') && !file.endsWith('.map') && file !== SERVICE_WORKER)
    .sort();
}

/** Tile archives read by range that are not installed whole: the parts viewed are kept as viewed. */
const viewedArchive = (file: string) => file.endsWith('-detail.pmtiles');

/** The files installed with the atlas: all but the detail tiles (the overview's are installed). */
export const precacheList = (outDir: string): string[] =>
  servedFiles(outDir).filter((file) => !viewedArchive(file));

/**
 * Ranges installed with the atlas: each detail archive's first 16 KiB (its header and root
 * directory), which every map load reads, so an offline map starts without an error.
 */
export const precacheRanges = (outDir: string): [string, string][] =>
  servedFiles(outDir)
    .filter(viewedArchive)
    .map((file) => [file, 'bytes=0-16383']);

export function serviceWorkerSource(outDir: string): string {
  const files = precacheList(outDir);
  const hash = createHash('sha256');
  // The version covers the tiles too, so new tiles replace the parts cached before.
  for (const file of servedFiles(outDir)) hash.update(`${file}\0`).update(readFileSync(join(outDir, file)));
  const template = readFileSync(TEMPLATE, 'utf8');
  const source = template
    .replace("'__VERSION__'", JSON.stringify(hash.digest('hex').slice(0, 16)))
    .replace('/* __PRECACHE__ */ []', JSON.stringify(files))
    .replace('/* __PRECACHE_RANGES__ */ []', JSON.stringify(precacheRanges(outDir)))
    .replace('/* __SAVABLE__ */ []', JSON.stringify(servedFiles(outDir).filter(viewedArchive)));
  if (source.includes('__VERSION__') || source.includes('__PRECACHE__') || source.includes('__SAVABLE__'))
    throw new Error('atlas-service-worker: the template lost its blanks');
  return source;
}

export function serviceWorkerPlugin(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'atlas-service-worker',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    writeBundle: {
      order: 'post',
      sequential: true,
      handler() {
        const outDir = resolve(config.root, config.build.outDir);
        writeFileSync(join(outDir, SERVICE_WORKER), serviceWorkerSource(outDir));
      },
    },
  };
}
