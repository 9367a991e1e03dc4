// What must hold for any input: shared by test/engine/property.test.ts (bounded runs)
// and scripts/fuzz.ts (long runs). Each check throws an AssertionError naming the input.
import assert from 'node:assert/strict';
import * as v8 from 'node:v8';
import * as vm from 'node:vm';
import type { OdmsgConfig } from '../../../server/src/engine/config';
import { applyFixes, fixAll, fixAllEdits, fixesOf } from '../../../server/src/engine/fix';
import { lint } from '../../../server/src/engine/lint';
import { RULE_IDS } from '../../../server/src/engine/registry';
import type { Fix, Problem } from '../../../server/src/engine/types';

type Layers = readonly (OdmsgConfig | undefined)[];

const SEVERITIES = new Set(['error', 'warning', 'info']);

function show(text: string): string {
  return JSON.stringify(text.length > 300 ? `${text.slice(0, 300)}…(${text.length} chars)` : text);
}

function describe(p: Problem): string {
  return `${p.ruleId} [${p.start}, ${p.end}) ${JSON.stringify(p.message)}`;
}

/** lint() returns well-formed problems whose fixes and suggestions stay inside their range. */
export function checkProblems(text: string, layers: Layers = []): Problem[] {
  const { problems } = lint(text, layers);
  let previous = -1;
  for (const p of problems) {
    const where = `${describe(p)} in ${show(text)}`;
    assert.ok(RULE_IDS.includes(p.ruleId), `unknown rule id: ${where}`);
    assert.ok(SEVERITIES.has(p.severity), `bad severity ${p.severity}: ${where}`);
    assert.ok(typeof p.message === 'string' && p.message.trim().length > 0, `empty message: ${where}`);
    // A user-chosen name looked up through Object.prototype shows up as a function's source.
    assert.doesNotMatch(p.message, /\[native code\]|function \w*\(/, `a built-in object in the message: ${where}`);
    assert.ok(Number.isInteger(p.start) && Number.isInteger(p.end), `non-integer range: ${where}`);
    assert.ok(0 <= p.start && p.start <= p.end && p.end <= text.length, `range outside the text: ${where}`);
    assert.ok(p.start >= previous, `problems not sorted: ${where}`);
    previous = p.start;
    if (p.fix) checkFixInside(p, p.fix, 'fix', text, 0);
    for (const s of p.suggestions ?? []) {
      assert.ok(typeof s.desc === 'string' && s.desc.length > 0, `suggestion without a description: ${where}`);
      checkFixInside(p, s.fix, `suggestion "${s.desc}"`, text, 1);
    }
  }
  return problems;
}

/**
 * A fix stays inside its problem's range. A suggestion that removes something may also take
 * one neighbouring space or tab (no double space is left behind), and nothing else: the same
 * policy as the rule tester's `assertEditsContained`.
 */
function checkFixInside(p: Problem, fix: Fix, what: string, text: string, slack: 0 | 1): void {
  const [start, end] = fix.range;
  assert.ok(typeof fix.text === 'string', `${what} without text: ${describe(p)}`);
  assert.ok(Number.isInteger(start) && Number.isInteger(end) && 0 <= start && start <= end && end <= text.length, `${what} range [${start}, ${end}) is not a range of the text`);
  const outside = text.slice(start, Math.max(start, Math.min(p.start, end))) + text.slice(Math.min(end, Math.max(p.end, start)), end);
  assert.ok(outside.length <= slack && /^[ \t]*$/.test(outside), `${what} range [${start}, ${end}) is not inside its problem ${describe(p)} in ${show(text)}`);
}

/** The output is the input with exactly the applied fixes substituted: nothing else moved. */
export function checkOutsideUnchanged(before: string, after: string, applied: readonly Fix[]): void {
  const sorted = [...applied].sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  let cursor = 0;
  let out = 0;
  for (const fix of sorted) {
    const [start, end] = fix.range;
    assert.ok(start >= cursor, `applied fixes overlap at ${start} in ${show(before)}`);
    const kept = before.slice(cursor, start);
    assert.equal(after.slice(out, out + kept.length), kept, `text before ${start} changed in ${show(before)}`);
    out += kept.length;
    assert.equal(after.slice(out, out + fix.text.length), fix.text, `fix text not in place at ${start} in ${show(before)}`);
    out += fix.text.length;
    cursor = end;
  }
  const tail = before.slice(cursor);
  assert.equal(after.slice(out), tail, `text after the last fix changed in ${show(before)}`);
}

/**
 * Fix passes as fix-all runs them, checked one by one; then fix-all itself converges,
 * is idempotent, and its editor edits produce the same output.
 */
export function checkFixAll(text: string, layers: Layers = []): void {
  let current = text;
  for (let pass = 0; pass < 10; pass++) {
    const fixes = fixesOf(checkProblems(current, layers));
    if (fixes.length === 0) break;
    const result = applyFixes(current, fixes);
    assert.equal(result.applied.length + result.skipped.length, fixes.length);
    checkOutsideUnchanged(current, result.output, result.applied);
    if (result.output === current) break;
    current = result.output;
  }

  const once = fixAll(text, layers);
  const leftover = lint(once.output, layers).problems.filter((p) => p.fix);
  assert.deepEqual(leftover.map(describe), [], `fix-all did not converge after ${once.passes} passes: ${show(text)} -> ${show(once.output)}`);
  const twice = fixAll(once.output, layers);
  assert.equal(twice.output, once.output, `fix-all is not idempotent on ${show(text)}`);
  assert.equal(twice.fixed, 0, `fix-all fixed something the second time on ${show(text)}`);

  const edits = fixAllEdits(text, layers);
  const viaEdits = applyFixes(text, edits);
  assert.equal(viaEdits.skipped.length, 0, `fix-all edits overlap on ${show(text)}`);
  assert.equal(viaEdits.output, once.output, `fix-all edits disagree with fix-all on ${show(text)}`);
}

/** Applying any one suggestion gives text the engine still checks without throwing. */
export function checkSuggestions(text: string, layers: Layers = []): void {
  for (const p of lint(text, layers).problems) {
    for (const s of p.suggestions ?? []) {
      const result = applyFixes(text, [s.fix]);
      assert.equal(result.applied.length, 1, `suggestion "${s.desc}" does not apply to ${show(text)}`);
      checkOutsideUnchanged(text, result.output, result.applied);
      checkProblems(result.output, layers);
    }
  }
}

/** For very large inputs: one lint, one fix pass checked, and fix-all's convergence (fewer re-lints). */
export function checkLarge(text: string, layers: Layers = []): void {
  const fixes = fixesOf(checkProblems(text, layers));
  if (fixes.length === 0) return;
  const result = applyFixes(text, fixes);
  checkOutsideUnchanged(text, result.output, result.applied);
  const once = fixAll(text, layers);
  const leftover = lint(once.output, layers).problems.filter((p) => p.fix);
  assert.deepEqual(leftover.map(describe).slice(0, 5), [], `fix-all did not converge after ${once.passes} passes on ${show(text)}`);
}

export function checkAll(text: string, layers: Layers = []): void {
  checkProblems(text, layers);
  checkFixAll(text, layers);
  checkSuggestions(text, layers);
}

// --- Timing -----------------------------------------------------------------------------

/** Fastest of `runs` lint() calls, in milliseconds. */
export function lintTime(text: string, runs: number, layers: Layers = []): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    lint(text, layers);
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

/** Fastest of `runs` lint() calls in CPU milliseconds: steadier than wall time on a busy machine. */
/** A full garbage collection, without starting node with --expose-gc. */
export const collectGarbage: () => void = (() => {
  v8.setFlagsFromString('--expose-gc');
  return vm.runInNewContext('gc') as () => void;
})();

export function lintCpuTime(text: string, runs: number, layers: Layers = []): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    // Start each run on a clean heap: otherwise a run pays for collecting the garbage of the
    // runs before it, and whether that happens depends on the heap's history, not the input.
    collectGarbage();
    const before = process.cpuUsage();
    lint(text, layers);
    const used = process.cpuUsage(before);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}

// --- Safe fixes leave no new problems ---------------------------------------------------

/** Problems per rule id. */
function countByRule(problems: readonly Problem[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const p of problems) counts.set(p.ruleId, (counts.get(p.ruleId) ?? 0) + 1);
  return counts;
}

/** The rules that report more problems in `after` than in `before`, with both counts. */
function worseRules(before: readonly Problem[], after: readonly Problem[], only?: string): string[] {
  const was = countByRule(before);
  return [...countByRule(after)]
    .filter(([id, n]) => (only === undefined || id === only) && n > (was.get(id) ?? 0))
    .map(
      ([id, n]) =>
        `${id}: ${was.get(id) ?? 0} -> ${n} (${after
          .filter((p) => p.ruleId === id)
          .map(describe)
          .join('; ')})`,
    );
}

/**
 * Fix-all never makes any rule report more problems than before (counted per rule, at the
 * layers' severities): a safe fix applied unattended creates no problem, its own rule's or
 * another's.
 */
export function checkFixAllNoNewProblems(text: string, layers: Layers = []): void {
  const before = lint(text, layers).problems;
  const { output } = fixAll(text, layers);
  if (output === text) return;
  const worse = worseRules(before, lint(output, layers).problems);
  assert.deepEqual(worse, [], `fix-all made rules report more: ${show(text)} -> ${show(output)}`);
}

/**
 * The two character rules agree: applying any one fix of non-gsm-character never creates an
 * unsupported-character report, and applying any one fix or suggestion of
 * unsupported-character never creates a non-gsm-character report (at the layers' severities).
 * non-gsm-character's suggestions are left out: they are offered, with their wording, for
 * the writer to choose knowing what they write.
 */
export function checkCharacterRulesAgree(text: string, layers: Layers = []): void {
  const { problems } = lint(text, layers);
  const pairs: [own: string, other: string, withSuggestions: boolean][] = [
    ['non-gsm-character', 'unsupported-character', false],
    ['unsupported-character', 'non-gsm-character', true],
  ];
  for (const [own, other, withSuggestions] of pairs) {
    for (const p of problems) {
      if (p.ruleId !== own) continue;
      const edits = [...(p.fix ? [p.fix] : []), ...(withSuggestions ? (p.suggestions ?? []).map((s) => s.fix) : [])];
      for (const edit of edits) {
        const output = applyFixes(text, [edit]).output;
        const worse = worseRules(problems, lint(output, layers).problems, other);
        assert.deepEqual(worse, [], `${own}'s edit ${JSON.stringify(edit)} of ${describe(p)} made ${other} report more: ${show(text)} -> ${show(output)}`);
      }
    }
  }
}
