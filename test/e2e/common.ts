// What the two runners (runCodeServer.ts, runElectron.ts) and the suites they load (suite/,
// vsix/) share. esbuild bundles it into each of them (scripts/build.mjs); it uses node's
// built-ins only, so it loads in VS Code's extension host as well as in the runners.
import * as fs from 'node:fs';
import * as path from 'node:path';

/** Prefix of the line a suite prints with its counts; runCodeServer finds it in the console. */
export const RESULT_MARKER = '[odmsg-e2e] results ';

/**
 * Prefix of the line a suite prints to ask what a webview shows: the extension host cannot see
 * a webview's page, the runner's browser can. runCodeServer finds the page by its title among
 * the workbench's frames and writes the answer to `reply` (JSON, renamed into place). Only
 * runCodeServer answers; it sets ODMSG_E2E_WEBVIEW_PROBE=1 for the suite to know.
 */
export const WEBVIEW_PROBE_MARKER = '[odmsg-e2e] webview-probe ';

export interface WebviewProbe {
  /** The page's <title>. */
  title: string;
  /** Elements to count. */
  selector: string;
  /** A computed style to read off the first element `style.selector` matches. */
  style?: { selector: string; property: string };
  /** Absolute file the answer is written to. */
  reply: string;
}

export interface WebviewProbeAnswer {
  found: boolean;
  count: number;
  style?: string;
}

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
