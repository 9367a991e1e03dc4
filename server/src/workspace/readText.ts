// Reading a template from disk or stdin: UTF-8 only, as Open Dental templates are text.
// A binary file or one in another encoding is reported by name, not checked as garbage.
import * as fs from 'node:fs';
import { splitBom } from '../engine/bom';

export interface TemplateText {
  /** The text without a byte order mark (editors hide it; positions match theirs). */
  text: string;
  /** Whether the file started with a UTF-8 byte order mark (kept when fixes are written). */
  bom: boolean;
}

export type ReadResult = { ok: true; value: TemplateText } | { ok: false; message: string };

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export function decodeTemplate(bytes: Uint8Array): ReadResult {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { ok: false, message: 'The file is UTF-16; save it as UTF-8 to check it.' };
  }
  // Git's test: a NUL byte in the first 8000 bytes means binary.
  if (bytes.subarray(0, 8000).includes(0)) return { ok: false, message: 'The file is binary, not a text template.' };
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    const where = at < bytes.length ? ` (first bad byte at offset ${at})` : '';
    return { ok: false, message: `The file is not valid UTF-8${where}; save it as UTF-8 to check it.` };
  }
  return { ok: true, value: splitBom(text) };
}

export function readTemplateFile(filePath: string): ReadResult {
  // Node's own UTF-8 decoding is the fast path (a third of the time of TextDecoder on a
  // Buffer, over 10,000 files). It never fails: bad bytes come out as U+FFFD. So a text with
  // U+FFFD (bad bytes, a UTF-16 byte order mark, or just that character) or with NUL (binary?)
  // is read again as bytes and judged exactly by decodeTemplate; any other text is valid UTF-8.
  let text: string;
  try {
    text = fs.readFileSync(filePath, 'utf8');
    if (text.includes('\ufffd') || text.includes('\0')) return decodeTemplate(fs.readFileSync(filePath));
  } catch (error) {
    return { ok: false, message: `Cannot read the file: ${describeError(error)}.` };
  }
  return { ok: true, value: splitBom(text) };
}

export function readStdin(): ReadResult {
  try {
    return decodeTemplate(fs.readFileSync(0));
  } catch (error) {
    return { ok: false, message: `Cannot read standard input: ${describeError(error)}.` };
  }
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
    default:
      return e?.code ?? (error instanceof Error ? error.message : String(error));
  }
}

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i];
    const length = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (length === 0) return i;
    for (let k = 1; k < length; k++) if (i + k >= bytes.length || (bytes[i + k] & 0xc0) !== 0x80) return i;
    i += length;
  }
  return bytes.length;
}
