// The README's pictures, taken from the real extension in a real VS Code (`npm run screenshots`).
// Each scene sets VS Code up through its API, waits for odmsg's answer (diagnostics, the preview
// tab, the status bar text), then asks the runner for the picture with the UI elements that must
// be on screen first (protocol.ts); a picture that cannot be taken fails its scene with why.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import type { OdmsgApi } from '../../../client/src/extension';
import { waitUntil } from '../../shared/waits';
import { EXTENSION_ID, openFixture, rangeOf, ruleId, waitFor, waitForDiagnostics } from '../suite/helpers';
import { ACK_DIR_VARIABLE, SHOT_MARKER, answerFile, type ShotAnswer, type ShotRequest } from './protocol';

/** A capture waits on up to a few UI elements of 30 s each (camera.ts). */
const SHOT_TIMEOUT_MS = 120_000;
const PREVIEW_SCHEME = 'odmsg-preview';

async function shoot(request: ShotRequest): Promise<void> {
  const ackDir = process.env[ACK_DIR_VARIABLE];
  assert.ok(ackDir, `${ACK_DIR_VARIABLE} is not set: run the scenes with \`npm run screenshots\``);
  const file = answerFile(ackDir, request.name);
  fs.rmSync(file, { force: true });
  const answered = waitUntil(
    (wake) => {
      const watcher = fs.watch(ackDir, wake);
      return () => watcher.close();
    },
    () => (fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as ShotAnswer) : undefined),
    SHOT_TIMEOUT_MS,
    () => new Error(`the runner did not answer the request for "${request.name}" within ${SHOT_TIMEOUT_MS / 1000} s`),
  );
  console.log(`${SHOT_MARKER}${JSON.stringify(request)}`);
  const answer = await answered;
  if (!answer.ok) throw new Error(`screenshot "${request.name}" failed: ${answer.error}`);
}

async function api(): Promise<OdmsgApi> {
  const extension = vscode.extensions.getExtension<OdmsgApi>(EXTENSION_ID);
  assert.ok(extension, `extension ${EXTENSION_ID} is not loaded`);
  return extension.activate();
}

async function openWithProblems(name: string, atLeast: number): Promise<{ doc: vscode.TextDocument; editor: vscode.TextEditor }> {
  const opened = await openFixture(name);
  await waitForDiagnostics(opened.doc.uri, (ds) => ds.length >= atLeast, `at least ${atLeast} problems in ${name}`);
  return opened;
}

/** The tab of the preview `odmsg.preview` opened: a webview, or a text document of PREVIEW_SCHEME. */
function previewTab(): vscode.Tab | undefined {
  return vscode.window.tabGroups.all
    .flatMap((group) => group.tabs)
    .find((tab) => tab.input instanceof vscode.TabInputWebview || (tab.input instanceof vscode.TabInputText && tab.input.uri.scheme === PREVIEW_SCHEME));
}

describe('README screenshots', () => {
  beforeEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.commands.executeCommand('workbench.action.closePanel');
  });

  it('problems: a reminder with several problems, squiggles and the Problems panel', async () => {
    await openWithProblems('appointment-reminder.odmsg', 5);
    await vscode.commands.executeCommand('workbench.actions.view.problems');
    await shoot({ name: 'problems', waitFor: ['.markers-panel .monaco-list-row', '.monaco-editor .squiggly-error', '.monaco-editor .squiggly-warning'] });
  });

  it('quick-fix: the light bulb menu on an ALL-CAPS word', async () => {
    const { doc, editor } = await openWithProblems('appointment-reminder.odmsg', 5);
    const word = rangeOf(doc, 'TOMORROW');
    assert.ok(
      vscode.languages.getDiagnostics(doc.uri).some((d) => ruleId(d) === 'all-caps' && d.range.contains(word)),
      'all-caps on "TOMORROW"',
    );
    editor.selection = new vscode.Selection(word.start.translate(0, 2), word.start.translate(0, 2));
    await vscode.commands.executeCommand('workbench.action.focusActiveEditorGroup');
    await vscode.commands.executeCommand('editor.action.quickFix');
    try {
      await shoot({ name: 'quick-fix', waitFor: ['.action-widget .monaco-list-row'], clip: ['.part.editor .title', '.action-widget'], margin: 4 });
    } finally {
      await vscode.commands.executeCommand('hideCodeActionWidget');
    }
  });

  it('preview: odmsg.preview beside a confirmation text', async () => {
    await openWithProblems('confirmation.odmsg', 1);
    await vscode.commands.executeCommand('odmsg.preview');
    const tab = await waitFor([vscode.window.tabGroups.onDidChangeTabs], previewTab, 'the preview tab', () => vscode.window.tabGroups.all.flatMap((g) => g.tabs.map((t) => t.label)).join(', '));
    const isWebview = tab.input instanceof vscode.TabInputWebview;
    // A text preview is drawn in the group beside the template's, which keeps the focus.
    await shoot({ name: 'preview', waitFor: isWebview ? [] : ['.editor-group-container:not(.active) .view-line'], webview: isWebview, clip: ['.part.editor'] });
  });

  it('status-bar: the item and its tooltip for a confirmation text', async () => {
    const odmsg = await api();
    await openWithProblems('confirmation.odmsg', 1);
    await waitFor(
      [odmsg.onDidChangeStatusBar],
      () => odmsg.statusBarText,
      'the status bar item',
      () => `status bar: ${JSON.stringify(odmsg.statusBarText)}`,
    );
    const item = '.statusbar-item[id$="odmsg.analysis"]';
    const hover = '.workbench-hover';
    await shoot({ name: 'status-bar', hover: item, waitFor: [hover], clip: [item, hover], margin: 16 });
  });
});
