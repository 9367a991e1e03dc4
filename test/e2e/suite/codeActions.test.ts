import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { codeActionsAt, newTexts, odmsgDiagnostics, openFixture, revertActiveEditor, ruleId, waitForDiagnostics } from './helpers';

interface Case {
  fixture: string;
  rule: string;
  /** Text of the message line (line 4) after the quick fix is applied. */
  fixed: string;
  /** What the action's title should mention. */
  title: RegExp;
  /** Automatic fixes are preferred (Auto Fix applies them); did-you-mean suggestions are not. */
  preferred: boolean;
}

const quickFixes: Case[] = [
  {
    fixture: 'tag-case.odmsg',
    rule: 'tag-case',
    fixed: '[NameF] is scheduled for [ApptTime] on [ApptDate] at [OfficeName]. Reply [ConfirmCode] to confirm or call [OfficePhone].',
    title: /\[NameF\]/,
    preferred: true,
  },
  {
    fixture: 'prefer-confirm-code.odmsg',
    rule: 'prefer-confirm-code',
    fixed: '[NameF] is scheduled for [ApptTime] on [ApptDate] at [OfficeName]. To confirm, reply [ConfirmCode] or call [OfficePhone].',
    title: /\[ConfirmCode\]/,
    preferred: true,
  },
  {
    fixture: 'prefer-confirm-code-plain.odmsg',
    rule: 'prefer-confirm-code',
    fixed: '[NameF] is scheduled for [ApptTime] on [ApptDate] at [OfficeName]. Confirm: [ConfirmCode]',
    title: /\[ConfirmCode\]/,
    preferred: true,
  },
  {
    fixture: 'all-caps.odmsg',
    rule: 'all-caps',
    fixed: '[NameF], see you tomorrow at [ApptTime]. Reply [ConfirmCode] to confirm, HELP for help or STOP to opt out. - Dr. Lee, DDS, [OfficeName]',
    title: /tomorrow/,
    preferred: true,
  },
  {
    fixture: 'excessive-punctuation.odmsg',
    rule: 'excessive-punctuation',
    fixed: '[NameF] is scheduled for [ApptTime] on [ApptDate] at [OfficeName]! Reply [ConfirmCode] to confirm or call [OfficePhone].',
    title: /!/,
    preferred: true,
  },
  {
    // A suggestion (not applied on save), but offered as a quick fix.
    fixture: 'unknown-tag.odmsg',
    rule: 'unknown-tag',
    fixed: '[NameF] is scheduled for [ApptTime] on [ApptDate] at [OfficeName]. Reply [ConfirmCode] to confirm or call [OfficePhone].',
    title: /\[ApptDate\]/,
    preferred: false,
  },
];

describe('quick fixes (vscode.executeCodeActionProvider)', () => {
  afterEach(revertActiveEditor);

  for (const c of quickFixes) {
    it(`${c.rule} (${c.fixture}): the quick fix rewrites the message`, async () => {
      const { doc } = await openFixture(c.fixture);
      const ds = await waitForDiagnostics(doc.uri, (all) => all.some((d) => ruleId(d) === c.rule), `a ${c.rule} diagnostic`);
      const diagnostic = ds.find((d) => ruleId(d) === c.rule)!;

      const actions = await codeActionsAt(doc.uri, diagnostic.range);
      const describeActions = () => actions.map((a) => `  ${JSON.stringify(a.title)} kind=${a.kind?.value} edits=${JSON.stringify(newTexts(a, doc.uri))}`).join('\n') || '  (none)';
      const quickFixesWithEdits = actions.filter((a) => a.kind && vscode.CodeActionKind.QuickFix.contains(a.kind) && a.edit);
      // Other actions share the range (e.g. "Turn off <rule> in this file"); pick ours by title.
      // (vscode.executeCodeActionProvider drops CodeAction.diagnostics, so that can't be used.)
      const fixes = quickFixesWithEdits.filter((a) => c.title.test(a.title));
      assert.equal(fixes.length, 1, `expected one quick fix titled like ${c.title} for ${c.rule}; got:\n${describeActions()}`);
      const [fix] = fixes;
      assert.equal(fix.isPreferred ?? false, c.preferred, `isPreferred of ${JSON.stringify(fix.title)}`);

      assert.equal(await vscode.workspace.applyEdit(fix.edit!), true, 'workspace.applyEdit refused the quick fix');
      assert.equal(doc.lineAt(4).text, c.fixed, `text after applying ${JSON.stringify(fix.title)}`);
      await waitForDiagnostics(doc.uri, (all) => !all.some((d) => ruleId(d) === c.rule), `${c.rule} to go away after its quick fix`);
      assert.deepEqual(odmsgDiagnostics(doc.uri).map(ruleId), [], 'no diagnostics should remain');
    });
  }
});
