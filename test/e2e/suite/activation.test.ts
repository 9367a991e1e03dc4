import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, LANGUAGE_ID, ensureServerReady, openFixture, waitForDiagnostics } from './helpers';

describe('activation', () => {
  it('the extension under test is installed', () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `extension ${EXTENSION_ID} is not loaded (is extensionDevelopmentPath the repo root?)`);
  });

  it('opening a .odmsg file gives it language id odmsg and activates the extension', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    const { doc } = await openFixture('tag-case.odmsg');
    assert.equal(doc.languageId, LANGUAGE_ID);
    // Diagnostics arriving proves the client started and the language server answered.
    await waitForDiagnostics(doc.uri);
    assert.equal(ext.isActive, true, 'extension should be active after a .odmsg file was opened');
  });

  it('contributes and registers the odmsg.fixAll command', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    const contributed = (ext.packageJSON?.contributes?.commands ?? []) as { command: string }[];
    assert.ok(
      contributed.some((c) => c.command === 'odmsg.fixAll'),
      'package.json does not contribute odmsg.fixAll',
    );
    // Commands are registered on activation; make sure it happened even when run alone (--grep).
    await ensureServerReady();
    const commands = await vscode.commands.getCommands(true);
    assert.ok(commands.includes('odmsg.fixAll'), 'odmsg.fixAll is not registered after activation');
  });

  it('wraps long lines in .odmsg files by default (a one-line template fits the editor)', async () => {
    const { doc } = await openFixture('tag-case.odmsg');
    const wrap = vscode.workspace.getConfiguration('editor', { languageId: LANGUAGE_ID, uri: doc.uri }).get<string>('wordWrap');
    assert.equal(wrap, 'on');
  });
});
