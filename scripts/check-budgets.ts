/**
 * `npx tsx scripts/check-budgets.ts` — measures the production build (dist/) by kind, gzip level 9,
 * and checks each figure against budgets.json. One line per budget, then `N passed, N failed`.
 * Run by `npm test` after the build; `npm run bench` measures what a browser actually fetches.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { PMTiles, type RangeResponse, type Source } from 'pmtiles';
import { AREA_CIRCLES_FILE } from '../src/data/loadAtlasData';
import { DEFAULT_VIEW } from '../src/state/initialState';

interface Budgets {
  budgets: Record<string, { kib: number; what: string; why?: string }>;
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

/** The tile archive's ranges a view reads: header and directories, then each tile in view. */
async function archiveBytesForView(
  file: string,
  view: { lng: number; lat: number; zoom: number },
  size: { width: number; height: number },
): Promise<number> {
  const bytes = readFileSync(join(DIST, file));
  let read = 0;
  const source: Source = {
    getKey: () => file,
    getBytes: async (offset: number, length: number): Promise<RangeResponse> => {
      read += Math.min(length, bytes.length - offset);
      const part = bytes.subarray(offset, offset + length);
      return { data: part.buffer.slice(part.byteOffset, part.byteOffset + part.byteLength) as ArrayBuffer };
    },
  };
  const archive = new PMTiles(source);
  // MapLibre draws 512-pixel vector tiles at the floor of the view's zoom.
  const z = Math.floor(view.zoom);
  const worldPx = 512 * 2 ** view.zoom;
  const x = ((view.lng + 180) / 360) * worldPx;
  const s = Math.sin((view.lat * Math.PI) / 180);
  const y = (0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI)) * worldPx;
  const tilePx = worldPx / 2 ** z;
  const range = (centre: number, half: number) =>
    [Math.floor((centre - half) / tilePx), Math.floor((centre + half) / tilePx)] as const;
  const [x0, x1] = range(x, size.width / 2);
  const [y0, y1] = range(y, size.height / 2);
  for (let tx = x0; tx <= x1; tx++)
    for (let ty = Math.max(0, y0); ty <= Math.min(2 ** z - 1, y1); ty++)
      await archive.getZxy(z, ((tx % 2 ** z) + 2 ** z) % 2 ** z, ty);
  return read / 1024;
}

export async function measure(): Promise<Record<string, number>> {
  const manifest = JSON.parse(readFileSync(join(DIST, '.vite/manifest.json'), 'utf8')) as Record<
    string,
    ManifestChunk
  >;
  // The atlas's own page (the accessibility statement is an entry too, with no script).
  const entryKey = manifest['index.html']?.isEntry ? 'index.html' : undefined;
  if (!entryKey) throw new Error('no entry chunk for index.html in the manifest');
  const initial = withImports(manifest, entryKey);
  const mapKey = (manifest[entryKey]!.dynamicImports ?? []).find((k) => /AtlasMap/.test(k));
  const assets = walk('assets');
  const worker = assets.filter((f) => /maplibre-gl-worker.*\.js$/.test(f));
  const map = [...(mapKey ? withImports(manifest, mapKey) : []), ...worker].filter(
    (f) => !initial.includes(f),
  );
  const css = assets.filter((f) => f.endsWith('.css'));
  const data = walk('data');
  // The area circles load only when the map is zoomed in close (src/map/AreaCircles.tsx).
  const firstViewData = data.filter((f) => !f.endsWith(AREA_CIRCLES_FILE.replace('map/', '')));
  const archives = walk('basemap').filter((f) => f.endsWith('.pmtiles'));
  // Read whole: the GeoJSON; read by range: the tile archives.
  const basemap = walk('basemap').filter((f) => !archives.includes(f));
  let tilesFirstView = 0;
  for (const archive of archives)
    tilesFirstView += await archiveBytesForView(archive, DEFAULT_VIEW, { width: 1280, height: 800 });
  return {
    'js-initial': gzipKiB(initial),
    'js-map': gzipKiB(map),
    'js-all': gzipKiB(assets.filter((f) => f.endsWith('.js'))),
    css: gzipKiB(css),
    data: gzipKiB(data),
    basemap: gzipKiB(basemap),
    'tile-archive': archives.reduce((sum, f) => sum + statSync(join(DIST, f)).size, 0) / 1024,
    'first-view':
      gzipKiB([...initial, ...map, ...css, ...firstViewData, ...basemap, 'index.html']) + tilesFirstView,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { budgets } = JSON.parse(readFileSync('budgets.json', 'utf8')) as Budgets;
  const sizes = await measure();
  let passed = 0;
  let failed = 0;
  for (const [name, budget] of Object.entries(budgets)) {
    const size = sizes[name];
    // A limit says why it is where it is, or it is not a budget but a number.
    const reasoned = (budget.why?.length ?? 0) >= 20;
    const ok = size !== undefined && size <= budget.kib && reasoned;
    if (ok) passed += 1;
    else failed += 1;
    console.log(
      `${ok ? 'ok  ' : 'FAIL'} ${name}: ${size === undefined ? 'not measured' : `${size.toFixed(1)} KiB`} (budget ${budget.kib} KiB; ${budget.what})`,
    );
    if (!reasoned) console.log(`     ${name} gives no reason for its limit (budgets.json: "why")`);
    else if (!ok) console.log(`     why this limit: ${budget.why}`);
  }
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed === 0 ? 0 : 1);
}
