// "odmsg: Pull templates from Open Dental…" and "odmsg: Show paste sheet" against the throwaway
// MariaDB the runner starts with test/db's fixture (ODMSG_E2E_DB_*: it fails the run when the
// server cannot start). The commands take the connection as an argument instead of input boxes.
// The pulled folder is removed afterwards: the workspace check (last) counts the templates.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { EXTENSION_ID, ruleId, waitFor, waitForDiagnostics, workspaceRoot } from './helpers';

const FOLDER = 'od-templates';
/** A template of the fixture (clinic 1's eReminder rule 101, CRLF text with a shortened link). */
const CRLF_RULE = 'clinic 1 Downtown Dental › eReminder rule 101 › text';

interface PullResult {
  folder: string;
  summary: { files: string[]; written: number };
}

interface SheetResult {
  folder: string;
  changes: number;
  conflicts: number;
  html: string;
}

function connection(): { host: string; port: number; database: string; user: string; password: string } {
  const port = Number(process.env.ODMSG_E2E_DB_PORT);
  assert.ok(port > 0, 'the runner starts MariaDB and sets ODMSG_E2E_DB_PORT for this suite');
  // The fixture's SELECT-only user (test/db/fixture.ts), over TCP.
  return { host: '127.0.0.1', port, database: 'opendental', user: 'odmsg_ro', password: 'ro-secret' };
}

function webviewTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.includes('odmsg.pasteSheet'));
}

describe('database commands', () => {
  let pulled: string;

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    if (pulled) fs.rmSync(pulled, { recursive: true, force: true });
  });

  it('pulls every template into a folder of the workspace and opens it', async () => {
    // Active, yet its database bundle is not loaded until a database command runs.
    const databaseBundleLoaded = () => Object.keys(require.cache).some((f) => f.endsWith(path.join('server', 'out', 'database.js')));
    await vscode.extensions.getExtension(EXTENSION_ID)!.activate();
    assert.equal(databaseBundleLoaded(), false, 'activation must not load server/out/database.js');
    const result = await vscode.commands.executeCommand<PullResult | undefined>('odmsg.pullFromDatabase', { ...connection(), folder: FOLDER });
    assert.ok(result, 'the pull command returns what it did (an error message instead means it failed)');
    pulled = result.folder;
    assert.equal(databaseBundleLoaded(), true, 'the pull command loads server/out/database.js');
    assert.equal(pulled, path.join(workspaceRoot().fsPath, FOLDER));
    const manifest = JSON.parse(fs.readFileSync(path.join(pulled, 'odmsg-manifest.json'), 'utf8')) as { files: Record<string, { locator: string }> };
    const files = Object.keys(manifest.files);
    assert.ok(files.length >= 10, `templates pulled: ${files.join(', ')}`);
    assert.deepEqual(result.summary.files, [...files].sort());
    assert.equal(result.summary.written, files.length, 'a first pull writes every file');
    for (const file of files) assert.ok(fs.existsSync(path.join(pulled, ...file.split('/'))), `${file} was written`);
    const crlf = files.find((f) => manifest.files[f].locator === CRLF_RULE);
    assert.ok(crlf, `a file for ${CRLF_RULE}`);
    assert.match(fs.readFileSync(path.join(pulled, ...crlf.split('/')), 'utf8'), /\r\n/, 'the stored CRLF text byte for byte');

    // Opened: a pulled template in the editor, checked by the language server.
    const inFolder = (e: vscode.TextEditor | undefined) => (e && e.document.uri.fsPath.startsWith(pulled + path.sep) ? e : undefined);
    const editor = await waitFor(
      [vscode.window.onDidChangeActiveTextEditor],
      () => inFolder(vscode.window.activeTextEditor),
      'a pulled template in the active editor',
      () => String(vscode.window.activeTextEditor?.document.uri.fsPath),
    );
    assert.equal(editor.document.languageId, 'odmsg');
    // A pulled template is checked like any other: the CRLF text's shortened link.
    const doc = await vscode.workspace.openTextDocument(path.join(pulled, ...crlf.split('/')));
    await vscode.window.showTextDocument(doc, { preview: true });
    await waitForDiagnostics(doc.uri, (ds) => ds.some((d) => ruleId(d) === 'no-url-shorteners'), 'no-url-shorteners on the pulled CRLF template');

    // The password is in the secret storage, not in any settings file of the workspace.
    const settings = path.join(workspaceRoot().fsPath, '.vscode', 'settings.json');
    assert.ok(!fs.readFileSync(settings, 'utf8').includes('ro-secret'));
  });

  it('shows the paste sheet of an edit as a webview, with the remembered connection and the saved password', async () => {
    assert.ok(pulled, 'the pull test ran first');
    const manifest = JSON.parse(fs.readFileSync(path.join(pulled, 'odmsg-manifest.json'), 'utf8')) as { files: Record<string, { locator: string }> };
    const file = Object.keys(manifest.files).find((f) => manifest.files[f].locator === CRLF_RULE)!;
    const full = path.join(pulled, ...file.split('/'));
    fs.writeFileSync(full, `${fs.readFileSync(full, 'utf8')}\r\nReply STOP to opt out.`);

    // Only the folder: the host, user and database come from the pull, the password from SecretStorage.
    const sheet = await vscode.commands.executeCommand<SheetResult | undefined>('odmsg.showPasteSheet', { folder: FOLDER });
    assert.ok(sheet, 'the paste sheet command returns what it showed');
    assert.equal(sheet.changes, 1);
    assert.equal(sheet.conflicts, 0);
    assert.ok(sheet.html.includes(CRLF_RULE), 'the changed template is on the sheet');
    assert.ok(sheet.html.includes('Reply STOP to opt out.'));
    const policy = /http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(sheet.html)?.[1] ?? '';
    assert.match(policy, /default-src &#39;none&#39;/, 'nothing loads but what the policy allows');
    assert.doesNotMatch(policy, /unsafe-inline|https?:/, 'no inline code without the nonce, no remote source');
    assert.match(sheet.html, /<script nonce="[^"]+">/);
    assert.match(sheet.html, /<div class="bubble" id="t0">[^<]*Reply STOP to opt out\.<\/div>/, "the text in the preview's message bubble");
    await waitFor(
      [vscode.window.tabGroups.onDidChangeTabs],
      () => (webviewTabs().length === 1 ? true : undefined),
      'the paste sheet webview tab',
      () => vscode.window.tabGroups.all.flatMap((g) => g.tabs.map((t) => t.label)).join(', '),
    );
  });
});
