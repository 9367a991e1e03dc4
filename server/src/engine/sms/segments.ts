// Carrier arithmetic on literal text: encoding, and how a message splits into segments.
//
// Units, and why each is used where:
// - A *character* is a user-perceived character (an extended grapheme cluster, found with
//   `Intl.Segmenter`): what a person counts and what an editor's cursor steps over.
// - A *carrier unit* is what a segment holds: a septet in GSM-7 (extension characters take
//   two), a UTF-16 code unit in UCS-2 (an emoji outside the BMP takes two, a ZWJ family of
//   three people takes eight). Segment capacity is counted in these units.
// - Offsets are UTF-16 code-unit offsets, like every offset in the engine.
//
// Segmenting follows Twilio's calculator (`sms-segments-calculator`), which the tests compare
// against: one segment holds 160 septets or 70 UCS-2 units; once split, each segment keeps
// 6 octets for the concatenation header, leaving 153 septets or 67 units; a character is never
// split across segments (not an extension character's two septets, not an emoji's code units)
// unless it is longer than a segment (a letter with 200 combining marks): carriers split the
// payload by code units, so such a character is split between its code points and fills the
// segments it really takes (the calculator puts it whole into one over-full segment).
import { gsmSeptets } from './gsm';
import { forEachGrapheme } from './graphemes';

export type SmsEncoding = 'GSM-7' | 'UCS-2';

export const SINGLE_SEGMENT = { 'GSM-7': 160, 'UCS-2': 70 } as const;
export const MULTI_SEGMENT = { 'GSM-7': 153, 'UCS-2': 67 } as const;

/** One character of a message, at UTF-16 offset `start` of the string it came from. */
export interface SmsChar {
  text: string;
  start: number;
}

/**
 * The user-perceived characters of `text`. `\r\n` is one grapheme for Unicode but two
 * characters on the wire (both are GSM-7), so it is split here, as the calculator does.
 */
export function splitChars(text: string): SmsChar[] {
  const chars: SmsChar[] = [];
  forEachGrapheme(text, (segment, index) => {
    if (segment === '\r\n') chars.push({ text: '\r', start: index }, { text: '\n', start: index + 1 });
    else chars.push({ text: segment, start: index });
  });
  return chars;
}

/** User-perceived characters in `text`; a line break (`\r\n` included) counts one. */
export function countChars(text: string): number {
  let n = 0;
  forEachGrapheme(text, () => n++);
  return n;
}

export function encodingOf(chars: readonly SmsChar[]): SmsEncoding {
  return chars.every((c) => gsmSeptets(c.text) > 0) ? 'GSM-7' : 'UCS-2';
}

/** Carrier units one character takes in the given encoding. */
export function unitsOf(char: string, encoding: SmsEncoding): number {
  return encoding === 'GSM-7' ? gsmSeptets(char) : char.length;
}

export interface Segmentation {
  encoding: SmsEncoding;
  /** Septets (GSM-7) or UTF-16 code units (UCS-2) of the whole text. */
  units: number;
  /** Each segment as a half-open UTF-16 range of the text. Empty text: no segments. */
  segments: { start: number; end: number; units: number }[];
}

/** Encoding and carrier segments of a literal text, as a carrier would send it. */
export function segmentText(text: string): Segmentation {
  return segmentChars(splitChars(text), text.length);
}

export function segmentChars(allChars: readonly SmsChar[], textLength: number): Segmentation {
  const encoding = encodingOf(allChars);
  const chars = packable(allChars, encoding);
  const sizes = chars.map((c) => unitsOf(c.text, encoding));
  const starts = packSegments(sizes, encoding);
  const segments = starts.map((first, k) => {
    const last = k + 1 < starts.length ? starts[k + 1] : chars.length;
    let units = 0;
    for (let i = first; i < last; i++) units += sizes[i];
    return { start: chars[first].start, end: last < chars.length ? chars[last].start : textLength, units };
  });
  return { encoding, units: sizes.reduce((a, b) => a + b, 0), segments };
}

/**
 * The pieces a carrier packs: the characters, except that one longer than a concatenated
 * segment cannot stay whole and goes as its code points (a surrogate pair is never split).
 */
function packable(chars: readonly SmsChar[], encoding: SmsEncoding): readonly SmsChar[] {
  const capacity = MULTI_SEGMENT[encoding];
  if (!chars.some((c) => unitsOf(c.text, encoding) > capacity)) return chars;
  return chars.flatMap((c) => (unitsOf(c.text, encoding) > capacity ? codePointChars(c) : [c]));
}

function codePointChars(c: SmsChar): SmsChar[] {
  const out: SmsChar[] = [];
  let at = c.start;
  for (const cp of c.text) {
    out.push({ text: cp, start: at });
    at += cp.length;
  }
  return out;
}

/**
 * Packs characters of the given sizes (carrier units) into segments, never splitting one:
 * all in one segment when they fit, else greedily into the smaller concatenated segments.
 * Returns the index of each segment's first character; none for no characters.
 */
export function packSegments(sizes: readonly number[], encoding: SmsEncoding): number[] {
  if (sizes.length === 0) return [];
  let total = 0;
  for (const size of sizes) total += size;
  if (total <= SINGLE_SEGMENT[encoding]) return [0];
  const capacity = MULTI_SEGMENT[encoding];
  const starts = [0];
  let used = 0;
  for (let i = 0; i < sizes.length; i++) {
    if (used + sizes[i] > capacity && used > 0) {
      starts.push(i);
      used = 0;
    }
    used += sizes[i];
  }
  return starts;
}
