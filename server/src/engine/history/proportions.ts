// Shares of texts and how sure we are of them: the Wilson score interval for one share, and
// a one-sided Fisher exact test for "this template's texts fail more often than the others".
// Fisher's test is exact at every size (a template with 40 texts and 3 failures is judged as
// fairly as one with 40,000), so no normal approximation has to be trusted at small counts.
// Pure arithmetic: `odmsg doctor` (workspace/database/doctor) decides with it.

/** z for a two-sided 95% interval. */
const Z95 = 1.959963984540054;

export interface Share {
  texts: number;
  failed: number;
  rate: number;
  /** The 95% Wilson score interval, as fractions 0–1. */
  low: number;
  high: number;
}

/** `failed` of `texts` with its 95% Wilson score interval (0 texts: rate 0, interval 0–1). */
export function wilson(failed: number, texts: number, z = Z95): Share {
  if (texts <= 0) return { texts: 0, failed: 0, rate: 0, low: 0, high: 1 };
  const p = failed / texts;
  const z2 = z * z;
  const denominator = 1 + z2 / texts;
  const centre = (p + z2 / (2 * texts)) / denominator;
  const half = (z * Math.sqrt((p * (1 - p)) / texts + z2 / (4 * texts * texts))) / denominator;
  return { texts, failed, rate: p, low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}

/** ln Γ(x) for x > 0 (Lanczos, g = 7, n = 9: about 15 significant digits). */
const LANCZOS = [0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7];
export function logGamma(x: number): number {
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  const y = x - 1;
  let a = LANCZOS[0];
  const t = y + 7.5;
  for (let i = 1; i < 9; i++) a += LANCZOS[i] / (y + i);
  return 0.5 * Math.log(2 * Math.PI) + (y + 0.5) * Math.log(t) - t + Math.log(a);
}

function logChoose(n: number, k: number): number {
  return logGamma(n + 1) - logGamma(k + 1) - logGamma(n - k + 1);
}

/**
 * One-sided Fisher exact test: the chance of `failedA` or more failures among `textsA` texts
 * if failures fell on all `textsA + textsB` texts alike (the hypergeometric upper tail). Small
 * means group A fails more often than group B by more than chance.
 */
export function fisherGreater(failedA: number, textsA: number, failedB: number, textsB: number): number {
  const total = textsA + textsB;
  const failures = failedA + failedB;
  if (textsA === 0 || textsB === 0 || failedA === 0) return 1;
  const highest = Math.min(textsA, failures);
  // P(X = k) for k = failedA, then each next term from the one before (a ratio, no overflow).
  const logFirst = logChoose(failures, failedA) + logChoose(total - failures, textsA - failedA) - logChoose(total, textsA);
  let term = Math.exp(logFirst);
  let sum = term;
  for (let k = failedA; k < highest; k++) {
    term *= ((failures - k) * (textsA - k)) / ((k + 1) * (total - failures - textsA + k + 1));
    sum += term;
    if (term < sum * 1e-17) break;
  }
  return Math.min(1, sum);
}

/** How `odmsg doctor` decides that a group of texts fails more often than the rest. */
export const FILTER_TEST = {
  name: 'one-sided Fisher exact test',
  /** Below this p-value (1 in 1,000: few false alarms when an office has dozens of templates). */
  alpha: 0.001,
  /** Fewer texts than this with an outcome: too few to say anything. */
  minTexts: 100,
  /** The group's rate must also be at least this many times the rest's, and … */
  minRatio: 2,
  /** … at least this much above it (2 percentage points): a difference that matters. */
  minDifference: 0.02,
} as const;

export interface Comparison {
  group: Share;
  rest: Share;
  pValue: number;
  /** True when the group fails significantly and materially more often (FILTER_TEST). */
  significant: boolean;
}

export function compareFailures(failedA: number, textsA: number, failedB: number, textsB: number, minTexts: number = FILTER_TEST.minTexts): Comparison {
  const group = wilson(failedA, textsA);
  const rest = wilson(failedB, textsB);
  const pValue = fisherGreater(failedA, textsA, failedB, textsB);
  const significant = textsA >= minTexts && pValue < FILTER_TEST.alpha && group.rate >= rest.rate * FILTER_TEST.minRatio && group.rate - rest.rate >= FILTER_TEST.minDifference;
  return { group, rest, pValue, significant };
}
