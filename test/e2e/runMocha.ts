// The `run()` both suites give VS Code (suite/index.ts, vsix/index.ts): mocha over the test files
// bundled with the suite, failing when a test fails or none ran, and ending with the result line
// runCodeServer parses. mocha stays external (scripts/build.mjs): loaded from node_modules.
import Mocha from 'mocha';
import { RESULT_MARKER, type SuiteResults } from './common';

/**
 * Runs the tests that `load` registers: it `require`s the suite's test files, which register
 * their describe/it blocks as they load. `file` names the suite in mocha's pre-require event.
 */
export function runMocha(file: string, load: () => void): Promise<void> {
  const mocha = new Mocha({
    ui: 'bdd',
    timeout: 60_000,
    color: false,
    reporter: 'spec',
    grep: process.env.ODMSG_E2E_GREP || undefined,
  });

  return new Promise<void>((resolve, reject) => {
    try {
      // The test files are bundled into the suite, so mocha never `require`s them itself: set
      // up the bdd globals (describe/it/...) by hand, then load the files.
      mocha.suite.emit('pre-require', globalThis, file, mocha);
      load();
    } catch (e) {
      // No result line: the runner then reports that the suite failed to load.
      console.error('[odmsg-e2e] the suite failed to load:', e);
      reject(e instanceof Error ? e : new Error(String(e)));
      return;
    }

    const runner = mocha.run((failures) => {
      // The callback runs when the whole run has ended, long after `runner` is assigned.
      const stats = runner.stats ?? { passes: 0, failures, pending: 0, tests: 0 };
      const failed = Math.max(stats.failures, failures);
      const summary: SuiteResults = { passed: stats.passes, failed, pending: stats.pending, total: stats.passes + failed };
      console.log(`${RESULT_MARKER}${JSON.stringify(summary)}`);
      if (summary.failed > 0) reject(new Error(`${summary.failed} end-to-end test(s) failed`));
      else if (summary.passed === 0) reject(new Error('no end-to-end tests ran'));
      else resolve();
    });
  });
}
