// A small table-driven rule tester (after ESLint's and textlint's): `valid` texts must get no
// problem from the rule, `invalid` texts exactly the listed ones. The whole engine runs (so
// front matter, config layers and rule interplay are real); only the rule's problems count.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { OdmsgConfig } from '../../server/src/engine/config';
import { applyFixes } from '../../server/src/engine/fix';
import { lint } from '../../server/src/engine/lint';
import { ruleById } from '../../server/src/engine/registry';
import type { Fix, Problem, Severity } from '../../server/src/engine/types';

export type ValidCase = string | { text: string; config?: OdmsgConfig; name?: string };

export interface ExpectedError {
  message?: RegExp;
  start?: number;
  end?: number;
  /** The flagged substring, text.slice(start, end). */
  text?: string;
  severity?: Severity;
  /** The titles of its fix and suggestions, in order (the editor's quick fixes). */
  titles?: string[];
  /** Entries the problem's `details` must have (facts kept out of the message). */
  details?: Record<string, string>;
}

/** The one voice of every fix and suggestion title (engine/fixTitles.ts builds them). */
export const TITLE_FORM = /^(Replace .+ with .+|Change to .+|Remove .+|Add .+ at the end)$/s;

export interface InvalidCase {
  text: string;
  config?: OdmsgConfig;
  name?: string;
  errors: ExpectedError[];
  /** The text after applying all of the rule's safe fixes once. Required when there are fixes. */
  output?: string;
  /** The text after applying each suggestion of the first error. Required when it has any. */
  suggestions?: string[];
}

export interface RuleTests {
  valid: ValidCase[];
  invalid: InvalidCase[];
}

function label(text: string, name?: string): string {
  if (name) return name;
  const shown = JSON.stringify(text);
  return shown.length > 90 ? `${shown.slice(0, 87)}…` : shown;
}

export function problemsOf(ruleId: string, text: string, config?: OdmsgConfig): Problem[] {
  return lint(text, config ? [config] : []).problems.filter((p) => p.ruleId === ruleId);
}

function show(text: string, problems: readonly Problem[]): string {
  if (problems.length === 0) return '  (none)';
  return problems.map((p) => `  ${p.start}-${p.end} ${JSON.stringify(text.slice(p.start, p.end))} ${p.severity}: ${p.message}`).join('\n');
}

/**
 * Asserts that applying `fix` alone leaves the text outside [lo, hi) unchanged, where the
 * range is the problem's, widened by up to `slack` adjacent spaces in all (suggestions that
 * remove something may take one neighbouring space with them).
 */
export function assertEditInside(text: string, problem: Problem, fix: Fix, slack: 0 | 1, what: string): void {
  const [start, end] = fix.range;
  assert.ok(0 <= start && start <= end && end <= text.length, `${what}: range ${start}-${end} is outside the text`);
  const before = Math.max(0, problem.start - start);
  const after = Math.max(0, end - problem.end);
  const widened = text.slice(start, start + before) + text.slice(end - after, end);
  assert.ok(before + after <= slack && /^ *$/.test(widened), `${what}: edit ${start}-${end} reaches outside the problem's range ${problem.start}-${problem.end}`);
  const output = applyFixes(text, [fix]).output;
  assert.equal(output.slice(0, start), text.slice(0, start), `${what}: text before the edit changed`);
  assert.equal(output.slice(output.length - (text.length - end)), text.slice(end), `${what}: text after the edit changed`);
}

/** Every fix inside its problem's range; every suggestion too, give or take one space. */
export function assertEditsContained(text: string, problems: readonly Problem[]): void {
  for (const p of problems) {
    const where = `${p.ruleId} at ${p.start}-${p.end}`;
    if (p.fix) assertEditInside(text, p, p.fix, 0, `fix of ${where}`);
    for (const s of p.suggestions ?? []) assertEditInside(text, p, s.fix, 1, `suggestion "${s.desc}" of ${where}`);
  }
}

function titlesOf(problem: Pick<Problem, 'fix' | 'suggestions'>): string[] {
  return [...(problem.fix ? [problem.fix.desc] : []), ...(problem.suggestions ?? []).map((s) => s.desc)];
}

export function testRule(ruleId: string, tests: RuleTests): void {
  describe(ruleId, () => {
    const rule = ruleById(ruleId);
    it('is registered with full metadata', () => {
      assert.ok(rule, `${ruleId} is not in the registry`);
      assert.equal(rule.meta.id, ruleId);
      for (const key of ['description', 'rationale'] as const) assert.ok(rule.meta[key].length > 20, `meta.${key} is missing`);
      assert.match(rule.meta.rationale, /manual: /, 'the rationale cites the Open Dental manual page');
      assert.ok(rule.meta.channels.length > 0);
    });

    if (rule && rule.meta.fixable !== 'none') {
      it('asserts the titles of its fixes', () => {
        if (tests.invalid.some((c) => c.errors.some((e) => e.titles && e.titles.length > 0))) return;
        const example = tests.invalid.map((c) => ({ c, titles: titlesOf(problemsOf(ruleId, c.text, c.config)[0] ?? {}) })).find((e) => e.titles.length > 0);
        assert.fail(`${ruleId} offers fixes: give the titles of at least one problem (errors[].titles)${example ? `, e.g. ${JSON.stringify(example.titles)} in ${label(example.c.text, example.c.name)}` : ''}`);
      });
    }

    for (const entry of tests.valid) {
      const { text, config, name } = typeof entry === 'string' ? { text: entry, config: undefined, name: undefined } : entry;
      it(`valid: ${label(text, name)}`, () => {
        const problems = problemsOf(ruleId, text, config);
        assert.equal(problems.length, 0, `expected no ${ruleId} problems, got:\n${show(text, problems)}`);
      });
    }

    for (const c of tests.invalid) {
      it(`invalid: ${label(c.text, c.name)}`, () => {
        const problems = problemsOf(ruleId, c.text, c.config);
        const all = `\ngot:\n${show(c.text, problems)}`;
        assert.equal(problems.length, c.errors.length, `expected ${c.errors.length} ${ruleId} problem(s)${all}`);
        c.errors.forEach((expected, i) => {
          const p = problems[i];
          const where = `problem ${i + 1}${all}`;
          if (expected.message) assert.match(p.message, expected.message, where);
          if (expected.start !== undefined) assert.equal(p.start, expected.start, `start of ${where}`);
          if (expected.end !== undefined) assert.equal(p.end, expected.end, `end of ${where}`);
          if (expected.text !== undefined) assert.equal(c.text.slice(p.start, p.end), expected.text, `flagged text of ${where}`);
          if (expected.severity !== undefined) assert.equal(p.severity, expected.severity, `severity of ${where}`);
          if (expected.titles !== undefined) assert.deepEqual(titlesOf(p), expected.titles, `titles of ${where}`);
          for (const [key, value] of Object.entries(expected.details ?? {})) assert.equal(p.details?.[key], value, `details.${key} of ${where}`);
        });

        for (const p of problems) {
          for (const title of titlesOf(p)) assert.match(title, TITLE_FORM, `title of ${ruleId} at ${p.start}-${p.end}`);
          if (p.fix) assert.equal(rule?.meta.fixable, 'fix', `${ruleId} gives a fix but meta.fixable is ${rule?.meta.fixable}`);
          if (p.suggestions?.length) assert.notEqual(rule?.meta.fixable, 'none', `${ruleId} gives suggestions but meta.fixable is none`);
        }
        assertEditsContained(c.text, problems);

        const fixes = problems.flatMap((p) => (p.fix ? [p.fix] : []));
        if (c.output !== undefined) assert.equal(applyFixes(c.text, fixes).output, c.output, 'output after the safe fixes');
        else assert.equal(fixes.length, 0, `the case has fixes: give its output (got ${JSON.stringify(applyFixes(c.text, fixes).output)})`);

        const suggested = (problems[0]?.suggestions ?? []).map((s) => applyFixes(c.text, [s.fix]).output);
        if (c.suggestions !== undefined) assert.deepEqual(suggested, c.suggestions, "outputs of the first problem's suggestions");
        else assert.deepEqual(suggested, [], 'the first problem has suggestions: list their outputs');
      });
    }
  });
}
