// Entry point of the install test (`runCodeServer.js --vsix`): VS Code loads it as
// `extensionTestsPath` while odmsg itself is the copy installed from the .vsix (the runner passes
// an empty harness extension as `extensionDevelopmentPath`, which VS Code requires for tests).
// Same contract as suite/index.ts: fail when a test fails or none ran, print the result line.
import Mocha from 'mocha';

/** The line the runner parses (the same marker as suite/index.ts). */
const RESULT_MARKER = '[odmsg-e2e] results ';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', timeout: 60_000, color: false, reporter: 'spec', grep: process.env.ODMSG_E2E_GREP || undefined });
  return new Promise<void>((resolve, reject) => {
    try {
      mocha.suite.emit('pre-require', globalThis, 'odmsg-e2e-vsix', mocha);
      require('./installed.test');
      require('./tasks.test');
    } catch (e) {
      console.error('[odmsg-e2e] the suite failed to load:', e);
      reject(e instanceof Error ? e : new Error(String(e)));
      return;
    }
    const runner = mocha.run((failures) => {
      const stats = runner.stats ?? { passes: 0, failures, pending: 0, tests: 0 };
      const failed = Math.max(stats.failures, failures);
      const summary = { passed: stats.passes, failed, pending: stats.pending, total: stats.passes + failed };
      console.log(`${RESULT_MARKER}${JSON.stringify(summary)}`);
      if (summary.failed > 0) reject(new Error(`${summary.failed} end-to-end test(s) failed`));
      else if (summary.passed === 0) reject(new Error('no end-to-end tests ran'));
      else resolve();
    });
  });
}
