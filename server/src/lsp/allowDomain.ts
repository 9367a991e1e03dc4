// "Allow <domain> in .odmsgrc.json": adds a link's domain to `allowedDomains` in the config
// file that applies to the template, keeping its comments and layout, or creates that file
// at the root of the workspace folder (else next to the template) when there is none.
import * as path from 'node:path';
import { applyEdits, modify, type Edit } from 'jsonc-parser';
import { CodeActionKind, CreateFile, TextDocumentEdit, TextEdit, type CodeAction, type Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { LineIndex } from '../engine/text';
import { CONFIG_FILE_NAME, type ConfigFiles } from './configFiles';
import { fileUriOf, filePathOf } from './uris';
import type { WorkspaceFolders } from './workspaceFolders';

export interface AllowDomainContext {
  configFiles: ConfigFiles;
  folders: WorkspaceFolders;
  canCreateFiles: boolean;
}

export function allowDomainAction(document: TextDocument, domain: string, diagnostics: Diagnostic[], context: AllowDomainContext): CodeAction | undefined {
  const templatePath = filePathOf(document.uri);
  if (!templatePath) return undefined;
  const title = `Allow ${domain} in ${CONFIG_FILE_NAME}`;
  const existing = context.configFiles.nearest(path.dirname(templatePath));
  if (existing) {
    // A file that does not parse is left for the user to fix: editing it blind could make it worse.
    if (!existing.config) return undefined;
    const list = existing.config.allowedDomains;
    if (Array.isArray(list) && list.some((d) => typeof d === 'string' && d.toLowerCase().replace(/^www\./, '') === domain)) return undefined;
    const eol = existing.text.includes('\r\n') ? '\r\n' : '\n';
    const formattingOptions = { insertSpaces: true, tabSize: 2, eol };
    const edits = Array.isArray(list)
      ? modify(existing.text, ['allowedDomains', -1], domain, { formattingOptions, isArrayInsertion: true })
      : modify(existing.text, ['allowedDomains'], [domain], { formattingOptions });
    if (edits.length === 0 || applyEdits(existing.text, edits) === existing.text) return undefined;
    // The config file is not synchronized with the server, so its version is unknown (null).
    return {
      title,
      kind: CodeActionKind.QuickFix,
      diagnostics,
      edit: { documentChanges: [TextDocumentEdit.create({ uri: fileUriOf(existing.path), version: null }, toTextEdits(existing.text, edits))] },
    };
  }
  if (!context.canCreateFiles) return undefined;
  const folder = context.folders.containing(templatePath) ?? path.dirname(templatePath);
  const uri = fileUriOf(path.join(folder, CONFIG_FILE_NAME));
  const text = `${JSON.stringify({ allowedDomains: [domain] }, null, 2)}\n`;
  return {
    title,
    kind: CodeActionKind.QuickFix,
    diagnostics,
    // No overwrite: if the file appeared meanwhile the client refuses the edit instead of clobbering it.
    edit: { documentChanges: [CreateFile.create(uri), TextDocumentEdit.create({ uri, version: null }, [TextEdit.insert({ line: 0, character: 0 }, text)])] },
  };
}

function toTextEdits(text: string, edits: readonly Edit[]): TextEdit[] {
  const lines = new LineIndex(text);
  return edits.map((e) => TextEdit.replace({ start: lines.positionAt(e.offset), end: lines.positionAt(e.offset + e.length) }, e.content));
}
