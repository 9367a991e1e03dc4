// The "odmsg" output channel (issue 13, item 7): the start-up lines (version, server started) and
// the server's line for each .odmsgrc.json it reads, with its problems. An output channel's
// content cannot be read through the API, so the extension's exports keep the lines it wrote.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { OdmsgApi } from '../../../client/src/extension';
import { EXTENSION_ID, fixtureUri, openFixture, waitFor } from './helpers';

async function api(): Promise<OdmsgApi> {
  const extension = vscode.extensions.getExtension<OdmsgApi>(EXTENSION_ID);
  assert.ok(extension, `extension ${EXTENSION_ID} is not loaded`);
  return extension.activate();
}

function waitForLine(odmsg: OdmsgApi, pattern: RegExp): Promise<string> {
  return waitFor(
    [odmsg.onDidLog],
    () => odmsg.outputLines.find((line) => pattern.test(line)),
    `an output line matching ${pattern}`,
    () => `lines so far:\n${odmsg.outputLines.map((l) => `  ${l}`).join('\n')}`,
  );
}

describe('the odmsg output channel', () => {
  it('logs the version and that the language server started', async () => {
    const odmsg = await api();
    const { version } = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON as { version: string };
    const lines = odmsg.outputLines;
    const starting = lines.findIndex((l) => l.startsWith(`odmsg ${version} starting (VS Code ${vscode.version}`));
    const started = lines.findIndex((l) => l.startsWith('Language server started.'));
    assert.ok(starting >= 0 && started > starting, `start-up lines missing or out of order:\n${lines.join('\n')}`);
  });

  it('logs which .odmsgrc.json applies when a template below it is checked, with its problems', async () => {
    const odmsg = await api();
    await openFixture('configured/configured.odmsg');
    const config = fixtureUri('configured/.odmsgrc.json').fsPath;
    const line = await waitForLine(odmsg, new RegExp(`^Using ${config.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}\\n`));
    assert.match(line, /Unknown rule "excesive-punctuation"/);
  });
});
