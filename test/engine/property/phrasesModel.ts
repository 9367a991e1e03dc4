// The phrase matcher as it was before its scan was made fast (util/phrases.ts): a regular
// expression finds each position where a phrase may start, and a binary search over the whole
// sorted list reads on from there. phrases.test.ts holds the fast scan to it: same matches.
const SPLIT = /[\s\-\u2010\u2011]+/u;
/** What a space in a normalized phrase stands for in the text. */
const JOINT = /[\s\-\u2010\u2011]/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** The form phrases are compared in: lower case, joints as single spaces. */
function normalizePhrase(phrase: string): string {
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

interface PhraseMatch {
  start: number;
  end: number;
}

interface PhraseMatcher {
  /** The phrases in `text`, in text order, none overlapping. */
  matches(text: string): Generator<PhraseMatch>;
}

/** The phrase as the scan compares it: normalized, then folded code point by code point. */
function comparable(phrase: string): string {
  let out = '';
  for (const char of normalizePhrase(phrase)) out += char === ' ' ? ' ' : fold(char);
  return out;
}

/** A matcher for the phrases; undefined when the list is empty. */
export function compileModelPhrases(phrases: Iterable<string>): PhraseMatcher | undefined {
  const unique = new Set<string>();
  for (const phrase of phrases) {
    const key = comparable(phrase);
    if (key !== '') unique.add(key);
  }
  if (unique.size === 0) return undefined;
  // Sorted by UTF-16 code unit, the phrases sharing a prefix are one run of the list, the
  // prefix itself (when it is a phrase) first: the implicit trie the scan narrows.
  const sorted = [...unique].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const starts = startFinder(sorted);
  return { matches: (text) => scan(sorted, starts, text) };
}

/**
 * A regular expression for where a phrase may start: one of the phrases' first characters
 * (in any case), not after a letter or digit. One character class however long the list, so
 * it compiles at any size; it lets the scan pass over every other position natively.
 */
function startFinder(sorted: readonly string[]): RegExp {
  const firsts = new Set<string>();
  for (const phrase of sorted) {
    const first = String.fromCodePoint(phrase.codePointAt(0)!);
    firsts.add(first);
    if (first === "'") firsts.add('’');
    if (first === 'σ') firsts.add('ς');
  }
  const firstClass = [...firsts].map((c) => c.replace(/[\\\][^-]/, '\\$&')).join('');
  return new RegExp(`(?<![\\p{L}\\p{N}])[${firstClass}]`, 'giu');
}

function* scan(sorted: readonly string[], starts: RegExp, text: string): Generator<PhraseMatch> {
  // A copy per scan: scans of two texts may be interleaved (generators), `lastIndex` is state.
  const finder = new RegExp(starts);
  let candidate: RegExpExecArray | null;
  while ((candidate = finder.exec(text))) {
    const start = candidate.index;
    const end = longestAt(sorted, text, start);
    if (end > start) {
      yield { start, end };
      finder.lastIndex = end;
    }
  }
}

/**
 * The end of the longest phrase starting at `start` and ending at a word boundary, or -1.
 * [lo, hi) is the run of phrases that begin with what has been read (`depth` code units).
 */
function longestAt(sorted: readonly string[], text: string, start: number): number {
  let lo = 0;
  let hi = sorted.length;
  let depth = 0;
  let i = start;
  let best = -1;
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
