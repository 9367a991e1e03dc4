// The server's life from the protocol's side: nothing stays behind per document opened and
// closed, nothing is answered or sent after `shutdown` but errors, and positions that are
// not non-negative integers are refused instead of corrupting a document.
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import {
  CodeActionRequest,
  CompletionRequest,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ErrorCodes,
  HoverRequest,
  ResponseError,
  ShutdownRequest,
  type Diagnostic,
} from 'vscode-languageserver/node';
import { PUNCTUATION, untitledUri } from './fixtures';
import { SERVER_MODULE, TestClient } from './lspClient';
import { serverForSuite } from './suiteServer';

async function settle<T>(promise: Promise<T>): Promise<{ value?: T; error?: unknown }> {
  try {
    return { value: await promise };
  } catch (error) {
    return { error };
  }
}

function errorCode(answer: { value?: unknown; error?: unknown }): number | string {
  return answer.error instanceof ResponseError ? answer.error.code : `answered ${JSON.stringify(answer.value)}`;
}

const isIndex = (n: unknown) => typeof n === 'number' && Number.isInteger(n) && n >= 0;
const wellFormed = (d: Diagnostic) => isIndex(d.range.start.line) && isIndex(d.range.start.character) && isIndex(d.range.end.line) && isIndex(d.range.end.character);

const HEAP_PROBE = path.resolve(__dirname, 'probes', 'heap.cjs');
const CYCLES = 20_000;

describe('memory per document', { skip: process.platform === 'win32' ? 'the heap probe is read on SIGUSR2, which Windows does not have' : false }, () => {
  // The built server, with a test-only preload (probes/heap.cjs) that answers SIGUSR2 with
  // the heap in use after a full collection: measured from outside, no request added.
  const { client } = serverForSuite({ command: { file: process.execPath, args: ['--expose-gc', '--require', HEAP_PROBE, SERVER_MODULE, '--stdio'] } });

  async function heapUsed(): Promise<number> {
    const from = client.stderrText.length;
    client.child.kill('SIGUSR2');
    const line = await client.waitFor(() => /odmsg-heap-probe (\d+)/.exec(client.stderrText.slice(from))?.[1], 'the heap probe');
    return Number(line);
  }

  /** Opens and closes `count` documents, each at its own URI, and waits until the server has handled the last. */
  async function cycle(count: number): Promise<void> {
    const text = 'Hi [NameF]!! See you soon.';
    for (let i = 0; i < count; i++) {
      const uri = untitledUri();
      await client.open(uri, text);
      await client.close(uri);
    }
    // Notifications are handled in order: once this one's close is published, so were the others'.
    const last = untitledUri();
    const mark = client.mark();
    await client.open(last, text);
    await client.close(last);
    await client.waitForDiagnostics(last, (p) => p.diagnostics.length === 0 && p.version === undefined, 'the last close', mark);
    // The per-document checks (a settings request each) finish after their notifications: a hover waits behind them.
    await settle(client.hover(last, { line: 0, character: 0 }));
  }

  test(`${CYCLES.toLocaleString('en-US')} documents opened and closed leave the heap where it was`, async (t) => {
    // Warm up first: code compiled, caches filled, so the measured growth is what documents leave.
    await cycle(2_000);
    const before = await heapUsed();
    await cycle(CYCLES);
    const after = await heapUsed();
    const perDocument = (after - before) / CYCLES;
    t.diagnostic(`heap ${before} → ${after} bytes: ${perDocument.toFixed(1)} bytes per document`);
    // A map entry per URI costs about 150 bytes; collection noise is well under 20 bytes per document here.
    assert.ok(perDocument < 40, `the heap grew by ${after - before} bytes over ${CYCLES} documents (${perDocument.toFixed(1)} per document)`);
  });
});

describe('after shutdown', () => {
  test('requests get InvalidRequest, notifications do nothing, nothing is published, exit is clean', async () => {
    const asked: string[] = [];
    const client = await TestClient.start({ settings: (scopeUri) => (asked.push(String(scopeUri)), {}) });
    try {
      const uri = untitledUri();
      await client.open(uri, PUNCTUATION);
      await client.waitForDiagnostics(uri);
      // A check started just before shutdown must not publish after it.
      const pending = untitledUri();
      await client.open(pending, PUNCTUATION);
      await client.within(client.connection.sendRequest(ShutdownRequest.type), 'the shutdown response');
      const mark = client.mark();

      const position = { line: 3, character: 2 };
      for (const [method, params] of [
        [HoverRequest.method, { textDocument: { uri }, position }],
        [CompletionRequest.method, { textDocument: { uri }, position }],
        [CodeActionRequest.method, { textDocument: { uri }, range: { start: position, end: position }, context: { diagnostics: [] } }],
        ['workspace/executeCommand', { command: 'odmsg.fixAll', arguments: [uri] }],
        ['odmsg/analysis', { uri }],
        ['odmsg/preview', { uri }],
        [ShutdownRequest.method, undefined],
      ] as const) {
        const answer = await settle(client.within(client.connection.sendRequest(method, params), method));
        assert.equal(errorCode(answer), ErrorCodes.InvalidRequest, `${method} after shutdown`);
      }
      // Notifications that check at once (open, save) before shutdown; after it, nothing.
      const late = untitledUri();
      const askedBefore = asked.length;
      await client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: late, languageId: 'odmsg', version: 1, text: PUNCTUATION } });
      await client.save(uri);
      // Messages are handled in order. A check would ask for settings before the first answer
      // below, the client answers at once, and the check publishes before the second answer.
      const barrier = () => settle(client.within(client.connection.sendRequest(HoverRequest.method, { textDocument: { uri }, position }), 'a barrier request'));
      await barrier();
      await barrier();
      assert.deepEqual(asked.slice(askedBefore), [], 'settings asked for after shutdown');
      assert.deepEqual(client.publishedFor(uri, mark).concat(client.publishedFor(pending, mark), client.publishedFor(late, mark)), [], 'diagnostics published after shutdown');
      assert.equal(client.mark(), mark, 'nothing published after shutdown');

      const exited = new Promise<number | null>((resolve) => client.child.once('exit', (c) => resolve(c)));
      await client.connection.sendNotification('exit');
      assert.equal(await client.within(exited, 'exit'), 0);
    } finally {
      await client.stop();
    }
  });
});

describe('positions from the client', () => {
  const { client } = serverForSuite();

  test('a change whose range is not integer positions is refused; the document stays whole', async () => {
    const uri = untitledUri();
    await client.open(uri, PUNCTUATION);
    const first = await client.waitForDiagnostics(uri);
    for (const range of [
      { start: { line: 0.5, character: 1.5 }, end: { line: 0, character: 2.5 } },
      { start: { line: -1, character: 0 }, end: { line: 0, character: 0 } },
      { start: { line: 0, character: '3' }, end: { line: 0, character: 4 } },
      { start: { line: 0, character: Number.MAX_VALUE }, end: { line: 0, character: 0 } },
      { start: null, end: { line: 0, character: 0 } },
    ]) {
      await client.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: 2 }, contentChanges: [{ range, text: 'X!!' }] } as never);
    }
    // A valid edit afterwards applies to the text as it was.
    const mark = client.mark();
    await client.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version: 3 },
      contentChanges: [{ range: { start: { line: 5, character: 0 }, end: { line: 5, character: 0 } }, text: 'Thanks.' }],
    });
    const after = await client.waitForDiagnostics(uri, (p) => p.version === 3, 'diagnostics after the valid edit', mark);
    assert.ok(after.diagnostics.every(wellFormed), JSON.stringify(after.diagnostics));
    const body = (diagnostics: Diagnostic[]) => diagnostics.filter((d) => d.range.start.line === 4).map((d) => d.range);
    assert.deepEqual(body(after.diagnostics), body(first.diagnostics), 'the refused changes left the text as it was');
  });

  test('hover, completion and code actions at positions that are none answer InvalidParams', async () => {
    const uri = untitledUri();
    await client.open(uri, PUNCTUATION);
    await client.waitForDiagnostics(uri);
    for (const position of [{ line: 0.5, character: 1 }, { line: 0, character: 'x' }, { line: -1, character: 2 }, { line: 0 }, null]) {
      for (const [method, params] of [
        [HoverRequest.method, { textDocument: { uri }, position }],
        [CompletionRequest.method, { textDocument: { uri }, position }],
        [CodeActionRequest.method, { textDocument: { uri }, range: { start: position, end: { line: 0, character: 0 } }, context: { diagnostics: [] } }],
      ] as const) {
        const answer = await settle(client.within(client.connection.sendRequest(method, params), method));
        assert.equal(errorCode(answer), ErrorCodes.InvalidParams, `${method} at ${JSON.stringify(position)}`);
      }
    }
    // Past the end of the text is a position (clamped), not an error.
    const far = await settle(client.hover(uri, { line: 1e9, character: 1e9 }));
    assert.equal(far.error, undefined);
  });
});
