// Character facts the SMS rules share: carriers' smart-encoding replacements that keep the
// meaning, names for messages, emoji, and the characters Open Dental lists for texts.
import { own } from '../ownKeys';
import { isGsm7 } from './gsm';

/**
 * Non-GSM characters with a GSM-7 stand-in that means the same: the carrier "smart encoding"
 * mappings (Twilio's list) narrowed to the ones no reader would notice. Left out on purpose:
 * mappings that change what the text says (`‚` → `,`, `‹` → `<`, `½` → `1/2`, `÷` → `/`).
 */
export const SMART_REPLACEMENTS: ReadonlyMap<string, string> = new Map([
  // Single quotes and apostrophes.
  ...chars('\u2018\u2019\u201b\u2032\u02bc\uff07', "'"),
  // Double quotes.
  ...chars('\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb\uff02', '"'),
  // Hyphens, dashes and the minus sign.
  ...chars('\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe63\uff0d', '-'),
  ['\u2026', '...'],
  ['\u2022', '-'],
  // Spaces: no-break, en/em/thin/hair and the other fixed-width spaces.
  ...chars('\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000\t', ' '),
  // Invisible characters: zero-width space, word joiner, byte-order mark, soft hyphen.
  ...chars('\u200b\u2060\ufeff\u00ad', ''),
  // Line and paragraph separators are line breaks.
  ...chars('\u2028\u2029', '\n'),
  // Full-width ASCII (U+FF01..U+FF5E) is the ASCII character; its grave accent is not GSM-7.
  ...Array.from({ length: 0x5e }, (_, i): [string, string] => [String.fromCharCode(0xff01 + i), String.fromCharCode(0x21 + i)]).filter(([, a]) => isGsm7(a)),
]);

function chars(list: string, replacement: string): [string, string][] {
  return [...list].map((c) => [c, replacement]);
}

/**
 * The GSM-7 text that means exactly the same as a non-GSM character, if there is one:
 * a smart-encoding replacement, or the composed form of a decomposed letter (`e` + U+0301 → `é`).
 */
export function gsmEquivalent(grapheme: string): string | undefined {
  const smart = SMART_REPLACEMENTS.get(grapheme);
  if (smart !== undefined) return smart;
  const composed = grapheme.normalize('NFC');
  if (composed !== grapheme && [...composed].every(isGsm7)) return composed;
  return undefined;
}

const EMOJI = /\p{Extended_Pictographic}|\p{Regional_Indicator}|\u20e3/u;

/** An emoji (with its skin tone, ZWJ sequence, flag pair or keycap, as one grapheme). */
export function isEmoji(grapheme: string): boolean {
  return EMOJI.test(grapheme);
}

const NAMES: Readonly<Record<string, string>> = {
  '\u2018': 'left single quotation mark',
  '\u2019': 'curly apostrophe',
  '\u201c': 'left double quotation mark',
  '\u201d': 'right double quotation mark',
  '\u2013': 'en dash',
  '\u2014': 'em dash',
  '\u2026': 'ellipsis character',
  '\u2022': 'bullet',
  '\u00a0': 'non-breaking space',
  '\u2009': 'thin space',
  '\u200a': 'hair space',
  '\u202f': 'narrow non-breaking space',
  '\u200b': 'zero-width space',
  '\u2060': 'word joiner',
  '\ufeff': 'zero-width no-break space',
  '\u00ad': 'soft hyphen',
  '\u2028': 'line separator',
  '\u2029': 'paragraph separator',
  '\t': 'tab',
};

const INVISIBLE = /^[\s\u200b\u2060\ufeff\u00ad]$/u;

export function codePoints(text: string): string {
  return [...text].map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`).join(' ');
}

/** How a message names a character: `"’" (curly apostrophe)`, `a non-breaking space (U+00A0)`. */
export function describeChar(grapheme: string): string {
  const name = own(NAMES, grapheme);
  if (INVISIBLE.test(grapheme)) {
    const label = name ?? (/\s/u.test(grapheme) ? 'space character' : 'invisible character');
    return `${/^[aeiou]/.test(label) ? 'an' : 'a'} ${label} (${codePoints(grapheme)})`;
  }
  if (name) return `"${grapheme}" (${name})`;
  if (isEmoji(grapheme)) return `the emoji "${grapheme}"`;
  if (isDecomposed(grapheme)) return `"${grapheme}" typed as ${[...grapheme].length} code points (${codePoints(grapheme)})`;
  return `"${grapheme}" (${codePoints(grapheme)})`;
}

/** A letter typed with separate combining marks that Unicode can compose into one character. */
export function isDecomposed(grapheme: string): boolean {
  const composed = grapheme.normalize('NFC');
  return composed !== grapheme && [...composed].length === 1;
}

/** A character quoted for a message: `"*"`, `'"'` for the double quote, and the form feed by name. */
export function quoteChar(c: string): string {
  if (c === '\f') return 'A form feed (U+000C)';
  return c === '"' ? `'"'` : `"${c}"`;
}

/** Open Dental's list of characters texts may use, besides line breaks [textmsgfaq]. */
const OD_ALLOWED = /^[A-Za-z0-9 .,:;!?()~=+\-_\\/@$#&%\r\n]$/;

export function isOdAllowed(grapheme: string): boolean {
  return OD_ALLOWED.test(grapheme);
}

/** The same list by character code (all of it is ASCII), for loops over codes. */
const OD_ALLOWED_CODES = Uint8Array.from({ length: 0x80 }, (_, c) => (OD_ALLOWED.test(String.fromCharCode(c)) ? 1 : 0));

/** `isOdAllowed` of the one-unit character with this code. */
export function isOdAllowedCode(code: number): boolean {
  return code < 0x80 && OD_ALLOWED_CODES[code] === 1;
}

/**
 * Contractions whose apostrophe can go by writing them out, with the same meaning. Left
 * out: 's and 'd forms ("it's" is "it is" or "it has", "you'd" is "you would" or "you had").
 */
export const CONTRACTIONS: ReadonlyMap<string, string> = new Map([
  ["don't", 'do not'], ["doesn't", 'does not'], ["didn't", 'did not'], ["can't", 'cannot'], ["won't", 'will not'],
  ["isn't", 'is not'], ["aren't", 'are not'], ["wasn't", 'was not'], ["weren't", 'were not'], ["haven't", 'have not'],
  ["hasn't", 'has not'], ["hadn't", 'had not'], ["wouldn't", 'would not'], ["shouldn't", 'should not'], ["couldn't", 'could not'],
  ["you're", 'you are'], ["we're", 'we are'], ["they're", 'they are'], ["i'm", 'I am'], ["let's", 'let us'],
  ["you'll", 'you will'], ["we'll", 'we will'], ["they'll", 'they will'], ["i'll", 'I will'], ["it'll", 'it will'],
  ["you've", 'you have'], ["we've", 'we have'], ["they've", 'they have'], ["i've", 'I have'],
]);

/** The written-out form of a contraction, in the word's case; undefined when not one. */
export function expandContraction(word: string): string | undefined {
  const expanded = CONTRACTIONS.get(word.toLowerCase());
  if (!expanded) return undefined;
  if (word === word.toUpperCase()) return expanded.toUpperCase();
  if (word[0] === word[0].toUpperCase()) return expanded[0].toUpperCase() + expanded.slice(1);
  return expanded;
}

/** GSM-7 characters outside Open Dental's list that have a stand-in meaning the same. */
export const OD_SAFE_REPLACEMENTS: ReadonlyMap<string, string> = new Map([
  ['[', '('],
  [']', ')'],
  ['{', '('],
  ['}', ')'],
  // Spanish opening marks: the closing "?" or "!" carries the meaning.
  ['¿', ''],
  ['¡', ''],
]);
