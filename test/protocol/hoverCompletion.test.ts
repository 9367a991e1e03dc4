// Hover on tags and completion of tag names and front matter values.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { CompletionItem, CompletionList, MarkupContent, TextEdit } from 'vscode-languageserver/node';
import { CLEAN, HEADER, untitledUri } from './fixtures';
import { applyTextEdits, positionAt, rangeOfText } from './lspClient';
import { serverForSuite } from './suiteServer';

function items(result: CompletionItem[] | CompletionList | null): CompletionItem[] {
  if (!result) return [];
  return Array.isArray(result) ? result : result.items;
}

/** The text after accepting `label` at the end of `text`. */
function accept(text: string, list: CompletionItem[], label: string): string {
  const item = list.find((i) => i.label === label);
  assert.ok(item, `a completion item ${label} among ${list.length}`);
  assert.ok(item.textEdit && 'range' in item.textEdit, 'a plain text edit');
  return applyTextEdits(text, [item.textEdit as TextEdit]);
}

describe('hover and completion', () => {
  const { client } = serverForSuite();

  test('hover on a tag: description, example, kinds, manual page', async () => {
    const uri = untitledUri();
    await client.open(uri, CLEAN);
    const range = rangeOfText(CLEAN, '[NameF]');
    const hover = await client.hover(uri, { line: range.start.line, character: range.start.character + 2 });
    assert.ok(hover);
    assert.deepEqual(hover.range, range);
    const { kind, value } = hover.contents as MarkupContent;
    assert.equal(kind, 'markdown');
    assert.match(value, /^\*\*\[NameF\]\*\*/);
    assert.match(value, /The patient's first name\./);
    assert.match(value, /Example value: `Maria`/);
    assert.match(value, /Filled in: .*eConfirmation/);
    assert.match(value, /✓ Filled in eConfirmation \(this file's kind\)/);
    assert.match(value, /\(https:\/\/www\.opendental\.com\/manual\/editrule\.html\)/);
  });

  test('hover on an unknown tag says it is sent as typed; on plain text, nothing', async () => {
    const text = CLEAN.replace('[ApptDate]', '[ApptDte]');
    const uri = untitledUri();
    await client.open(uri, text);
    const hover = await client.hover(uri, rangeOfText(text, 'ApptDte').start);
    assert.ok(hover);
    assert.match((hover.contents as MarkupContent).value, /^\*\*\[ApptDte\]\*\*[\s\S]*as typed/);
    assert.equal(await client.hover(uri, rangeOfText(text, 'scheduled').start), null);
    assert.equal(await client.hover(uri, { line: 1, character: 2 }), null, 'front matter is not a tag');
  });

  test('after "[" with the bracket auto-closed: the name goes in and the "]" is kept once', async () => {
    // No kind: every tag, in every spelling.
    const text = 'Hi []';
    const uri = untitledUri();
    await client.open(uri, text);
    const list = items(await client.completion(uri, positionAt(text, text.length - 1)));
    assert.ok(list.length > 40, `every tag spelling (${list.length})`);
    const nameF = list.find((i) => i.label === 'NameF');
    assert.equal(nameF?.detail, "The patient's first name.");
    assert.match((nameF?.documentation as MarkupContent).value, /Example value: `Maria`/);
    // Each fact once: the description is the detail, not repeated in the documentation; the manual link is labelled by its title.
    assert.doesNotMatch((nameF?.documentation as MarkupContent).value, /first name/);
    assert.match((nameF?.documentation as MarkupContent).value, /Open Dental manual: \[Edit Rule\]\(https:\/\/www\.opendental\.com\/manual\/editrule\.html\)/);
    assert.equal(accept(text, list, 'NameF'), 'Hi [NameF]');
    assert.ok(
      list.some((i) => i.label === 'nameF' && /statement/i.test(i.labelDetails?.description ?? '')),
      'kind-specific spellings too',
    );
  });

  test('a partly typed name is replaced, and the missing "]" added', async () => {
    const text = `${HEADER}See you on [Appt`;
    const uri = untitledUri();
    await client.open(uri, text);
    const list = items(await client.completion(uri, positionAt(text, text.length)));
    assert.equal(accept(text, list, 'ApptDate'), `${HEADER}See you on [ApptDate]`);
  });

  test('front matter: kind and channel values', async () => {
    const text = '---\nkind: eRem\nchannel: \n---\nHi\n';
    const uri = untitledUri();
    await client.open(uri, text);
    const kinds = items(await client.completion(uri, { line: 1, character: 10 }));
    const asap = kinds.find((i) => i.label === 'webSchedASAP');
    assert.equal(asap?.detail, 'Web Sched ASAP (texts and emails)');
    assert.deepEqual(asap?.documentation, { kind: 'markdown', value: 'Open Dental manual: [ASAP Message Setup](https://www.opendental.com/manual/asapmsgs.html)' });
    assert.ok(kinds.some((i) => i.label === 'eConfirmation'));
    assert.equal(accept(text, kinds, 'eReminder'), text.replace('eRem', 'eReminder'));
    const channels = items(await client.completion(uri, { line: 2, character: 9 }));
    assert.deepEqual(
      channels.map((i) => i.label),
      ['sms', 'email'],
    );
  });

  test('no completion in plain text', async () => {
    const uri = untitledUri();
    await client.open(uri, CLEAN);
    assert.equal(await client.completion(uri, rangeOfText(CLEAN, 'scheduled').end), null);
  });
});
