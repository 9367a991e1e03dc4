// Issue 3 in the editor: hover and completion follow the file's kind (and whether it is a
// per-appointment line), completion of `kind:`, `channel:` and `aggregate:` values, and
// "Set kind: <kind>" for a template whose tags imply its kind.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { CodeAction, CompletionItem, CompletionList, MarkupContent, TextEdit } from 'vscode-languageserver/node';
import kindsData from '../../server/src/engine/data/kinds.json';
import { untitledUri } from './fixtures';
import { applyTextEdits, editsFor, messageOf, positionAt, rangeOfText } from './lspClient';
import { serverForSuite } from './suiteServer';

function labels(result: CompletionItem[] | CompletionList | null): string[] {
  if (!result) return [];
  return (Array.isArray(result) ? result : result.items).map((i) => String(i.label));
}

const header = (kind: string, channel = 'sms') => `---\nkind: ${kind}\nchannel: ${channel}\n---\n`;

describe('kind-aware hover and completion', () => {
  const { client } = serverForSuite();

  async function hoverText(text: string, needle: string): Promise<string> {
    const uri = untitledUri();
    await client.open(uri, text);
    const range = rangeOfText(text, needle);
    const hover = await client.hover(uri, { line: range.start.line, character: range.start.character + 1 });
    assert.ok(hover, `a hover on ${needle}`);
    assert.deepEqual(hover.range, range);
    return (hover.contents as MarkupContent).value;
  }

  const hovers: { kind?: string; tag: string; verdict: RegExp | null }[] = [
    { kind: 'eConfirmation', tag: '[ConfirmCode]', verdict: /✓ Filled in eConfirmation \(this file's kind\)/ },
    { kind: 'eReminder', tag: '[ConfirmCode]', verdict: /✗ Not filled in eReminder \(this file's kind\): Open Dental sends it as typed\./ },
    { kind: 'eReminder', tag: '[Premed]', verdict: /✓ Filled in eReminder/ },
    { kind: 'arrival', tag: '[Premed]', verdict: /✗ Not filled in Arrival/ },
    { kind: 'webSchedASAP', tag: '[ApptDate]', verdict: /✗ Not filled in Web Sched ASAP .*Use \[Date\] there\./ },
    { kind: 'manual', tag: '[ConfirmCode]', verdict: /has no documented tag list/ },
    // No kind: the facts, and no verdict.
    { tag: '[ConfirmCode]', verdict: null },
  ];
  for (const h of hovers) {
    test(`hover on ${h.tag} in ${h.kind ?? 'a template without a kind'}`, async () => {
      const text = `${h.kind ? header(h.kind) : ''}Hi [NameF], ${h.tag} thanks\n`;
      const value = await hoverText(text, h.tag);
      assert.match(value, new RegExp(`^\\*\\*\\${h.tag.slice(0, -1)}\\]\\*\\*: `), 'the tag and its description');
      assert.match(value, /Example value: `/);
      assert.match(value, /Filled in: /);
      if (h.verdict) assert.match(value, h.verdict);
      else assert.doesNotMatch(value, /this file's kind/);
    });
  }

  test('hover notes a spelling the kind does not document', async () => {
    const value = await hoverText(`${header('eConfirmation')}Hi [namef]\n`, '[namef]');
    assert.match(value, /Typed as `\[namef\]`: Open Dental documents the spelling `\[NameF\]`/);
  });

  const completions: { kind?: string; channel?: string; offers: string[]; omits: string[] }[] = [
    { kind: 'eConfirmation', offers: ['NameF', 'ConfirmCode', 'ConfirmURL', 'ApptDate'], omits: ['Premed', 'Arrived', 'Date', 'LName', 'EmailDisclaimer', 'nameF'] },
    { kind: 'eReminder', offers: ['Premed', 'ApptDate', 'AddToCalendar'], omits: ['ConfirmCode', 'Arrived'] },
    { kind: 'arrival', offers: ['Arrived', 'OfficeName'], omits: ['ConfirmCode', 'Premed'] },
    { kind: 'webSchedASAP', offers: ['Date', 'Time', 'ASAPURL'], omits: ['ApptDate', 'ApptTime'] },
    { kind: 'statement', offers: ['namePref', 'StatementURL', 'MsgToPayURL'], omits: ['ConfirmCode'] },
    { kind: 'eConfirmation', channel: 'email', offers: ['ConfirmCode', 'EmailDisclaimer'], omits: ['Premed'] },
    // No kind: every tag, also the ones for other kinds and channels.
    { offers: ['ConfirmCode', 'Premed', 'Arrived', 'Date', 'EmailDisclaimer', 'nameF'], omits: [] },
  ];
  for (const c of completions) {
    test(`completion after "[" in ${c.kind ?? 'a template without a kind'}${c.channel ? ` (${c.channel})` : ''}`, async () => {
      const text = `${c.kind ? header(c.kind, c.channel) : ''}See you [`;
      const uri = untitledUri();
      await client.open(uri, text);
      const offered = labels(await client.completion(uri, positionAt(text, text.length)));
      for (const tag of c.offers) assert.ok(offered.includes(tag), `offers ${tag}: ${offered.join(' ')}`);
      for (const tag of c.omits) assert.ok(!offered.includes(tag), `does not offer ${tag}: ${offered.join(' ')}`);
    });
  }

  /** The completion items at `position` in a new document holding `text`. */
  async function completionItems(text: string, position: { line: number; character: number }): Promise<CompletionItem[]> {
    const uri = untitledUri();
    await client.open(uri, text);
    const result = await client.completion(uri, position);
    return Array.isArray(result) ? result : (result?.items ?? []);
  }

  test('kind: offers every kind in the catalog, with its Open Dental name', async () => {
    const items = await completionItems('---\nkind: \n---\nHi\n', { line: 1, character: 6 });
    assert.deepEqual(items.map((i) => i.label).sort(), Object.keys(kindsData.kinds).sort());
    assert.match(items.find((i) => i.label === 'webSchedASAP')?.detail ?? '', /Web Sched ASAP/);
  });

  test('aggregate: offers the single, aggregate and per-appointment values with what each means', async () => {
    const text = '---\nkind: eConfirmation\naggregate: per\n---\nHi\n';
    const items = await completionItems(text, { line: 2, character: 14 });
    assert.deepEqual(
      items.map((i) => i.label),
      ['true', 'false', 'perAppointment'],
    );
    const line = items.find((i) => i.label === 'perAppointment')!;
    assert.equal(line.detail, 'The per-appointment line of an aggregate template: Open Dental repeats it once per appointment inside [Appts].');
    assert.equal(applyTextEdits(text, [line.textEdit as TextEdit]), text.replace('aggregate: per', 'aggregate: perAppointment'));
    // A kind without aggregate templates has neither slot.
    assert.deepEqual(labels(await completionItems('---\nkind: manual\naggregate: \n---\nHi\n', { line: 2, character: 11 })), ['false']);
  });

  test('in a per-appointment line: no [Appts] offered, and its hover says why', async () => {
    const text = `---\nkind: eConfirmation\nchannel: sms\naggregate: perAppointment\n---\n[NameF] at [ApptTime] [Appts] [`;
    const uri = untitledUri();
    await client.open(uri, text);
    const offered = labels(await client.completion(uri, positionAt(text, text.length)));
    for (const tag of ['NameF', 'ApptTime', 'ApptDate', 'ClinicName']) assert.ok(offered.includes(tag), `offers ${tag}`);
    assert.ok(!offered.includes('Appts'), `does not offer Appts: ${offered.join(' ')}`);
    const value = await hoverText(text, '[Appts]');
    assert.match(value, /✗ Not filled in a per-appointment line: only in the aggregate template, whose \[Appts\] this line fills\./);
  });

  test('channel: offers only the channels the kind is sent by', async () => {
    const arrival = '---\nkind: arrival\nchannel: \n---\nHi\n';
    const uri = untitledUri();
    await client.open(uri, arrival);
    assert.deepEqual(labels(await client.completion(uri, { line: 2, character: 9 })), ['sms']);
    const portal = '---\nkind: patientPortalInvite\nchannel: \n---\nHi\n';
    const other = untitledUri();
    await client.open(other, portal);
    assert.deepEqual(labels(await client.completion(other, { line: 2, character: 9 })), ['email']);
  });
});

describe('"Set kind: <kind>" code action', () => {
  const { client } = serverForSuite();

  async function actionsAt(text: string, needle: string): Promise<{ uri: string; actions: CodeAction[] }> {
    const uri = untitledUri();
    await client.open(uri, text);
    return { uri, actions: (await client.codeActions(uri, rangeOfText(text, needle), [])) ?? [] };
  }

  function setKind(actions: CodeAction[]): CodeAction | undefined {
    return actions.find((a) => a.title.startsWith('Set kind:'));
  }

  test('no front matter: [ConfirmCode] implies eConfirmation, and the action writes the front matter', async () => {
    const text = 'Hi [NameF], reply [ConfirmCode] to confirm. [OfficeName]\n';
    const { uri, actions } = await actionsAt(text, '[ConfirmCode]');
    const action = setKind(actions);
    assert.ok(action, `actions: ${actions.map((a) => a.title).join(', ')}`);
    assert.equal(action.title, 'Set kind: eConfirmation');
    assert.equal(action.kind, 'quickfix');
    const [change] = editsFor(action.edit, uri);
    assert.equal(change.version, 1, 'bound to the document version');
    const fixed = applyTextEdits(text, change.edits);
    assert.equal(fixed, `---\nkind: eConfirmation\n---\n${text}`);

    // Applied, the kind is known: no more action, and completion follows the new kind.
    await client.edit(uri, change.edits);
    assert.equal(setKind((await client.codeActions(uri, rangeOfText(fixed, '[ConfirmCode]'), [])) ?? []), undefined);
    const withBracket = untitledUri();
    await client.open(withBracket, `${fixed}[`);
    const offered = labels(await client.completion(withBracket, positionAt(`${fixed}[`, fixed.length + 1)));
    assert.ok(offered.includes('ConfirmCode') && !offered.includes('Premed'));
  });

  test('front matter without a kind: the kind goes in before the closing line', async () => {
    const text = '---\nchannel: sms\n---\nYou are here? Reply [Arrived] when you arrive.\n';
    const { uri, actions } = await actionsAt(text, 'channel');
    const action = setKind(actions);
    assert.equal(action?.title, 'Set kind: arrival');
    assert.equal(applyTextEdits(text, editsFor(action!.edit, uri)[0].edits), '---\nchannel: sms\nkind: arrival\n---\nYou are here? Reply [Arrived] when you arrive.\n');
  });

  test('not offered on plain words, when the tags fit many kinds, or when the kind is set', async () => {
    const implied = 'Hi [NameF], reply [ConfirmCode] to confirm.\nThanks\n';
    assert.equal(setKind((await actionsAt(implied, 'Thanks')).actions), undefined, 'plain words, no diagnostics');
    assert.equal(setKind((await actionsAt('Hi [NameF], see you [ApptDate].\n', '[NameF]')).actions), undefined, 'tags every kind fills');
    assert.equal(setKind((await actionsAt(`${header('eReminder')}Reply [ConfirmCode]\n`, '[ConfirmCode]')).actions), undefined, 'kind set');
  });
});

describe('front matter actions for tag-not-available', () => {
  const { client } = serverForSuite();

  test('[Appts] in a non-aggregate eReminder offers "Set aggregate: true", which writes the front matter', async () => {
    const text = `${header('eReminder')}[OfficeName]: your appointments [Appts]\n`;
    const uri = untitledUri();
    const mark = client.mark();
    await client.open(uri, text);
    const { diagnostics } = await client.waitForDiagnostics(uri, undefined, `diagnostics for ${uri}`, mark);
    const notAvailable = diagnostics.filter((d) => d.code === 'tag-not-available');
    assert.equal(notAvailable.length, 1, JSON.stringify(diagnostics));
    const actions = (await client.codeActions(uri, notAvailable[0].range, notAvailable)) ?? [];
    const action = actions.find((a) => a.title === 'Set aggregate: true');
    assert.ok(action, `actions: ${actions.map((a) => a.title).join(', ')}`);
    const [change] = editsFor(action.edit, uri);
    assert.equal(applyTextEdits(text, change.edits), `---\nkind: eReminder\nchannel: sms\naggregate: true\n---\n[OfficeName]: your appointments [Appts]\n`);
  });

  test('[Appts] in a per-appointment line: reported, but "Set aggregate: true" is not offered (the line is another template)', async () => {
    const text = `---\nkind: eReminder\nchannel: sms\naggregate: perAppointment\n---\n[NameF] at [ApptTime] [Appts]\n`;
    const uri = untitledUri();
    const mark = client.mark();
    await client.open(uri, text);
    const { diagnostics } = await client.waitForDiagnostics(uri, undefined, `diagnostics for ${uri}`, mark);
    assert.deepEqual(
      diagnostics.map((d) => d.code),
      ['tag-not-available'],
      JSON.stringify(diagnostics),
    );
    assert.match(messageOf(diagnostics[0]), /^\[Appts\] is not filled in a per-appointment line/);
    const titles = ((await client.codeActions(uri, diagnostics[0].range, diagnostics)) ?? []).map((a) => a.title);
    assert.ok(titles.includes('Remove "[Appts]"'), titles.join(', '));
    assert.ok(!titles.some((t) => t.startsWith('Set aggregate')), titles.join(', '));
  });
});
