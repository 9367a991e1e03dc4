// Entry point that VS Code loads as `extensionTestsPath` (both runners use it). esbuild bundles
// this file and the *.test.ts files into test/e2e/out/suite/index.js; mocha and vscode stay external.
import { runMocha } from '../runMocha';

export function run(): Promise<void> {
  return runMocha('odmsg-e2e', () => {
    require('./activation.test');
    require('./outputChannel.test');
    require('./diagnostics.test');
    require('./codeActions.test');
    require('./fixOnSave.test');
    require('./fixAllCommand.test');
    require('./tagNotAvailable.test');
    require('./ruleDocs.test');
    require('./turnOffInConfig.test');
    require('./smsAnalysis.test');
    require('./serverRestart.test');
    require('./database.test');
    require('./textingHealth.test');
    // Keep last: it publishes diagnostics for every fixture file.
    require('./checkWorkspace.test');
  });
}
