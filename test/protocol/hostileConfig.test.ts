// Config files written to break the checker, seen from the editor: the same problems as
// the command line (the engine's validateConfigText, capped), on the config file at the same
// positions; and a config that once stalled the server (100,000 phrases: 44 s, then 27 s
// on every hover) leaves every request answered within the client's timeout.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { DiagnosticSeverity } from 'vscode-languageserver/node';
import { MAX_CONFIG_PROBLEMS } from '../../server/src/engine/configValidation';
import { PUNCTUATION } from './fixtures';
import { applyTextEdits, editsFor, messageOf, positionAt } from './lspClient';
import { serverForSuite } from './suiteServer';

describe('hostile .odmsgrc.json files', () => {
  const { client, temp } = serverForSuite();

  test('100,000 phrases: the template is checked with them, and hover, completion and code actions answer', async () => {
    const add = Array.from({ length: 100_000 }, (_, i) => `phrase${i} word${i % 1000}`);
    const rcText = JSON.stringify({ spamPhrases: { add } });
    const rcUri = temp.write('many/.odmsgrc.json', rcText);
    const text = `${PUNCTUATION}phrase4242 word242 is here.\n`;
    const uri = temp.uri('many', 't.odmsg');
    await client.open(uri, text);
    const { diagnostics } = await client.waitForDiagnostics(uri, (p) => p.diagnostics.some((d) => d.code === 'spam-phrases'), 'the added phrase reported');
    const at = positionAt(text, text.indexOf('phrase4242'));
    assert.deepEqual(
      diagnostics.filter((d) => d.code === 'spam-phrases').map((d) => d.range.start),
      [at],
    );
    // Each request lints again or reads the cache; none may stall (the client gives each 15 s).
    for (let i = 0; i < 3; i++) {
      await client.hover(uri, at);
      await client.completion(uri, at);
      await client.codeActions(uri, diagnostics[0].range, diagnostics);
    }
    // Turning a rule off edits that one 2 MB line (formatting it took minutes): a valid config comes out.
    const actions = (await client.codeActions(uri, diagnostics[0].range, diagnostics)) ?? [];
    const turnOff = actions.find((a) => /^Turn off .* in \.odmsgrc\.json$/.test(a.title));
    assert.ok(turnOff, actions.map((a) => a.title).join(', '));
    const edited = JSON.parse(applyTextEdits(rcText, editsFor(turnOff.edit, rcUri)[0].edits)) as { rules: Record<string, string>; spamPhrases: { add: string[] } };
    assert.equal(edited.spamPhrases.add.length, 100_000);
    assert.deepEqual(Object.values(edited.rules), ['off']);
  });

  test('nested 10,000 levels: an error on the config file at the bracket past the limit; the template gets the defaults', async () => {
    const rcUri = temp.write('deep/.odmsgrc.json', `${'['.repeat(10_000)}${']'.repeat(10_000)}`);
    const uri = temp.uri('deep', 't.odmsg');
    const mark = client.mark();
    await client.open(uri, PUNCTUATION);
    await client.waitForDiagnostics(uri, undefined, 'the template', mark);
    const { diagnostics } = await client.waitForDiagnostics(rcUri, undefined, 'the config file', mark);
    assert.deepEqual(
      diagnostics.map((d) => [d.range.start, d.severity]),
      [[{ line: 0, character: 32 }, DiagnosticSeverity.Error]],
    );
    assert.match(messageOf(diagnostics[0]), /more than 32 levels deep/);
  });

  test('60,000 unknown keys: the first problems where they are, then one saying how many more', async () => {
    const keys = Array.from({ length: 60_000 }, (_, i) => `"unknown${i}": 1`);
    const rcUri = temp.write('keys/.odmsgrc.json', `{\n${keys.join(',\n')}\n}\n`);
    const uri = temp.uri('keys', 't.odmsg');
    const mark = client.mark();
    await client.open(uri, PUNCTUATION);
    const { diagnostics } = await client.waitForDiagnostics(rcUri, undefined, 'the config file', mark);
    assert.equal(diagnostics.length, MAX_CONFIG_PROBLEMS + 1);
    assert.deepEqual(
      diagnostics.slice(0, 2).map((d) => d.range.start),
      [
        { line: 1, character: 0 },
        { line: 2, character: 0 },
      ],
    );
    assert.match(messageOf(diagnostics[MAX_CONFIG_PROBLEMS]), /59,980 more problems in this file/);
  });

  test('"constructor" as a rule id and "__proto__" in spamPhrases are reported on the file', async () => {
    const rcUri = temp.write('proto/.odmsgrc.json', '{"rules": {"constructor": "off"}, "spamPhrases": {"__proto__": {"add": ["scheduled"]}}}');
    const uri = temp.uri('proto', 't.odmsg');
    const mark = client.mark();
    await client.open(uri, PUNCTUATION);
    const { diagnostics } = await client.waitForDiagnostics(rcUri, undefined, 'the config file', mark);
    assert.deepEqual(
      diagnostics.map((d) => messageOf(d).split('.')[0]),
      ['Unknown rule "constructor"', 'Unknown key in "spamPhrases" "__proto__"'],
    );
    const template = await client.waitForDiagnostics(uri, undefined, 'the template', mark);
    assert.ok(!template.diagnostics.some((d) => d.code === 'spam-phrases'), `"__proto__".add took effect: ${JSON.stringify(template.diagnostics)}`);
  });
});
