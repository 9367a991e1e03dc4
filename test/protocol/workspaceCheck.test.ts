// `odmsg.server.checkWorkspace`: every .odmsg file in the workspace folders is checked (the
// CLI's discovery: node_modules, dot-folders and .odmsgignore left out) with the same config
// as an open file, and its diagnostics are published even though it is not open.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { DiagnosticSeverity, FileChangeType, type PublishDiagnosticsParams } from 'vscode-languageserver/node';
import { CLEAN, HEADER, ONE_PUNCTUATION, PUNCTUATION, TempDir } from './fixtures';
import { TestClient, messageOf } from './lspClient';
import { serverForSuite } from './suiteServer';

const COMMAND = 'odmsg.server.checkWorkspace';
/** One unknown-tag error ([ApptDte]), nothing else. */
const UNKNOWN_TAG = `${HEADER}[NameF] is scheduled for [ApptTime] on [ApptDte] at [OfficeName]. Reply [ConfirmCode] to confirm or call [OfficePhone].\n`;

const codes = (p: PublishDiagnosticsParams) => p.diagnostics.map((d) => d.code);

describe('odmsg.server.checkWorkspace', () => {
  const temp = new TempDir();
  const other = new TempDir();
  // The templates are on disk before the server starts (this hook is registered first).
  before(() => {
    temp.write('.odmsgignore', '# generated\nignored/\n');
    temp.write('a.odmsg', UNKNOWN_TAG);
    temp.write('clean.odmsg', CLEAN);
    temp.write('sub/.odmsgrc.json', JSON.stringify({ rules: { 'excessive-punctuation': 'error' } }));
    temp.write('sub/b.odmsg', ONE_PUNCTUATION);
    temp.write('open.odmsg', CLEAN);
    fs.writeFileSync(temp.path('latin1.odmsg'), Buffer.from([...Buffer.from(HEADER), 0x43, 0x61, 0x66, 0xe9, 0x0a]));
    temp.write('node_modules/pkg/x.odmsg', PUNCTUATION);
    temp.write('.hidden/y.odmsg', PUNCTUATION);
    temp.write('ignored/z.odmsg', PUNCTUATION);
    temp.write('notes.txt', PUNCTUATION);
    other.write('second-root.odmsg', ONE_PUNCTUATION);
  });
  const { client } = serverForSuite({
    workspaceFolders: [
      { uri: temp.uri(), name: 'templates' },
      { uri: other.uri(), name: 'more' },
    ],
  });
  after(() => {
    temp.dispose();
    other.dispose();
  });

  test('is offered in the capabilities', () => {
    assert.ok(client.initializeResult.capabilities.executeCommandProvider?.commands.includes(COMMAND));
  });

  test('checks every template in every folder, publishes diagnostics for closed files, and counts', async () => {
    // An open document is checked as the editor holds it (two warnings), not as on disk (clean).
    const openUri = temp.uri('open.odmsg');
    await client.open(openUri, PUNCTUATION);
    await client.waitForDiagnostics(openUri, (p) => p.diagnostics.length === 2);
    const mark = client.mark();

    const result = await client.executeCommand(COMMAND, []);
    assert.deepEqual(result, {
      folders: 2,
      files: 6,
      filesWithProblems: 5,
      errors: 2,
      warnings: 3,
      infos: 0,
      unreadable: 1,
      summary: 'odmsg: checked 6 templates: 2 errors, 3 warnings in 5 files. 1 file could not be read as UTF-8 text.',
    });

    const a = await client.waitForDiagnostics(temp.uri('a.odmsg'), undefined, 'a.odmsg', mark);
    assert.deepEqual(codes(a), ['unknown-tag']);
    assert.equal(a.diagnostics[0].range.start.line, 4);
    assert.match(String(a.diagnostics[0].codeDescription?.href), /docs\/rules\/unknown-tag\.md$/);
    // The nearest .odmsgrc.json applies, as for an open file.
    const b = await client.waitForDiagnostics(temp.uri('sub', 'b.odmsg'), undefined, 'sub/b.odmsg', mark);
    assert.deepEqual(codes(b), ['excessive-punctuation']);
    assert.equal(b.diagnostics[0].severity, DiagnosticSeverity.Error);
    assert.deepEqual(codes(await client.waitForDiagnostics(other.uri('second-root.odmsg'), undefined, 'the second folder', mark)), ['excessive-punctuation']);
    assert.deepEqual((await client.waitForDiagnostics(temp.uri('clean.odmsg'), undefined, 'clean.odmsg', mark)).diagnostics, []);
    const latin1 = await client.waitForDiagnostics(temp.uri('latin1.odmsg'), undefined, 'latin1.odmsg', mark);
    assert.equal(latin1.diagnostics.length, 1);
    assert.equal(latin1.diagnostics[0].code, undefined);
    assert.equal(latin1.diagnostics[0].severity, DiagnosticSeverity.Error);
    assert.match(messageOf(latin1.diagnostics[0]), /not valid UTF-8/);

    for (const skipped of [['node_modules', 'pkg', 'x.odmsg'], ['.hidden', 'y.odmsg'], ['ignored', 'z.odmsg'], ['notes.txt']]) {
      assert.deepEqual(client.publishedFor(temp.uri(...skipped), mark), [], `${skipped.join('/')} should not be checked`);
    }
    // The open document's diagnostics are the buffer's, never the file's.
    for (const p of client.publishedFor(openUri, mark)) assert.equal(p.diagnostics.length, 2);
  });

  test('closing a document shows its on-disk result again', async () => {
    const uri = temp.uri('a.odmsg');
    await client.open(uri, UNKNOWN_TAG.replace('[ApptDte]', '[ApptDate]'));
    await client.waitForDiagnostics(uri, (p) => p.diagnostics.length === 0, 'the fixed buffer');
    const mark = client.mark();
    await client.close(uri);
    const shown = await client.waitForDiagnostics(uri, (p) => p.diagnostics.length > 0, 'the file again after close', mark);
    assert.deepEqual(codes(shown), ['unknown-tag']);
  });

  test('a second check clears files that are gone or newly ignored', async () => {
    temp.remove('sub/b.odmsg');
    temp.write('.odmsgignore', 'ignored/\nlatin1.odmsg\n');
    const mark = client.mark();
    const result = await client.executeCommand(COMMAND, []);
    assert.deepEqual(result, { folders: 2, files: 4, filesWithProblems: 3, errors: 1, warnings: 3, infos: 0, unreadable: 0, summary: 'odmsg: checked 4 templates: 1 error, 3 warnings in 3 files.' });
    assert.deepEqual((await client.waitForDiagnostics(temp.uri('sub', 'b.odmsg'), undefined, 'sub/b.odmsg cleared', mark)).diagnostics, []);
    assert.deepEqual((await client.waitForDiagnostics(temp.uri('latin1.odmsg'), undefined, 'latin1.odmsg cleared', mark)).diagnostics, []);
  });

  test('closed files follow a config file that appears, changes and goes', async () => {
    const a = temp.uri('a.odmsg');
    const rcUri = temp.uri('.odmsgrc.json');
    let mark = client.mark();
    temp.write('.odmsgrc.json', JSON.stringify({ rules: { 'unknown-tag': 'off' } }));
    await client.watchedFilesChanged([{ uri: rcUri, type: FileChangeType.Created }]);
    assert.deepEqual((await client.waitForDiagnostics(a, undefined, 'a.odmsg with unknown-tag off', mark)).diagnostics, []);

    mark = client.mark();
    temp.write('.odmsgrc.json', JSON.stringify({ rules: { 'unknown-tag': 'warning' } }));
    await client.watchedFilesChanged([{ uri: rcUri, type: FileChangeType.Changed }]);
    const warned = await client.waitForDiagnostics(a, undefined, 'a.odmsg with unknown-tag a warning', mark);
    assert.deepEqual(codes(warned), ['unknown-tag']);
    assert.equal(warned.diagnostics[0].severity, DiagnosticSeverity.Warning);

    mark = client.mark();
    temp.remove('.odmsgrc.json');
    await client.watchedFilesChanged([{ uri: rcUri, type: FileChangeType.Deleted }]);
    const back = await client.waitForDiagnostics(a, undefined, 'a.odmsg with the defaults again', mark);
    assert.equal(back.diagnostics[0].severity, DiagnosticSeverity.Error);
  });
});

describe('odmsg.server.checkWorkspace without workspace folders', () => {
  let client: TestClient;
  after(() => client?.stop());

  test('checks nothing and says so', async () => {
    client = await TestClient.start({ workspaceFolders: null });
    assert.deepEqual(await client.executeCommand(COMMAND, []), {
      folders: 0,
      files: 0,
      filesWithProblems: 0,
      errors: 0,
      warnings: 0,
      infos: 0,
      unreadable: 0,
      summary: 'odmsg: open a folder to check the templates in it.',
    });
  });
});
