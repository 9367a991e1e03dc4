import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import type { OdmsgApi } from '../../../client/src/extension';
import { EVENT_TIMEOUT_MS, EXTENSION_ID, formatRange, openFixture, rangeOf, revertActiveEditor, ruleId, waitFor, waitForDiagnostics, withTimeout } from './helpers';

// Issue 4 in the editor. The fixture workspace's .vscode/settings.json has
//   "editor.codeActionsOnSave": { "source.fixAll.odmsg": "explicit" }

const BEFORE = '[NameF], we will see you [ApptDate] at [ApptTime] at [OfficeName]. Call [OfficePhone] with questions.';
const TYPED = '[NameF], we\u2019ll see you [ApptDate] at [ApptTime] at [OfficeName]. Call [OfficePhone] with questions.';
const SAVED = "[NameF], we'll see you [ApptDate] at [ApptTime] at [OfficeName]. Call [OfficePhone] with questions.";

/** Types a curly apostrophe over " wi" ("we will" → "we’ll"), as a user would. */
async function typeCurlyApostrophe(doc: vscode.TextDocument, editor: vscode.TextEditor): Promise<void> {
  assert.equal(doc.lineAt(4).text, BEFORE, `fixture ${doc.uri.path} changed`);
  const range = rangeOf(doc, ' wi');
  editor.selection = new vscode.Selection(range.start, range.end);
  await vscode.commands.executeCommand('type', { text: '\u2019' });
  assert.equal(doc.lineAt(4).text, TYPED, 'text after typing');
}

async function api(): Promise<OdmsgApi> {
  const extension = vscode.extensions.getExtension<OdmsgApi>(EXTENSION_ID);
  assert.ok(extension, `extension ${EXTENSION_ID} is not loaded`);
  return extension.activate();
}

/** Waits until the status bar item's text (undefined: hidden) satisfies `accept`. */
async function statusBar(accept: (text: string | undefined) => boolean, what: string): Promise<string | undefined> {
  const odmsg = await api();
  const found = await waitFor(
    [odmsg.onDidChangeStatusBar, vscode.window.onDidChangeActiveTextEditor],
    () => (accept(odmsg.statusBarText) ? { text: odmsg.statusBarText } : undefined),
    what,
    () => `status bar text: ${JSON.stringify(odmsg.statusBarText)}`,
  );
  return found.text;
}

describe('text message analysis', () => {
  afterEach(revertActiveEditor);

  // The fixture's front matter turns unsupported-character off (an office that sends
  // apostrophes): only then is the ASCII apostrophe a safe fix, as it is not on Open Dental's list.
  it('typing a curly apostrophe gives non-gsm-character; saving with fix on save writes the ASCII apostrophe', async () => {
    const { doc, editor } = await openFixture('non-gsm-save-target.odmsg');
    await typeCurlyApostrophe(doc, editor);
    const quote = rangeOf(doc, '\u2019');
    const ds = await waitForDiagnostics(doc.uri, (all) => all.some((d) => ruleId(d) === 'non-gsm-character'), 'a non-gsm-character diagnostic');
    const diagnostic = ds.find((d) => ruleId(d) === 'non-gsm-character')!;
    assert.ok(diagnostic.range.isEqual(quote), `at ${formatRange(diagnostic.range)}, not ${formatRange(quote)}`);
    assert.match(diagnostic.message, /UCS-2: 2 segments instead of 1/);

    const saved = await withTimeout(doc.save(), EVENT_TIMEOUT_MS, 'document.save()');
    assert.equal(saved, true, 'document.save() returned false');
    assert.equal(fs.readFileSync(doc.uri.fsPath, 'utf8').split(/\r?\n/)[4], SAVED, 'text on disk after save');
    assert.equal(doc.lineAt(4).text, SAVED, 'text in the editor after save');
    await waitForDiagnostics(doc.uri, (all) => !all.some((d) => ruleId(d) === 'non-gsm-character'), 'non-gsm-character to go away');
  });

  it('the status bar shows length, segments and encoding for the active text, follows typing, and hides for emails and other editors', async () => {
    const odmsg = await api();
    const { doc, editor } = await openFixture('status-bar.odmsg');
    const gsm = await statusBar((t) => /^≈ \d+ chars · 1 segment · GSM-7$/.test(t ?? ''), 'the GSM-7 status bar text');
    assert.ok(gsm);
    const tooltip = odmsg.statusBarTooltip ?? '';
    for (const part of ['Literal text', '\\[NameF\\]', 'by carrier arithmetic', 'by Open Dental billing', 'per 1,000 messages']) {
      assert.ok(tooltip.includes(part), `tooltip should mention ${part}:\n${tooltip}`);
    }

    await typeCurlyApostrophe(doc, editor);
    await statusBar((t) => /^≈ \d+ chars · 2 segments · UCS-2$/.test(t ?? ''), 'the UCS-2 status bar text after typing');
    assert.match(odmsg.statusBarTooltip ?? '', /forced by `’`/);

    await openFixture('status-bar-email.odmsg');
    await statusBar((t) => t === undefined, 'the status bar item to hide for an email template');

    const plain = await vscode.workspace.openTextDocument({ content: 'not a template', language: 'plaintext' });
    await vscode.window.showTextDocument(plain, { preview: false });
    await statusBar((t) => t === undefined, 'the status bar item to stay hidden for a plain text editor');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');

    await vscode.window.showTextDocument(doc, { preview: false });
    await statusBar((t) => /· UCS-2$/.test(t ?? ''), 'the status bar item back for the text');
  });

  it("the status bar shows a per-appointment line's length and encoding, and no segments or price of its own", async () => {
    const odmsg = await api();
    await openFixture('status-bar-per-appointment.odmsg');
    await statusBar((t) => /^≈ \d+ chars per appointment · GSM-7$/.test(t ?? ''), 'the per-appointment status bar text');
    const tooltip = odmsg.statusBarTooltip ?? '';
    assert.match(tooltip, /per-appointment line estimate/);
    assert.match(tooltip, /"tagLengths": \{ "Appts": \d+ \}/);
    assert.doesNotMatch(tooltip, /billed|per 1,000|\$\d/, tooltip);
  });

  it('"odmsg: Preview message" opens a read-only preview beside the template that follows edits', async () => {
    const { doc, editor } = await openFixture('status-bar.odmsg');
    const isPreview = (e: vscode.TextEditor) => e.document.uri.scheme === 'odmsg-preview';
    await vscode.commands.executeCommand('odmsg.preview');
    const preview = await waitFor(
      [vscode.window.onDidChangeVisibleTextEditors],
      () => vscode.window.visibleTextEditors.find(isPreview)?.document,
      'a visible odmsg-preview editor',
      () => vscode.window.visibleTextEditors.map((e) => e.document.uri.toString()).join('\n'),
    );
    const text = preview.getText();
    assert.match(text, /^odmsg preview: status-bar\.odmsg \(text message, eReminder\)/);
    assert.match(text, /Estimate \(typical tag lengths\): ≈ \d+ chars · 1 segment · GSM-7/);
    assert.match(text, /─ segment 1 of 1 \(\d+ chars\) ─/);
    assert.ok(text.includes('Maria, we will see you'), text);
    assert.equal(vscode.window.activeTextEditor?.document, doc, 'the template keeps the focus');

    await vscode.window.showTextDocument(doc, editor.viewColumn);
    await typeCurlyApostrophe(doc, vscode.window.activeTextEditor!);
    const updated = await waitFor(
      [vscode.workspace.onDidChangeTextDocument],
      () => (preview.getText().includes('Maria, we\u2019ll see you') ? preview.getText() : undefined),
      'the preview to follow the edit',
      () => preview.getText(),
    );
    assert.match(updated, /· 2 segments · UCS-2/);
    assert.match(updated, /─ segment 2 of 2 \(\d+ chars\) ─/);

    await revertActiveEditor();
    await vscode.window.showTextDocument(preview);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });
});
