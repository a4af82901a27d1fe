/**
 * `npx tsx scripts/screenshot.ts '<hash>' <name> [width] [height] [selector]` — serves the production
 * build (run `npm run build` first), opens it in headless Chromium at the given size, scrolls the
 * selector into view and writes test-results/screenshots/<name>.png. For looking at what we build.
 */
import { mkdirSync } from 'node:fs';
import { launchBrowser, ORIGIN, startServer, waitForMapIdle } from '../tests/e2e/driver';

async function main() {
  const [hash = '', name = 'shot', width = '1280', height = '800', selector] = process.argv.slice(2);
  const server = await startServer();
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext({ viewport: { width: Number(width), height: Number(height) } });
    const page = await context.newPage();
    await page.goto(`${ORIGIN}/${hash}`);
    await waitForMapIdle(page).catch(() => console.warn('the map did not become idle'));
    if (selector) await page.locator(selector).first().scrollIntoViewIfNeeded();
    mkdirSync('test-results/screenshots', { recursive: true });
    await page.screenshot({ path: `test-results/screenshots/${name}.png` });
    console.log(`wrote test-results/screenshots/${name}.png`);
  } finally {
    await browser.close();
    server.kill();
  }
}

void main();
