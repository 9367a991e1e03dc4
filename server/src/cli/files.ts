// Which files `odmsg check` reads: files named on the command line, `.odmsg` files in named
// folders (recursively), and glob matches. Folders named `node_modules` and folders whose
// name starts with a dot are never entered, and `.odmsgignore` in the current folder
// (gitignore syntax) leaves out what it matches. Globs are matched with picomatch during
// our own walk, so ignored folders are pruned, not listed.
import * as fs from 'node:fs';
import * as path from 'node:path';
import picomatch from 'picomatch';
import { IGNORE_FILE_NAME, loadIgnoreFile, TEMPLATE_EXTENSION, walk, type IgnoreFile } from '../workspace/discovery';

// The walk and the ignore file live in ../discovery.ts, shared with the language server.
export { IGNORE_FILE_NAME, loadIgnoreFile, TEMPLATE_EXTENSION, type IgnoreFile };

export interface Discovery {
  /** Absolute paths, sorted, without duplicates. */
  files: string[];
  /** Arguments that named nothing (a missing path, a glob or folder with no templates). */
  problems: string[];
}

export function isGlob(argument: string): boolean {
  return picomatch.scan(argument).isGlob;
}

/**
 * Expands the command line's paths and globs, relative to `cwd`. A file named outright is
 * checked whatever its extension, unless `.odmsgignore` leaves it out (so a pre-commit hook
 * that passes every staged file still honours the ignore file).
 */
export function discoverFiles(args: readonly string[], cwd: string, ignored: IgnoreFile): Discovery {
  const found = new Set<string>();
  const problems: string[] = [];
  for (const argument of args) {
    const absolute = path.resolve(cwd, argument);
    let stat: fs.Stats | undefined;
    try {
      stat = fs.statSync(absolute);
    } catch {
      stat = undefined;
    }
    if (stat?.isFile()) {
      if (!ignored.ignores(absolute, false)) found.add(absolute);
      continue;
    }
    const files: string[] = [];
    if (stat?.isDirectory()) {
      walk(absolute, ignored, (f) => f.endsWith(TEMPLATE_EXTENSION), files);
      if (files.length === 0) problems.push(`No ${TEMPLATE_EXTENSION} files in "${argument}".`);
    } else if (isGlob(argument)) {
      const pattern = argument.split(path.sep).join('/');
      const { base } = picomatch.scan(pattern);
      const baseDir = path.resolve(cwd, base || '.');
      const relativeGlob = path.relative(baseDir, path.resolve(cwd, pattern)).split(path.sep).join('/');
      const matches = picomatch(relativeGlob, { dot: false });
      walk(baseDir, ignored, (f) => matches(path.relative(baseDir, f).split(path.sep).join('/')), files);
      if (files.length === 0) problems.push(`No files match "${argument}".`);
    } else {
      problems.push(`No such file or folder: "${argument}".`);
    }
    for (const f of files) found.add(f);
  }
  return { files: [...found].sort(), problems };
}
