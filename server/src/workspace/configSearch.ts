// Where `.odmsgrc.json` is looked for (by configLoader.ts, for the language server and the
// command line alike): the one in a template's folder, else the nearest one above it, up to
// the file-system root. Paths only.
import * as path from 'node:path';
import { CONFIG_FILE_NAME } from '../engine/configValidation';

export interface ConfigCandidate {
  /** The folder, resolved. */
  folder: string;
  /** `.odmsgrc.json` in that folder (it may not exist). */
  file: string;
}

/**
 * Where a config for a template in `folder` may be, nearest first: `folder` itself, then each
 * parent, ending with the root. The caller stops at the first file it finds, so parents are
 * never merged.
 */
export function* configCandidates(folder: string): Generator<ConfigCandidate> {
  let dir = path.resolve(folder);
  for (;;) {
    yield { folder: dir, file: path.join(dir, CONFIG_FILE_NAME) };
    const parent = path.dirname(dir);
    if (parent === dir) return;
    dir = parent;
  }
}
