// Finds a list of phrases in a text: whole words only, case-insensitive, a space or hyphen
// in a phrase matching any run of spaces and hyphens, a straight apostrophe also matching
// the typographic one, the longest phrase at the leftmost position first, matches never
// overlapping.
//
// Not one regular expression: an alternation of 100,000 phrases (or one phrase of 10,000
// words) overflows V8's regular expression compiler, half a minute into its first use. The
// phrases are kept as a sorted list instead, an implicit trie: the phrases that begin with
// what has been read so far are one run of the list, narrowed by binary search at each
// character. Compiling is a sort and never throws; memory is the phrases themselves; a scan
// from a word start reads at most the longest phrase (the schema caps their length), so
// finding phrases is linear in the text.
//
// Most word starts begin no phrase, and the scan is on the CLI's hot path (a fifth of a
// check's time went here), so it walks the text once by hand rather than with a regular
// expression, and a table of the phrases' first two ASCII code units turns most word starts
// away with one lookup; the narrowing by binary search then starts from that run.

import { isLetterOrDigit } from '../../wordClass';

const SPLIT = /[\s\-\u2010\u2011]+/u;
/** What a space in a normalized phrase stands for in the text. */
const JOINT = /[\s\-\u2010\u2011]/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** The form phrases are compared in: lower case, joints as single spaces. */
export function normalizePhrase(phrase: string): string {
  return phrase.trim().toLowerCase().replace(/’/g, "'").split(SPLIT).filter(Boolean).join(' ');
}

/**
 * One code point as the trie compares it: lower case where that is one code point (so the
 * text and the phrases fold alike and offsets stay the text's own), final sigma as sigma,
 * the typographic apostrophe as the straight one.
 */
function fold(char: string): string {
  if (char === '’') return "'";
  const lower = char.toLowerCase();
  if (lower === 'ς') return 'σ';
  return lower.length === char.length || [...lower].length === 1 ? lower : char;
}

export interface PhraseMatch {
  start: number;
  end: number;
}

export interface PhraseMatcher {
  /** The phrases in `text`, in text order, none overlapping. */
  matches(text: string): readonly PhraseMatch[];
}

/** The phrase as the scan compares it: normalized, then folded code point by code point. */
function comparable(phrase: string): string {
  let out = '';
  for (const char of normalizePhrase(phrase)) out += char === ' ' ? ' ' : fold(char);
  return out;
}

/** A matcher for the phrases; undefined when the list is empty. */
export function compilePhrases(phrases: Iterable<string>): PhraseMatcher | undefined {
  const unique = new Set<string>();
  for (const phrase of phrases) {
    const key = comparable(phrase);
    if (key !== '') unique.add(key);
  }
  if (unique.size === 0) return undefined;
  // Sorted by UTF-16 code unit, the phrases sharing a prefix are one run of the list, the
  // prefix itself (when it is a phrase) first: the implicit trie the scan narrows.
  const sorted = [...unique].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const trie = { sorted, ...asciiStarts(sorted) };
  return { matches: (text) => scan(trie, text) };
}

/** What a space, a hyphen or A-Z is to the scan (see `longestAt`), per ASCII code unit. */
const ASCII_FOLD = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII_FOLD[c] = isJoint(c) ? 0x20 : c >= 0x41 && c <= 0x5a ? c + 0x20 : c;

/** Whether some phrase starts with this ASCII code unit (STARTS), or also is that one unit (WHOLE). */
const STARTS = 1;
const WHOLE = 2;

interface Trie {
  sorted: readonly string[];
  /** Per (folded) ASCII code unit: 0, STARTS or WHOLE. */
  first: Uint8Array;
  /** Per pair of ASCII code units (first × 128 + second): the run [lo, hi) of the phrases that begin with it. */
  lo: Int32Array;
  hi: Int32Array;
}

/** The first-unit table and the runs of the phrases by their first two ASCII code units. */
function asciiStarts(sorted: readonly string[]): Omit<Trie, 'sorted'> {
  const first = new Uint8Array(128);
  const lo = new Int32Array(128 * 128);
  const hi = new Int32Array(128 * 128);
  sorted.forEach((phrase, index) => {
    const u0 = phrase.charCodeAt(0);
    if (u0 >= 0x80) return;
    if (phrase.length === 1) first[u0] = WHOLE;
    else first[u0] ||= STARTS;
    const u1 = phrase.charCodeAt(1);
    if (phrase.length < 2 || u1 >= 0x80) return;
    // Sorted, so the phrases of one pair are consecutive.
    const pair = (u0 << 7) | u1;
    if (hi[pair] === 0) lo[pair] = index;
    hi[pair] = index + 1;
  });
  return { first, lo, hi };
}

/**
 * The phrases in `text`: at each position not after a letter or digit (a word start, or a
 * phrase's leading punctuation), the longest phrase there, then on from its end. A list, not
 * a generator: V8 cannot optimise a generator's loop while it runs (no on-stack replacement),
 * and a one-pass check (the CLI) ran this loop unoptimised for its first thousand texts.
 */
function scan(trie: Trie, text: string): PhraseMatch[] {
  const found: PhraseMatch[] = [];
  const n = text.length;
  let afterWord = false;
  for (let i = 0; i < n;) {
    const code = text.charCodeAt(i);
    if (!afterWord) {
      const end = code < 0x80 ? asciiLongestAt(trie, text, i, code) : longestAt(trie.sorted, text, i, 0, trie.sorted.length);
      if (end > i) {
        found.push({ start: i, end });
        i = end;
        afterWord = isLetterOrDigit(codePointBefore(text, end));
        continue;
      }
    }
    if (code < 0x80) {
      afterWord = (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a);
      i++;
    } else {
      const point = text.codePointAt(i)!;
      afterWord = isLetterOrDigit(point);
      i += point > 0xffff ? 2 : 1;
    }
  }
  return found;
}

/** `longestAt` for an ASCII first code unit: most are turned away by the tables without a search. */
function asciiLongestAt(trie: Trie, text: string, start: number, code: number): number {
  const u0 = ASCII_FOLD[code];
  const first = trie.first[u0];
  if (first === 0) return -1;
  const next = start + 1 < text.length ? text.charCodeAt(start + 1) : -1;
  // A one-unit phrase, or a second unit the tables do not hold: the full search.
  if (first === WHOLE || next >= 0x80) return longestAt(trie.sorted, text, start, 0, trie.sorted.length);
  if (next < 0) return -1;
  const u1 = ASCII_FOLD[next];
  const pair = (u0 << 7) | u1;
  const lo = trie.lo[pair];
  const hi = trie.hi[pair];
  if (lo >= hi) return -1;
  // A space stands for a run of joints, which longestAt reads; otherwise go on from the third unit.
  if (u1 === 0x20) return longestAt(trie.sorted, text, start, lo, hi);
  const third = start + 2;
  const best = trie.sorted[lo].length === 2 && (third >= text.length || !WORD_CHAR.test(codePointAt(text, third))) ? third : -1;
  return longestFrom(trie.sorted, text, third, 2, lo, hi, best);
}

function codePointBefore(text: string, i: number): number {
  const prev = text.charCodeAt(i - 1);
  return prev >= 0xdc00 && prev <= 0xdfff && i >= 2 ? text.codePointAt(i - 2)! : prev;
}

/**
 * The end of the longest phrase starting at `start` and ending at a word boundary, or -1.
 * [lo, hi) is the run of phrases that begin with what has been read (`depth` code units):
 * at first the phrases `start` can begin (all of them, or a run from the tables).
 */
function longestAt(sorted: readonly string[], text: string, start: number, lo: number, hi: number): number {
  return longestFrom(sorted, text, start, 0, lo, hi, -1);
}

/** `longestAt` from `i`, with `depth` units read and the longest phrase so far ending at `best`. */
function longestFrom(sorted: readonly string[], text: string, i: number, depth: number, lo: number, hi: number, best: number): number {
  while (i < text.length) {
    let code = text.charCodeAt(i);
    let width = 1;
    let second = -1;
    if (isJoint(code)) {
      code = 0x20;
      while (i + width < text.length && isJoint(text.charCodeAt(i + width))) width++;
    } else if (code < 0x80) {
      // ASCII, the common case: lower-cased without allocating.
      if (code >= 0x41 && code <= 0x5a) code += 0x20;
    } else {
      const char = codePointAt(text, i);
      const folded = fold(char);
      width = char.length;
      code = folded.charCodeAt(0);
      if (folded.length > 1) second = folded.charCodeAt(1);
    }
    lo = lowerBound(sorted, lo, hi, depth, code);
    hi = lowerBound(sorted, lo, hi, depth, code + 1);
    depth++;
    if (lo < hi && second >= 0) {
      lo = lowerBound(sorted, lo, hi, depth, second);
      hi = lowerBound(sorted, lo, hi, depth, second + 1);
      depth++;
    }
    if (lo >= hi) break;
    i += width;
    // A phrase never ends in a joint, so no phrase ends at one.
    if (code !== 0x20 && sorted[lo].length === depth && (i >= text.length || !WORD_CHAR.test(codePointAt(text, i)))) best = i;
  }
  return best;
}

/** White space, a hyphen or a Unicode hyphen: what a space in a phrase stands for. */
function isJoint(code: number): boolean {
  if (code < 0x80) return code === 0x20 || code === 0x2d || (code >= 0x09 && code <= 0x0d);
  return JOINT.test(String.fromCharCode(code));
}

/** The first index in [lo, hi) whose code unit at `depth` is at least `unit` (a phrase that ends before `depth` counts as lower). */
function lowerBound(sorted: readonly string[], lo: number, hi: number, depth: number, unit: number): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const phrase = sorted[mid];
    if (phrase.length <= depth || phrase.charCodeAt(depth) < unit) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function codePointAt(text: string, i: number): string {
  const code = text.charCodeAt(i);
  return code >= 0xd800 && code <= 0xdbff && i + 1 < text.length ? text.slice(i, i + 2) : text[i];
}
