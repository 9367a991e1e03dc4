// Optimal-string-alignment distance: insertions, deletions, substitutions and swaps of two
// neighbours each cost 1, so the usual typos ("kidn", "ApptDte", "Nmae") are one step away.
// O(a·b) time with three rows; the strings compared here are short names.

/** The three rows, reused from call to call (an unknown tag is compared with every known one). */
let rows = new Int32Array(3 * 32);

export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  const width = b.length + 1;
  if (rows.length < 3 * width) rows = new Int32Array(3 * width);
  // Offsets of the rows for i - 2, i - 1 and i in `rows`; they rotate after each i.
  let before = 0;
  let previous = width;
  let current = 2 * width;
  for (let j = 0; j < width; j++) {
    rows[before + j] = 0;
    rows[previous + j] = j;
    rows[current + j] = 0;
  }
  for (let i = 1; i <= a.length; i++) {
    rows[current] = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cost = ai === b.charCodeAt(j - 1) ? 0 : 1;
      let d = Math.min(rows[previous + j] + 1, rows[current + j - 1] + 1, rows[previous + j - 1] + cost);
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) d = Math.min(d, rows[before + j - 2] + 1);
      rows[current + j] = d;
    }
    const oldest = before;
    before = previous;
    previous = current;
    current = oldest;
  }
  return rows[previous + b.length];
}
