// Configuration: editor settings (odmsg.rules) over .odmsgrc.json files found from the
// template's folder upward; broken or questionable config files get their own diagnostics.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { DiagnosticSeverity, FileChangeType } from 'vscode-languageserver/node';
import { PUNCTUATION, untitledUri } from './fixtures';
import { messageOf } from './lspClient';
import { serverForSuite } from './suiteServer';

const { Error: E, Warning: W, Information: I } = DiagnosticSeverity;
const severities = (p: { diagnostics: { severity?: DiagnosticSeverity }[] }) => p.diagnostics.map((d) => d.severity);
const rc = (rules: Record<string, string>) => JSON.stringify({ rules }, null, 2);

describe('settings and .odmsgrc.json', () => {
  const { client, temp, settings } = serverForSuite();

  test('odmsg.rules changes severities; didChangeConfiguration re-checks', async () => {
    const uri = untitledUri();
    settings.set(uri, { rules: { 'excessive-punctuation': 'error' } });
    await client.open(uri, PUNCTUATION);
    assert.deepEqual(severities(await client.waitForDiagnostics(uri)), [E, E]);
    const mark = client.mark();
    settings.set(uri, { rules: { 'excessive-punctuation': 'off' } });
    await client.configurationChanged();
    await client.waitForDiagnostics(uri, (p) => p.diagnostics.length === 0, 'no diagnostics with the rule off', mark);
  });

  test('.odmsgrc.json applies, follows file events, and settings override it', async () => {
    const rcUri = temp.write('a/.odmsgrc.json', `// team settings\n${rc({ 'excessive-punctuation': 'error' })}`);
    const uri = temp.uri('a', 'deep', 'er', 'x.odmsg');
    await client.open(uri, PUNCTUATION);
    assert.deepEqual(severities(await client.waitForDiagnostics(uri)), [E, E]);

    let mark = client.mark();
    temp.write('a/.odmsgrc.json', rc({ 'excessive-punctuation': 'info' }));
    await client.watchedFilesChanged([{ uri: rcUri, type: FileChangeType.Changed }]);
    assert.deepEqual(severities(await client.waitForDiagnostics(uri, undefined, 'diagnostics after the file changed', mark)), [I, I]);

    mark = client.mark();
    settings.set(uri, { rules: { 'excessive-punctuation': 'error' } });
    await client.configurationChanged();
    assert.deepEqual(severities(await client.waitForDiagnostics(uri, undefined, 'settings over the file', mark)), [E, E]);

    mark = client.mark();
    settings.delete(uri);
    temp.remove('a/.odmsgrc.json');
    await client.watchedFilesChanged([{ uri: rcUri, type: FileChangeType.Deleted }]);
    await client.configurationChanged();
    assert.deepEqual(severities(await client.waitForDiagnostics(uri, (p) => p.diagnostics[0]?.severity === W, 'the defaults again', mark)), [W, W]);
  });

  test('the nearest .odmsgrc.json wins (parents are not merged)', async () => {
    temp.write('n/.odmsgrc.json', rc({ 'excessive-punctuation': 'error', 'all-caps': 'off' }));
    temp.write('n/inner/.odmsgrc.json', rc({ 'excessive-punctuation': 'info' }));
    const inner = temp.uri('n', 'inner', 'x.odmsg');
    const outer = temp.uri('n', 'other', 'x.odmsg');
    await client.open(inner, PUNCTUATION);
    await client.open(outer, PUNCTUATION);
    assert.deepEqual(severities(await client.waitForDiagnostics(inner)), [I, I]);
    assert.deepEqual(severities(await client.waitForDiagnostics(outer)), [E, E]);
  });

  test('a config file created later is picked up', async () => {
    const uri = temp.uri('late', 'x.odmsg');
    await client.open(uri, PUNCTUATION);
    assert.deepEqual(severities(await client.waitForDiagnostics(uri)), [W, W]);
    const mark = client.mark();
    const rcUri = temp.write('late/.odmsgrc.json', rc({ 'excessive-punctuation': 'off' }));
    await client.watchedFilesChanged([{ uri: rcUri, type: FileChangeType.Created }]);
    await client.waitForDiagnostics(uri, (p) => p.diagnostics.length === 0, 'the new file applied', mark);
  });

  test('a broken .odmsgrc.json gets a diagnostic; templates are checked with the defaults until it is fixed', async () => {
    const rcUri = temp.write('broken/.odmsgrc.json', '{\n  "rules": {\n    "excessive-punctuation": "error"\n');
    const uri = temp.uri('broken', 'x.odmsg');
    let mark = client.mark();
    await client.open(uri, PUNCTUATION);
    assert.deepEqual(severities(await client.waitForDiagnostics(uri, undefined, 'the template', mark)), [W, W]);
    const onFile = await client.waitForDiagnostics(rcUri, (p) => p.diagnostics.length > 0, 'a diagnostic on the config file', mark);
    const [d] = onFile.diagnostics;
    assert.equal(d.source, 'odmsg');
    assert.equal(d.code, 'config');
    assert.equal(d.severity, E);
    assert.match(messageOf(d), /Invalid JSON/);
    assert.equal(d.range.start.line, 3, 'at the end of the file, where the brace is missing');

    mark = client.mark();
    temp.write('broken/.odmsgrc.json', '{\n  "rules": {\n    "excessive-punctuation": "error"\n  }\n}\n');
    await client.watchedFilesChanged([{ uri: rcUri, type: FileChangeType.Changed }]);
    await client.waitForDiagnostics(rcUri, (p) => p.diagnostics.length === 0, 'the config diagnostic cleared', mark);
    assert.deepEqual(severities(await client.waitForDiagnostics(uri, undefined, 'the fixed config applied', mark)), [E, E]);
  });

  test('unknown rule ids and bad severities in .odmsgrc.json are warnings on that file', async () => {
    const text = '{\n  // comments are fine\n  "rules": {\n    "excesive-punctuation": "error",\n    "all-caps": "loud",\n  },\n}\n';
    const rcUri = temp.write('questionable/.odmsgrc.json', text);
    const uri = temp.uri('questionable', 'x.odmsg');
    const mark = client.mark();
    await client.open(uri, PUNCTUATION);
    const { diagnostics } = await client.waitForDiagnostics(rcUri, undefined, 'warnings on the config file', mark);
    assert.deepEqual(
      diagnostics.map((d) => [d.code, d.severity, d.range.start.line, d.range.start.character, d.range.end.character]),
      [
        ['config', W, 3, 4, 26],
        ['config', W, 4, 16, 22],
      ],
    );
    assert.match(messageOf(diagnostics[0]), /Unknown rule "excesive-punctuation"/);
    assert.match(messageOf(diagnostics[1]), /"rules.all-caps" must be one of "off", "info", "warning", "error", not "loud"/);
    // The file still parses, so its valid parts apply (all-caps "loud" is ignored).
    assert.deepEqual(severities(await client.waitForDiagnostics(uri, undefined, 'the template', mark)), [W, W]);
  });

  // The output channel (window/logMessage): which config file applies, and what is wrong with it.
  test('each .odmsgrc.json read is logged: "Using" it with its problems, or "Ignoring" it when it does not parse', async () => {
    temp.write('logged/.odmsgrc.json', '{ "rules": { "all-caps": "loud" } }');
    temp.write('logged-broken/.odmsgrc.json', '{ "rules": ');
    await client.open(temp.uri('logged', 'deep', 'x.odmsg'), PUNCTUATION);
    await client.open(temp.uri('logged-broken', 'x.odmsg'), PUNCTUATION);
    const logged = (name: string) => client.waitFor(() => client.logs.find((line) => line.includes(temp.path(name))), `the log line for ${name}`);
    const using = await logged('logged/.odmsgrc.json');
    assert.match(using, /^Using \S+\n "rules\.all-caps" must be one of/);
    const ignoring = await logged('logged-broken/.odmsgrc.json');
    assert.match(ignoring, /^Ignoring \S+\n .*Invalid JSON/);
  });
});

describe('a client without workspace/configuration', () => {
  const { client } = serverForSuite({ configuration: false, settings: () => ({ enable: false }) });

  test('gets the defaults and is never asked for settings', async () => {
    const uri = untitledUri();
    await client.open(uri, PUNCTUATION);
    assert.deepEqual(severities(await client.waitForDiagnostics(uri)), [W, W]);
    assert.equal(client.configurationRequests.length, 0);
    assert.equal(
      client.registrations.some((r) => r.method === 'workspace/didChangeConfiguration'),
      true,
    );
  });

  test('settings it pushes with didChangeConfiguration are used', async () => {
    const uri = untitledUri();
    await client.open(uri, PUNCTUATION);
    await client.waitForDiagnostics(uri);
    const mark = client.mark();
    await client.configurationChanged({ odmsg: { rules: { 'excessive-punctuation': 'info' } } });
    assert.deepEqual(severities(await client.waitForDiagnostics(uri, undefined, 'pushed settings applied', mark)), [I, I]);
  });
});

describe('a client answering null to workspace/configuration', () => {
  const { client } = serverForSuite({ settings: () => null });

  test('gets the defaults', async () => {
    const uri = untitledUri();
    await client.open(uri, PUNCTUATION);
    assert.deepEqual(severities(await client.waitForDiagnostics(uri)), [W, W]);
    assert.ok(client.configurationRequests.length > 0);
  });
});
