/**
 * `npx tsx scripts/bench/profile.ts [n]` — after `npm run bench` has built dist-bench/: loads the
 * atlas with n synthetic features once and prints its performance marks (for finding what is slow).
 */
import { launchBrowser, startServer } from '../../tests/e2e/driver';

async function main() {
  const n = process.argv[2] ?? '100000';
  const server = await startServer(4180, ['--mode', 'bench']);
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 1000 });
    await cdp.send('Profiler.start');
    page.on('pageerror', (e) => console.log('page error:', e.message));
    await page.goto(
      process.env.BARE
        ? `http://127.0.0.1:4180/scripts/bench/bare.html?bench=${n}`
        : `http://127.0.0.1:4180/?bench=${n}#lang=ja`,
    );
    await page.waitForFunction(
      (wanted) => wanted.every((m) => performance.getEntriesByName(m).length > 0),
      process.env.BARE ? ['map-drawn'] : ['map-drawn', 'data-shown'],
      {
        timeout: 300_000,
      },
    );
    const marks = await page.evaluate(() =>
      performance.getEntriesByType('mark').map((m) => `${m.name}: ${Math.round(m.startTime)} ms`),
    );
    console.log(marks.join('\n'));
    console.log(
      await page.evaluate(() => {
        const all = [...document.querySelectorAll('*')];
        const widest = all.sort((a, b) => b.childElementCount - a.childElementCount)[0];
        return `${all.length} elements; most children: ${widest?.tagName}.${widest?.className} (${widest?.childElementCount})`;
      }),
    );
    // The functions that took most of the main thread's time, by self time.
    const { profile } = (await cdp.send('Profiler.stop')) as {
      profile: {
        nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
        samples: number[];
        timeDeltas: number[];
      };
    };
    const self = new Map<number, number>();
    profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
    const byFunction = new Map<string, number>();
    for (const node of profile.nodes) {
      const { functionName, url, lineNumber } = node.callFrame;
      const key = `${functionName || '(anonymous)'} ${url.split('/').pop()}:${lineNumber}`;
      byFunction.set(key, (byFunction.get(key) ?? 0) + (self.get(node.id) ?? 0));
    }
    for (const [key, us] of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, 15))
      console.log(`${Math.round(us / 1000)} ms  ${key}`);
  } finally {
    await browser.close();
    server.kill();
  }
}

void main();
