// Quick fixes that edit `.odmsgrc.json`: "Allow <domain> in .odmsgrc.json" (adds a link's
// domain to `allowedDomains`) and "Turn off <rule> in .odmsgrc.json". Each edits the config
// file that applies to the template, keeping its comments and layout (jsonc-parser's modify),
// or creates a minimal one at the root of the workspace folder (else next to the template).
// The edit is a WorkspaceEdit, so the editor can undo it.
import * as path from 'node:path';
import { applyEdits, modify, type Edit, type JSONPath } from 'jsonc-parser';
import { CodeActionKind, CreateFile, TextDocumentEdit, TextEdit, type CodeAction, type Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { OdmsgConfig } from '../engine/config';
import { own } from '../engine/ownKeys';
import { LineIndex } from '../engine/text';
import { CONFIG_FILE_NAME, type ConfigFile, type ConfigFiles } from './configFiles';
import { fileUriOf, filePathOf, isInside } from './uris';
import type { WorkspaceFolders } from './workspaceFolders';

export interface ConfigActionContext {
  configFiles: ConfigFiles;
  folders: WorkspaceFolders;
  canCreateFiles: boolean;
}

/** One change to a config: the value to write at `path`, unless the config already says so. */
interface ConfigChange {
  path: JSONPath;
  value: unknown;
  isArrayInsertion?: boolean;
}

export function allowDomainAction(document: TextDocument, domain: string, diagnostics: Diagnostic[], context: ConfigActionContext): CodeAction | undefined {
  return configAction(document, `Allow ${domain} in ${CONFIG_FILE_NAME}`, diagnostics, context, { allowedDomains: [domain] }, false, (config) => {
    const list = config.allowedDomains;
    if (!Array.isArray(list)) return { path: ['allowedDomains'], value: [domain] };
    if (list.some((d) => typeof d === 'string' && d.toLowerCase().replace(/^www\./, '') === domain)) return undefined;
    return { path: ['allowedDomains', -1], value: domain, isArrayInsertion: true };
  });
}

/**
 * "Turn off <rule> in .odmsgrc.json". Only a config file inside the template's workspace
 * folder is edited: one above it may be shared, and a new file inside would replace it for
 * the whole folder (config files do not cascade), so then none is offered.
 */
export function turnOffRuleAction(document: TextDocument, ruleId: string, diagnostics: Diagnostic[], context: ConfigActionContext): CodeAction | undefined {
  return configAction(document, `Turn off ${ruleId} in ${CONFIG_FILE_NAME}`, diagnostics, context, { rules: { [ruleId]: 'off' } }, true, (config) => {
    const rules = config.rules;
    if (rules !== undefined && (typeof rules !== 'object' || rules === null || Array.isArray(rules))) return undefined;
    return own(rules, ruleId) === 'off' ? undefined : { path: ['rules', ruleId], value: 'off' };
  });
}

function configAction(
  document: TextDocument,
  title: string,
  diagnostics: Diagnostic[],
  context: ConfigActionContext,
  fresh: OdmsgConfig,
  withinFolder: boolean,
  change: (config: OdmsgConfig) => ConfigChange | undefined,
): CodeAction | undefined {
  const templatePath = filePathOf(document.uri);
  if (!templatePath) return undefined;
  const folder = context.folders.containing(templatePath);
  const existing = context.configFiles.nearest(path.dirname(templatePath));
  if (existing) {
    if (withinFolder && folder && !isInside(folder, existing.path)) return undefined;
    const edits = existing.config && editsOf(existing, change(existing.config));
    // The config file is not synchronized with the server, so its version is unknown (null).
    return (
      edits && { title, kind: CodeActionKind.QuickFix, diagnostics, edit: { documentChanges: [TextDocumentEdit.create({ uri: fileUriOf(existing.path), version: null }, toTextEdits(existing.text, edits))] } }
    );
  }
  if (!context.canCreateFiles) return undefined;
  const uri = fileUriOf(path.join(folder ?? path.dirname(templatePath), CONFIG_FILE_NAME));
  const text = `${JSON.stringify(fresh, null, 2)}\n`;
  return {
    title,
    kind: CodeActionKind.QuickFix,
    diagnostics,
    // No overwrite: if the file appeared meanwhile the client refuses the edit instead of clobbering it.
    edit: { documentChanges: [CreateFile.create(uri), TextDocumentEdit.create({ uri, version: null }, [TextEdit.insert({ line: 0, character: 0 }, text)])] },
  };
}

/** Edits computed per config file as read (the loader keeps one object per file version): the light bulb asks on every move. */
const editCache = new WeakMap<ConfigFile, Map<string, Edit[] | undefined>>();

/** The edits for `change`, in the file's own line endings; none for a file that does not parse (editing it blind could make it worse) or that the change leaves as it is. */
function editsOf(file: ConfigFile, change: ConfigChange | undefined): Edit[] | undefined {
  if (!change) return undefined;
  const key = JSON.stringify(change);
  let cached = editCache.get(file);
  if (!cached) editCache.set(file, (cached = new Map()));
  if (!cached.has(key)) cached.set(key, computeEdits(file.text, change));
  return cached.get(key);
}

function computeEdits(text: string, change: ConfigChange): Edit[] | undefined {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  // Formatting reformats the whole line of the edit: on a config written as one long line
  // (2 MB of phrases) that took minutes, so such a file gets the new key unformatted.
  const formattingOptions = /[^\r\n]{10000}/.test(text) ? undefined : { insertSpaces: true, tabSize: 2, eol };
  // A new key goes first in its object: after the last one, the comment ending that line would seem to be about the new key.
  const edits = modify(text, change.path, change.value, { formattingOptions, isArrayInsertion: change.isArrayInsertion, getInsertionIndex: () => 0 });
  return edits.length > 0 && applyEdits(text, edits) !== text ? edits : undefined;
}

function toTextEdits(text: string, edits: readonly Edit[]): TextEdit[] {
  const lines = new LineIndex(text);
  return edits.map((e) => TextEdit.replace({ start: lines.positionAt(e.offset), end: lines.positionAt(e.offset + e.length) }, e.content));
}
