// Every file odmsg writes goes through here, so that a failed write (disk full, a folder
// that vanished, a signal) leaves the original file whole instead of cut off half-fixed.
// The text goes to a temporary file in the same folder (so the rename cannot cross file
// systems), is flushed to disk, takes the original's mode, and only then replaces it.
import * as fs from 'node:fs';
import * as path from 'node:path';

let counter = 0;

/** Writes `data` to `filePath` atomically; throws (leaving the target untouched) on failure. */
export function writeFileAtomic(filePath: string, data: string | Uint8Array): void {
  const dir = path.dirname(filePath);
  const temp = path.join(dir, `.${path.basename(filePath)}.${process.pid}.${counter++}.odmsg-tmp`);
  let mode: number | undefined;
  try {
    mode = fs.statSync(filePath).mode & 0o7777;
  } catch {
    mode = undefined; // a new file: the process's default mode
  }
  let fd: number | undefined;
  try {
    fd = fs.openSync(temp, 'wx', mode ?? 0o666);
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    let written = 0;
    while (written < bytes.length) written += fs.writeSync(fd, bytes, written, bytes.length - written);
    fs.fsyncSync(fd);
    if (mode !== undefined) fs.fchmodSync(fd, mode);
    fs.closeSync(fd);
    fd = undefined;
    fs.renameSync(temp, filePath);
  } catch (error) {
    if (fd !== undefined) {
      try {
        fs.closeSync(fd);
      } catch {
        // already failing; the original error is the one to report
      }
    }
    try {
      fs.rmSync(temp, { force: true });
    } catch {
      // best effort: the temp file is hidden and named after odmsg
    }
    throw error;
  }
}
