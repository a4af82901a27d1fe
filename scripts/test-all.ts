/**
 * `npm test`: every check a change must pass, in the order a developer would run them, and one
 * closing line `N passed, N failed` that sums them all (CI reads that line; it does not read vitest's).
 * Each whole-project check (data, types, lint, format, build) counts as one test; unit and
 * end-to-end tests count one each.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';

interface Tally {
  passed: number;
  failed: number;
}
const total: Tally = { passed: 0, failed: 0 };
const summary: string[] = [];
mkdirSync('test-results', { recursive: true });

function run(command: string, args: string[], env: Record<string, string> = {}): boolean {
  console.log(`\n$ ${[command, ...args].join(' ')}`);
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ...env },
  });
  return result.status === 0;
}

function step(name: string, command: string, args: string[]): boolean {
  const ok = run(command, args);
  total[ok ? 'passed' : 'failed'] += 1;
  summary.push(`${ok ? 'ok  ' : 'FAIL'} ${name}`);
  return ok;
}

function counted(name: string, ok: boolean, tally: Tally | null) {
  if (!tally) {
    total.failed += 1;
    summary.push(`FAIL ${name}: no results (the runner did not finish)`);
    return;
  }
  total.passed += tally.passed;
  total.failed += tally.failed;
  if (!ok && tally.failed === 0) total.failed += 1;
  summary.push(
    `${ok && tally.failed === 0 ? 'ok  ' : 'FAIL'} ${name}: ${tally.passed} passed, ${tally.failed} failed`,
  );
}

step('geodata check', 'npx', ['tsx', 'scripts/check-geodata.ts']);
step('typecheck', 'npx', ['tsc', '--noEmit', '-p', '.']);
step('lint', 'npx', ['eslint', '.', '--max-warnings', '0']);
step('format', 'npx', ['prettier', '--check', '.']);

const unitOk = run('npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  '--outputFile.json=test-results/unit.json',
]);
let unit: Tally | null = null;
if (existsSync('test-results/unit.json')) {
  const report = JSON.parse(readFileSync('test-results/unit.json', 'utf8')) as {
    numPassedTests: number;
    numFailedTests: number;
  };
  unit = { passed: report.numPassedTests, failed: report.numFailedTests };
}
counted('unit tests (vitest)', unitOk, unit);

/** Every spec in tests/e2e/, so a new one cannot be left out of the run. */
const E2E_SPECS = readdirSync('tests/e2e')
  .filter((f) => f.endsWith('.test.ts'))
  .sort()
  .map((f) => `tests/e2e/${f}`);

const built = step('production build', 'npm', ['run', 'build']);
if (built) {
  // Each size budget counts as one test (scripts/check-budgets.ts prints its own tally).
  const result = spawnSync('npx', ['tsx', 'scripts/check-budgets.ts'], { encoding: 'utf8' });
  process.stdout.write(result.stdout + result.stderr);
  const tally = /^(\d+) passed, (\d+) failed$/m.exec(result.stdout);
  counted(
    'size budgets (budgets.json)',
    result.status === 0,
    tally ? { passed: Number(tally[1]), failed: Number(tally[2]) } : null,
  );
}
if (built && run('bash', ['scripts/ensure-chromium.sh'])) {
  const e2eOk = run('npx', [
    'tsx',
    '--test',
    '--test-concurrency=1',
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    '--test-reporter=tap',
    '--test-reporter-destination=test-results/e2e.tap',
    ...E2E_SPECS,
  ]);
  let e2e: Tally | null = null;
  if (existsSync('test-results/e2e.tap')) {
    const tap = readFileSync('test-results/e2e.tap', 'utf8');
    const pass = /^# pass (\d+)$/m.exec(tap);
    const fail = /^# fail (\d+)$/m.exec(tap);
    if (pass && fail) e2e = { passed: Number(pass[1]), failed: Number(fail[1]) };
  }
  counted('end-to-end tests (Chromium)', e2eOk, e2e);
} else {
  total.failed += 1;
  summary.push('FAIL end-to-end tests: not run (no build or no Chromium)');
}

console.log(`\n${summary.join('\n')}`);
console.log(`${total.passed} passed, ${total.failed} failed`);
process.exit(total.failed === 0 ? 0 : 1);
