// Whether a matched phrase is used in its ordinary sense, read from the words around it:
// "free" right after "are you" is availability, not an offer. The word lists are data
// (spam-phrases.json `senses`); this only finds the neighbouring words.
import { normalizePhrase } from './phrases';

export interface Sense {
  phrase: string;
  /** The word before the match that gives it its ordinary sense. */
  after: readonly string[];
  /** The word (or `?`) after the match that gives it its ordinary sense. */
  before: readonly string[];
}

export interface SenseTable {
  /** By normalized phrase. */
  get(phrase: string): { after: ReadonlySet<string>; before: ReadonlySet<string> } | undefined;
}

export function senseTable(senses: readonly Sense[]): SenseTable {
  const byPhrase = new Map<string, { after: Set<string>; before: Set<string> }>();
  for (const s of senses) {
    byPhrase.set(normalizePhrase(s.phrase), { after: new Set(s.after.map(normalizeWord)), before: new Set(s.before.map(normalizeWord)) });
  }
  return byPhrase;
}

function normalizeWord(word: string): string {
  return word.toLowerCase().replace(/’/g, "'");
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}'’]/u;
const SPACE = /[ \t\u00a0]/;

/** The word that ends just before `offset` (spaces between, nothing else), lower case. */
export function wordBefore(prose: string, offset: number): string | undefined {
  let end = offset;
  while (end > 0 && SPACE.test(prose[end - 1])) end--;
  let start = end;
  // Bounded: a word longer than 40 characters is no sense word.
  while (start > 0 && end - start < 40 && WORD_CHAR.test(prose[start - 1])) start--;
  return start < end ? normalizeWord(prose.slice(start, end)) : undefined;
}

/** The word (or a `?`) that starts just after `offset` (spaces between), lower case. */
export function wordAfter(prose: string, offset: number): string | undefined {
  let start = offset;
  while (start < prose.length && SPACE.test(prose[start])) start++;
  if (prose[start] === '?') return '?';
  let end = start;
  while (end < prose.length && end - start < 40 && WORD_CHAR.test(prose[end])) end++;
  return start < end ? normalizeWord(prose.slice(start, end)) : undefined;
}

/** True when the match [start, end) of `phrase` is in one of its ordinary senses. */
export function ordinarySense(table: SenseTable, phrase: string, prose: string, start: number, end: number): boolean {
  const sense = table.get(phrase);
  if (!sense) return false;
  const before = wordBefore(prose, start);
  if (before !== undefined && sense.after.has(before)) return true;
  const after = wordAfter(prose, end);
  return after !== undefined && sense.before.has(after);
}

/** A match followed by an apostrophe and a letter is part of another word: "won't" is not "won". */
export function partOfContraction(prose: string, end: number): boolean {
  return (prose[end] === "'" || prose[end] === '’') && /\p{L}/u.test(prose[end + 1] ?? '');
}
