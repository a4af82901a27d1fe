/**
 * A small driver for the end-to-end specs: serves the production build with `vite preview`,
 * opens it in Debian's headless Chromium, and records what leaves the origin and what the
 * console says. Specs talk to the atlas as a person would, through this.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { after, before } from 'node:test';
import { chromium, type Browser, type Page } from 'playwright-core';
import { PNG } from 'pngjs';

/** E2E_PORT lets a second checkout run its suite beside this one. */
export const PORT = Number(process.env.E2E_PORT ?? 4173);
export const ORIGIN = `http://127.0.0.1:${PORT}`;
export const SCREENSHOT_DIR = 'test-results/screenshots';
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Serves a build with `vite preview` (the production build unless extra arguments say otherwise). */
export async function startServer(port = PORT, extra: string[] = []): Promise<ChildProcess> {
  const origin = `http://127.0.0.1:${port}`;
  const server = spawn(
    'node_modules/.bin/vite',
    ['preview', '--port', String(port), '--strictPort', '--host', '127.0.0.1', ...extra],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(origin);
      if (response.ok) return server;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  server.kill();
  throw new Error(`vite preview did not answer on ${origin}`);
}

export async function launchBrowser(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--disable-quic', ...extraArgs],
  });
}

/**
 * Call inside a describe(): serves the production build and launches Chromium before the suite's
 * tests, and stops both after them. The suite's tests use `suite.browser`.
 */
export function atlasSuite(browserArgs: string[] = []): { readonly browser: Browser } {
  let server: ChildProcess | undefined;
  let browser: Browser | undefined;
  before(async () => {
    server = await startServer();
    browser = await launchBrowser(browserArgs);
  });
  after(async () => {
    await browser?.close();
    server?.kill();
  });
  return {
    get browser() {
      if (!browser) throw new Error('the suite has not started its browser');
      return browser;
    },
  };
}

/** Swallows Playwright's "Target page, context or browser has been closed", rethrows anything else. */
export function ignoreClosed(error: unknown): void {
  if (!(error instanceof Error && /has been closed/.test(error.message))) throw error;
}

export interface AtlasPage {
  page: Page;
  /** Requests to any origin other than the app's own. */
  external: string[];
  /** Console errors and uncaught exceptions. */
  errors: string[];
}

/**
 * Runs in the page before its own scripts (Playwright's init scripts are not subject to the page's
 * policy): every Content Security Policy violation becomes a console error, which openAtlas
 * records in `errors`, so a spec that expects no errors also expects no violation.
 */
export function reportPolicyViolations(): void {
  document.addEventListener('securitypolicyviolation', (event) => {
    console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
  });
}

export async function openAtlas(
  browser: Browser,
  hash = '',
  viewport = { width: 1280, height: 800 },
  /** Runs on the new page before it loads the atlas (e.g. to add an init script). */
  beforeLoad?: (page: Page) => Promise<void>,
): Promise<AtlasPage> {
  // A context of its own per page (axe-core needs one), closed with the page.
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  await page.addInitScript(reportPolicyViolations);
  // When the suite's browser closes first, the context is already gone: that is not a failure,
  // but an unhandled rejection here would fail the whole spec file (it did, intermittently, in CI).
  page.on('close', () => context.close().catch(ignoreClosed));
  const external: string[] = [];
  const errors: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== ORIGIN) external.push(request.url());
  });
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await beforeLoad?.(page);
  await page.goto(`${ORIGIN}/${hash}`);
  return { page, external, errors };
}

/** Waits until the map has drawn everything for the current view. */
export async function waitForMapIdle(page: Page): Promise<void> {
  await page.waitForSelector('.maplibregl-map[data-map-idle="true"]', { timeout: 30_000 });
}

/** Pixels of a square of the given size around the map's centre, as [r, g, b] triples. */
export async function centrePixels(page: Page, half = 14): Promise<[number, number, number][]> {
  const box = await page.locator('.maplibregl-canvas').boundingBox();
  if (!box) throw new Error('no map canvas');
  const buffer = await page.screenshot({
    clip: {
      x: box.x + box.width / 2 - half,
      y: box.y + box.height / 2 - half,
      width: half * 2,
      height: half * 2,
    },
  });
  const png = PNG.sync.read(buffer);
  const pixels: [number, number, number][] = [];
  for (let i = 0; i < png.data.length; i += 4)
    pixels.push([png.data[i]!, png.data[i + 1]!, png.data[i + 2]!]);
  return pixels;
}

export function hexToRgb(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** Whether any pixel is within `tolerance` of the colour (per channel). */
export function hasColour(pixels: [number, number, number][], hex: string, tolerance = 14): boolean {
  const [r, g, b] = hexToRgb(hex);
  return pixels.some(
    ([pr, pg, pb]) =>
      Math.abs(pr - r) <= tolerance && Math.abs(pg - g) <= tolerance && Math.abs(pb - b) <= tolerance,
  );
}

export async function clickMapCentre(page: Page): Promise<void> {
  const box = await page.locator('.maplibregl-canvas').boundingBox();
  if (!box) throw new Error('no map canvas');
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: `${SCREENSHOT_DIR}/${name}.png` });
}
