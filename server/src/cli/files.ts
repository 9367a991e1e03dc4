// Which files `odmsg check` reads: files named on the command line, `.odmsg` files in named
// folders (recursively), and glob matches. Folders named `node_modules` and folders whose
// name starts with a dot are never entered, and `.odmsgignore` in the current folder
// (gitignore syntax) leaves out what it matches. Globs are matched with picomatch during
// our own walk, so ignored folders are pruned, not listed.
import * as fs from 'node:fs';
import * as path from 'node:path';
import picomatch from 'picomatch';
import { IGNORE_FILE_NAME, loadIgnoreFile, TEMPLATE_EXTENSION, walk, type IgnoreFile } from '../workspace/discovery';
import { describeError, kindOf } from '../workspace/readText';

// The walk and the ignore file live in ../workspace/discovery.ts, shared with the language server.
export { IGNORE_FILE_NAME, loadIgnoreFile, TEMPLATE_EXTENSION, type IgnoreFile };

export interface Discovery {
  /** Absolute paths, sorted, without duplicates. */
  files: string[];
  /** Arguments that named nothing (a missing path, a glob or folder with no templates). */
  problems: string[];
  /** Folders that could not be listed (absolute paths, in the order met), with why. */
  unreadable: { folder: string; reason: string }[];
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
  const unreadable: Discovery['unreadable'] = [];
  const onUnreadable = (folder: string, error: NodeJS.ErrnoException) => unreadable.push({ folder, reason: describeError(error) });
  for (const argument of args) {
    const absolute = path.resolve(cwd, argument);
    let stat: fs.Stats | undefined;
    let statError: NodeJS.ErrnoException | undefined;
    try {
      stat = fs.statSync(absolute);
    } catch (error) {
      statError = error as NodeJS.ErrnoException;
    }
    if (stat?.isFile()) {
      if (!ignored.ignores(absolute, false)) found.add(absolute);
      continue;
    }
    const files: string[] = [];
    const unreadableBefore = unreadable.length;
    if (stat?.isDirectory()) {
      walk(absolute, ignored, (f) => f.endsWith(TEMPLATE_EXTENSION), files, onUnreadable);
      if (files.length === 0 && unreadable.length === unreadableBefore) problems.push(`No ${TEMPLATE_EXTENSION} files in "${argument}".`);
    } else if (stat) {
      // Named outright but not a file (a FIFO would block the run when read): say what it is.
      problems.push(`"${argument}" is ${kindOf(stat)}, not a file.`);
    } else if (isGlob(argument)) {
      const pattern = argument.split(path.sep).join('/');
      const { base } = picomatch.scan(pattern);
      const baseDir = path.resolve(cwd, base || '.');
      const relativeGlob = path.relative(baseDir, path.resolve(cwd, pattern)).split(path.sep).join('/');
      const matches = picomatch(relativeGlob, { dot: false });
      walk(baseDir, ignored, (f) => matches(path.relative(baseDir, f).split(path.sep).join('/')), files, onUnreadable);
      if (files.length === 0 && unreadable.length === unreadableBefore) problems.push(`No files match "${argument}".`);
    } else if (statError?.code === 'ENOENT' || statError?.code === 'ENOTDIR') {
      problems.push(`No such file or folder: "${argument}".`);
    } else {
      // Permission denied on the way, a path past the system's limit, a symbolic link loop.
      problems.push(`Cannot read "${argument}": ${describeError(statError)}.`);
    }
    for (const f of files) found.add(f);
  }
  return { files: [...found].sort(), problems, unreadable };
}
