// Entry point that VS Code loads as `extensionTestsPath` (both runners use it). esbuild bundles
// this file and the *.test.ts files into test/e2e/out/suite/index.js; mocha and vscode stay external.
import Mocha from 'mocha';

/** The line the code-server runner parses for its final "N passed, N failed" summary. */
export const RESULT_MARKER = '[odmsg-e2e] results ';

export function run(): Promise<void> {
  const mocha = new Mocha({
    ui: 'bdd',
    timeout: 60_000,
    color: false,
    reporter: 'spec',
    grep: process.env.ODMSG_E2E_GREP || undefined,
  });

  return new Promise<void>((resolve, reject) => {
    try {
      // The test files are bundled into this module, so mocha never `require`s them itself:
      // set up the bdd globals (describe/it/...) by hand, then load the files, which register
      // their suites at load time.
      mocha.suite.emit('pre-require', globalThis, 'odmsg-e2e', mocha);
      require('./activation.test');
      require('./diagnostics.test');
      require('./codeActions.test');
      require('./fixOnSave.test');
      require('./fixAllCommand.test');
      require('./tagNotAvailable.test');
      require('./smsAnalysis.test');
      require('./serverRestart.test');
      // Keep last: it publishes diagnostics for every fixture file.
      require('./checkWorkspace.test');
    } catch (e) {
      // No result line: the runner then reports that the suite failed to load.
      console.error('[odmsg-e2e] the suite failed to load:', e);
      reject(e instanceof Error ? e : new Error(String(e)));
      return;
    }

    const runner = mocha.run((failures) => {
      // The callback runs when the whole run has ended, long after `runner` is assigned.
      const stats = runner.stats ?? { passes: 0, failures, pending: 0, tests: 0 };
      const summary = {
        passed: stats.passes,
        failed: Math.max(stats.failures, failures),
        pending: stats.pending,
        total: stats.passes + Math.max(stats.failures, failures),
      };
      console.log(`${RESULT_MARKER}${JSON.stringify(summary)}`);
      if (summary.failed > 0) reject(new Error(`${summary.failed} end-to-end test(s) failed`));
      else if (summary.passed === 0) reject(new Error('no end-to-end tests ran'));
      else resolve();
    });
  });
}
