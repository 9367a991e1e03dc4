// Applying fixes: sorted, overlapping ones skipped (never merged), and fix-all repeated
// until nothing fixable is left, so running it twice changes nothing the second time.
import type { OdmsgConfig } from './config';
import { lint } from './lint';
import type { Fix, Problem } from './types';

export interface AppliedFixes {
  output: string;
  applied: Fix[];
  /** Fixes left out because they overlap one applied before them. */
  skipped: Fix[];
}

export function applyFixes(text: string, fixes: readonly Fix[]): AppliedFixes {
  const sorted = [...fixes].sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  const applied: Fix[] = [];
  const skipped: Fix[] = [];
  let output = '';
  let cursor = 0;
  let lastEnd = -1;
  let lastWasInsert = false;
  for (const fix of sorted) {
    const [start, end] = fix.range;
    const insertAtSamePoint = start === end && lastWasInsert && start === lastEnd;
    if (start < lastEnd || insertAtSamePoint || start < 0 || end > text.length || end < start) {
      skipped.push(fix);
      continue;
    }
    output += text.slice(cursor, start) + fix.text;
    cursor = end;
    lastEnd = end;
    lastWasInsert = start === end;
    applied.push(fix);
  }
  output += text.slice(cursor);
  return { output, applied, skipped };
}

/** The safe fixes of these problems (suggestions are never applied unattended). */
export function fixesOf(problems: readonly Problem[]): Fix[] {
  return problems.flatMap((p) => (p.fix ? [{ range: p.fix.range, text: p.fix.text }] : []));
}

export interface FixAllResult {
  output: string;
  /** How many fixes were applied over all passes. */
  fixed: number;
  passes: number;
  /** The first pass's edits: enough when `passes` is 1. */
  firstPass: Fix[];
}

const MAX_PASSES = 10;

/** Applies every safe fix, re-linting between passes until no fix applies (at most 10 passes). */
export function fixAll(text: string, layers: readonly (OdmsgConfig | undefined)[] = []): FixAllResult {
  let output = text;
  let fixed = 0;
  let passes = 0;
  let firstPass: Fix[] = [];
  while (passes < MAX_PASSES) {
    const fixes = fixesOf(lint(output, layers).problems);
    if (fixes.length === 0) break;
    const result = applyFixes(output, fixes);
    if (result.applied.length === 0 || result.output === output) break;
    if (passes === 0) firstPass = result.applied;
    output = result.output;
    fixed += result.applied.length;
    passes++;
  }
  return { output, fixed, passes, firstPass };
}

/** One edit turning `before` into `after`: the span between their common prefix and suffix. */
export function minimalEdit(before: string, after: string): Fix | undefined {
  if (before === after) return undefined;
  let prefix = 0;
  const max = Math.min(before.length, after.length);
  while (prefix < max && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (suffix < max - prefix && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) suffix++;
  return { range: [prefix, before.length - suffix], text: after.slice(prefix, after.length - suffix) };
}

/** The edits for fix-all: the individual fixes when one pass suffices, else one minimal edit. */
export function fixAllEdits(text: string, layers: readonly (OdmsgConfig | undefined)[] = []): Fix[] {
  const result = fixAll(text, layers);
  if (result.passes <= 1) return result.firstPass;
  const edit = minimalEdit(text, result.output);
  return edit ? [edit] : [];
}
