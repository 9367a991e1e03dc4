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
  const packer = new SegmentPacker(encoding);
  const starts: number[] = [];
  for (let i = 0; i < sizes.length; i++) if (packer.add(sizes[i])) starts.push(i);
  return packer.count() === 1 ? [0] : starts;
}

/**
 * The one segment packer: characters go in as they come, and it keeps the total and how many
 * segments greedy packing makes (concatenated segments of MULTI_SEGMENT units, one character
 * never split), without keeping each character's size. `count()` applies the single-segment
 * case, which is known only at the end.
 */
export class SegmentPacker {
  units = 0;
  private segments = 0;
  private used = 0;

  constructor(private readonly encoding: SmsEncoding) {}

  /** One character of `size` units; true when it starts a new concatenated segment. */
  add(size: number): boolean {
    let started = false;
    if (this.segments === 0 || (this.used + size > MULTI_SEGMENT[this.encoding] && this.used > 0)) {
      this.segments++;
      this.used = 0;
      started = true;
    }
    this.used += size;
    this.units += size;
    return started;
  }

  /**
   * One character of `char.length` code units (UCS-2). One longer than a concatenated segment
   * goes as its code points, as `segmentChars` splits it.
   */
  addUnits(char: string): void {
    if (char.length <= MULTI_SEGMENT[this.encoding]) {
      this.add(char.length);
      return;
    }
    for (const cp of char) this.add(cp.length);
  }

  /** `n` characters of one unit each: the same as `add(1)` n times, in constant time. */
  addOnes(n: number): void {
    if (n === 0) return;
    const capacity = MULTI_SEGMENT[this.encoding];
    if (this.segments === 0) this.segments = 1;
    this.units += n;
    // What fits in the current segment goes there; the rest fills new ones, the last partly.
    const room = Math.max(0, capacity - this.used);
    if (n <= room) {
      this.used += n;
      return;
    }
    const more = Math.ceil((n - room) / capacity);
    this.segments += more;
    this.used = n - room - (more - 1) * capacity;
  }

  /** Carrier segments: none for no characters, one when all fit in a single segment. */
  count(): number {
    if (this.segments === 0) return 0;
    return this.units <= SINGLE_SEGMENT[this.encoding] ? 1 : this.segments;
  }

  copy(): SegmentPacker {
    return Object.assign(new SegmentPacker(this.encoding), this);
  }
}
