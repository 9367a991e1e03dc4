import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import type { OdmsgApi } from '../../../client/src/extension';
import type { PreviewState } from '../../../client/src/preview';
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

const WARNING = 'statusBarItem.warningBackground';

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

  it('the status bar shows the billed segments and encoding with an icon, follows typing, and hides for emails and other editors', async () => {
    const odmsg = await api();
    const { doc, editor } = await openFixture('status-bar.odmsg');
    const gsm = await statusBar((t) => t === '$(comment) 1 segment · GSM-7', 'the GSM-7 status bar text');
    assert.ok(gsm);
    assert.equal(odmsg.statusBarBackground, undefined, 'no warning colour for a short GSM-7 text');
    const tooltip = odmsg.statusBarTooltip ?? '';
    assert.match(tooltip, /^\*\*1 segment billed · \$0\.04 a message · \$40\.00 per 1,000\*\*/, "the preview's headline first");
    for (const part of ['Literal text', '\\[NameF\\]', 'Carriers send 1 segment', 'Open Dental counts 1 segment']) {
      assert.ok(tooltip.includes(part), `tooltip should mention ${part}:\n${tooltip}`);
    }

    await typeCurlyApostrophe(doc, editor);
    await statusBar((t) => t === '$(comment) 2 segments · UCS-2', 'the UCS-2 status bar text after typing');
    assert.equal(odmsg.statusBarBackground, WARNING, 'UCS-2: the warning background');
    assert.match(odmsg.statusBarTooltip ?? '', /forced by `’`/);

    await openFixture('status-bar-email.odmsg');
    await statusBar((t) => t === undefined, 'the status bar item to hide for an email template');

    const plain = await vscode.workspace.openTextDocument({ content: 'not a template', language: 'plaintext' });
    await vscode.window.showTextDocument(plain, { preview: false });
    await statusBar((t) => t === undefined, 'the status bar item to stay hidden for a plain text editor');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');

    await vscode.window.showTextDocument(doc, { preview: false });
    await statusBar((t) => /· UCS-2$/.test(t ?? ''), 'the status bar item back for the text');
    assert.equal(odmsg.statusBarBackground, WARNING);
  });

  it('the status bar turns to the warning colour over maxSegments, and back for a short text', async () => {
    const odmsg = await api();
    await openFixture('status-bar-long.odmsg');
    await statusBar((t) => t === '$(comment) 3 segments · GSM-7', 'the status bar text of a GSM-7 text over 2 segments');
    assert.equal(odmsg.statusBarBackground, WARNING, 'more than maxSegments (2): the warning background');
    assert.match(odmsg.statusBarTooltip ?? '', /More than 2 segments \(`maxSegments`\)/);
    await openFixture('status-bar.odmsg');
    await statusBar((t) => t === '$(comment) 1 segment · GSM-7', 'the short text');
    assert.equal(odmsg.statusBarBackground, undefined, 'no warning colour once the text is short and GSM-7');
  });

  it("the status bar shows a per-appointment line's length and encoding, and no segments or price of its own", async () => {
    const odmsg = await api();
    await openFixture('status-bar-per-appointment.odmsg');
    await statusBar((t) => /^\$\(comment\) ≈ \d+ chars per appointment · GSM-7$/.test(t ?? ''), 'the per-appointment status bar text');
    assert.equal(odmsg.statusBarBackground, undefined);
    const tooltip = odmsg.statusBarTooltip ?? '';
    assert.match(tooltip, /per-appointment line estimate/);
    assert.match(tooltip, /"tagLengths": \{ "Appts": \d+ \}/);
    assert.doesNotMatch(tooltip, /billed|per 1,000|\$\d/, tooltip);
  });

  it('"odmsg: Preview message" opens a webview beside the template that shows the billed segments and follows edits', async () => {
    const odmsg = await api();
    const { doc, editor } = await openFixture('status-bar.odmsg');
    const opened = await vscode.commands.executeCommand<PreviewState | undefined>('odmsg.preview');
    assert.ok(opened, 'the command returns what it drew');
    assert.equal(odmsg.preview?.html, opened.html);
    const tab = await waitForPreviewTab();
    assert.notEqual(tab.group.viewColumn, editor.viewColumn, 'beside the template');
    assert.equal(vscode.window.activeTextEditor?.document, doc, 'the template keeps the focus');
    assert.ok(opened.html.includes('<strong>1 segment billed · $0.04 a message · $40.00 per 1,000</strong>'), opened.html);
    assert.ok(opened.html.includes('<span class="value" title="[NameF], a sample value">Maria</span>, we will see you'), opened.html);
    assert.doesNotMatch(opened.html, /<mark|class="cut"|class="headline warning"/);
    assert.match(opened.html, /http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;;[^"]*script-src &#39;none&#39;"/);

    await typeCurlyApostrophe(doc, vscode.window.activeTextEditor!);
    const updated = await waitFor(
      [odmsg.onDidRenderPreview],
      () => (odmsg.preview && odmsg.preview.version > opened.version && odmsg.preview.html.includes('>\u2019</mark>') ? odmsg.preview : undefined),
      'the preview to follow the edit',
      () => odmsg.preview?.html ?? '(closed)',
    );
    assert.ok(updated.html.includes('<strong>2 segments billed · $0.05 a message · $50.00 per 1,000</strong>'), updated.html);
    assert.match(updated.html, /class="headline warning"/);
    assert.ok(
      updated.html.includes(
        '<mark title="&#34;\u2019&#34; (curly apostrophe) is not in GSM-7: the whole text goes as UCS-2, 2 segments ($0.05) instead of 1 ($0.04). Replace it with &#34;&#39;&#34;.">\u2019</mark>',
      ),
      updated.html,
    );
    assert.equal((updated.html.match(/class="cut"/g) ?? []).length, 1, 'one mark: where segment 2 starts');

    await revertActiveEditor();
    await closePreview();
  });

  it('clicking the status bar item opens the preview of the active template', async () => {
    const odmsg = await api();
    const { doc } = await openFixture('status-bar.odmsg');
    await statusBar((t) => t === '$(comment) 1 segment · GSM-7', 'the status bar item for the text');
    assert.equal(previewTab(), undefined, 'no preview open yet');
    const click = odmsg.statusBarCommand;
    assert.ok(click, 'the item has a command');
    // What VS Code runs when the item is clicked: its command with its arguments.
    await vscode.commands.executeCommand(click.command, ...(click.arguments ?? []));
    await waitForPreviewTab();
    const shown = await waitFor(
      [odmsg.onDidRenderPreview],
      () => (odmsg.preview && vscode.Uri.parse(odmsg.preview.uri).toString() === doc.uri.toString() ? odmsg.preview : undefined),
      'the preview of the active template',
      () => odmsg.preview?.uri ?? '(closed)',
    );
    assert.ok(shown.html.includes('1 segment billed'), shown.html);
    await closePreview();
  });

  it('an open preview follows the active template; an email shows its subject and body', async () => {
    const odmsg = await api();
    await openFixture('status-bar.odmsg');
    const first = await vscode.commands.executeCommand<PreviewState | undefined>('odmsg.preview');
    assert.ok(first?.html.includes('billed'));
    await waitForPreviewTab();
    const { doc } = await openFixture('status-bar-email.odmsg');
    const uri = doc.uri.toString();
    const shown = await waitFor(
      [odmsg.onDidRenderPreview],
      () => (odmsg.preview && vscode.Uri.parse(odmsg.preview.uri).toString() === uri ? odmsg.preview : undefined),
      'the preview to show the email template once it is the active editor',
      () => odmsg.preview?.uri ?? '(closed)',
    );
    assert.ok(shown.html.includes('<div class="subject">Please confirm your visit</div><div class="text">Hi Maria, please confirm your visit on '), shown.html);
    assert.doesNotMatch(shown.html, /billed|class="bubble"/);
    await closePreview();
  });
});

function previewTab(): vscode.Tab | undefined {
  return vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith('odmsg.preview'));
}

/** The tab appears after the command returns: the tab model follows the workbench. */
function waitForPreviewTab(): Promise<vscode.Tab> {
  return waitFor([vscode.window.tabGroups.onDidChangeTabs], previewTab, 'a webview tab of type odmsg.preview', allTabs);
}

function allTabs(): string {
  return vscode.window.tabGroups.all
    .flatMap((g) => g.tabs)
    .map((t) => `${t.label} ${t.input instanceof vscode.TabInputWebview ? t.input.viewType : ''}`)
    .join('\n');
}

async function closePreview(): Promise<void> {
  const tab = previewTab();
  if (tab) await vscode.window.tabGroups.close(tab);
}
