// Code actions: quick fixes and suggestions from diagnostic data, fix-all for one rule and
// for the file (source.fixAll.odmsg), disabling a rule in front matter, allowing a link's
// domain in .odmsgrc.json, the fix-all command; and nothing for a stale version.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { after, describe, test } from 'node:test';
import { CodeActionKind, FileChangeType, type CodeAction, type Diagnostic } from 'vscode-languageserver/node';
import { CLEAN, HEADER, ONE_PUNCTUATION, PUNCTUATION, PUNCTUATION_FIXED, requireRules, TempDir, untitledUri } from './fixtures';
import { applyTextEdits, editsFor, rangeOfText } from './lspClient';
import { FULL_RESULTS_KEPT } from '../../server/src/lsp/diagnosticsScheduler';
import { serverForSuite } from './suiteServer';

const FIX_ALL = 'source.fixAll.odmsg';

/** The text after applying the action's edit to `uri`, checking that the edit is bound to `version`. */
function applyAction(text: string, action: CodeAction, uri: string, version: number): string {
  const changes = editsFor(action.edit, uri);
  assert.equal(changes.length, 1, `one TextDocumentEdit for ${uri} in ${JSON.stringify(action)}`);
  assert.equal(changes[0].version, version, 'the edit is bound to the document version');
  assert.equal(action.edit?.changes, undefined, 'documentChanges only');
  return applyTextEdits(text, changes[0].edits);
}

describe('code actions', () => {
  const { client, temp } = serverForSuite({ workspaceFolder: true });

  async function openWithDiagnostics(text: string, uri = untitledUri()): Promise<{ uri: string; diagnostics: Diagnostic[] }> {
    const mark = client.mark();
    await client.open(uri, text);
    const { diagnostics } = await client.waitForDiagnostics(uri, undefined, `diagnostics for ${uri}`, mark);
    return { uri, diagnostics };
  }

  test('a quick fix for the diagnostic (preferred), fix-all for its rule, and disable', async () => {
    const { uri, diagnostics } = await openWithDiagnostics(PUNCTUATION);
    const [first] = diagnostics;
    const actions = (await client.codeActions(uri, first.range, [first])) ?? [];
    assert.deepEqual(
      actions.map((a) => [a.title, a.kind, a.isPreferred ?? false]),
      [
        ['Replace "!!" with "!"', CodeActionKind.QuickFix, true],
        ['Fix all excessive-punctuation problems in this file', CodeActionKind.QuickFix, false],
        ['Turn off excessive-punctuation in this file', CodeActionKind.QuickFix, false],
      ],
    );
    assert.deepEqual(actions[0].diagnostics, [first]);
    assert.equal(applyAction(PUNCTUATION, actions[0], uri, 1), PUNCTUATION.replace('!!', '!'));
    assert.equal(applyAction(PUNCTUATION, actions[1], uri, 1), PUNCTUATION_FIXED);
  });

  test('a document whose full result the server no longer keeps still gets its fixes', async () => {
    // The server keeps full lint results for the last FULL_RESULTS_KEPT documents only
    // (diagnosticsScheduler.ts); an older one is linted again when code actions are asked for.
    const { uri, diagnostics } = await openWithDiagnostics(PUNCTUATION);
    for (let i = 0; i < FULL_RESULTS_KEPT + 2; i++) await openWithDiagnostics(ONE_PUNCTUATION);
    const actions = (await client.codeActions(uri, diagnostics[0].range, [diagnostics[0]])) ?? [];
    assert.deepEqual(
      actions.map((a) => a.title),
      ['Replace "!!" with "!"', 'Fix all excessive-punctuation problems in this file', 'Turn off excessive-punctuation in this file'],
    );
    assert.equal(applyAction(PUNCTUATION, actions[1], uri, 1), PUNCTUATION_FIXED);
  });

  test('applying a quick fix re-checks the new version', async () => {
    const { uri, diagnostics } = await openWithDiagnostics(ONE_PUNCTUATION);
    const [fix] = (await client.codeActions(uri, diagnostics[0].range, diagnostics)) ?? [];
    const mark = client.mark();
    const version = await client.edit(uri, editsFor(fix.edit, uri)[0].edits);
    assert.equal(client.text(uri), ONE_PUNCTUATION.replace('!!', '!'));
    await client.waitForDiagnostics(uri, (p) => p.version === version && p.diagnostics.length === 0, 'no diagnostics after the fix', mark);
  });

  test('no fix-all for a rule with a single fixable problem', async () => {
    const { uri, diagnostics } = await openWithDiagnostics(ONE_PUNCTUATION);
    const titles = ((await client.codeActions(uri, diagnostics[0].range, diagnostics)) ?? []).map((a) => a.title);
    assert.deepEqual(titles, ['Replace "!!" with "!"', 'Turn off excessive-punctuation in this file']);
  });

  test('"Turn off <rule> in this file" writes front matter, and the rule goes quiet', async () => {
    const { uri, diagnostics } = await openWithDiagnostics(PUNCTUATION);
    const actions = (await client.codeActions(uri, diagnostics[0].range, diagnostics)) ?? [];
    const disable = actions.find((a) => a.title === 'Turn off excessive-punctuation in this file');
    assert.ok(disable);
    const expected = PUNCTUATION.replace(HEADER, `${HEADER.slice(0, -4)}rules:\n  excessive-punctuation: off\n---\n`);
    assert.equal(applyAction(PUNCTUATION, disable, uri, 1), expected);
    const mark = client.mark();
    const version = await client.edit(uri, editsFor(disable.edit, uri)[0].edits);
    assert.equal(client.text(uri), expected);
    await client.waitForDiagnostics(uri, (p) => p.version === version && p.diagnostics.length === 0, 'the rule disabled', mark);
  });

  test('source.fixAll.odmsg: one action with every safe fix, bound to the version; none once fixed', async () => {
    const { uri, diagnostics } = await openWithDiagnostics(PUNCTUATION);
    const anywhere = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    for (const only of [[FIX_ALL], ['source.fixAll'], ['source']]) {
      const actions = (await client.codeActions(uri, anywhere, [], only)) ?? [];
      assert.deepEqual(
        actions.map((a) => a.kind),
        [FIX_ALL],
        `only=${only}`,
      );
      assert.equal(applyAction(PUNCTUATION, actions[0], uri, 1), PUNCTUATION_FIXED);
    }
    const quickFixesOnly = (await client.codeActions(uri, diagnostics[0].range, diagnostics, [CodeActionKind.QuickFix])) ?? [];
    assert.ok(quickFixesOnly.length > 0 && quickFixesOnly.every((a) => a.kind === CodeActionKind.QuickFix), 'only=quickfix gives no source action');
    const unfiltered = (await client.codeActions(uri, diagnostics[0].range, diagnostics)) ?? [];
    assert.ok(
      unfiltered.every((a) => a.kind !== FIX_ALL),
      'source actions only when asked for',
    );

    const [fixAll] = (await client.codeActions(uri, anywhere, [], [FIX_ALL])) ?? [];
    const mark = client.mark();
    const version = await client.edit(uri, editsFor(fixAll.edit, uri)[0].edits);
    assert.equal(client.text(uri), PUNCTUATION_FIXED);
    assert.deepEqual(await client.codeActions(uri, anywhere, [], [FIX_ALL]), [], 'nothing left to fix');
    await client.waitForDiagnostics(uri, (p) => p.version === version && p.diagnostics.length === 0, 'clean after fix-all', mark);
  });

  test('no action for a clean file', async () => {
    const { uri } = await openWithDiagnostics(CLEAN);
    const anywhere = { start: { line: 4, character: 0 }, end: { line: 4, character: 3 } };
    assert.deepEqual(await client.codeActions(uri, anywhere, [], [FIX_ALL]), []);
    assert.deepEqual(await client.codeActions(uri, anywhere, []), []);
  });

  test('diagnostics from an older version get no actions', async () => {
    const { uri, diagnostics } = await openWithDiagnostics(PUNCTUATION);
    await client.edit(uri, [{ range: rangeOfText(PUNCTUATION, '[NameF]'), newText: 'Hello [NameF]' }]);
    assert.deepEqual(await client.codeActions(uri, diagnostics[0].range, diagnostics), []);
  });

  test('suggestions are quick fixes, never preferred, never in fix-all', async () => {
    requireRules('unknown-tag', 'tag-case');
    const text = `${HEADER}[namef], see you on [ApptDte] at [ApptTime]!! Reply [ConfirmCode] to confirm. [OfficeName]\n`;
    const { uri, diagnostics } = await openWithDiagnostics(text);
    const unknown = diagnostics.find((d) => d.code === 'unknown-tag');
    assert.ok(unknown, 'an unknown-tag diagnostic');
    const actions = (await client.codeActions(uri, unknown.range, [unknown])) ?? [];
    const suggestion = actions[0];
    assert.match(suggestion.title, /ApptDate/);
    assert.equal(suggestion.isPreferred, undefined);
    assert.equal(applyAction(text, suggestion, uri, 1), text.replace('[ApptDte]', '[ApptDate]'));

    const tagCase = diagnostics.find((d) => d.code === 'tag-case');
    assert.ok(tagCase, 'a tag-case diagnostic');
    const [preferred] = (await client.codeActions(uri, tagCase.range, [tagCase])) ?? [];
    assert.equal(preferred.isPreferred, true);
    assert.equal(applyAction(text, preferred, uri, 1), text.replace('[namef]', '[NameF]'));

    const anywhere = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const [fixAll] = (await client.codeActions(uri, anywhere, [], [FIX_ALL])) ?? [];
    assert.equal(applyAction(text, fixAll, uri, 1), `${HEADER}[NameF], see you on [ApptDte] at [ApptTime]! Reply [ConfirmCode] to confirm. [OfficeName]\n`, 'fixes applied, the did-you-mean left alone');
  });

  test('a suggestion carried in diagnostic data (stateless: nothing cached on the server)', async () => {
    const { uri } = await openWithDiagnostics(CLEAN);
    const at = CLEAN.indexOf('[OfficeName]');
    const made: Diagnostic = {
      range: rangeOfText(CLEAN, '[OfficeName]'),
      message: 'made up by the test',
      source: 'odmsg',
      code: 'invented-rule',
      data: { ruleId: 'invented-rule', version: 1, suggestions: [{ desc: 'Say [ClinicName]', fix: { range: [at, at + 12], text: '[ClinicName]' } }] },
    };
    const actions = (await client.codeActions(uri, made.range, [made])) ?? [];
    // A rule the server does not know gets no action named after it (turn off, documentation).
    assert.deepEqual(
      actions.map((a) => a.title),
      ['Say [ClinicName]'],
    );
    assert.equal(applyAction(CLEAN, actions[0], uri, 1), CLEAN.replace('[OfficeName]', '[ClinicName]'));
  });

  test('actions carried in diagnostic data are offered by their kind; malformed ones are dropped', async () => {
    const { uri } = await openWithDiagnostics(CLEAN);
    const made: Diagnostic = {
      range: rangeOfText(CLEAN, '[OfficeName]'),
      message: 'made up by the test',
      source: 'odmsg',
      code: 'invented-rule',
      data: {
        ruleId: 'invented-rule',
        version: 1,
        actions: [
          { kind: 'setFrontMatter', key: 'channel', value: 'email' },
          { kind: 'setFrontMatter', key: '__proto__', value: 'x' },
          { kind: 'allowDomain', domain: 42 },
          { kind: 'allowDomain', domain: '' },
          { kind: 'runCommand', command: 'rm' },
          null,
        ],
      },
    };
    const actions = (await client.codeActions(uri, made.range, [made])) ?? [];
    assert.deepEqual(
      actions.map((a) => a.title),
      ['Set channel: email'],
    );
  });

  describe('"Allow <domain> in .odmsgrc.json"', () => {
    const linkText = `${HEADER}[NameF], see you [ApptDate] at [ApptTime]. Reply [ConfirmCode] to confirm. To reschedule visit www.smiledental.com/book or call [OfficeName].\n`;
    /** A no-raw-links diagnostic as the rule reports it (made here so these tests do not depend on the rule's wording). */
    function linkDiagnostic(version = 1): Diagnostic {
      const at = linkText.indexOf('www.smiledental.com/book');
      return {
        range: rangeOfText(linkText, 'www.smiledental.com/book'),
        message: 'a typed link',
        source: 'odmsg',
        code: 'no-raw-links',
        data: { ruleId: 'no-raw-links', version, suggestions: [{ desc: 'Remove the link', fix: { range: [at, at + 24], text: '' } }], actions: [{ kind: 'allowDomain', domain: 'smiledental.com' }] },
      };
    }
    const allowAction = async (uri: string) => {
      const d = linkDiagnostic();
      const actions = (await client.codeActions(uri, d.range, [d])) ?? [];
      return actions.find((a) => a.title === 'Allow smiledental.com in .odmsgrc.json');
    };

    test('creates .odmsgrc.json at the workspace folder root when there is none', async () => {
      const uri = temp.uri('fresh', 'nested', 'x.odmsg');
      await client.open(uri, linkText);
      const action = await allowAction(uri);
      assert.ok(action, 'the allow action');
      const rcUri = temp.uri('.odmsgrc.json');
      const [create, insert] = action.edit?.documentChanges ?? [];
      assert.deepEqual(create, { kind: 'create', uri: rcUri });
      assert.ok(insert && 'textDocument' in insert);
      assert.deepEqual(insert.textDocument, { uri: rcUri, version: null });
      const written = applyTextEdits('', editsFor(action.edit, rcUri)[0].edits);
      assert.deepEqual(JSON.parse(written), { allowedDomains: ['smiledental.com'] });
    });

    test('adds the domain to the nearest existing file, keeping its comments', async () => {
      const rcText = '{\n  // approved by the office manager\n  "allowedDomains": ["example.com"],\n  "rules": { "all-caps": "warning" }\n}\n';
      const rcUri = temp.write('existing/.odmsgrc.json', rcText);
      const uri = temp.uri('existing', 'x.odmsg');
      await client.open(uri, linkText);
      const action = await allowAction(uri);
      assert.ok(action, 'the allow action');
      const [change] = editsFor(action.edit, rcUri);
      assert.equal(change.version, null);
      const updated = applyTextEdits(rcText, change.edits);
      assert.match(updated, /\/\/ approved by the office manager/);
      assert.match(updated, /"allowedDomains": \[\s*"example\.com",\s*"smiledental\.com"\s*\]/);

      const noList = '{\n  // nothing allowed yet\n  "rules": {}\n}\n';
      fs.writeFileSync(temp.path('existing/.odmsgrc.json'), noList);
      await client.watchedFilesChanged([{ uri: rcUri, type: FileChangeType.Changed }]);
      const again = await allowAction(uri);
      assert.ok(again);
      const added = applyTextEdits(noList, editsFor(again.edit, rcUri)[0].edits);
      assert.match(added, /\/\/ nothing allowed yet/);
      assert.deepEqual(JSON.parse(added.replace(/\/\/.*\n/, '')).allowedDomains, ['smiledental.com']);
    });

    test('not offered when the file already allows it, or does not parse', async () => {
      const rcUri = temp.write('allowed/.odmsgrc.json', '{ "allowedDomains": ["WWW.SmileDental.com"] }');
      const uri = temp.uri('allowed', 'x.odmsg');
      await client.open(uri, linkText);
      assert.equal(await allowAction(uri), undefined);
      fs.writeFileSync(temp.path('allowed/.odmsgrc.json'), '{ "allowedDomains": [');
      await client.watchedFilesChanged([{ uri: rcUri, type: FileChangeType.Changed }]);
      assert.equal(await allowAction(uri), undefined);
    });

    test('not offered for an untitled document', async () => {
      const uri = untitledUri();
      await client.open(uri, linkText);
      assert.equal(await allowAction(uri), undefined);
    });

    test('the real rule reports the domain', async () => {
      requireRules('no-raw-links');
      const { uri, diagnostics } = await openWithDiagnostics(linkText, temp.uri('real', 'x.odmsg'));
      const link = diagnostics.find((d) => d.code === 'no-raw-links');
      assert.ok(link, 'a no-raw-links diagnostic');
      const titles = ((await client.codeActions(uri, link.range, [link])) ?? []).map((a) => a.title);
      assert.ok(titles.includes('Allow smiledental.com in .odmsgrc.json'), `got ${JSON.stringify(titles)}`);
    });
  });

  describe('"Turn off <rule> in .odmsgrc.json"', () => {
    const TURN_OFF = 'Turn off excessive-punctuation in .odmsgrc.json';
    async function turnOffAction(uri: string, text = PUNCTUATION): Promise<{ action: CodeAction | undefined; diagnostics: Diagnostic[] }> {
      const { diagnostics } = await openWithDiagnostics(text, uri);
      const ours = diagnostics.filter((d) => d.code === 'excessive-punctuation');
      const actions = (await client.codeActions(uri, ours[0].range, ours)) ?? [];
      return { action: actions.find((a) => a.title === TURN_OFF), diagnostics: ours };
    }

    test('beside the per-file action; creates a minimal .odmsgrc.json at the workspace folder root when there is none', async () => {
      requireRules('excessive-punctuation');
      const uri = temp.uri('off-fresh', 'nested', 'x.odmsg');
      const { diagnostics } = await openWithDiagnostics(PUNCTUATION, uri);
      const actions = (await client.codeActions(uri, diagnostics[0].range, [diagnostics[0]])) ?? [];
      assert.deepEqual(
        actions.map((a) => a.title),
        ['Replace "!!" with "!"', 'Fix all excessive-punctuation problems in this file', 'Turn off excessive-punctuation in this file', TURN_OFF],
      );
      const action = actions[3];
      assert.deepEqual(action.diagnostics, [diagnostics[0]]);
      const rcUri = temp.uri('.odmsgrc.json');
      const [create, insert] = action.edit?.documentChanges ?? [];
      assert.deepEqual(create, { kind: 'create', uri: rcUri });
      assert.ok(insert && 'textDocument' in insert);
      assert.deepEqual(JSON.parse(applyTextEdits('', editsFor(action.edit, rcUri)[0].edits)), { rules: { 'excessive-punctuation': 'off' } });
    });

    test('edits the nearest file keeping its comments and layout, and the diagnostics go away once it is saved', async () => {
      const rcText = '{\n  // the office manager chose these\n  "rules": {\n    "all-caps": "warning" // shouting is rare here\n  }\n}\n';
      const rcUri = temp.write('off-existing/.odmsgrc.json', rcText);
      const uri = temp.uri('off-existing', 'x.odmsg');
      const { action, diagnostics } = await turnOffAction(uri);
      assert.ok(action, 'the turn-off action');
      const [change] = editsFor(action.edit, rcUri);
      assert.equal(change.version, null);
      const updated = applyTextEdits(rcText, change.edits);
      assert.equal(updated, '{\n  // the office manager chose these\n  "rules": {\n    "excessive-punctuation": "off",\n    "all-caps": "warning" // shouting is rare here\n  }\n}\n');
      const mark = client.mark();
      fs.writeFileSync(temp.path('off-existing/.odmsgrc.json'), updated);
      await client.watchedFilesChanged([{ uri: rcUri, type: FileChangeType.Changed }]);
      await client.waitForDiagnostics(uri, (p) => !p.diagnostics.some((d) => d.code === 'excessive-punctuation'), 'the rule turned off by the config', mark);
      // The earlier diagnostics still match the document's version: asked again, the file already turns the rule off.
      const again = (await client.codeActions(uri, diagnostics[0].range, diagnostics)) ?? [];
      assert.ok(!again.some((a) => a.title === TURN_OFF), 'not offered once the file turns it off');
    });

    test('not offered where the front matter sets the rule (it overrides the config), for a file that does not parse, or untitled', async () => {
      const fm = PUNCTUATION.replace(HEADER, `${HEADER.slice(0, -4)}rules:\n  excessive-punctuation: warning\n---\n`);
      assert.equal((await turnOffAction(temp.uri('off-fm', 'x.odmsg'), fm)).action, undefined);
      temp.write('off-broken/.odmsgrc.json', '{ "rules": {');
      assert.equal((await turnOffAction(temp.uri('off-broken', 'x.odmsg'))).action, undefined);
      assert.equal((await turnOffAction(untitledUri())).action, undefined);
    });
  });

  describe('"Turn off <rule> in .odmsgrc.json" under a config above the workspace folder', () => {
    // The config that applies is outside the folder: editing it could change other folders, and
    // a new file inside would replace it (config files do not cascade), so nothing is offered.
    const outer = new TempDir();
    const inner = serverForSuite({ workspaceFolders: [{ uri: outer.uri('inner'), name: 'inner' }] });
    after(() => outer.dispose());
    test('is not offered; the per-file action still is', async () => {
      outer.write('.odmsgrc.json', '{ "rules": { "all-caps": "warning" } }');
      const uri = outer.write('inner/x.odmsg', PUNCTUATION);
      const mark = inner.client.mark();
      await inner.client.open(uri, PUNCTUATION);
      const { diagnostics } = await inner.client.waitForDiagnostics(uri, undefined, 'diagnostics', mark);
      const titles = ((await inner.client.codeActions(uri, diagnostics[0].range, diagnostics)) ?? []).map((a) => a.title);
      assert.ok(titles.includes('Turn off excessive-punctuation in this file'), titles.join(', '));
      assert.ok(!titles.some((t) => t.endsWith('in .odmsgrc.json')), titles.join(', '));
    });
  });

  describe('"Show documentation for <rule>" (a client with odmsg.showRuleDocs)', () => {
    const docs = serverForSuite({ initializationOptions: { showRuleDocs: true } });
    test("runs the client's command with the rule's page, the diagnostic's docs link", async () => {
      const uri = untitledUri();
      const mark = docs.client.mark();
      await docs.client.open(uri, ONE_PUNCTUATION);
      const { diagnostics } = await docs.client.waitForDiagnostics(uri, undefined, 'diagnostics', mark);
      const actions = (await docs.client.codeActions(uri, diagnostics[0].range, diagnostics)) ?? [];
      assert.deepEqual(
        actions.map((a) => a.title),
        ['Replace "!!" with "!"', 'Turn off excessive-punctuation in this file', 'Show documentation for excessive-punctuation'],
      );
      const show = actions[2];
      assert.equal(show.edit, undefined);
      assert.deepEqual(show.command, { title: show.title, command: 'odmsg.showRuleDocs', arguments: [diagnostics[0].codeDescription?.href] });
      assert.match(String(show.command?.arguments?.[0]), /^file:\/\/.*\/docs\/rules\/excessive-punctuation\.md$/);
    });
  });

  describe('odmsg.server.fixAll', () => {
    test('applies the fix-all edit through workspace/applyEdit, bound to the version', async () => {
      const { uri } = await openWithDiagnostics(PUNCTUATION);
      const before = client.appliedEdits.length;
      const mark = client.mark();
      assert.deepEqual(await client.executeCommand('odmsg.server.fixAll', [{ uri, version: 1 }]), { applied: true });
      const [request] = client.appliedEdits.slice(before);
      assert.ok(request, 'a workspace/applyEdit request');
      assert.equal(editsFor(request.edit, uri)[0].version, 1);
      assert.equal(client.text(uri), PUNCTUATION_FIXED);
      await client.waitForDiagnostics(uri, (p) => p.version === 2 && p.diagnostics.length === 0, 'clean after the command', mark);
    });

    test('does nothing for a version the server no longer has, or with nothing to fix', async () => {
      const { uri } = await openWithDiagnostics(PUNCTUATION);
      const before = client.appliedEdits.length;
      assert.deepEqual(await client.executeCommand('odmsg.server.fixAll', [{ uri, version: 7 }]), { applied: false });
      const clean = untitledUri();
      await client.open(clean, CLEAN);
      assert.deepEqual(await client.executeCommand('odmsg.server.fixAll', [{ uri: clean, version: 1 }]), { applied: false });
      assert.equal(client.appliedEdits.length, before);
      assert.equal(client.text(uri), PUNCTUATION);
    });
  });
});
