// Where the odmsg package is on disk and what it is called, for --version, `odmsg init`'s
// `$schema` path and the docs links in SARIF. The CLI runs bundled (server/out/cli.js) or
// from source under tsx (server/src/cli/main.ts), so the root is found by walking up.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { docsPath } from '../engine/registry';

interface PackageJson {
  name?: string;
  version?: string;
  homepage?: string;
}

let cached: { root: string; manifest: PackageJson } | undefined;

function findPackage(): { root: string; manifest: PackageJson } {
  if (cached) return cached;
  let dir = __dirname;
  for (;;) {
    const file = path.join(dir, 'package.json');
    try {
      const manifest = JSON.parse(fs.readFileSync(file, 'utf8')) as PackageJson;
      if (manifest.name === 'odmsg') return (cached = { root: dir, manifest });
    } catch {
      // no package.json here, or not ours: keep walking up
    }
    const parent = path.dirname(dir);
    if (parent === dir) return (cached = { root: path.resolve(__dirname, '..', '..'), manifest: {} });
    dir = parent;
  }
}

export function packageRoot(): string {
  return findPackage().root;
}

export function packageVersion(): string {
  return findPackage().manifest.version ?? '0.0.0';
}

export const TOOL_NAME = 'odmsg';

/** The schema shipped with the package, for `$schema` in `.odmsgrc.json`. */
export function schemaFile(): string {
  return path.join(packageRoot(), 'schemas', 'odmsgrc.schema.json');
}

/**
 * An absolute link to a rule's docs page: on GitHub when the package's `homepage` is a
 * GitHub repository, else the page shipped with the package on this machine.
 */
export function ruleDocsUri(ruleId: string): string {
  const homepage = findPackage().manifest.homepage;
  const repo = homepage && /^https:\/\/github\.com\/[^/#?]+\/[^/#?]+/.exec(homepage)?.[0];
  if (repo) return `${repo}/blob/main/${docsPath(ruleId)}`;
  return pathToFileURL(path.join(packageRoot(), docsPath(ruleId))).href;
}
