// What a new user's install does: odmsg installed from the .vsix (not the repository) is
// activated by opening a .odmsg file, its language server starts from the packaged bundle and
// reports a diagnostic, the rule page the diagnostic links to is inside the installed copy, and
// the database bundle it loads for "Pull templates from Open Dental…" runs from there too.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { EXTENSION_ID, LANGUAGE_ID, docsPageOf, openFixture, ruleId, waitForDiagnostics } from '../suite/helpers';

describe('odmsg installed from the .vsix', () => {
  it('is the installed copy in the extensions folder, not the repository', () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `${EXTENSION_ID} is not installed`);
    const extensionsDir = process.env.ODMSG_E2E_EXTENSIONS_DIR;
    assert.ok(extensionsDir, 'the runner sets ODMSG_E2E_EXTENSIONS_DIR for this suite');
    const installedAt = ext.extensionUri.fsPath;
    assert.equal(path.dirname(installedAt), extensionsDir, `odmsg runs from ${installedAt}`);
    assert.equal(path.basename(installedAt), `${EXTENSION_ID}-${ext.packageJSON.version}`);
  });

  it('activates on a .odmsg file and reports a diagnostic that links to its packaged rule page', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    const { doc } = await openFixture('tag-case.odmsg');
    assert.equal(doc.languageId, LANGUAGE_ID);
    const diagnostics = await waitForDiagnostics(doc.uri, (ds) => ds.some((d) => ruleId(d) === 'tag-case'), 'tag-case from the installed server');
    assert.equal(ext.isActive, true);
    const page = docsPageOf(diagnostics.find((d) => ruleId(d) === 'tag-case')!);
    assert.equal(page.scheme, 'file');
    assert.equal(page.fsPath, path.join(ext.extensionUri.fsPath, 'docs', 'rules', 'tag-case.md'));
    const stat = await vscode.workspace.fs.stat(page);
    assert.ok(stat.size > 0, `${page.fsPath} is empty`);
  });

  it('pulls templates with the packaged database bundle (no node_modules in the install)', async () => {
    const port = Number(process.env.ODMSG_E2E_DB_PORT);
    assert.ok(port > 0, 'the runner starts MariaDB and sets ODMSG_E2E_DB_PORT');
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    assert.ok(!fs.existsSync(path.join(ext.extensionUri.fsPath, 'node_modules')));
    const connection = { host: '127.0.0.1', port, database: 'opendental', user: 'odmsg_ro', password: 'ro-secret', folder: 'vsix-pull' };
    const result = await vscode.commands.executeCommand<{ folder: string; summary: { files: string[]; written: number } } | undefined>('odmsg.pullFromDatabase', connection);
    assert.ok(result, 'the pull command returns what it did (an error message instead means it failed)');
    try {
      assert.ok(result.summary.written >= 10 && result.summary.written === result.summary.files.length, JSON.stringify(result.summary));
      assert.ok(fs.existsSync(path.join(result.folder, 'odmsg-manifest.json')));
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      fs.rmSync(result.folder, { recursive: true, force: true });
    }
  });
});
