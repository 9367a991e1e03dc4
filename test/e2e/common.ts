// What the two runners (runCodeServer.ts, runElectron.ts) and the suites they load (suite/,
// vsix/) share. esbuild bundles it into each of them (scripts/build.mjs); it uses node's
// built-ins only, so it loads in VS Code's extension host as well as in the runners.
import * as fs from 'node:fs';
import * as path from 'node:path';

/** Prefix of the line a suite prints with its counts; runCodeServer finds it in the console. */
export const RESULT_MARKER = '[odmsg-e2e] results ';

/** The counts after RESULT_MARKER, as JSON. */
export interface SuiteResults {
  passed: number;
  failed: number;
  pending: number;
  total: number;
}

/** The odmsg checkout above `start` (the runners run from test/e2e/out). */
export function findRepoRoot(start: string): string {
  for (let dir = start; ; dir = path.dirname(dir)) {
    const manifest = path.join(dir, 'package.json');
    if (fs.existsSync(manifest)) {
      try {
        if (JSON.parse(fs.readFileSync(manifest, 'utf8')).name === 'odmsg') return dir;
      } catch {
        // not ours; keep walking up
      }
    }
    if (path.dirname(dir) === dir) throw new Error(`cannot find the odmsg repository root above ${start}`);
  }
}

/** The fixture workspace the suites open, unless a runner is told otherwise. */
export function fixtureWorkspace(repoRoot: string): string {
  return path.join(repoRoot, 'test', 'e2e', 'fixtures', 'workspace');
}

/**
 * Copies `fixtures` to `<tempRoot>/workspace` and returns that folder: tests save files, so
 * every run opens a fresh copy.
 */
export function copyWorkspace(fixtures: string, tempRoot: string): string {
  const workspace = path.join(tempRoot, 'workspace');
  fs.cpSync(fixtures, workspace, { recursive: true });
  return workspace;
}
