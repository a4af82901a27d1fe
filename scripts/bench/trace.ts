/**
 * `npx tsx scripts/bench/trace.ts [n]` — after a bench build: loads the atlas with n synthetic
 * features under a Chromium trace and prints the main thread's costliest event kinds.
 */
import { launchBrowser, startServer } from '../../tests/e2e/driver';

async function main() {
  const n = process.argv[2] ?? '100000';
  const server = await startServer(4180, ['--mode', 'bench']);
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const cdp = await page.context().newCDPSession(page);
    const events: {
      name: string;
      ph: string;
      dur?: number;
      tid: number;
      args?: { data?: { url?: string; functionName?: string } };
    }[] = [];
    cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as typeof events)));
    await cdp.send('Tracing.start', {
      categories: 'devtools.timeline,blink.user_timing,v8',
      transferMode: 'ReportEvents',
    });
    await page.goto(`http://127.0.0.1:4180/?bench=${n}#lang=ja`);
    await page.waitForFunction(
      () => ['map-drawn', 'data-shown'].every((m) => performance.getEntriesByName(m).length > 0),
      null,
      { timeout: 300_000 },
    );
    const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
    await cdp.send('Tracing.end');
    await done;
    const byName = new Map<string, number>();
    for (const e of events) {
      if (e.ph !== 'X' || !e.dur) continue;
      const detail =
        e.name === 'FunctionCall'
          ? ` ${e.args?.data?.functionName ?? ''} ${(e.args?.data?.url ?? '').split('/').pop()}`
          : '';
      const key = `${e.name}${detail} (tid ${e.tid})`;
      byName.set(key, (byName.get(key) ?? 0) + e.dur);
    }
    for (const [key, us] of [...byName].sort((a, b) => b[1] - a[1]).slice(0, 20))
      console.log(`${Math.round(us / 1000)} ms  ${key}`);
  } finally {
    await browser.close();
    server.kill();
  }
}

void main();
