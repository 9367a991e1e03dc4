import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { EVENT_TIMEOUT_MS, ensureServerReady, openFixture, waitFor, withTimeout } from './helpers';

// The fixture workspace's .vscode/settings.json has
//   "editor.codeActionsOnSave": { "source.fixAll.odmsg": "explicit" }

const BEFORE = '[NameF] is scheduled for [ApptTime] on [ApptDate] at [OfficeName]. Reply [ConfirmCode] to confirm or call [OfficePhone].';
// Adds tag-case ([namef]), excessive-punctuation (!!) and an unknown tag ([ApptDte]).
const EDITED = '[namef] is scheduled for [ApptTime] on [ApptDte] at [OfficeName]!! Reply [ConfirmCode] to confirm or call [OfficePhone].';
// Fixes are applied; the did-you-mean suggestion for [ApptDte] is not.
const SAVED = '[NameF] is scheduled for [ApptTime] on [ApptDte] at [OfficeName]! Reply [ConfirmCode] to confirm or call [OfficePhone].';

async function editMessageLine(fixture: string): Promise<vscode.TextDocument> {
  const { doc, editor } = await openFixture(fixture);
  assert.equal(doc.lineAt(4).text, BEFORE, `fixture ${fixture} changed`);
  const ok = await editor.edit((b) => b.replace(doc.lineAt(4).range, EDITED));
  assert.equal(ok, true, 'editor.edit failed');
  assert.equal(doc.isDirty, true);
  return doc;
}

function diskLine(doc: vscode.TextDocument): string {
  return fs.readFileSync(doc.uri.fsPath, 'utf8').split(/\r?\n/)[4];
}

describe('fix on save (editor.codeActionsOnSave source.fixAll.odmsg)', () => {
  // The save targets are clean, so nothing to wait for on them: make sure the server is up first.
  before(ensureServerReady);

  it('document.save() writes the fixed text to disk and leaves suggestions alone', async () => {
    const doc = await editMessageLine('save-target.odmsg');
    const saved = await withTimeout(doc.save(), EVENT_TIMEOUT_MS, 'document.save()');
    assert.equal(saved, true, 'document.save() returned false');
    assert.equal(diskLine(doc), SAVED, 'text on disk after save');
    assert.equal(doc.lineAt(4).text, SAVED, 'text in the editor after save');
    assert.equal(doc.isDirty, false);
  });

  it('the Save command (what Ctrl+S runs) fixes too', async () => {
    const doc = await editMessageLine('save-command-target.odmsg');
    const didSave = waitFor([vscode.workspace.onDidSaveTextDocument], () => (doc.isDirty ? undefined : true), 'onDidSaveTextDocument for save-command-target.odmsg');
    await vscode.commands.executeCommand('workbench.action.files.save');
    await didSave;
    assert.equal(diskLine(doc), SAVED, 'text on disk after save');
  });
});
