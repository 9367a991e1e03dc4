import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lint } from '../../server/src/engine/lint';
import { fixAll, disableRuleFix, applyFixes } from '../../server/src/engine/fix';
import { parseTemplate } from '../../server/src/engine/parse';

test('front matter, tags and fix-all work together', () => {
  const text = '---\nkind: eConfirmation\nrules:\n  all-caps: off\n---\nHi [NameF]!! See www.example.com/x ok??';
  const t = parseTemplate(text);
  assert.equal(t.kind, 'eConfirmation');
  assert.equal(t.tags.length, 1);
  assert.equal(t.links.length, 1);
  assert.equal(t.frontMatterEntry('rules')?.children[0].key, 'all-caps');
  const problems = lint(text).problems.filter((p) => p.ruleId === 'excessive-punctuation');
  assert.equal(problems.length, 2);
  const fixed = fixAll(text).output;
  assert.equal(fixed, '---\nkind: eConfirmation\nrules:\n  all-caps: off\n---\nHi [NameF]! See www.example.com/x ok?');
  assert.equal(fixAll(fixed).output, fixed);
  const off = applyFixes(text, [disableRuleFix(t, 'excessive-punctuation')]).output;
  assert.equal(lint(off).problems.filter((p) => p.ruleId === 'excessive-punctuation').length, 0);
});
