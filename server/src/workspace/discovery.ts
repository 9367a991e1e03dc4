// Finding templates on disk, shared by the command line (`odmsg check`) and the language
// server ("Check all templates in workspace"), so both see the same files: `.odmsg` files
// found recursively, never inside `node_modules` or a folder whose name starts with a dot,
// minus what `.odmsgignore` (gitignore syntax, via the `ignore` package) leaves out.
// Node's fs and `ignore` only: nothing here is specific to either front end.
import * as fs from 'node:fs';
import * as path from 'node:path';
import ignore, { type Ignore } from 'ignore';

export const TEMPLATE_EXTENSION = '.odmsg';
export const IGNORE_FILE_NAME = '.odmsgignore';

export interface IgnoreFile {
  /** True when the path (absolute) is ignored; paths outside the base folder never are. */
  ignores(absolutePath: string, isFolder: boolean): boolean;
}

export const IGNORE_NOTHING: IgnoreFile = { ignores: () => false };

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

/** Folders never searched: `node_modules` and dot-folders (`.git`, `.vscode`, …). */
export function skipFolder(name: string): boolean {
  return name === 'node_modules' || name.startsWith('.');
}

/** Told of a folder the walk could not list (permission denied, a path too long, …). */
export type UnreadableFolder = (folder: string, error: NodeJS.ErrnoException) => void;

/**
 * Every file under `root` that `accept` takes, pruning skipped and ignored folders. A folder
 * that cannot be listed goes to `unreadable` (its templates would otherwise pass unseen),
 * except one that is gone or no longer a folder by the time it is listed.
 */
export function walk(root: string, ignored: IgnoreFile, accept: (absolutePath: string) => boolean, out: string[], unreadable?: UnreadableFolder): void {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(root, { withFileTypes: true });
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    if (e.code !== 'ENOENT' && e.code !== 'ENOTDIR') unreadable?.(root, e);
    return;
  }
  // `root` is resolved and a listed name holds no separator: joined without path.join's
  // normalising, which was a tenth of what a check of 10,000 templates allocated.
  const prefix = root.endsWith(path.sep) ? root : root + path.sep;
  for (const entry of entries) {
    const full = prefix + entry.name;
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
      if (!skipFolder(entry.name) && !ignored.ignores(full, true)) walk(full, ignored, accept, out, unreadable);
    } else if (isFile && !ignored.ignores(full, false) && accept(full)) {
      out.push(full);
    }
  }
}

/** The `.odmsg` files under `folder` (absolute paths, sorted), as `odmsg check <folder>` finds them. */
export function findTemplates(folder: string, ignored: IgnoreFile): string[] {
  const files: string[] = [];
  walk(folder, ignored, (f) => f.endsWith(TEMPLATE_EXTENSION), files);
  return files.sort();
}
