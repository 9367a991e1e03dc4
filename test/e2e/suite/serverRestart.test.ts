// The client restarts a crashed language server: kill the server process from outside, then an
// edit still gets diagnostics, from a new server process.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { openFixture, revertActiveEditor, ruleId, waitFor, waitForDiagnostics } from './helpers';

/** PIDs of odmsg server processes started by this extension host (children of this process). */
function serverPids(): number[] {
  const pids: number[] = [];
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      // Field 4 (ppid) follows the parenthesised command name, which may contain spaces.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const cmdline = fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8');
      if (ppid === process.pid && cmdline.includes('server/out/server.js')) pids.push(Number(entry));
    } catch {
      // The process ended while we looked: not ours to count.
    }
  }
  return pids;
}

describe('server crash recovery', () => {
  afterEach(revertActiveEditor);

  it('restarts a killed server and diagnostics come back', async function () {
    if (process.platform !== 'linux') this.skip();
    const { doc, editor } = await openFixture('tag-case.odmsg');
    await waitForDiagnostics(doc.uri, (ds) => ds.some((d) => ruleId(d) === 'tag-case'), 'tag-case before the crash');

    const before = serverPids();
    assert.equal(before.length, 1, `one server process expected, found ${JSON.stringify(before)}`);
    process.kill(before[0], 'SIGKILL');

    // The client notices the closed connection and starts a new server; every open document is
    // sent to it again, so diagnostics are published anew. Wait for the new process to appear.
    const after = await waitFor(
      [vscode.languages.onDidChangeDiagnostics],
      () => {
        const pids = serverPids().filter((pid) => pid !== before[0]);
        return pids.length > 0 ? pids : undefined;
      },
      'a new server process after the kill',
      () => `server processes: ${JSON.stringify(serverPids())}`,
      60_000,
    );
    assert.notEqual(after[0], before[0]);

    // An edit reaches the new server: "!!" gets its diagnostic.
    await editor.edit((b) => b.insert(doc.lineAt(doc.lineCount - 1).range.end, ' Thanks!!'));
    await waitForDiagnostics(doc.uri, (ds) => ds.some((d) => ruleId(d) === 'excessive-punctuation'), 'excessive-punctuation from the restarted server', 60_000);
  });
});
