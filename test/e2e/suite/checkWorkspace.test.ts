// "odmsg: Check all templates in workspace" (odmsg.checkWorkspace → odmsg.server.checkWorkspace):
// diagnostics appear for a template nobody opened, templates in node_modules, dot-folders and
// .odmsgignore are left out, and the command returns the counts it shows.
// Runs last (see index.ts): it publishes diagnostics for every fixture, which would spoil tests
// that expect a file to have none until it is opened.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
// Type only (erased by esbuild): the result shape the extension itself relies on; no server code
// enters the extension host with it.
import type { CheckWorkspaceResult } from '../../../server/src/protocol/commands';
import { ensureServerReady, fixtureUri, formatDiagnostics, odmsgDiagnostics, ruleId, waitForDiagnostics, workspaceRoot } from './helpers';

const PROBLEM = '---\nkind: eReminder\nchannel: sms\n---\n[NameF], see you on [ApptDte]!!\n';

/** The .odmsg files a check should find (vscode.workspace.findFiles needs ripgrep, not installed here). */
function templatesUnder(dir: string, relative = ''): string[] {
  return fs.readdirSync(path.join(dir, relative), { withFileTypes: true }).flatMap((e) => {
    const child = path.posix.join(relative, e.name);
    if (e.isDirectory()) return e.name === 'node_modules' || e.name.startsWith('.') || child === 'workspace-check/ignored' ? [] : templatesUnder(dir, child);
    return e.name.endsWith('.odmsg') ? [child] : [];
  });
}

async function write(relative: string, text: string): Promise<vscode.Uri> {
  const uri = fixtureUri(relative);
  await vscode.workspace.fs.writeFile(uri, Buffer.from(text, 'utf8'));
  return uri;
}

describe('odmsg.checkWorkspace', () => {
  it('publishes diagnostics for templates that are not open and skips what odmsg check skips', async () => {
    await ensureServerReady();
    // Written here rather than committed: git ignores node_modules folders at any depth.
    const skipped = [
      await write('workspace-check/node_modules/pkg/skipped.odmsg', PROBLEM),
      await write('workspace-check/.hidden/skipped.odmsg', PROBLEM),
      await write('workspace-check/ignored/skipped.odmsg', PROBLEM),
    ];
    await write('.odmsgignore', 'workspace-check/ignored/\n');

    const notOpen = fixtureUri('workspace-check/not-open.odmsg');
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === notOpen.toString()), 'not-open.odmsg must not be open');
    assert.deepEqual(odmsgDiagnostics(notOpen), []);

    const result = await vscode.commands.executeCommand<CheckWorkspaceResult>('odmsg.checkWorkspace');
    assert.ok(result, 'the command returns its counts');
    const expected = templatesUnder(workspaceRoot().fsPath);
    assert.ok(expected.includes('workspace-check/not-open.odmsg'));
    assert.equal(result.folders, 1);
    assert.equal(result.files, expected.length, `templates checked; expected:\n${expected.join('\n')}`);
    assert.ok(result.errors >= 1 && result.filesWithProblems >= 1, JSON.stringify(result));

    const diagnostics = await waitForDiagnostics(notOpen, (ds) => ds.some((d) => ruleId(d) === 'unknown-tag'), 'unknown-tag on the file nobody opened');
    assert.equal(diagnostics.find((d) => ruleId(d) === 'unknown-tag')!.range.start.line, 4);
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === notOpen.toString()), 'the check must not open the file');
    for (const uri of skipped) assert.deepEqual(odmsgDiagnostics(uri), [], `${uri.path} should be skipped:\n${formatDiagnostics(uri)}`);
  });
});
