// "Did you mean …?" for names typed by hand (tags, front matter keys and values, rule ids).
import { own } from '../../ownKeys';
import { editDistance } from './editDistance';

export interface DidYouMeanOptions {
  /** Words people type for a candidate, by lower-case word: `{ warn: 'warning' }`. */
  aliases?: Readonly<Record<string, string>>;
}

/**
 * The candidate closest to `typed`, compared without case, when it is close enough to be
 * the likely intent: at most 2 edits and fewer than half the typed length (so short words
 * do not "correct" to unrelated ones). Ties go to the earlier candidate. `typed` itself
 * (exact spelling) is never suggested.
 */
export function didYouMean(typed: string, candidates: Iterable<string>, options: DidYouMeanOptions = {}): string | undefined {
  const lower = typed.toLowerCase();
  const alias = own(options.aliases, lower);
  if (alias !== undefined && alias !== typed) return alias;
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    // More than 2 edits apart by length alone: not close, and a key of a megabyte costs nothing.
    if (candidate === typed || Math.abs(candidate.length - typed.length) > 2) continue;
    const distance = editDistance(lower, candidate.toLowerCase());
    if (distance < bestDistance && isClose(distance, typed.length)) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** Close enough to suggest: at most 2 edits and fewer than half the typed length. */
export function isClose(distance: number, typedLength: number): boolean {
  return distance <= 2 && distance < typedLength / 2;
}
