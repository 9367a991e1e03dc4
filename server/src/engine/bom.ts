// The UTF-8 byte order mark, in one place. Editors hide it from the buffer, so every reader
// drops it before offsets are computed (positions then match the editor's), the parser skips
// one a caller left in, and a fix written back keeps it if the file had one.

export const BOM = '\ufeff';

export function hasBom(text: string): boolean {
  return text.charCodeAt(0) === 0xfeff;
}

/** 1 when the text starts with a byte order mark: where its content starts. */
export function bomLength(text: string): 0 | 1 {
  return hasBom(text) ? 1 : 0;
}

export function stripBom(text: string): string {
  return hasBom(text) ? text.slice(1) : text;
}

/** The text without its byte order mark, and whether it had one (to put it back on write). */
export function splitBom(text: string): { text: string; bom: boolean } {
  return { text: stripBom(text), bom: hasBom(text) };
}

/** `text` as written back to a file that had (`bom`) a byte order mark or not. */
export function restoreBom(text: string, bom: boolean): string {
  return bom ? BOM + text : text;
}

/** The mark's UTF-8 bytes, for readers that look at bytes before decoding (size limits). */
export const UTF8_BOM_LENGTH = 3;

export function bytesStartWithBom(bytes: Uint8Array): boolean {
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
}
