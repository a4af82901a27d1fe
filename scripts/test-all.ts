/**
 * `npm test`: every check a change must pass, and one closing line `N passed, N failed` that sums
 * them all (CI reads that line; it does not read vitest's). Each whole-project check (data, types,
 * lint, format, build) counts as one test; unit and end-to-end tests count one each. The summary
 * gives each step's duration.
 *
 * The checks that only read the sources (data, types, lint, format, unit tests) run side by side,
 * and the bundle is built once beside them (data, then `vite build`: the typecheck checks the
 * types); the end-to-end specs (scripts/e2e.ts) start as soon as it is built, with the checks of
 * the built files (size budgets, the drawn coast) beside them. Captured output is printed whole
 * after the end-to-end run's live report. On two cores this keeps both busy throughout.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { runE2e } from './e2e';

interface Tally {
  passed: number;
  failed: number;
}
interface Outcome {
  ok: boolean;
  output: string;
  seconds: number;
}

const total: Tally = { passed: 0, failed: 0 };
const summary: string[] = [];
const started = Date.now();
mkdirSync('test-results', { recursive: true });

const seconds = (since: number) => (Date.now() - since) / 1000;
const took = (s: number) => `${s.toFixed(1).padStart(6)} s`;

/** Runs a command with its output captured (printed by the caller), or passed through. */
function run(command: string, args: string[], capture: boolean): Promise<Outcome> {
  const start = Date.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      stdio: capture ? ['ignore', 'pipe', 'pipe'] : 'inherit',
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
    });
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', (error) =>
      resolve({ ok: false, output: `${output}${error.message}\n`, seconds: seconds(start) }),
    );
    child.on('exit', (code) => resolve({ ok: code === 0, output, seconds: seconds(start) }));
  });
}

function record(name: string, ok: boolean, time: number, tally?: Tally | null) {
  if (tally === undefined) {
    total[ok ? 'passed' : 'failed'] += 1;
    summary.push(`${ok ? 'ok  ' : 'FAIL'} ${took(time)}  ${name}`);
    return;
  }
  if (tally === null) {
    total.failed += 1;
    summary.push(`FAIL ${took(time)}  ${name}: no results (the runner did not finish)`);
    return;
  }
  total.passed += tally.passed;
  total.failed += tally.failed;
  if (!ok && tally.failed === 0) total.failed += 1;
  const good = ok && tally.failed === 0;
  summary.push(
    `${good ? 'ok  ' : 'FAIL'} ${took(time)}  ${name}: ${tally.passed} passed, ${tally.failed} failed`,
  );
}

function printed(name: string, command: string[], outcome: Outcome) {
  console.log(`\n$ ${command.join(' ')}    (${name}, ${outcome.seconds.toFixed(1)} s)`);
  process.stdout.write(outcome.output);
}

async function main() {
  // 1. Checks of the sources, side by side, and the production build at once beside them (data,
  // then `vite build`: the types are checked by the typecheck); their output is printed whole
  // after the end-to-end run, so it does not cut into that run's live report.
  rmSync('test-results/unit.json', { force: true });
  const checks: [string, string[]][] = [
    ['geodata check', ['npx', 'tsx', 'scripts/check-geodata.ts']],
    ['typecheck', ['npx', 'tsc', '--noEmit', '-p', '.']],
    ['lint', ['npx', 'eslint', '.', '--max-warnings', '0']],
    ['format', ['npx', 'prettier', '--check', '.']],
    [
      'unit tests (vitest)',
      [
        'npx',
        'vitest',
        'run',
        '--reporter=default',
        '--reporter=json',
        '--outputFile.json=test-results/unit.json',
      ],
    ],
  ];
  const sourceChecks = Promise.all(checks.map(([, [cmd, ...args]]) => run(cmd!, args, true)));

  // 2. The production build, once.
  const buildStart = Date.now();
  const data = await run('npm', ['run', 'data'], true);
  const bundle = data.ok ? await run('node_modules/.bin/vite', ['build'], true) : null;
  const built = data.ok && bundle !== null && bundle.ok;
  const buildTime = seconds(buildStart);
  console.log(`\n$ npm run data && vite build    (${buildTime.toFixed(1)} s)`);
  process.stdout.write(data.output + (bundle?.output ?? ''));

  // Checks of the built files, beside the end-to-end specs (they are short and single-threaded);
  // each prints its own `N passed, N failed`, each line a test: the size budgets, and the drawn
  // coast against its source (scripts/basemap/checkCoast.ts).
  const afterBuild: [string, string, string[]][] = [
    ['size budgets (budgets.json)', 'npx', ['tsx', 'scripts/check-budgets.ts']],
    [
      'coast and places drawn where their sources have them',
      'node',
      ['--max-old-space-size=4096', '--import', 'tsx', 'scripts/basemap/checkCoast.ts'],
    ],
  ];
  const builtChecks = built ? Promise.all(afterBuild.map(([, cmd, args]) => run(cmd, args, true))) : null;

  // 3. The end-to-end specs in Chromium (installed first if missing).
  const chromium = built ? await run('bash', ['scripts/ensure-chromium.sh'], false) : null;
  let e2eFailures: string[] = [];
  let e2eLine: () => void = () => {
    total.failed += 1;
    summary.push('FAIL            end-to-end tests: not run (no build or no Chromium)');
  };
  if (built && chromium?.ok) {
    const e2eStart = Date.now();
    console.log('\n$ tsx scripts/e2e.ts');
    const e2e = await runE2e();
    const time = seconds(e2eStart);
    e2eFailures = e2e.failures;
    e2eLine = () => record('end-to-end tests (Chromium)', e2e.ok, time, e2e.counted ? e2e : null);
  }

  const outcomes = await sourceChecks;
  checks.forEach(([name, command], i) => {
    const outcome = outcomes[i]!;
    printed(name, command, outcome);
    if (name.startsWith('unit')) {
      let unit: Tally | null = null;
      if (existsSync('test-results/unit.json')) {
        const report = JSON.parse(readFileSync('test-results/unit.json', 'utf8')) as {
          numPassedTests: number;
          numFailedTests: number;
        };
        unit = { passed: report.numPassedTests, failed: report.numFailedTests };
      }
      record(name, outcome.ok, outcome.seconds, unit);
    } else record(name, outcome.ok, outcome.seconds);
  });
  record('production build (data, vite build)', built, buildTime);
  if (builtChecks) {
    const results = await builtChecks;
    afterBuild.forEach(([name], i) => {
      const result = results[i]!;
      process.stdout.write(result.output);
      const tally = /^(\d+) passed, (\d+) failed$/m.exec(result.output);
      record(
        name,
        result.ok,
        result.seconds,
        tally ? { passed: Number(tally[1]), failed: Number(tally[2]) } : null,
      );
    });
  }
  if (chromium) record('Chromium and fonts present', chromium.ok, chromium.seconds);
  e2eLine();

  // The failed end-to-end tests again, near the end, where a CI log's tail still shows them.
  if (e2eFailures.length) console.log(`\nend-to-end tests that failed:\n${e2eFailures.join('\n')}`);
  console.log(`\n${summary.join('\n')}`);
  console.log(`       ${took(seconds(started))}  in all`);
  console.log(`${total.passed} passed, ${total.failed} failed`);
  process.exit(total.failed === 0 ? 0 : 1);
}

void main();
