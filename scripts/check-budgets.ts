/**
 * `npx tsx scripts/check-budgets.ts` — measures the production build (dist/) by kind, gzip level 9,
 * and checks each figure against budgets.json. One line per budget, then `N passed, N failed`.
 * Run by `npm test` after the build; `npm run bench` measures what a browser actually fetches.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

interface Budgets {
  budgets: Record<string, { kib: number; what: string }>;
}
interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}

const DIST = 'dist';
const gzipKiB = (files: Iterable<string>) =>
  [...new Set(files)].reduce(
    (sum, f) => sum + gzipSync(readFileSync(join(DIST, f)), { level: 9 }).length,
    0,
  ) / 1024;

function walk(dir: string): string[] {
  return readdirSync(join(DIST, dir)).flatMap((name) => {
    const path = join(dir, name);
    return statSync(join(DIST, path)).isDirectory() ? walk(path) : [path];
  });
}

/** A chunk's file and those of its static imports, transitively. */
function withImports(
  manifest: Record<string, ManifestChunk>,
  key: string,
  seen = new Set<string>(),
): string[] {
  if (seen.has(key)) return [];
  seen.add(key);
  const chunk = manifest[key];
  if (!chunk) return [];
  return [chunk.file, ...(chunk.imports ?? []).flatMap((k) => withImports(manifest, k, seen))];
}

export function measure(): Record<string, number> {
  const manifest = JSON.parse(readFileSync(join(DIST, '.vite/manifest.json'), 'utf8')) as Record<
    string,
    ManifestChunk
  >;
  const entryKey = Object.keys(manifest).find((k) => manifest[k]!.isEntry);
  if (!entryKey) throw new Error('no entry chunk in the manifest');
  const initial = withImports(manifest, entryKey);
  const mapKey = (manifest[entryKey]!.dynamicImports ?? []).find((k) => /AtlasMap/.test(k));
  const assets = walk('assets');
  const worker = assets.filter((f) => /maplibre-gl-worker.*\.js$/.test(f));
  const map = [...(mapKey ? withImports(manifest, mapKey) : []), ...worker].filter(
    (f) => !initial.includes(f),
  );
  const css = assets.filter((f) => f.endsWith('.css'));
  const data = walk('data');
  const basemap = walk('basemap');
  return {
    'js-initial': gzipKiB(initial),
    'js-map': gzipKiB(map),
    'js-all': gzipKiB(assets.filter((f) => f.endsWith('.js'))),
    css: gzipKiB(css),
    data: gzipKiB(data),
    basemap: gzipKiB(basemap),
    'first-view': gzipKiB([...initial, ...map, ...css, ...data, ...basemap, 'index.html']),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { budgets } = JSON.parse(readFileSync('budgets.json', 'utf8')) as Budgets;
  const sizes = measure();
  let passed = 0;
  let failed = 0;
  for (const [name, budget] of Object.entries(budgets)) {
    const size = sizes[name];
    const ok = size !== undefined && size <= budget.kib;
    if (ok) passed += 1;
    else failed += 1;
    console.log(
      `${ok ? 'ok  ' : 'FAIL'} ${name}: ${size === undefined ? 'not measured' : `${size.toFixed(1)} KiB`} (budget ${budget.kib} KiB; ${budget.what})`,
    );
  }
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed === 0 ? 0 : 1);
}
