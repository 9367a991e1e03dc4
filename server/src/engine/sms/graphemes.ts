// User-perceived characters (extended grapheme clusters) with Intl.Segmenter, in linear time.
// V8's segment iterator slows down quadratically with the string's length (Node 20: 40,000
// emoji take minutes) and costs microseconds per character, so: a "simple" BMP character
// (no mark, format character, Prepend, Hangul jamo or Indic letter) followed by another is
// a grapheme on its own (UAX #29 GB999), "\r\n" is one, and only the stretches around other
// characters go to the segmenter, in chunks of a few hundred code units cut where Unicode's
// rules always put a boundary. A test checks the result against segmenting whole strings.

// Made on first use: creating it loads ICU's break rules (about 15 ms at start-up), which
// a plain ASCII text never needs.
let segmenter: Intl.Segmenter | undefined;

const CHUNK = 256;

/** Calls `visit` with each grapheme of `text` and its UTF-16 offset, in order. */
export function forEachGrapheme(text: string, visit: (segment: string, index: number) => void): void {
  scanGraphemes(
    text,
    (start, end) => {
      for (let i = start; i < end; i++) {
        if (text.charCodeAt(i) === 0x0d && text.charCodeAt(i + 1) === 0x0a && i + 1 < end) visit('\r\n', i++);
        else visit(text[i], i);
      }
    },
    visit,
  );
}

/**
 * The graphemes of `text` in order, without a string or an object per character for the
 * common case: `single(start, end)` for a run of code units that are each a grapheme on
 * their own (BMP characters; the one exception is "\r\n", one grapheme of two units, which
 * a run holds whole), and `cluster(segment, index)` for each other grapheme.
 */
export function scanGraphemes(text: string, single: (start: number, end: number) => void, cluster: (segment: string, index: number) => void): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    const runStart = i;
    while (i < n) {
      const c = text.charCodeAt(i);
      const next = i + 1 < n ? text.charCodeAt(i + 1) : -1;
      if (c === 0x0d) {
        // CR breaks before and after, except before LF (GB3-5).
        i += next === 0x0a ? 2 : 1;
      } else if (isSimple(c) && (next < 0 || next === 0x0d || isSimple(next))) {
        i++;
      } else break;
    }
    if (i > runStart) single(runStart, i);
    if (i >= n) break;
    const end = stretchEnd(text, i);
    segmenter ??= new Intl.Segmenter('en', { granularity: 'grapheme' });
    for (const { segment, index } of segmenter.segment(text.slice(i, end))) cluster(segment, i + index);
    i = end;
  }
}

/** 0: not yet known, 1: simple, 2: not simple; per BMP code unit. */
const SIMPLE = new Int8Array(0x10000);

/** A BMP character that nothing joins to on either side except what `forEachGrapheme` checks. */
function isSimple(u: number): boolean {
  let flag = SIMPLE[u];
  if (flag === 0) SIMPLE[u] = flag = computeSimple(u) ? 1 : 2;
  return flag === 1;
}

function computeSimple(u: number): boolean {
  if (u === 0x0d) return false;
  if (u < 0x80) return true;
  if (u >= 0xd800 && u <= 0xdfff) return false;
  if (isHangulL(u) || isHangulVT(u) || (u >= 0xac00 && u <= 0xd7a3) || isIndic(u) || LETTER_EXTENDERS.has(u)) return false;
  const c = String.fromCharCode(u);
  return !MARK_OR_FORMAT.test(c) && !PREPEND.test(c);
}

/**
 * Where the segmenter's stretch starting at `from` ends: where the fast path can take over
 * again (a simple character followed by a simple one or the end, with a certain boundary
 * before it), or at a certain boundary once the stretch is long.
 */
function stretchEnd(text: string, from: number): number {
  const n = text.length;
  const limit = Math.min(n, from + CHUNK * 2);
  for (let j = from + 1; j < limit; j++) {
    const u = text.charCodeAt(j);
    if (!isSimple(u)) continue;
    const next = j + 1 < n ? text.charCodeAt(j + 1) : -1;
    if ((next < 0 || next === 0x0d || isSimple(next)) && alwaysBreaksBetween(codePointBefore(text, j), u)) return j;
  }
  return limit === n ? limit : nextCut(text, from + CHUNK);
}

function codePointBefore(text: string, i: number): number {
  const prev = text.charCodeAt(i - 1);
  return prev >= 0xdc00 && prev <= 0xdfff && i >= 2 ? text.codePointAt(i - 2)! : text.codePointAt(i - 1)!;
}

/** The first offset at or after `from` where a grapheme boundary is certain; the end if none. */
function nextCut(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff) continue; // inside a surrogate pair
    if (alwaysBreaksBetween(codePointBefore(text, i), text.codePointAt(i)!)) return i;
  }
  return text.length;
}

const MARK_OR_FORMAT = /[\p{M}\p{Cf}\p{Emoji_Modifier}\p{Regional_Indicator}]/u;
/** Grapheme_Cluster_Break=Prepend. */
const PREPEND = /[\u0600-\u0605\u06dd\u070f\u0890\u0891\u08e2\u0d4e\u{110bd}\u{110cd}\u{111c2}\u{111c3}\u{1193f}\u{11941}\u{11a3a}\u{11a84}-\u{11a89}\u{11d46}\u{11f02}]/u;
/** Extend or SpacingMark characters whose general category is a letter. */
const LETTER_EXTENDERS = new Set([0x0e33, 0x0eb3, 0xff9e, 0xff9f]);

function isHangulL(cp: number): boolean {
  return (cp >= 0x1100 && cp <= 0x115f) || (cp >= 0xa960 && cp <= 0xa97f);
}

function isHangulVT(cp: number): boolean {
  return (cp >= 0x1160 && cp <= 0x11ff) || (cp >= 0xd7b0 && cp <= 0xd7ff);
}

/** Indic scripts, where a consonant after a virama can join the cluster (GB9c). */
function isIndic(cp: number): boolean {
  return cp >= 0x0900 && cp <= 0x0dff;
}

/**
 * True only where UAX #29 breaks whatever surrounds the pair: around line breaks (GB3-5),
 * and before an ordinary character that nothing before it can extend or join.
 */
function alwaysBreaksBetween(prev: number, next: number): boolean {
  if (prev === 0x0d && next === 0x0a) return false;
  if (prev === 0x0a || prev === 0x0d || next === 0x0a || next === 0x0d) return true;
  const p = String.fromCodePoint(prev);
  const n = String.fromCodePoint(next);
  if (prev === 0x200d || PREPEND.test(p) || /\p{Regional_Indicator}/u.test(p)) return false;
  if (MARK_OR_FORMAT.test(n) || LETTER_EXTENDERS.has(next) || isHangulVT(next)) return false;
  if (isHangulL(prev) && (isHangulL(next) || (next >= 0xac00 && next <= 0xd7a3))) return false;
  if (isIndic(next) && /\p{M}/u.test(p)) return false;
  return true;
}
