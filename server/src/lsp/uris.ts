// File URIs <-> file system paths. Only `file:` URIs have a place on disk; `untitled:` and
// other schemes have none, so they get no config file and are checked with the defaults.
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The file system path of a `file:` URI; undefined for any other scheme or a malformed URI. */
export function filePathOf(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return path.normalize(fileURLToPath(uri));
  } catch {
    return undefined;
  }
}

export function fileUriOf(filePath: string): string {
  return pathToFileURL(filePath).href;
}

/** True when `child` is `parent` or inside it. */
export function isInside(parent: string, child: string): boolean {
  const relative = path.relative(parent, child);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}
