// The server survives what a buggy or hurried client sends: malformed JSON-RPC, messages out
// of order, requests for documents it never saw, a config file that turns to garbage and back,
// a template deleted while open. After each, it answers with an error or nothing, keeps
// running, and the next valid request works.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { describe, test } from 'node:test';
import { FileChangeType, ResponseError, type Diagnostic } from 'vscode-languageserver/node';
import { CLEAN, PUNCTUATION, untitledUri } from './fixtures';
import { positionAt } from './lspClient';
import { serverForSuite } from './suiteServer';

/** The raw bytes of one message, framed as the base protocol wants (length in bytes). */
function frame(body: string): Buffer {
  const bytes = Buffer.from(body, 'utf8');
  return Buffer.concat([Buffer.from(`Content-Length: ${bytes.length}\r\n\r\n`, 'ascii'), bytes]);
}

/** A request or its rejection as a value, so a test can assert either without try/catch. */
async function settle<T>(promise: Promise<T>): Promise<{ value?: T; error?: unknown }> {
  try {
    return { value: await promise };
  } catch (error) {
    return { error };
  }
}

const rules = (diagnostics: readonly Diagnostic[]) => diagnostics.map((d) => String(d.code)).sort();

describe('protocol robustness', () => {
  const { client, temp } = serverForSuite({ workspaceFolder: true });

  /** The server is alive and checks a new document: the "next valid request works" half of every test. */
  async function stillWorks(): Promise<void> {
    assert.ok(client.isAlive, `the server exited:\n${client.stderrText}`);
    const uri = untitledUri();
    const mark = client.mark();
    await client.open(uri, PUNCTUATION);
    const { diagnostics } = await client.waitForDiagnostics(uri, (p) => p.version === 1, `diagnostics for ${uri}`, mark);
    assert.ok(
      diagnostics.some((d) => d.code === 'excessive-punctuation'),
      JSON.stringify(diagnostics),
    );
    const hover = await settle(client.hover(uri, diagnostics[0].range.start));
    assert.equal(hover.error, undefined);
    await client.close(uri);
    assert.doesNotMatch(client.stderrText, /Uncaught|FATAL|RangeError|TypeError: |at .*server\.js/);
  }

  test('malformed JSON-RPC bodies: invalid JSON, not JSON-RPC, wrong types, unknown methods', async () => {
    const stdin = client.child.stdin!;
    for (const body of [
      '{not json',
      '',
      '[]',
      'null',
      '42',
      '{"jsonrpc":"2.0"}',
      '{"jsonrpc":"2.0","method":42}',
      '{"jsonrpc":"2.0","id":{"nested":true},"method":"textDocument/hover","params":{}}',
      '{"jsonrpc":"2.0","method":"textDocument/didOpen","params":null}',
      '{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"untitled:x","version":"one","text":7}}}',
      '{"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"untitled:x"},"contentChanges":[{"range":{"start":{"line":-5,"character":1e9},"end":null},"text":null}]}}',
      '{"jsonrpc":"2.0","method":"workspace/didChangeWatchedFiles","params":{"changes":"everything"}}',
      '{"jsonrpc":"2.0","method":"workspace/didChangeConfiguration","params":{"settings":{"odmsg":{"rules":"all"}}}}',
      '{"jsonrpc":"2.0","method":"$/cancelRequest","params":{"id":999999}}',
      '{"jsonrpc":"2.0","method":"odmsg/noSuchNotification","params":[1,2,3]}',
      `{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"untitled:big-line","languageId":"odmsg","version":1,"text":${JSON.stringify('['.repeat(50_000))}}}}`,
    ]) {
      await new Promise<void>((resolve, reject) => stdin.write(frame(body), (error) => (error ? reject(error) : resolve())));
    }
    // Requests the server cannot serve get an error response, not silence or a crash.
    const unknownMethod = await settle(client.within(client.connection.sendRequest('odmsg/noSuchRequest', { a: 1 }), 'unknown request'));
    assert.ok(unknownMethod.error instanceof ResponseError, `unknown method answered ${JSON.stringify(unknownMethod)}`);
    for (const [method, params] of [
      ['textDocument/hover', null],
      ['textDocument/hover', { textDocument: 'nope', position: 'here' }],
      ['textDocument/codeAction', { textDocument: { uri: 'untitled:none' }, range: null, context: null }],
      ['textDocument/completion', [1, 2]],
      ['workspace/executeCommand', { command: 'odmsg.noSuchCommand', arguments: [{}, null] }],
      ['workspace/executeCommand', { command: 'odmsg.fixAll', arguments: [42] }],
      ['odmsg/analysis', { uri: 12 }],
      ['odmsg/preview', null],
    ] as const) {
      const answer = await settle(client.within(client.connection.sendRequest(method, params), method));
      assert.ok(
        answer.error instanceof ResponseError || answer.value === null || answer.value === undefined || Array.isArray(answer.value) || typeof answer.value === 'object',
        `${method} answered ${JSON.stringify(answer)}`,
      );
    }
    await stillWorks();
  });

  test('out of order: change, save and close before open; open twice; stale and future versions', async () => {
    const uri = untitledUri();
    const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ range, text: 'Hi!!' }] });
    await client.connection.sendNotification('textDocument/didSave', { textDocument: { uri } });
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    // Opened at last: checked at the version it was opened with.
    const mark = client.mark();
    await client.open(uri, PUNCTUATION, 5);
    const first = await client.waitForDiagnostics(uri, (p) => p.version === 5, 'diagnostics after a late open', mark);
    assert.ok(first.diagnostics.length > 0);
    // Opened again without a close, then a change with an older version, then one past a gap.
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'odmsg', version: 6, text: CLEAN } });
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 3 }, contentChanges: [{ text: PUNCTUATION }] });
    // A change whose range lies past the end of the document.
    const past = { start: { line: 999, character: 5 }, end: { line: 1000, character: 0 } };
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 20 }, contentChanges: [{ range: past, text: '!!' }] });
    await client.save(uri);
    await client.waitForDiagnostics(uri, (p) => p.version === 20, 'diagnostics after out-of-order changes', mark);
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    await stillWorks();
  });

  test('requests for documents the server never saw answer null or an error', async () => {
    const uri = 'file:///no/such/folder/never-opened.odmsg';
    const position = { line: 0, character: 0 };
    const range = { start: position, end: position };
    const diagnostic: Diagnostic = { range, message: 'x', code: 'excessive-punctuation', source: 'odmsg' };
    for (const [what, request] of [
      ['hover', () => client.hover(uri, position)],
      ['completion', () => client.completion(uri, position)],
      ['code actions', () => client.codeActions(uri, range, [diagnostic])],
      ['fix-all code action', () => client.codeActions(uri, range, [], ['source.fixAll.odmsg'])],
      ['analysis', () => client.within(client.connection.sendRequest('odmsg/analysis', { uri }), 'analysis')],
      ['preview', () => client.within(client.connection.sendRequest('odmsg/preview', { uri }), 'preview')],
      ['fixAll command', () => client.executeCommand('odmsg.fixAll', [uri])],
    ] as const) {
      const answer = await settle((request as () => Promise<unknown>)());
      const empty = answer.value === null || answer.value === undefined || (Array.isArray(answer.value) && answer.value.length === 0);
      assert.ok(answer.error instanceof ResponseError || empty, `${what} for an unknown document answered ${JSON.stringify(answer)}`);
    }
    await stillWorks();
  });

  test('a config file that turns to garbage and back', async () => {
    const config = temp.write('garbage/.odmsgrc.json', JSON.stringify({ rules: { 'excessive-punctuation': 'error' } }));
    const uri = temp.write('garbage/t.odmsg', PUNCTUATION);
    let mark = client.mark();
    await client.open(uri, PUNCTUATION);
    const before = await client.waitForDiagnostics(uri, (p) => p.version === 1, 'diagnostics with the config', mark);
    const severities = before.diagnostics.filter((d) => d.code === 'excessive-punctuation').map((d) => d.severity);
    assert.ok(severities.length > 0 && severities.every((s) => s === 1), `the config raises the rule to error: ${JSON.stringify(before.diagnostics)}`);

    const garbage: (string | Buffer)[] = [
      '{ "rules": { "excessive-punctuation": ',
      Buffer.from([0xff, 0xfe, 0x00, 0x01, 0x89]),
      '[1, 2, 3]',
      '{"rules": "all of them", "maxFileSize": "huge", "spamPhrases": 7}',
      '',
    ];
    for (const content of garbage) {
      fs.writeFileSync(temp.path('garbage/.odmsgrc.json'), content);
      await client.watchedFilesChanged([{ uri: config, type: FileChangeType.Changed }]);
      // The template is checked again (with the defaults); a request after the notification
      // is answered once the server has taken it in.
      assert.ok(client.isAlive, `the server exited on a config of ${JSON.stringify(String(content))}:\n${client.stderrText}`);
      const hover = await settle(client.hover(uri, positionAt(PUNCTUATION, PUNCTUATION.indexOf('!!'))));
      assert.equal(hover.error, undefined);
    }
    // Deleted, then restored: the config applies again.
    fs.rmSync(temp.path('garbage/.odmsgrc.json'));
    await client.watchedFilesChanged([{ uri: config, type: FileChangeType.Deleted }]);
    fs.writeFileSync(temp.path('garbage/.odmsgrc.json'), JSON.stringify({ rules: { 'excessive-punctuation': 'error' } }));
    mark = client.mark();
    await client.watchedFilesChanged([{ uri: config, type: FileChangeType.Created }]);
    const restored = await client.waitForDiagnostics(uri, (p) => p.diagnostics.some((d) => d.code === 'excessive-punctuation' && d.severity === 1), 'diagnostics with the restored config', mark);
    assert.deepEqual(rules(restored.diagnostics), rules(before.diagnostics));
    await client.close(uri);
    await stillWorks();
  });

  test('a template deleted from disk while open keeps working until closed', async () => {
    const uri = temp.write('deleted/t.odmsg', PUNCTUATION);
    let mark = client.mark();
    await client.open(uri, PUNCTUATION);
    const { diagnostics } = await client.waitForDiagnostics(uri, (p) => p.version === 1, 'diagnostics', mark);
    temp.remove('deleted/t.odmsg');
    fs.rmSync(temp.path('deleted'), { recursive: true, force: true });
    await client.watchedFilesChanged([{ uri, type: FileChangeType.Deleted }]);
    // The editor still holds the text: every feature answers from it.
    const hover = await settle(client.hover(uri, diagnostics[0].range.start));
    assert.equal(hover.error, undefined);
    const actions = await client.codeActions(uri, diagnostics[0].range, [diagnostics[0]]);
    assert.ok((actions ?? []).length > 0, 'quick fixes still offered');
    mark = client.mark();
    await client.edit(uri, [{ range: diagnostics[0].range, newText: '!' }]);
    await client.save(uri);
    await client.waitForDiagnostics(uri, (p) => p.version === 2, 'diagnostics after editing a deleted file', mark);
    mark = client.mark();
    await client.close(uri);
    const cleared = await client.waitForDiagnostics(uri, (p) => p.diagnostics.length === 0, 'diagnostics cleared on close', mark);
    assert.deepEqual(cleared.diagnostics, []);
    const after = await settle(client.hover(uri, diagnostics[0].range.start));
    assert.ok(after.error instanceof ResponseError || after.value === null, `hover after close answered ${JSON.stringify(after)}`);
    await stillWorks();
  });
});
