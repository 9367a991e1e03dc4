// Which template a sent text came from. Open Dental fills each tag of a template and sends the
// result; the template, with each tag as a wildcard, is a pattern the text must fit: it starts
// with the text before the first tag, ends with the text after the last, and holds the pieces
// between in order. A text that fits none of a kind's current templates (the template was
// changed since, or the text was typed by hand) stays unmatched: it is counted as such, never
// guessed. Compiled once per template; matching is startsWith/endsWith/indexOf. Pure.
import { tagByName } from '../catalog';

export interface Matcher<T> {
  /** The template's literal text between its tags (first and last may be ""). */
  pieces: string[];
  /** Characters of literal text: among templates a text fits, the most specific wins. */
  literalLength: number;
  value: T;
}

/** Line breaks as "\n" and no surrounding white space: how templates and sent texts are compared. */
export function normalizeText(text: string): string {
  return (text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text).trim();
}

const BRACKETED = /\[([A-Za-z][A-Za-z0-9_.]*)\]/g;

/** The template body as a pattern: every known tag (any case, as Open Dental replaces) a wildcard. */
export function compileMatcher<T>(body: string, value: T): Matcher<T> {
  const text = normalizeText(body);
  const pieces: string[] = [];
  let start = 0;
  for (const m of text.matchAll(BRACKETED)) {
    // An unknown tag is sent as typed: it stays part of the literal text.
    if (!tagByName(m[1])) continue;
    pieces.push(text.slice(start, m.index));
    start = m.index + m[0].length;
  }
  pieces.push(text.slice(start));
  return { pieces, literalLength: pieces.reduce((n, p) => n + p.length, 0), value };
}

/** Whether a (normalized) sent text fits the pattern. */
export function fits(matcher: Matcher<unknown>, text: string): boolean {
  const { pieces } = matcher;
  if (pieces.length === 1) return text === pieces[0];
  const first = pieces[0];
  const last = pieces[pieces.length - 1];
  if (text.length < first.length + last.length || !text.startsWith(first) || !text.endsWith(last)) return false;
  // Each middle piece at its first place after the one before: if any placement fits, this one does.
  let at = first.length;
  const end = text.length - last.length;
  for (let i = 1; i < pieces.length - 1; i++) {
    const piece = pieces[i];
    if (piece === '') continue;
    const found = text.indexOf(piece, at);
    if (found < 0 || found + piece.length > end) return false;
    at = found + piece.length;
  }
  return true;
}

/** The most specific of `matchers` the text fits (the first of equals), or undefined. */
export function bestMatch<T>(matchers: readonly Matcher<T>[], text: string): Matcher<T> | undefined {
  let best: Matcher<T> | undefined;
  for (const m of matchers) if ((!best || m.literalLength > best.literalLength) && fits(m, text)) best = m;
  return best;
}
