// `npm test`'s runner (scripts/test-all.ts) and its closing line: the counts read from each
// tier's output (node:test's TAP summary, the end-to-end suite's result line), the sum, and a
// failing run that stays failing: a failed tier, a tier that ran no tests, a step after a
// failure left unrun. The runner is run for real, over a package.json of stand-in scripts.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { CountReader, summaryLine } from '../../scripts/testSummary';
import { cleanup, fixture, ROOT } from './helpers';

describe('CountReader', () => {
  test("sums node:test's summary lines, whatever the chunks, and the spec reporter's", () => {
    const reader = new CountReader();
    const output = 'ok 1 - a\n# tests 12\n# suites 2\n# pass 9\n# fail 1\n# cancelled 1\n# skipped 1\n# todo 0\n# duration_ms 5\n';
    for (let i = 0; i < output.length; i += 7) reader.push(output.slice(i, i + 7));
    reader.push('ℹ tests 3\nℹ pass 3\nℹ fail 0\nℹ skipped 0\nℹ todo 1');
    assert.deepEqual(reader.finish(), { tests: 15, failed: 2, skipped: 2 });
  });

  test("reads the end-to-end runner's last line, once per run, not mocha's summary as well", () => {
    const reader = new CountReader();
    reader.push('  40 passing (3s)\n[odmsg-e2e] results {"passed":40,"failed":0,"pending":0,"total":40}\n40 passed, 0 failed\n');
    reader.push('  5 passing\n  1 failing\n5 passed, 1 failed, 2 pending\r\n');
    assert.deepEqual(reader.finish(), { tests: 48, failed: 1, skipped: 2 });
  });

  test('no counts in the output: undefined, not zero tests', () => {
    const reader = new CountReader();
    reader.push('> odmsg@0.1.0 lint\n> eslint .\n# tests are described in the README\n  3 passing\nabout 40 passed, 0 failed\n');
    assert.equal(reader.finish(), undefined);
  });
});

describe('summaryLine', () => {
  const tier = (script: string, tests: number, failed = 0, skipped = 0) => ({ script, code: failed ? 1 : 0, counts: { tests, failed, skipped } });
  test('every tier summed, the checks named', () => {
    const steps = [{ script: 'build', code: 0 }, { script: 'lint', code: 0 }, tier('test:engine', 2871), tier('test:cli', 1204, 0, 3)];
    assert.equal(summaryLine(steps, steps.length), 'npm test: 4,075 tests in 2 tiers, 0 failed, 3 skipped (build, lint passed)');
  });
  test('a failure names the step and what was not run', () => {
    const steps = [{ script: 'build', code: 0 }, tier('test:engine', 10, 2)];
    assert.equal(summaryLine(steps, 5), 'npm test: FAILED: test:engine failed (exit code 1); 10 tests in 1 tier, 2 failed, 0 skipped (build passed); 3 steps not run');
    assert.equal(summaryLine([{ script: 'test:db', code: 0, problem: 'reported no tests' }], 1), 'npm test: FAILED: test:db reported no tests; 0 tests in 0 tiers, 0 failed, 0 skipped');
  });
});

describe('scripts/test-all.ts', () => {
  let dir: string;
  const EMIT = `const out = {
  tap: '# tests 3\\n# pass 2\\n# fail 0\\n# skipped 1\\n',
  e2e: '  2 passing\\n2 passed, 0 failed\\n',
  failing: '# tests 2\\n# pass 1\\n# fail 1\\n',
  none: 'nothing to see\\n',
};
process.stdout.write(out[process.argv[2]] ?? '');
process.exitCode = process.argv[2] === 'failing' || process.argv[2] === 'broken' ? 1 : 0;
`;
  before(() => {
    const scripts = {
      build: 'node emit.js',
      'test:tap': 'node emit.js tap',
      'test:e2e': 'node emit.js e2e',
      'test:failing': 'node emit.js failing',
      'test:none': 'node emit.js none',
      broken: 'node emit.js broken',
    };
    dir = fixture({ 'package.json': JSON.stringify({ name: 'stand-in', private: true, scripts }), 'emit.js': EMIT });
  });
  after(() => cleanup(dir));

  const run = (...scripts: string[]) => {
    // tsx by its path: `--import tsx` would be looked for from the stand-in folder.
    const tsx = pathToFileURL(require.resolve('tsx')).href;
    const result = spawnSync(process.execPath, ['--import', tsx, path.join(ROOT, 'scripts', 'test-all.ts'), ...scripts], { cwd: dir, encoding: 'utf8' });
    const lines = result.stdout.trimEnd().split('\n');
    return { code: result.status, stdout: result.stdout, last: lines[lines.length - 1] };
  };

  test('passes every step through and sums the tiers in its last line', () => {
    const r = run('build', 'test:tap', 'test:e2e');
    assert.equal(r.code, 0, r.stdout);
    assert.match(r.stdout, /# tests 3\n/, "the tiers' own output is shown");
    assert.equal(r.last, 'npm test: 5 tests in 2 tiers, 0 failed, 1 skipped (build passed)');
  });

  test('a failing tier fails the run and stops it there', () => {
    const r = run('test:tap', 'test:failing', 'test:e2e');
    assert.equal(r.code, 1);
    assert.doesNotMatch(r.stdout, /2 passing/, 'the step after the failure did not run');
    assert.equal(r.last, 'npm test: FAILED: test:failing failed (exit code 1); 5 tests in 2 tiers, 1 failed, 1 skipped; 1 step not run');
  });

  test('a failing check fails the run; a tier that reports no tests is no pass', () => {
    assert.equal(run('broken', 'test:tap').code, 1);
    const none = run('test:none');
    assert.equal(none.code, 1);
    assert.equal(none.last, 'npm test: FAILED: test:none reported no tests; 0 tests in 0 tiers, 0 failed, 0 skipped');
  });
});
