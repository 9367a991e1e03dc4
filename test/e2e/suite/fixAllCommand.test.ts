import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { openFixture, revertActiveEditor, waitForDiagnostics, waitForText } from './helpers';

describe('odmsg.fixAll command', () => {
  afterEach(revertActiveEditor);

  it('fixes every auto-fixable problem in the active editor', async () => {
    const { doc } = await openFixture('fix-all-command.odmsg');
    await waitForDiagnostics(doc.uri);
    const expected = '[NameF], see you tomorrow at [ApptTime]! Confirm: [ConfirmCode] - [OfficeName]';

    await vscode.commands.executeCommand('odmsg.fixAll');
    // The command may return before the server's edit lands; wait for the text, not a timer.
    await waitForText(doc, (t) => t.split(/\r?\n/)[4] === expected, `odmsg.fixAll to produce ${JSON.stringify(expected)}`);
    await waitForDiagnostics(doc.uri, (ds) => ds.length === 0, 'no diagnostics after odmsg.fixAll');
    assert.equal(doc.lineAt(4).text, expected);
  });
});
