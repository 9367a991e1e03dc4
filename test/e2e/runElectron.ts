// Runs the end-to-end suite in desktop VS Code downloaded by @vscode/test-electron.
// Needs internet access to update.code.visualstudio.com (a contributor's laptop, a public CI);
// offline machines use runCodeServer instead. `npm run build` first.
//
//   node test/e2e/out/runElectron.js
//
// Environment (optional): ODMSG_E2E_VSCODE_VERSION (default 1.100.3, the version the
// code-server runner uses), ODMSG_E2E_GREP (mocha grep, read by the suite).
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';
import { copyWorkspace, findRepoRoot, fixtureWorkspace } from './common';

async function main(): Promise<number> {
  const repoRoot = findRepoRoot(__dirname);
  const extensionTestsPath = path.join(repoRoot, 'test', 'e2e', 'out', 'suite', 'index.js');
  if (!fs.existsSync(extensionTestsPath)) throw new Error(`compiled suite not found at ${extensionTestsPath}; run \`npm run build\` first`);

  const tempRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'odmsg-e2e-electron-'));
  const workspace = copyWorkspace(fixtureWorkspace(repoRoot), tempRoot);
  try {
    return await runTests({
      version: process.env.ODMSG_E2E_VSCODE_VERSION ?? '1.100.3',
      extensionDevelopmentPath: repoRoot,
      extensionTestsPath,
      launchArgs: [
        workspace,
        '--disable-extensions', // only the extension under development
        '--disable-workspace-trust',
        '--skip-welcome',
        '--skip-release-notes',
        '--user-data-dir',
        path.join(tempRoot, 'user-data'),
      ],
    });
  } finally {
    fs.rmSync(tempRoot, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    // runTests rejects when VS Code exits non-zero (the suite failed) or cannot be started.
    console.error(`[e2e] ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  },
);
