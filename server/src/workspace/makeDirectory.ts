// Folders odmsg creates (pull's output tree, caches) are made here, one level at a time.
// Node 20's fs.mkdirSync(dir, { recursive: true }) never returns for some paths: under /proc
// mkdir answers ENOENT although the parent exists, and Node retries forever (seen here).
// Walking up to the first folder that exists and creating each missing one once is bounded
// by the path's depth and fails with the real error.
import * as fs from 'node:fs';
import * as path from 'node:path';

/** Creates `dir` and any missing parents; throws ENOTDIR, EACCES, ENOENT… as the OS says. */
export function makeDirectory(dir: string, mode = 0o777): void {
  const missing: string[] = [];
  for (let current = path.resolve(dir); ;) {
    let stat: fs.Stats | undefined;
    try {
      stat = fs.statSync(current);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    if (stat) {
      if (!stat.isDirectory()) throw Object.assign(new Error(`ENOTDIR: not a folder, mkdir '${current}'`), { code: 'ENOTDIR', path: current });
      break;
    }
    missing.push(current);
    const parent = path.dirname(current);
    if (parent === current) break;
    current = parent;
  }
  for (const folder of missing.reverse()) {
    try {
      fs.mkdirSync(folder, { mode });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
}
