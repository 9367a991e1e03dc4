// LintOptions.minSeverity: the command line's json without --info (and --quiet) does not run
// the rules whose problems it would drop. The problems it does show must be exactly those of
// a run of every rule, under any mix of severities, whatever a rule reports (some raise a
// report above their setting: they declare it and run anyway).
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import fc from 'fast-check';
import type { OdmsgConfig } from '../../server/src/engine/config';
import { lint } from '../../server/src/engine/lint';
import { RULE_IDS, RULES } from '../../server/src/engine/registry';
import type { Problem, Severity, SeveritySetting } from '../../server/src/engine/types';
import { anyUnicode, tagSoup, template } from './property/arbitraries';

const RULES_DIR = path.join(__dirname, '..', '..', 'server', 'src', 'engine', 'rules');
const RANK: Record<Severity, number> = { info: 1, warning: 2, error: 3 };
const atLeast = (problems: readonly Problem[], min: Severity) => problems.filter((p) => RANK[p.severity] >= RANK[min]);

/** Each rule at its default or at any setting. */
const mixedSeverities: fc.Arbitrary<OdmsgConfig[]> = fc
  .array(fc.tuple(fc.constantFrom(...RULE_IDS), fc.constantFrom<SeveritySetting>('off', 'info', 'warning', 'error')), { maxLength: RULE_IDS.length })
  .map((settings) => [{ rules: Object.fromEntries(settings) }]);

const params = { seed: Number(process.env.ODMSG_FUZZ_SEED ?? 6), numRuns: 600, includeErrorInReport: true };

test('with minSeverity, lint shows the problems a run of every rule shows at that severity and above', () => {
  fc.assert(
    fc.property(fc.oneof(template, tagSoup, anyUnicode), mixedSeverities, fc.constantFrom<Severity>('warning', 'error'), (text, layers, minSeverity) => {
      assert.deepEqual(atLeast(lint(text, layers, { minSeverity }).problems, minSeverity), atLeast(lint(text, layers).problems, minSeverity));
    }),
    {
      ...params,
      // The reports raised to error at a default severity: a text far over the length limit, a raw link in a manual text.
      examples: [
        [`---\nkind: eReminder\n---\n${'Please call us about your visit. '.repeat(60)}`, [], 'error'],
        ['---\nkind: manual\n---\nSee https://example.com/x for details.', [], 'error'],
      ],
    },
  );
});

test('rules below minSeverity do not run; a rule that raises its reports runs whatever its setting', () => {
  // tag-case reports [Date] ([date] there) in a Confirmation List as an error at its default (warning) severity.
  const text = '---\nkind: confirmationList\n---\nSee you on [Date] at [Time], ALL CAPS HERE TODAY. FREE!!!\n';
  const all = lint(text).problems;
  const errorsOnly = lint(text, [], { minSeverity: 'error' }).problems;
  assert.ok(
    all.some((p) => p.ruleId === 'all-caps'),
    'all-caps fires at its default severity (warning)',
  );
  assert.ok(!errorsOnly.some((p) => p.ruleId === 'all-caps'), 'all-caps does not run when only errors are shown');
  assert.ok(
    errorsOnly.some((p) => p.ruleId === 'tag-case' && p.severity === 'error'),
    'tag-case raised a report to error, so it ran',
  );
  assert.deepEqual(atLeast(errorsOnly, 'error'), atLeast(all, 'error'));
});

test('every rule that passes a severity of its own to report declares raisesSeverity', () => {
  const raising = RULES.filter((rule) => /^\s*severity:/m.test(fs.readFileSync(path.join(RULES_DIR, `${rule.meta.id}.ts`), 'utf8'))).map((rule) => rule.meta.id);
  assert.deepEqual(raising, ['no-raw-links', 'tag-case', 'message-length']);
  assert.deepEqual(
    RULES.filter((rule) => rule.meta.raisesSeverity).map((rule) => rule.meta.id),
    raising,
  );
});
