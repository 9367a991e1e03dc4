// `odmsg-language-server` (bin/odmsg-language-server.js), the command other editors start:
// run as an executable, with `--stdio` or with no argument (stdio is the default), it answers
// initialize and publishes diagnostics for an opened template, then shuts down cleanly.
// A bare client: no workspace/configuration, no dynamic registration, as a minimal editor.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import {
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializeRequest,
  InitializedNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  createMessageConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver/node';
import { PUNCTUATION } from './fixtures';
import { SERVER_MODULE } from './lspClient';

const BIN = path.resolve(__dirname, '../../bin/odmsg-language-server.js');

function within<T>(promise: Promise<T>, what: string, ms = 15_000): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms waiting for ${what}`)), ms);
    promise.then(
      (v) => (clearTimeout(timer), resolve(v)),
      (e: unknown) => (clearTimeout(timer), reject(e)),
    );
  });
}

describe('bin/odmsg-language-server.js', () => {
  for (const args of [['--stdio'], []]) {
    test(`speaks LSP over stdio (${args.length > 0 ? args.join(' ') : 'no arguments'})`, async () => {
      assert.ok(fs.existsSync(SERVER_MODULE), `${SERVER_MODULE} is missing: run \`npm run build\` first`);
      // Started as an executable (its #!/usr/bin/env node line), the way an editor starts it.
      const env = { ...process.env, PATH: `${path.dirname(process.execPath)}${path.delimiter}${process.env.PATH ?? ''}` };
      const child = spawn(BIN, args, { stdio: ['pipe', 'pipe', 'pipe'], env });
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
      const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
      const uri = 'file:///nowhere/reminder.odmsg';
      const published = new Promise<PublishDiagnosticsParams>((resolve) =>
        connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
          if (p.uri === uri && p.diagnostics.length > 0) resolve(p);
        }),
      );
      connection.listen();
      try {
        const init = await within(connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: null, capabilities: {}, workspaceFolders: null }), `initialize\n${stderr}`);
        assert.equal(init.serverInfo?.name, 'odmsg');
        await connection.sendNotification(InitializedNotification.type, {});
        await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'odmsg', version: 1, text: PUNCTUATION } });
        const diagnostics = await within(published, `diagnostics\n${stderr}`);
        assert.deepEqual(diagnostics.diagnostics.map((d) => d.code), ['excessive-punctuation', 'excessive-punctuation']);
        assert.equal(diagnostics.diagnostics[0].source, 'odmsg');

        await within(connection.sendRequest(ShutdownRequest.type), 'shutdown');
        await connection.sendNotification(ExitNotification.type);
        assert.equal(await within(exited, 'the server to exit'), 0);
      } finally {
        connection.dispose();
        child.kill();
      }
    });
  }
});
