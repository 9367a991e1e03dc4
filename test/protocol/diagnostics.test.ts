// Diagnostics: what one looks like, when checks run (open, change, save; odmsg.run), and
// that a version already checked is not checked or published again.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { DiagnosticSeverity } from 'vscode-languageserver/node';
import { CLEAN, HEADER, ONE_PUNCTUATION, PUNCTUATION, untitledUri } from './fixtures';
import { messageOf, rangeOfText } from './lspClient';
import { serverForSuite } from './suiteServer';

const REPO_ROOT = path.resolve(__dirname, '../..');

describe('diagnostics', () => {
  const { client, temp, settings } = serverForSuite();

  test('carry source, code, a docs link, the range, the severity and the fix as data', async () => {
    const uri = temp.uri('shape.odmsg');
    await client.open(uri, ONE_PUNCTUATION);
    const { diagnostics, version } = await client.waitForDiagnostics(uri);
    assert.equal(version, 1);
    assert.equal(diagnostics.length, 1);
    const [d] = diagnostics;
    assert.equal(d.source, 'odmsg');
    assert.equal(d.code, 'excessive-punctuation');
    assert.equal(d.severity, DiagnosticSeverity.Warning);
    assert.deepEqual(d.range, rangeOfText(ONE_PUNCTUATION, '!!'));
    assert.match(messageOf(d), /!!/);
    const href = d.codeDescription?.href ?? '';
    assert.match(href, /^file:\/\//);
    assert.equal(fileURLToPath(href), path.join(REPO_ROOT, 'docs', 'rules', 'excessive-punctuation.md'));
    const at = ONE_PUNCTUATION.indexOf('!!');
    assert.deepEqual(d.data, {
      ruleId: 'excessive-punctuation',
      version: 1,
      fix: { range: [at, at + 2], text: '!', desc: 'Replace "!!" with "!"' },
    });
  });

  test('follow changes (debounced: only the last of quick changes is published)', async () => {
    const uri = untitledUri();
    await client.open(uri, CLEAN);
    await client.waitForDiagnostics(uri, (p) => p.version === 1 && p.diagnostics.length === 0);
    const mark = client.mark();
    await client.replace(uri, ONE_PUNCTUATION);
    await client.replace(uri, PUNCTUATION);
    const final = await client.replace(uri, PUNCTUATION.replace('??', '??!'));
    const published = await client.waitForDiagnostics(uri, (p) => p.version === final, 'diagnostics for the last change', mark);
    assert.equal(published.diagnostics.length, 2);
    assert.deepEqual(
      client.publishedFor(uri, mark).map((p) => p.version),
      [final],
      'versions typed within the debounce window are never checked',
    );
  });

  test('are not re-published for a version already checked', async () => {
    const uri = untitledUri();
    await client.open(uri, PUNCTUATION);
    await client.waitForDiagnostics(uri);
    const mark = client.mark();
    await client.save(uri);
    await client.configurationChanged();
    // A barrier: a document opened afterwards is checked after the save and the settings change.
    const other = untitledUri();
    await client.open(other, CLEAN);
    await client.waitForDiagnostics(other, undefined, 'the barrier document', mark);
    assert.deepEqual(client.publishedFor(uri, mark), [], 'nothing new for an unchanged version and config');
  });

  test('odmsg.run onSave: nothing on change, a check on save', async () => {
    const uri = temp.uri('on-save.odmsg');
    settings.set(uri, { run: 'onSave' });
    await client.open(uri, CLEAN);
    const opened = await client.waitForDiagnostics(uri);
    assert.equal(opened.diagnostics.length, 0, 'checked on open');
    const mark = client.mark();
    const version = await client.replace(uri, PUNCTUATION);
    // A barrier: another document (onType) changed after this one; its debounced check
    // runs after this one's would have.
    const other = untitledUri();
    await client.open(other, CLEAN);
    await client.waitForDiagnostics(other, undefined, 'the barrier document', mark);
    const barrier = client.mark();
    await client.replace(other, ONE_PUNCTUATION);
    await client.waitForDiagnostics(other, (p) => p.diagnostics.length === 1, 'the barrier document after a change', barrier);
    assert.deepEqual(client.publishedFor(uri, mark), [], 'no check on change under onSave');

    await client.save(uri);
    const saved = await client.waitForDiagnostics(uri, undefined, 'diagnostics after save', mark);
    assert.equal(saved.version, version);
    assert.equal(saved.diagnostics.length, 2);
  });

  test('odmsg.enable false clears them; true brings them back', async () => {
    const uri = temp.uri('toggle.odmsg');
    await client.open(uri, PUNCTUATION);
    await client.waitForDiagnostics(uri, (p) => p.diagnostics.length === 2);
    let mark = client.mark();
    settings.set(uri, { enable: false });
    await client.configurationChanged();
    await client.waitForDiagnostics(uri, (p) => p.diagnostics.length === 0, 'cleared diagnostics', mark);
    assert.deepEqual(await client.codeActions(uri, rangeOfText(PUNCTUATION, '!!'), [], ['source.fixAll.odmsg']), [], 'no fix-all while disabled');
    mark = client.mark();
    settings.delete(uri);
    await client.configurationChanged();
    await client.waitForDiagnostics(uri, (p) => p.diagnostics.length === 2, 'diagnostics again', mark);
  });

  test('are cleared when the document closes', async () => {
    const uri = untitledUri();
    await client.open(uri, PUNCTUATION);
    await client.waitForDiagnostics(uri, (p) => p.diagnostics.length === 2);
    const mark = client.mark();
    await client.close(uri);
    await client.waitForDiagnostics(uri, (p) => p.diagnostics.length === 0, 'cleared diagnostics', mark);
  });

  test('a template in a folder that does not exist is checked with the defaults', async () => {
    const uri = temp.uri('no', 'such', 'folder', 'x.odmsg');
    assert.equal(fs.existsSync(temp.path('no')), false);
    await client.open(uri, PUNCTUATION);
    const { diagnostics } = await client.waitForDiagnostics(uri);
    assert.deepEqual(
      diagnostics.map((d) => d.severity),
      [DiagnosticSeverity.Warning, DiagnosticSeverity.Warning],
    );
  });

  test('front matter rules apply (engine layer on top)', async () => {
    const uri = untitledUri();
    const text = PUNCTUATION.replace(HEADER, '---\nkind: eConfirmation\nchannel: sms\nrules:\n  excessive-punctuation: info\n---\n');
    await client.open(uri, text);
    const { diagnostics } = await client.waitForDiagnostics(uri);
    assert.deepEqual(
      diagnostics.map((d) => d.severity),
      [DiagnosticSeverity.Information, DiagnosticSeverity.Information],
    );
  });

  test("Open Dental's default per-appointment eConfirmation line, marked as one, gets no diagnostics", async () => {
    const uri = untitledUri();
    const line = '---\nkind: eConfirmation\nchannel: sms\naggregate: perAppointment\n---\n[NameF] is scheduled for [ApptTime] on [ApptDate] at [ClinicName].\n';
    await client.open(uri, line);
    assert.deepEqual((await client.waitForDiagnostics(uri, (p) => p.version === 1)).diagnostics, []);
    // Unmarked, it is a single eConfirmation text, which has no way to confirm.
    const version = await client.replace(uri, line.replace('aggregate: perAppointment\n', ''));
    const { diagnostics } = await client.waitForDiagnostics(uri, (p) => p.version === version);
    assert.deepEqual(
      diagnostics.map((d) => d.code),
      ['missing-required-tag'],
    );
  });
});
