// What a character is to the word scanners (parse.ts's words, the phrase matcher): a letter
// or digit, a mark or apostrophe that only continues a word, or neither. One table lookup
// per BMP code unit, filled in as characters are met, instead of a regular expression test.

export const WORD_START = 1; // a letter or a digit: starts or continues a word
export const WORD_PART = 2; // a mark or an apostrophe: continues a word
export const NOT_WORD = 3;
/** wordClass per BMP code unit (0: not yet known). */
const WORD_CLASSES = new Uint8Array(0x10000);

export function wordClass(codePoint: number): number {
  if (codePoint > 0xffff) return classify(String.fromCodePoint(codePoint));
  let c = WORD_CLASSES[codePoint];
  if (c === 0) WORD_CLASSES[codePoint] = c = classify(String.fromCharCode(codePoint));
  return c;
}

/** `/[\p{L}\p{N}]/u`, for one code point. */
export function isLetterOrDigit(codePoint: number): boolean {
  return wordClass(codePoint) === WORD_START;
}

function classify(char: string): number {
  return /[\p{L}\p{N}]/u.test(char) ? WORD_START : /[\p{M}'’]/u.test(char) ? WORD_PART : NOT_WORD;
}
