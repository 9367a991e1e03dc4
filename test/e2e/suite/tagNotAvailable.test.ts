import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { assertOnlyRules, codeActionsAt, formatDiagnostics, newTexts, odmsgDiagnostics, openFixture, rangeOf, revertActiveEditor, ruleId, waitForDiagnostics } from './helpers';

// Issue 3 in the editor: a tag the file's kind does not fill ([ConfirmCode] in an eReminder).
const FIXED = '[NameF], this is a reminder of your appointment on [ApptDate] at [ApptTime] with [OfficeName]. Reply to confirm.';

describe('tag-not-available (kind: eReminder)', () => {
  afterEach(revertActiveEditor);

  it(`[ConfirmCode] is an error; hovering says the kind does not fill it; 'Remove "[ConfirmCode]"' fixes it`, async () => {
    const { doc } = await openFixture('tag-not-available.odmsg');
    const ds = await waitForDiagnostics(doc.uri, (all) => all.some((d) => ruleId(d) === 'tag-not-available'), 'a tag-not-available diagnostic');
    const tag = rangeOf(doc, '[ConfirmCode]');
    const diagnostic = ds.find((d) => ruleId(d) === 'tag-not-available')!;
    assert.ok(diagnostic.range.isEqual(tag), `range of the diagnostic\n${formatDiagnostics(doc.uri, doc)}`);
    assert.equal(diagnostic.severity, vscode.DiagnosticSeverity.Error);
    assert.match(diagnostic.message, /not filled in eReminder messages/);
    assertOnlyRules(doc, ['tag-not-available']);

    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, tag.start.translate(0, 2));
    const hoverText = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(hoverText, /✗ Not filled in eReminder \(this file's kind\)/, `hover:\n${hoverText}`);

    const actions = await codeActionsAt(doc.uri, diagnostic.range);
    const remove = actions.filter((a) => a.title === 'Remove "[ConfirmCode]"' && a.edit);
    const describe = actions.map((a) => `  ${JSON.stringify(a.title)} ${JSON.stringify(newTexts(a, doc.uri))}`).join('\n');
    assert.equal(remove.length, 1, `one 'Remove "[ConfirmCode]"' action; got:\n${describe}`);
    assert.equal(remove[0].isPreferred ?? false, false, 'a suggestion, not a preferred fix');
    assert.equal(await vscode.workspace.applyEdit(remove[0].edit!), true, 'workspace.applyEdit refused the quick fix');
    assert.equal(doc.lineAt(4).text, FIXED);
    await waitForDiagnostics(doc.uri, (all) => all.length === 0, 'no diagnostics after removing [ConfirmCode]');
    assert.deepEqual(odmsgDiagnostics(doc.uri).map(ruleId), []);
  });
});
