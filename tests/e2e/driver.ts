/**
 * The driver of the end-to-end specs: serves the production build with `vite preview`, opens it in
 * Debian's headless Chromium (one server and one browser per run under scripts/e2e.ts, a fresh
 * context per page), and records what leaves the origin and what the console says. Specs talk to
 * the atlas as a person would, through this and the actions it re-exports (actions.ts), read the map
 * through pixels.ts and the facts through places.ts.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { after, before } from 'node:test';
import { chromium, type Browser, type Page } from 'playwright-core';

export * from './actions';
export * from './pixels';
export * from './places';
import { SCREENSHOT_DIR } from './pixels';

/** E2E_PORT lets a second checkout run its suite beside this one. */
export const PORT = Number(process.env.E2E_PORT ?? 4173);
/** Set by scripts/e2e.ts when it serves the build for the whole run. */
const SHARED_ORIGIN = process.env.E2E_ORIGIN;
/** Set by scripts/e2e.ts: the Chromium the whole run shares. */
const SHARED_BROWSER = process.env.E2E_BROWSER;
export const ORIGIN = SHARED_ORIGIN ?? `http://127.0.0.1:${PORT}`;
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

/** Software WebGL2 (SwiftShader); never --disable-software-rasterizer (MapLibre then has no WebGL2). */
export const CHROMIUM_ARGS = ['--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--disable-quic'];

/**
 * The end-to-end runs add this: the page itself is composited in software rather than through
 * SwiftShader's GL (WebGL still works), which made each page load about a quarter cheaper in CPU.
 * The benchmark leaves it out, so its figures stay comparable with earlier runs.
 */
export const E2E_CHROMIUM_ARGS = [...CHROMIUM_ARGS, '--disable-gpu-compositing'];

export async function launchBrowser(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_ARGS, ...extraArgs] });
}

/**
 * Call inside a describe(): the suite's tests use `suite.browser`, and each opens a context of its
 * own. Under scripts/e2e.ts the whole run shares one server and one Chromium (connected to here);
 * a spec run alone serves the build and launches Chromium itself. A suite that needs other browser
 * flags (e.g. no WebGL) always launches its own.
 */
export function atlasSuite(browserArgs: string[] = []): { readonly browser: Browser } {
  let server: ChildProcess | undefined;
  let browser: Browser | undefined;
  before(async () => {
    if (!SHARED_ORIGIN) server = await startServer();
    browser =
      SHARED_BROWSER && browserArgs.length === 0
        ? await chromium.connect(SHARED_BROWSER)
        : await launchBrowser(['--disable-gpu-compositing', ...browserArgs]);
  });
  after(async () => {
    // Closing a connected browser only disconnects this process from it.
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

/**
 * The window a spec opens by default: a small laptop's (many school laptops are no larger). Specs
 * of the phone (390×844) and the projector (1920×1080) set their own. Each map frame is drawn in
 * software WebGL, so a smaller window makes every load about a third cheaper in CPU.
 */
export const DESKTOP = { width: 1024, height: 640 };

export async function openAtlas(
  browser: Browser,
  hash = '',
  viewport = DESKTOP,
  /** Runs on the new page before it loads the atlas (e.g. to add an init script). */
  beforeLoad?: (page: Page) => Promise<void>,
  /**
   * `motion: true` lets the map ease as it does for most people. By default a page asks for reduced
   * motion, which the atlas honours by moving the map at once: the same places and views, without
   * the frames of every animation drawn in software WebGL (they made the suite CPU-bound).
   *
   * `serviceWorker: true` lets the atlas install its service worker, as it does on a first visit.
   * By default a page blocks it: installing it precaches the whole atlas again in every fresh
   * context (about a twelfth of each load's CPU). The specs of what the worker does (offline use,
   * tiles through the worker, the policy over the worker) turn it on.
   */
  { motion = false, serviceWorker = false }: { motion?: boolean; serviceWorker?: boolean } = {},
): Promise<AtlasPage> {
  // A context of its own per page (axe-core needs one), closed with the page.
  const context = await browser.newContext({
    viewport,
    reducedMotion: motion ? 'no-preference' : 'reduce',
    serviceWorkers: serviceWorker ? 'allow' : 'block',
  });
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
    if (message.type() !== 'error') return;
    // Where it was logged, when the text alone says little (an Error with no message reads "Error").
    const { url, lineNumber } = message.location();
    const text = message.text();
    errors.push(text.length > 12 || !url ? text : `${text} (${url.split('/').pop()}:${lineNumber})`);
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await beforeLoad?.(page);
  await page.goto(`${ORIGIN}/${hash}`);
  return { page, external, errors };
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: `${SCREENSHOT_DIR}/${name}.png` });
}
