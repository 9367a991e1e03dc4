// The packaged extension (.vsix) for the package test and the end-to-end install pass: where
// `npm run package` writes it, whether it is older than what goes into it, and building it.
// No test framework and no zip library here, so the e2e runner can bundle it as it is.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

/** What `npm run package` (vsce) writes: `<name>-<version>.vsix` in the repository root. */
export function vsixPath(root: string): string {
  const { name, version } = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { name: string; version: string };
  return path.join(root, `${name}-${version}.vsix`);
}

/** Files and folders whose contents end up in the .vsix (see .vscodeignore). */
export const PACKAGED_INPUTS = [
  'package.json',
  'README.marketplace.md',
  'scripts/marketplaceReadme.mjs',
  'images',
  'LICENSE',
  '.vscodeignore',
  'language-configuration.json',
  'client/out/extension.js',
  'server/out/server.js',
  'server/out/database.js',
  'syntaxes',
  'schemas',
  'docs',
];

function newestMtime(file: string): number {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    return Infinity; // a missing input: whatever was packaged is not what would be now
  }
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...fs.readdirSync(file).map((f) => newestMtime(path.join(file, f))));
}

/** True when the .vsix exists and is newer than every packaged input. */
export function isVsixFresh(root: string, vsix = vsixPath(root)): boolean {
  if (!fs.existsSync(vsix)) return false;
  const built = fs.statSync(vsix).mtimeMs;
  return PACKAGED_INPUTS.every((input) => newestMtime(path.join(root, input)) <= built);
}

/** Runs `npm run package` (which builds first) and returns the .vsix path; throws with npm's output on failure. */
export function packageVsix(root: string, log: (text: string) => void = () => {}): string {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  log(`$ npm run package   (in ${root})`);
  const run = spawnSync(npm, ['run', 'package'], { cwd: root, encoding: 'utf8', timeout: 5 * 60_000, shell: process.platform === 'win32' });
  if (run.error) throw run.error;
  if (run.status !== 0) throw new Error(`npm run package failed (exit ${run.status ?? run.signal}):\n${run.stdout}\n${run.stderr}`);
  const vsix = vsixPath(root);
  if (!fs.existsSync(vsix)) throw new Error(`npm run package succeeded but ${vsix} is missing:\n${run.stdout}`);
  return vsix;
}
