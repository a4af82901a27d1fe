/**
 * `npm run test:e2e` (after `npm run build`), and the end-to-end step of `npm test`: serves the
 * production build once and launches Chromium once for the whole run, then runs every spec in
 * tests/e2e/ against them. Each spec file still runs in a process of its own (so one file's stray
 * rejection cannot fail another's) and each test opens a fresh browser context; the specs reach the
 * shared server and browser through E2E_ORIGIN and E2E_BROWSER (see tests/e2e/driver.ts).
 *
 * E2E_CONCURRENCY (default 2, the machine's cores) sets how many spec files run at once; E2E_GREP
 * runs only the tests whose names match it (e.g. to repeat one under load).
 * Arguments, if any, are spec files to run instead of all of them.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM, E2E_CHROMIUM_ARGS, ORIGIN, PORT, startServer } from '../tests/e2e/driver';

export interface E2eResult {
  ok: boolean;
  passed: number;
  failed: number;
  /** False when the runner did not get as far as its summary. */
  counted: boolean;
  /** Each failed test: its name, where it failed and the first lines of its error. */
  failures: string[];
}

const TAP_FILE = 'test-results/e2e.tap';

/**
 * The failed tests of a TAP report (node:test's `tap` reporter), each as a few lines: the test's
 * name, where it failed, and the first lines of its error. Suites that failed only because a test
 * in them did are left out.
 */
export function tapFailures(tap: string): string[] {
  const lines = tap.split('\n');
  const failures: string[] = [];
  lines.forEach((line, i) => {
    const failed = /^(\s*)not ok \d+ - (.*?)(?: # .*)?$/.exec(line);
    if (!failed) return;
    const indent = failed[1]!.length;
    // The YAML block after the line, up to its closing `...` at the same depth.
    const block: string[] = [];
    for (let j = i + 2; j < lines.length && lines[j]!.trim() !== '...'; j++) block.push(lines[j]!);
    if (block.some((l) => /^\s*type: 'suite'$/.test(l))) return;
    const field = (name: string) => block.find((l) => l.trim().startsWith(`${name}:`))?.trim();
    const errorAt = block.findIndex((l) => /^\s*error: /.test(l));
    const error: string[] = [];
    if (errorAt >= 0) {
      const first = block[errorAt]!.trim()
        .replace(/^error: (\|-)?/, '')
        .trim();
      if (first) error.push(first);
      for (let j = errorAt + 1; j < block.length && error.length < 4; j++) {
        const l = block[j]!;
        if (!l.trim()) continue;
        if (l.length - l.trimStart().length <= indent + 2) break;
        error.push(l.trim());
      }
    }
    // The first line of the stack in a spec or the driver: where a timeout was waited for.
    const stackAt = block.findIndex((l) => /^\s*stack: /.test(l));
    const frame =
      stackAt >= 0
        ? block.slice(stackAt + 1).find((l) => /tests\/e2e\//.test(l) && !/node_modules/.test(l))
        : undefined;
    failures.push(
      [
        `✖ ${failed[2]}`,
        field('location'),
        ...error.map((l) => `  ${l.slice(0, 300)}`),
        frame ? `  at ${frame.trim()}` : undefined,
      ]
        .filter(Boolean)
        .join('\n'),
    );
  });
  return failures;
}

/**
 * Every spec in tests/e2e/, so a new one cannot be left out of the run. (node's runner starts them
 * in name order whatever order they are given in: it sorts its file list.)
 */
export function allSpecs(files = readdirSync('tests/e2e')): string[] {
  return files
    .filter((f) => f.endsWith('.test.ts'))
    .sort()
    .map((f) => `tests/e2e/${f}`);
}

export async function runE2e(specs = allSpecs()): Promise<E2eResult> {
  mkdirSync('test-results', { recursive: true });
  rmSync(TAP_FILE, { force: true });
  const server = await startServer(PORT);
  const browser = await chromium.launchServer({ executablePath: CHROMIUM, args: E2E_CHROMIUM_ARGS });
  try {
    const concurrency = process.env.E2E_CONCURRENCY ?? '2';
    const code = await new Promise<number | null>((resolve) => {
      const child = spawn(
        'node_modules/.bin/tsx',
        [
          '--test',
          `--test-concurrency=${concurrency}`,
          ...(process.env.E2E_GREP ? [`--test-name-pattern=${process.env.E2E_GREP}`] : []),
          '--test-reporter=spec',
          '--test-reporter-destination=stdout',
          '--test-reporter=tap',
          `--test-reporter-destination=${TAP_FILE}`,
          ...specs,
        ],
        {
          stdio: 'inherit',
          env: { ...process.env, E2E_ORIGIN: ORIGIN, E2E_BROWSER: browser.wsEndpoint() },
        },
      );
      child.on('exit', resolve);
    });
    let passed = 0;
    let failed = 0;
    let counted = false;
    let failures: string[] = [];
    if (existsSync(TAP_FILE)) {
      const tap = readFileSync(TAP_FILE, 'utf8');
      failures = tapFailures(tap);
      const pass = /^# pass (\d+)$/m.exec(tap);
      const fail = /^# fail (\d+)$/m.exec(tap);
      if (pass && fail) {
        passed = Number(pass[1]);
        failed = Number(fail[1]);
        counted = true;
      }
    }
    return { ok: code === 0, passed, failed, counted, failures };
  } finally {
    await browser.close();
    server.kill();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const specs = process.argv.slice(2);
  void runE2e(specs.length ? specs : undefined).then((result) => {
    if (result.failures.length) console.log(`\nfailed:\n${result.failures.join('\n')}`);
    console.log(`${result.passed} passed, ${result.failed} failed`);
    process.exit(result.ok && result.counted ? 0 : 1);
  });
}
