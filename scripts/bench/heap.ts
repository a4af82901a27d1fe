/**
 * Where the page's JS heap goes: V8's sampling heap profiler, started before the page loads, read
 * after a forced garbage collection, so what it reports is live memory by the function that
 * allocated it. Each sample is named through the build's source maps by the first frame of the
 * atlas's own code (src/…) on its stack, and by the library that allocated it when that is not the
 * atlas's own code ("zod, from src/data/loadAtlasData.ts").
 */
import { readFileSync } from 'node:fs';
import { originalPositionFor, TraceMap } from '@jridgewell/trace-mapping';
import type { Browser } from 'playwright-core';

export interface HeapPart {
  /** What allocated it: a source file of the atlas, or a library from one. */
  what: string;
  bytes: number;
}

interface SampleNode {
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  selfSize: number;
  children: SampleNode[];
}

/** Each bundle's source map, read once. */
function sourceOf(outDir: string) {
  const maps = new Map<string, TraceMap | null>();
  return (url: string, line: number, column: number): string | null => {
    const file = /\/(assets\/[^/?#]+\.js)/.exec(url)?.[1];
    if (!file) return null;
    if (!maps.has(file)) {
      try {
        maps.set(file, new TraceMap(readFileSync(`${outDir}/${file}.map`, 'utf8')));
      } catch {
        maps.set(file, null);
      }
    }
    const map = maps.get(file);
    if (!map) return null;
    const source = originalPositionFor(map, { line: line + 1, column }).source;
    if (!source) return null;
    const inPackage = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source);
    return inPackage ? inPackage[1]! : (/(src\/.*)$/.exec(source)?.[1] ?? source);
  };
}

/** Live heap of a page loaded from `url` (ready when `marks` are all set), by what allocated it. */
export async function heapBreakdown(
  browser: Browser,
  url: string,
  marks: string[],
  outDir: string,
): Promise<{ used: number; sampled: number; parts: HeapPart[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto('about:blank');
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.startSampling', { samplingInterval: 16_384 });
  await page.goto(url);
  await page.waitForFunction(
    (wanted) => wanted.every((m) => performance.getEntriesByName(m).length > 0),
    marks,
    { timeout: 300_000, polling: 100 },
  );
  await cdp.send('HeapProfiler.collectGarbage');
  const { profile } = (await cdp.send('HeapProfiler.getSamplingProfile')) as unknown as {
    profile: { head: SampleNode };
  };
  const used = await page.evaluate(
    () => (performance as unknown as { memory: { usedJSHeapSize: number } }).memory.usedJSHeapSize,
  );
  await context.close();

  const source = sourceOf(outDir);
  const byWhat = new Map<string, number>();
  let sampled = 0;
  const walk = (node: SampleNode, stack: (string | null)[]) => {
    const { url, lineNumber, columnNumber } = node.callFrame;
    const frames = [...stack, url ? source(url, lineNumber, columnNumber) : null];
    if (node.selfSize > 0) {
      sampled += node.selfSize;
      const named = frames.filter((f): f is string => f !== null);
      const leaf = named.at(-1);
      const own = named.findLast((f) => f.startsWith('src/'));
      const what = !leaf
        ? 'no frame of the build (JSON the browser parsed, the engine’s own)'
        : leaf.startsWith('src/')
          ? leaf
          : own
            ? `${leaf}, from ${own}`
            : leaf;
      byWhat.set(what, (byWhat.get(what) ?? 0) + node.selfSize);
    }
    for (const child of node.children) walk(child, frames);
  };
  walk(profile.head, []);
  const parts = [...byWhat].map(([what, bytes]) => ({ what, bytes })).sort((a, b) => b.bytes - a.bytes);
  return { used, sampled, parts };
}
