// Reading a template from disk or stdin: UTF-8 only, as Open Dental templates are text.
// A binary file or one in another encoding is reported by name, not checked as garbage.
import * as fs from 'node:fs';
import { bytesStartWithBom, splitBom, UTF8_BOM_LENGTH } from '../engine/bom';

export interface TemplateText {
  /** The text without a byte order mark (editors hide it; positions match theirs). */
  text: string;
  /** Whether the file started with a UTF-8 byte order mark (kept when fixes are written). */
  bom: boolean;
  /**
   * Set when the file is over the size limit it was read with: `text` is then only its start
   * (enough for the front matter) and this is the whole file's size in UTF-8 bytes, without
   * the byte order mark. Such a text is never fixed or written back.
   */
  fileSize?: number;
}

export type ReadResult = { ok: true; value: TemplateText } | { ok: false; message: string };

/**
 * How much of a file over the size limit is read: its front matter is at the start, and a
 * template's is a few hundred bytes. Reading no more keeps a file of any size in bounded
 * memory (a 1 GB file was read whole before it was rejected: 632 MB for 300 MB of text).
 */
export const HEAD_BYTES = 64 * 1024;

/** `partial`: the bytes are the start of a longer file, and may end inside a character. */
export function decodeTemplate(bytes: Uint8Array, partial = false): ReadResult {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { ok: false, message: 'The file is UTF-16; save it as UTF-8 to check it.' };
  }
  // Git's test: a NUL byte in the first 8000 bytes means binary.
  if (bytes.subarray(0, 8000).includes(0)) return { ok: false, message: 'The file is binary, not a text template.' };
  let text: string;
  try {
    // A fresh decoder each time: a streaming one keeps the cut-off character for the next call.
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes, { stream: partial });
  } catch {
    const at = firstInvalidUtf8(bytes);
    const where = at < bytes.length ? ` (first bad byte at offset ${at})` : '';
    return { ok: false, message: `The file is not valid UTF-8${where}; save it as UTF-8 to check it.` };
  }
  return { ok: true, value: splitBom(text) };
}

/**
 * Reads a template file. The file is opened without blocking and checked to be a regular
 * file first (a FIFO would stall the run); one over `maxFileSize` bytes (UTF-8, without a
 * byte order mark) is read no further than its first HEAD_BYTES, with `fileSize` set.
 */
export function readTemplateFile(filePath: string, maxFileSize = Infinity): ReadResult {
  let fd: number;
  try {
    fd = fs.openSync(filePath, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
  } catch (error) {
    return { ok: false, message: `Cannot read the file: ${describeError(error)}.` };
  }
  try {
    const stat = fs.fstatSync(fd);
    if (!stat.isFile()) return { ok: false, message: `Cannot read the file: it is ${kindOf(stat)}, not a file.` };
    if (stat.size > maxFileSize) {
      const head = readHead(fd, Math.min(stat.size, HEAD_BYTES));
      const bom = bytesStartWithBom(head);
      const fileSize = stat.size - (bom ? UTF8_BOM_LENGTH : 0);
      if (fileSize > maxFileSize) {
        const decoded = decodeTemplate(head, head.length < stat.size);
        return decoded.ok ? { ok: true, value: { ...decoded.value, fileSize } } : decoded;
      }
    }
    return readWhole(fd);
  } catch (error) {
    return { ok: false, message: `Cannot read the file: ${describeError(error)}.` };
  } finally {
    fs.closeSync(fd);
  }
}

function readHead(fd: number, length: number): Buffer {
  const head = Buffer.alloc(length);
  let got = 0;
  while (got < length) {
    const n = fs.readSync(fd, head, got, length - got, got);
    if (n === 0) break;
    got += n;
  }
  return head.subarray(0, got);
}

function readWhole(fd: number): ReadResult {
  // Node's own UTF-8 decoding is the fast path (a third of the time of TextDecoder on a
  // Buffer, over 10,000 files). It never fails: bad bytes come out as U+FFFD. So a text with
  // U+FFFD (bad bytes, a UTF-16 byte order mark, or just that character) or with NUL (binary?)
  // is read again as bytes and judged exactly by decodeTemplate; any other text is valid UTF-8.
  const text = fs.readFileSync(fd, 'utf8');
  if (text.includes('\ufffd') || text.includes('\0')) return decodeTemplate(readHead(fd, fs.fstatSync(fd).size));
  return { ok: true, value: splitBom(text) };
}

/**
 * Reads standard input as readTemplateFile reads a file: past `maxFileSize` bytes only the
 * first HEAD_BYTES are kept and the rest is counted, so input of any size takes bounded
 * memory and gets file-too-large.
 */
export function readStdin(maxFileSize = Infinity): ReadResult {
  try {
    const chunks: Buffer[] = [];
    let total = 0;
    let kept = 0;
    let partial = false;
    const buffer = Buffer.alloc(HEAD_BYTES);
    for (;;) {
      const n = readSomeStdin(buffer);
      if (n === 0) break;
      total += n;
      if (!partial && total > maxFileSize + UTF8_BOM_LENGTH) {
        // Over the limit whatever the byte order mark: keep the start, count the rest.
        partial = true;
        const all = Buffer.concat([...chunks, buffer.subarray(0, n)]);
        chunks.length = 0;
        chunks.push(Buffer.from(all.subarray(0, HEAD_BYTES))); // a copy: the rest can go
        kept = chunks[0].length;
      } else if (!partial) {
        chunks.push(Buffer.from(buffer.subarray(0, n)));
        kept += n;
      } else if (kept < HEAD_BYTES) {
        const take = buffer.subarray(0, Math.min(n, HEAD_BYTES - kept));
        chunks.push(Buffer.from(take));
        kept += take.length;
      }
    }
    const bytes = Buffer.concat(chunks);
    const bom = bytesStartWithBom(bytes);
    const fileSize = total - (bom ? UTF8_BOM_LENGTH : 0);
    if (fileSize <= maxFileSize) return decodeTemplate(bytes);
    const decoded = decodeTemplate(bytes, partial);
    return decoded.ok ? { ok: true, value: { ...decoded.value, fileSize } } : decoded;
  } catch (error) {
    return { ok: false, message: `Cannot read standard input: ${describeError(error)}.` };
  }
}

/** One read of standard input; waits and tries again where it is non-blocking and empty (EAGAIN). */
function readSomeStdin(buffer: Buffer): number {
  for (;;) {
    try {
      return fs.readSync(0, buffer, 0, buffer.length, null);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EOF') return 0; // Windows, at the end of a pipe
      if (code !== 'EAGAIN') throw error;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
    }
  }
}

/** What a path that is neither a file nor a folder is, for the message that names it. */
export function kindOf(stat: fs.Stats): string {
  if (stat.isFIFO()) return 'a FIFO';
  if (stat.isSocket()) return 'a socket';
  if (stat.isCharacterDevice()) return 'a character device';
  if (stat.isBlockDevice()) return 'a block device';
  return 'not a regular file';
}

export function describeError(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  switch (e?.code) {
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ENOENT':
      return 'no such file';
    case 'EISDIR':
      return 'it is a folder';
    case 'ENOSPC':
      return 'no space left on the device';
    case 'EDQUOT':
      return 'disk quota exceeded';
    case 'EROFS':
      return 'the file system is read-only';
    case 'ENAMETOOLONG':
      return 'the path is longer than the system allows';
    case 'ELOOP':
      return 'too many levels of symbolic links';
    default:
      return e?.code ?? (error instanceof Error ? error.message : String(error));
  }
}

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i];
    const length = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (length === 0) return i;
    for (let k = 1; k < length; k++) if (i + k >= bytes.length || (bytes[i + k] & 0xc0) !== 0x80) return i;
    i += length;
  }
  return bytes.length;
}
