// Case helpers for word-level fixes. Unicode-aware: they work on code points, so
// "ÉTÉ" becomes "Été" and astral letters are not split.

/** True when the word has cased letters and all of them are capitals. */
export function isAllCaps(word: string): boolean {
  return word === word.toUpperCase() && word !== word.toLowerCase();
}

/** "TOMORROW" → "Tomorrow". */
export function sentenceCase(word: string): string {
  const [first = '', ...rest] = [...word];
  return first.toUpperCase() + rest.join('').toLowerCase();
}

/**
 * `replacement` written the way `original` starts: capitalised when the original starts
 * with a capital. An all-caps original is shouting, not a capital: its replacement is
 * capitalised only at the start of a sentence (`sentenceStart`).
 */
export function matchCase(original: string, replacement: string, sentenceStart = false): string {
  const [first = ''] = [...original];
  const startsUpper = first !== first.toLowerCase() && first === first.toUpperCase();
  const shouted = [...original].length > 1 && isAllCaps(original);
  const capital = shouted ? sentenceStart : startsUpper;
  const [rFirst = '', ...rRest] = [...replacement];
  return (capital ? rFirst.toUpperCase() : rFirst.toLowerCase()) + rRest.join('');
}

/**
 * A shouted word written the way it reads in a sentence: capitalised at a sentence start,
 * otherwise lower case, except the words that always take a capital (`proper`: lower-case
 * form → written form, e.g. "monday" → "Monday"), also with 's or s after them.
 */
export function unshout(word: string, sentenceStart: boolean, proper: ReadonlyMap<string, string>): string {
  if (sentenceStart) return sentenceCase(word);
  const lower = word.toLowerCase();
  const bare = lower.replace(/’/g, "'");
  for (const suffix of ['', "'s", 's']) {
    if (!bare.endsWith(suffix)) continue;
    const form = proper.get(bare.slice(0, bare.length - suffix.length));
    if (form === undefined) continue;
    // The written form's capitals, over the word's own characters (its apostrophe kept).
    return [...lower].map((c, i) => (i < form.length && form[i] !== form[i].toLowerCase() ? c.toUpperCase() : c)).join('');
  }
  return lower;
}

/** True when `offset` starts a sentence: only spaces since a line start, the region start, or ". ! ?". */
export function isSentenceStart(prose: string, offset: number, regionStart = 0): boolean {
  let i = offset - 1;
  while (i >= regionStart && (prose[i] === ' ' || prose[i] === '\t')) i--;
  return i < regionStart || /[.!?\n\r]/.test(prose[i]);
}
