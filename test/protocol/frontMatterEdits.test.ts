// Code actions that edit front matter over the protocol: none where the front matter is not
// closed (a new block above would send the old `---` and `kind:` lines to patients), and the
// settings and comments already there are kept.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver/node';
import { untitledUri } from './fixtures';
import { applyTextEdits, editsFor } from './lspClient';
import { serverForSuite } from './suiteServer';

describe('front matter edits', () => {
  const { client } = serverForSuite();

  async function actionsFor(text: string): Promise<{ uri: string; titles: string[]; diagnostics: Diagnostic[]; apply: (title: string) => string }> {
    const uri = untitledUri();
    const mark = client.mark();
    await client.open(uri, text);
    const { diagnostics } = await client.waitForDiagnostics(uri, undefined, `diagnostics for ${uri}`, mark);
    const ours = diagnostics.filter((d) => d.code === 'excessive-punctuation' || d.code === 'tag-not-available');
    assert.ok(ours.length > 0, JSON.stringify(diagnostics));
    const actions = (await client.codeActions(uri, ours[0].range, ours)) ?? [];
    return {
      uri,
      diagnostics,
      titles: actions.map((a) => a.title),
      apply: (title) => {
        const action = actions.find((a) => a.title === title);
        assert.ok(action, `"${title}" among ${JSON.stringify(actions.map((a) => a.title))}`);
        return applyTextEdits(text, editsFor(action.edit, uri)[0].edits);
      },
    };
  }

  test('an unclosed front matter gets the quick fix, but no Disable or Set action', async () => {
    const { titles } = await actionsFor('---\nkind: eReminder\nrules:\n  all-caps: off\nHi [NameF]!! See you [ApptDate].\n');
    assert.ok(titles.includes('Replace "!!" with "!"'), JSON.stringify(titles));
    assert.deepEqual(
      titles.filter((t) => /^(Disable|Set) /.test(t)),
      [],
    );
    const email = await actionsFor('---\nchannel: sms\nSee [Appts]!! and your [ConfirmCode]\n');
    assert.deepEqual(
      email.titles.filter((t) => /^(Disable|Set) /.test(t)),
      [],
      'Set kind / aggregate above an unclosed block',
    );
  });

  test('"Disable" keeps the rules already set and the comment after them', async () => {
    const text = '---\nkind: eReminder\nrules: { spam-phrases: off } # note\n---\nHi [NameF]!! FREE cleaning on [ApptDate].\n';
    const { apply, diagnostics } = await actionsFor(text);
    assert.ok(!diagnostics.some((d) => d.code === 'spam-phrases' || d.code === 'invalid-front-matter'), `the map applies: ${JSON.stringify(diagnostics)}`);
    assert.equal(apply('Turn off excessive-punctuation in this file'), text.replace('{ spam-phrases: off }', '{ spam-phrases: off, excessive-punctuation: off }'));
  });
});
