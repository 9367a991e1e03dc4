// Entry point of the install test (`runCodeServer.js --vsix`): VS Code loads it as
// `extensionTestsPath` while odmsg itself is the copy installed from the .vsix (the runner passes
// an empty harness extension as `extensionDevelopmentPath`, which VS Code requires for tests).
// Same mocha run and result line as suite/index.ts (runMocha.ts).
import { runMocha } from '../runMocha';

export function run(): Promise<void> {
  return runMocha('odmsg-e2e-vsix', () => {
    require('./installed.test');
    require('./tasks.test');
  });
}
