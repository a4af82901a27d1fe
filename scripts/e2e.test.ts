import { describe, expect, it } from 'vitest';
import { allSpecs, tapFailures } from './e2e';

/** A report as node:test's `tap` reporter writes it: one passed, one failed assertion, one timeout. */
const TAP = `TAP version 13
# Subtest: Suite A
    # Subtest: passes
    ok 1 - passes
      ---
      duration_ms: 0.632967
      ...
    # Subtest: fails here
    not ok 2 - fails here
      ---
      duration_ms: 1.043956
      location: '/repo/tests/e2e/a.test.ts:5:3'
      failureType: 'testCodeFailure'
      error: |-
        one is two
        
        1 !== 2
        
      code: 'ERR_ASSERTION'
      stack: |-
        TestContext.<anonymous> (file:///repo/tests/e2e/a.test.ts:5:35)
        Test.runInAsyncScope (node:async_hooks:206:9)
      ...
    # Subtest: times out
    not ok 3 - times out # a directive
      ---
      duration_ms: 11.16929
      location: '/repo/tests/e2e/a.test.ts:6:3'
      failureType: 'testCodeFailure'
      error: |-
        locator.waitFor: Timeout 30000ms exceeded.
        Call log:
          - waiting for x
          - and more
          - and more still
      code: 'ERR_TEST_FAILURE'
      stack: |-
        /repo/node_modules/playwright-core/lib/x.js:1:1
        checkWorks (/repo/tests/e2e/offline.test.ts:33:17)
      ...
    1..3
not ok 1 - Suite A
  ---
  duration_ms: 14.161481
  type: 'suite'
  location: '/repo/tests/e2e/a.test.ts:3:1'
  failureType: 'subtestsFailed'
  error: '2 subtests failed'
  ...
1..1
# pass 1
# fail 2
`;

describe('tapFailures', () => {
  it('gives each failed test with where it failed and its error, and leaves out the suite', () => {
    expect(tapFailures(TAP)).toEqual([
      [
        '✖ fails here',
        "location: '/repo/tests/e2e/a.test.ts:5:3'",
        '  one is two',
        '  1 !== 2',
        '  at TestContext.<anonymous> (file:///repo/tests/e2e/a.test.ts:5:35)',
      ].join('\n'),
      [
        '✖ times out',
        "location: '/repo/tests/e2e/a.test.ts:6:3'",
        '  locator.waitFor: Timeout 30000ms exceeded.',
        '  Call log:',
        '  - waiting for x',
        '  - and more',
        '  at checkWorks (/repo/tests/e2e/offline.test.ts:33:17)',
      ].join('\n'),
    ]);
  });

  it('finds nothing in a report with no failure', () => {
    expect(tapFailures('TAP version 13\nok 1 - a\n  ---\n  ...\n# pass 1\n# fail 0\n')).toEqual([]);
  });
});

describe('allSpecs', () => {
  it('lists only spec files, in name order', () => {
    expect(allSpecs(['zz.test.ts', 'driver.ts', 'badLinks.test.ts', 'aa.test.ts'])).toEqual([
      'tests/e2e/aa.test.ts',
      'tests/e2e/badLinks.test.ts',
      'tests/e2e/zz.test.ts',
    ]);
  });
});
