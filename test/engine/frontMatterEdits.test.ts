// Front matter edits ("Turn off <rule> in this file", "Set kind / aggregate / channel") never
// change the message: the text after the front matter is what patients get. Where the front
// matter is broken there is no such edit, and none is offered; existing settings and
// comments are kept.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { frontMatterActions, inferKind } from '../../server/src/engine/frontMatterActions';
import { applyFixes } from '../../server/src/engine/fix';
import { disableRuleFix, setFrontMatterValue } from '../../server/src/engine/frontMatterEdits';
import { lint } from '../../server/src/engine/lint';
import { parseTemplate, type Template } from '../../server/src/engine/parse';
import type { Fix } from '../../server/src/engine/types';
import { piece } from './property/arbitraries';

describe('where the front matter is broken, no front matter edit is offered', () => {
  // Opened, never closed: a new block above would turn these lines into the message.
  const unclosed = ['---\nkind: eReminder\nHi [NameF]!! [ConfirmCode]', '---\r\nrules:\r\n  all-caps: off\r\nHi [NameF]!!', '\ufeff---\nchannel: sms\nHi [NameF]!!'];
  for (const text of unclosed) {
    it(`unclosed: ${JSON.stringify(text)}`, () => {
      const template = parseTemplate(text);
      assert.equal(disableRuleFix(template, 'excessive-punctuation'), undefined, 'Disable rule');
      for (const [key, value] of [
        ['kind', 'eConfirmation'],
        ['aggregate', 'true'],
        ['channel', 'email'],
      ]) {
        assert.equal(setFrontMatterValue(template, key, value), undefined, `Set ${key}`);
      }
    });
  }
  // A rules value that is not closed, or not a map: no reading of it to keep. Other keys can still be set.
  const brokenRules = ['---\nkind: eReminder\nrules: { all-caps: off\n---\nHi [NameF]!!', '---\nkind: eReminder\nrules: everything\n---\nHi [NameF]!!'];
  for (const text of brokenRules) {
    it(`rules: ${JSON.stringify(text)}`, () => {
      const template = parseTemplate(text);
      assert.equal(disableRuleFix(template, 'excessive-punctuation'), undefined, 'Disable rule');
      assert.ok(setFrontMatterValue(template, 'channel', 'email'), 'Set channel');
    });
  }

  it('Set kind and the tag-not-available actions are not offered above an unclosed block', () => {
    const text = '---\nchannel: sms\nReply [ConfirmCode] or see [Appts]';
    const template = parseTemplate(text);
    assert.equal(inferKind(template), undefined);
    for (const problem of lint(text).problems) assert.deepEqual(frontMatterActions(template, problem), [], problem.message);
  });
});

describe('existing settings and comments are kept', () => {
  const cases: [string, string][] = [
    ['---\nrules: { spam-phrases: off } # note\n---\nHi [NameF]!!', '---\nrules: { spam-phrases: off, excessive-punctuation: off } # note\n---\nHi [NameF]!!'],
    ['---\nrules: {spam-phrases: off}\n---\nHi [NameF]!!', '---\nrules: {spam-phrases: off, excessive-punctuation: off}\n---\nHi [NameF]!!'],
    ['---\nrules: { spam-phrases: off, }\n---\nHi [NameF]!!', '---\nrules: { spam-phrases: off, excessive-punctuation: off }\n---\nHi [NameF]!!'],
    ['---\nrules: {}\n---\nHi [NameF]!!', '---\nrules: { excessive-punctuation: off }\n---\nHi [NameF]!!'],
    ['---\nrules:\n  # why: office style\n  all-caps: off\n---\nHi [NameF]!!', '---\nrules:\n  # why: office style\n  all-caps: off\n  excessive-punctuation: off\n---\nHi [NameF]!!'],
    ['---\n# team settings\nkind: eReminder\n---\nHi [NameF]!!', '---\n# team settings\nkind: eReminder\nrules:\n  excessive-punctuation: off\n---\nHi [NameF]!!'],
  ];
  for (const [text, expected] of cases) {
    it(JSON.stringify(text), () => {
      const fix = disableRuleFix(parseTemplate(text), 'excessive-punctuation');
      assert.ok(fix);
      const output = applyFixes(text, [fix]).output;
      assert.equal(output, expected);
      assert.deepEqual(
        lint(output).problems.filter((p) => p.ruleId === 'excessive-punctuation' || p.ruleId === 'invalid-front-matter' || p.ruleId === 'spam-phrases'),
        [],
      );
    });
  }

  it('a comment after a rules map is a comment: the map still applies', () => {
    const text = '---\nrules: { excessive-punctuation: off } # house style\n---\nHi [NameF]!!';
    assert.deepEqual(
      lint(text).problems.filter((p) => p.ruleId === 'excessive-punctuation' || p.ruleId === 'invalid-front-matter'),
      [],
    );
  });
});

describe('property: any front matter edit leaves the message as it was', () => {
  // Front matter shapes, closed or not, with pieces of templates for lines and body.
  const line = fc.oneof(
    fc.constantFrom(
      'kind: eReminder',
      'kind:',
      'channel: sms',
      'aggregate: true',
      'rules:',
      '  all-caps: off',
      'rules: { all-caps: off }',
      'rules: { all-caps: off } # x',
      'rules: {',
      'rules: x',
      '# c',
      '',
      '---',
      'x',
    ),
    piece.map((p) => p.replace(/[\r\n]/g, '')),
  );
  const text = fc
    .record({ open: fc.boolean(), lines: fc.array(line, { maxLength: 6 }), close: fc.boolean(), eol: fc.constantFrom('\n', '\r\n'), bom: fc.boolean(), body: fc.array(piece, { maxLength: 12 }) })
    .map(({ open, lines, close, eol, bom, body }) => `${bom ? '\ufeff' : ''}${open ? `---${eol}` : ''}${lines.map((l) => l + eol).join('')}${close ? `---${eol}` : ''}${body.join('')}`);
  /** Every setting and comment of the front matter but `skip`'s: what an edit must keep. */
  function kept(template: Template, skip: (key: string, parent?: string) => boolean): string[] {
    const fm = template.frontMatter;
    if (!fm) return [];
    const out: string[] = [];
    for (const entry of fm.entries) {
      if (!skip(entry.key) && entry.key !== 'rules') out.push(`${entry.key}=${entry.value}`);
      for (const child of entry.children) if (!skip(child.key, entry.key)) out.push(`${entry.key}.${child.key}=${child.value}`);
    }
    const block = template.text.slice(fm.span.start, fm.span.end);
    // Comment lines, and a comment after a rules map.
    for (const comment of block.match(/^[ \t]*#.*$|\}[ \t]*#.*$/gm) ?? []) out.push(comment.replace(/^[\s}]+/, ''));
    return out.sort();
  }

  it('Disable, Set kind, Set aggregate, Set channel: none on an unclosed block, and the message, settings and comments kept', () => {
    fc.assert(
      fc.property(text, fc.constantFrom('all-caps', 'excessive-punctuation', 'spam-phrases'), (input, ruleId) => {
        const template = parseTemplate(input);
        const message = template.text.slice(template.bodyStart);
        const unclosed = template.frontMatter !== undefined && template.frontMatter.span.end === template.frontMatter.span.start;
        const edits: [Fix | undefined, (key: string, parent?: string) => boolean][] = [
          [disableRuleFix(template, ruleId), (key, parent) => parent === 'rules' && key === ruleId],
          ...(['kind', 'aggregate', 'channel'] as const).map((k): [Fix | undefined, (key: string) => boolean] => [
            setFrontMatterValue(template, k, k === 'kind' ? 'eReminder' : k === 'aggregate' ? 'true' : 'email'),
            (key) => key === k,
          ]),
        ];
        for (const [fix, edited] of edits) {
          if (unclosed) assert.equal(fix, undefined, `an edit above the unclosed block of ${JSON.stringify(input)}`);
          if (!fix) continue;
          const output = applyFixes(input, [fix]).output;
          const after = parseTemplate(output);
          const where = `${JSON.stringify(input)} → ${JSON.stringify(output)}`;
          assert.ok(after.frontMatter && after.frontMatter.span.end > after.frontMatter.span.start, `the front matter is not closed: ${where}`);
          assert.equal(after.text.slice(after.bodyStart), message, `the message changed: ${where}`);
          assert.deepEqual(kept(after, edited), kept(template, edited), `settings or comments lost: ${where}`);
        }
      }),
      { seed: Number(process.env.ODMSG_FUZZ_SEED ?? 20240601), numRuns: 500 },
    );
  });
});
