// "Turn off <rule> in .odmsgrc.json" edits the config file that applies to the template (in
// turn-off/, with comments), keeps its comments, and once saved the rule goes quiet.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { codeActionsAt, fixtureUri, openFixture, ruleId, waitForDiagnostics } from './helpers';

describe('"Turn off <rule> in .odmsgrc.json"', () => {
  after(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

  it('is offered beside the per-file action, edits the nearest config keeping its comments, and the diagnostic goes away', async () => {
    const { doc } = await openFixture('turn-off/excessive-punctuation.odmsg');
    const ds = await waitForDiagnostics(doc.uri, (all) => all.some((d) => ruleId(d) === 'excessive-punctuation'), 'an excessive-punctuation diagnostic');
    const diagnostic = ds.find((d) => ruleId(d) === 'excessive-punctuation')!;
    const titles = (await codeActionsAt(doc.uri, diagnostic.range)).map((a) => a.title);
    const perFile = titles.indexOf('Turn off excessive-punctuation in this file');
    const inConfig = titles.indexOf('Turn off excessive-punctuation in .odmsgrc.json');
    assert.ok(perFile >= 0 && inConfig === perFile + 1, `the config action right after the per-file one; got ${JSON.stringify(titles)}`);
    const action = (await codeActionsAt(doc.uri, diagnostic.range))[inConfig];

    const config = fixtureUri('turn-off/.odmsgrc.json');
    assert.equal(await vscode.workspace.applyEdit(action.edit!), true, 'workspace.applyEdit refused the edit');
    const edited = await vscode.workspace.openTextDocument(config);
    const text = edited.getText();
    assert.match(text, /\/\/ The office manager chose these; the quick fix keeps this note\./);
    assert.match(text, /"all-caps": "warning" \/\/ capitals are rare here/);
    assert.match(text, /"excessive-punctuation": "off"/);
    assert.equal(doc.isDirty, false, 'the template itself is not edited');

    // Saved (as the user does, or files.refactoring.autoSave), the server reads the config again.
    if (edited.isDirty) assert.equal(await edited.save(), true, 'saving the config');
    assert.equal(fs.readFileSync(config.fsPath, 'utf8'), text);
    await waitForDiagnostics(doc.uri, (all) => !all.some((d) => ruleId(d) === 'excessive-punctuation'), 'excessive-punctuation to go away once the config turns it off');
  });
});
