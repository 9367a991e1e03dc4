// A rule's page, opened rendered: VS Code's Markdown preview of the packaged
// docs/rules/<id>.md (offline: the page and its links are files of the extension). The server
// links each diagnostic to the page's file: URI, which VS Code would open as an editable
// Markdown source tab; the middleware here turns that link into odmsg.showRuleDocs, which
// "Show documentation for <rule>" runs too.
import * as path from 'node:path';
import { Uri, commands, type Disposable, type ExtensionContext } from 'vscode';
import type { Middleware } from 'vscode-languageclient/node';
import { SHOW_RULE_DOCS_COMMAND } from '../../server/src/protocol/commands';

/** The command; it opens pages of this extension's docs/rules only, and says whether it did. */
export function registerRuleDocsCommand(context: ExtensionContext): Disposable {
  // Through Uri, as the page's path is: fsPath writes a Windows drive letter in lower case.
  const folder = Uri.file(context.asAbsolutePath(path.join('docs', 'rules'))).fsPath;
  return commands.registerCommand(SHOW_RULE_DOCS_COMMAND, async (page: unknown): Promise<boolean> => {
    const uri = typeof page === 'string' ? Uri.parse(page) : page instanceof Uri ? page : undefined;
    if (!uri || uri.scheme !== 'file' || path.dirname(uri.fsPath) !== folder || path.extname(uri.fsPath) !== '.md') return false;
    await commands.executeCommand('markdown.showPreview', uri);
    return true;
  });
}

/** The command link that opens `page` rendered. */
export function ruleDocsLink(page: Uri): Uri {
  return Uri.parse(`command:${SHOW_RULE_DOCS_COMMAND}?${encodeURIComponent(JSON.stringify([page.toString()]))}`);
}

/** Rewrites our diagnostics' docs links (Problems panel, hover) to the command. */
export const ruleDocsLinks: Middleware['handleDiagnostics'] = (uri, diagnostics, next) => {
  for (const diagnostic of diagnostics) {
    const code = diagnostic.code;
    if (diagnostic.source === 'odmsg' && typeof code === 'object' && code.target.scheme === 'file') diagnostic.code = { value: code.value, target: ruleDocsLink(code.target) };
  }
  next(uri, diagnostics);
};
