// `odmsg-language-server` (bin/odmsg-language-server.js), the command other editors start:
// run as an executable, with `--stdio` or with no argument (stdio is the default), it answers
// initialize and publishes diagnostics for an opened template, then shuts down cleanly.
// A bare client: no workspace/configuration, no dynamic registration, as a minimal editor.
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { PUNCTUATION } from './fixtures';
import { TestClient } from './lspClient';

const BIN = path.resolve(__dirname, '../../bin/odmsg-language-server.js');

describe('bin/odmsg-language-server.js', () => {
  for (const args of [['--stdio'], []]) {
    test(`speaks LSP over stdio (${args.length > 0 ? args.join(' ') : 'no arguments'})`, async () => {
      // Started as an executable (its #!/usr/bin/env node line), the way an editor starts it.
      const env = { ...process.env, PATH: `${path.dirname(process.execPath)}${path.delimiter}${process.env.PATH ?? ''}` };
      const client = await TestClient.start({ command: { file: BIN, args, env }, capabilities: () => ({}) });
      try {
        assert.equal(client.initializeResult.serverInfo?.name, 'odmsg');
        const uri = 'file:///nowhere/reminder.odmsg';
        await client.open(uri, PUNCTUATION);
        const diagnostics = await client.waitForDiagnostics(uri, (p) => p.diagnostics.length > 0);
        assert.deepEqual(
          diagnostics.diagnostics.map((d) => d.code),
          ['excessive-punctuation', 'excessive-punctuation'],
        );
        assert.equal(diagnostics.diagnostics[0].source, 'odmsg');
        assert.equal(await client.shutdown(), 0);
      } finally {
        await client.stop();
      }
    });
  }
});
