// Which files `odmsg check` reads: files named on the command line, `.odmsg` files in named
// folders (recursively), and glob matches. Folders named `node_modules` and folders whose
// name starts with a dot are never entered, and `.odmsgignore` in the current folder
// (gitignore syntax, via the `ignore` package) leaves out what it matches. Globs are
// matched with picomatch during our own walk, so ignored folders are pruned, not listed.
import * as fs from 'node:fs';
import * as path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import picomatch from 'picomatch';

export const TEMPLATE_EXTENSION = '.odmsg';
export const IGNORE_FILE_NAME = '.odmsgignore';

export interface Discovery {
  /** Absolute paths, sorted, without duplicates. */
  files: string[];
  /** Arguments that named nothing (a missing path, a glob or folder with no templates). */
  problems: string[];
}

export interface IgnoreFile {
  /** True when the path (absolute) is ignored; paths outside the base folder never are. */
  ignores(absolutePath: string, isFolder: boolean): boolean;
}

/** Reads `.odmsgignore` from `baseDir` (missing: nothing ignored). Throws on a read error. */
export function loadIgnoreFile(baseDir: string): IgnoreFile {
  const file = path.join(baseDir, IGNORE_FILE_NAME);
  let matcher: Ignore | undefined;
  try {
    matcher = ignore().add(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  return {
    ignores(absolutePath, isFolder) {
      if (!matcher) return false;
      const relative = path.relative(baseDir, absolutePath);
      if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return false;
      const posix = relative.split(path.sep).join('/');
      return matcher.ignores(isFolder ? `${posix}/` : posix);
    },
  };
}

function skipFolder(name: string): boolean {
  return name === 'node_modules' || name.startsWith('.');
}

/** Every file under `root` that `accept` takes, pruning skipped and ignored folders. */
function walk(root: string, ignored: IgnoreFile, accept: (absolutePath: string) => boolean, out: string[]): void {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(root, { withFileTypes: true });
  } catch {
    return; // an unreadable folder holds nothing we can check
  }
  for (const entry of entries) {
    const full = path.join(root, entry.name);
    let isFolder = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      // Follow links to files; links to folders are not entered (they can loop).
      try {
        isFile = fs.statSync(full).isFile();
      } catch {
        isFile = false;
      }
      isFolder = false;
    }
    if (isFolder) {
      if (!skipFolder(entry.name) && !ignored.ignores(full, true)) walk(full, ignored, accept, out);
    } else if (isFile && !ignored.ignores(full, false) && accept(full)) {
      out.push(full);
    }
  }
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
