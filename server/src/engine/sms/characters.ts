// Character facts the SMS rules share: carriers' smart-encoding replacements that keep the
// meaning, names for messages, emoji, and the characters Open Dental lists for texts.
import characterData from '../data/characters.json';
import { own } from '../ownKeys';
import { isGsm7 } from './gsm';

/**
 * Non-GSM characters with a GSM-7 stand-in that means the same (data/characters.json), and
 * full-width ASCII (U+FF01..U+FF5E) as the ASCII character, except its grave accent (not
 * GSM-7) and the brackets that would make a tag or HTML markup of text (`fullWidthKept`).
 */
export const SMART_REPLACEMENTS: ReadonlyMap<string, string> = new Map([
  ...characterData.smartReplacements.flatMap(({ chars, replacement }) => [...chars].map((c): [string, string] => [c, replacement])),
  ...Array.from({ length: 0x5e }, (_, i): [string, string] => [String.fromCharCode(0xff01 + i), String.fromCharCode(0x21 + i)]).filter(([, a]) => isGsm7(a) && !characterData.fullWidthKept.includes(a)),
]);

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

/**
 * Open Dental's list of characters texts may use [textmsgfaq] (data/characters.json), plus
 * line breaks, by character code: all of it is ASCII.
 */
const OD_ALLOWED_CODES = Uint8Array.from({ length: 0x80 }, (_, c) => (characterData.odListed.includes(String.fromCharCode(c)) || c === 0x0a || c === 0x0d ? 1 : 0));

/** A grapheme on Open Dental's list (a line break, "\r\n" included, is). */
export function isOdAllowed(grapheme: string): boolean {
  return grapheme === '\r\n' || (grapheme.length === 1 && isOdAllowedCode(grapheme.charCodeAt(0)));
}

/**
 * Every character of `text` is on Open Dental's list. non-gsm-character asks this of its
 * stand-ins, with the list unsupported-character checks, so a fix of one is never a report
 * of the other.
 */
export function isOdListed(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (!isOdAllowedCode(text.charCodeAt(i))) return false;
  return true;
}

/** `isOdAllowed` of the one-unit character with this code. */
export function isOdAllowedCode(code: number): boolean {
  return code < 0x80 && OD_ALLOWED_CODES[code] === 1;
}

/** Contractions whose apostrophe can go by writing them out, with the same meaning (data/characters.json). */
export const CONTRACTIONS: ReadonlyMap<string, string> = new Map(Object.entries(characterData.contractions));

/** The written-out form of a contraction, in the word's case; undefined when not one. */
export function expandContraction(word: string): string | undefined {
  const expanded = CONTRACTIONS.get(word.toLowerCase());
  if (!expanded) return undefined;
  if (word === word.toUpperCase()) return expanded.toUpperCase();
  if (word[0] === word[0].toUpperCase()) return expanded[0].toUpperCase() + expanded.slice(1);
  return expanded;
}

/** GSM-7 characters outside Open Dental's list that have a stand-in meaning the same (data/characters.json). */
export const OD_SAFE_REPLACEMENTS: ReadonlyMap<string, string> = new Map(Object.entries(characterData.odSafeReplacements));
