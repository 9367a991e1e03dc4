// The server starts over stdio and over node IPC, says what it can do, and survives requests
// for documents it does not know.
import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import { TextDocumentSyncKind } from 'vscode-languageserver/node';
import { PUNCTUATION, untitledUri } from './fixtures';
import { TestClient, type Transport } from './lspClient';

for (const transport of ['stdio', 'ipc'] as Transport[]) {
  describe(`over ${transport}`, () => {
    let client: TestClient | undefined;
    after(() => client?.stop());

    test('initializes, registers its watchers and publishes diagnostics', async () => {
      client = await TestClient.start({ transport });
      const caps = client.initializeResult.capabilities;
      assert.deepEqual(caps.textDocumentSync, { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } });
      assert.deepEqual(caps.codeActionProvider, { codeActionKinds: ['quickfix', 'source.fixAll.odmsg'], resolveProvider: false });
      assert.equal(caps.hoverProvider, true);
      assert.deepEqual(caps.completionProvider?.triggerCharacters, ['[']);
      assert.deepEqual(caps.executeCommandProvider?.commands, ['odmsg.server.fixAll', 'odmsg.server.checkWorkspace']);
      assert.deepEqual(caps.workspace?.workspaceFolders, { supported: true, changeNotifications: true });
      assert.equal(client.initializeResult.serverInfo?.name, 'odmsg');

      const c = client;
      const methods = await c.waitFor(() => {
        const m = c.registrations.map((r) => r.method);
        return m.includes('workspace/didChangeConfiguration') && m.includes('workspace/didChangeWatchedFiles') ? m : undefined;
      }, 'dynamic registrations');
      assert.ok(methods.includes('workspace/didChangeWatchedFiles'));
      const watcher = c.registrations.find((r) => r.method === 'workspace/didChangeWatchedFiles');
      assert.deepEqual(watcher?.registerOptions, { watchers: [{ globPattern: '**/.odmsgrc.json' }] });

      const uri = untitledUri();
      await c.open(uri, PUNCTUATION);
      const published = await c.waitForDiagnostics(uri, (p) => p.diagnostics.length > 0);
      assert.equal(published.version, 1);
      assert.deepEqual(
        published.diagnostics.map((d) => d.code),
        ['excessive-punctuation', 'excessive-punctuation'],
      );
    });
  });
}

describe('requests about unknown documents', () => {
  let client: TestClient;
  after(() => client?.stop());

  test('answer null and leave the server running', async () => {
    client = await TestClient.start();
    const uri = 'file:///nowhere/never-opened.odmsg';
    const position = { line: 0, character: 0 };
    const range = { start: position, end: position };
    assert.equal(await client.hover(uri, position), null);
    assert.equal(await client.completion(uri, position), null);
    assert.equal(await client.codeActions(uri, range, []), null);
    assert.equal(await client.executeCommand('odmsg.server.fixAll', [{ uri, version: 1 }]), null);
    assert.equal(await client.executeCommand('odmsg.server.fixAll', []), null);
    assert.equal(await client.executeCommand('odmsg.server.fixAll', ['not an object']), null);
    // Diagnostics the server never made, with data that is not ours: ignored, not a crash.
    const open = untitledUri();
    await client.open(open, PUNCTUATION);
    const junk = [
      { range, message: 'x', source: 'odmsg', data: { ruleId: 'excessive-punctuation', version: 1, fix: { range: [5, 2], text: 1 } } },
      { range, message: 'y', source: 'odmsg', data: 'nonsense' },
      { range, message: 'z', source: 'other', data: { ruleId: 'excessive-punctuation', version: 1 } },
    ];
    const actions = await client.codeActions(open, range, junk as never);
    assert.deepEqual(
      actions?.map((a) => a.title),
      ['Fix all excessive-punctuation problems in this file', 'Turn off excessive-punctuation in this file'],
      'only the actions that need no fix data from the client survive',
    );
    assert.equal(client.isAlive, true);
    await client.waitForDiagnostics(open, (p) => p.diagnostics.length === 2);
  });
});
