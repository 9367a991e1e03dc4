// A rule's page opens rendered: "Show documentation for <rule>" in the light bulb, and the
// diagnostic's docs link (Problems panel, hover), both run odmsg.showRuleDocs, which opens
// VS Code's Markdown preview of the packaged docs/rules/<id>.md, not an editable source tab.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { codeActionsAt, docsPageOf, openFixture, ruleId, waitFor, waitForDiagnostics } from './helpers';

function allTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all.flatMap((g) => g.tabs);
}

function describeTabs(): string {
  return allTabs()
    .map(
      (t) =>
        `  ${JSON.stringify(t.label)} ${t.input instanceof vscode.TabInputWebview ? `webview ${t.input.viewType}` : t.input instanceof vscode.TabInputText ? `text ${t.input.uri.toString()}` : 'other'}${t.isActive ? ' (active)' : ''}`,
    )
    .join('\n');
}

/** Waits until the active tab is the Markdown preview of `page` (VS Code labels it "Preview <file>"). */
function previewOpened(page: vscode.Uri): Promise<vscode.Tab> {
  const label = `Preview ${path.basename(page.fsPath)}`;
  return waitFor(
    [vscode.window.tabGroups.onDidChangeTabs, vscode.window.tabGroups.onDidChangeTabGroups],
    () => {
      const tab = vscode.window.tabGroups.activeTabGroup.activeTab;
      return tab && tab.input instanceof vscode.TabInputWebview && /markdown\.preview/.test(tab.input.viewType) && tab.label === label ? tab : undefined;
    },
    `the Markdown preview "${label}" as the active tab`,
    describeTabs,
  );
}

function assertNoSourceTab(page: vscode.Uri): void {
  const source = allTabs().filter((t) => t.input instanceof vscode.TabInputText && t.input.uri.toString() === page.toString());
  assert.deepEqual(source, [], `the page's Markdown source is not open as a text tab:\n${describeTabs()}`);
}

describe('rule documentation opens rendered', () => {
  afterEach(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

  it('"Show documentation for tag-case" opens the Markdown preview of the packaged page', async () => {
    const { doc } = await openFixture('tag-case.odmsg');
    const ds = await waitForDiagnostics(doc.uri, (all) => all.some((d) => ruleId(d) === 'tag-case'), 'a tag-case diagnostic');
    const diagnostic = ds.find((d) => ruleId(d) === 'tag-case')!;
    const actions = await codeActionsAt(doc.uri, diagnostic.range);
    const show = actions.find((a) => a.title === 'Show documentation for tag-case');
    assert.ok(show?.command, `a "Show documentation for tag-case" action with a command; got ${JSON.stringify(actions.map((a) => a.title))}`);
    assert.equal(show.edit, undefined, 'it edits nothing');
    assert.equal(show.command.command, 'odmsg.showRuleDocs');
    const page = vscode.Uri.parse(String(show.command.arguments?.[0]));
    assert.equal(page.fsPath, path.join(vscode.extensions.getExtension('odmsg.odmsg')!.extensionUri.fsPath, 'docs', 'rules', 'tag-case.md'));

    const opened = previewOpened(page);
    assert.equal(await vscode.commands.executeCommand(show.command.command, ...(show.command.arguments ?? [])), true, 'the command opened the page');
    await opened;
    assertNoSourceTab(page);
  });

  it("the diagnostic's docs link runs the same command for the same page", async () => {
    const { doc } = await openFixture('excessive-punctuation.odmsg');
    const ds = await waitForDiagnostics(doc.uri, (all) => all.some((d) => ruleId(d) === 'excessive-punctuation'), 'an excessive-punctuation diagnostic');
    const link = (ds.find((d) => ruleId(d) === 'excessive-punctuation')!.code as { target: vscode.Uri }).target;
    const page = docsPageOf(ds.find((d) => ruleId(d) === 'excessive-punctuation')!);
    const opened = previewOpened(page);
    const args = JSON.parse(link.query) as unknown[];
    assert.equal(await vscode.commands.executeCommand(link.path, ...args), true);
    await opened;
    assertNoSourceTab(page);
  });

  it('opens pages of the extension only', async () => {
    const outside = vscode.Uri.file(path.join(vscode.extensions.getExtension('odmsg.odmsg')!.extensionUri.fsPath, 'README.md'));
    assert.equal(await vscode.commands.executeCommand('odmsg.showRuleDocs', outside.toString()), false);
    assert.equal(await vscode.commands.executeCommand('odmsg.showRuleDocs', 'https://example.com/rules/x.md'), false);
  });
});
