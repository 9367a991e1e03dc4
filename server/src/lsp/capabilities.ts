// What the client can do (read once from initialize) and what the server offers in return.
import { CodeActionKind, TextDocumentSyncKind, type ClientCapabilities, type InitializeParams, type ServerCapabilities } from 'vscode-languageserver';
import { CHECK_WORKSPACE_COMMAND, FIX_ALL_COMMAND, type InitializationOptions } from '../protocol/commands';

/** The fix-all kind users opt into: `"editor.codeActionsOnSave": {"source.fixAll.odmsg": "explicit"}`. */
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.odmsg`;

export interface ClientSupport {
  /** workspace/configuration: settings per document. */
  configuration: boolean;
  didChangeConfigurationRegistration: boolean;
  watchedFilesRegistration: boolean;
  workspaceFolders: boolean;
  /** CreateFile in a workspace edit (to add a missing `.odmsgrc.json`). */
  createFiles: boolean;
  /** The client's "show a rule's page" command (SHOW_RULE_DOCS_COMMAND). */
  showRuleDocs: boolean;
}

export function clientSupport(capabilities: ClientCapabilities, options?: unknown): ClientSupport {
  const workspace = capabilities.workspace;
  return {
    showRuleDocs: (options as InitializationOptions | null | undefined)?.showRuleDocs === true,
    configuration: workspace?.configuration === true,
    didChangeConfigurationRegistration: workspace?.didChangeConfiguration?.dynamicRegistration === true,
    watchedFilesRegistration: workspace?.didChangeWatchedFiles?.dynamicRegistration === true,
    workspaceFolders: workspace?.workspaceFolders === true,
    createFiles: workspace?.workspaceEdit?.documentChanges === true && (workspace.workspaceEdit.resourceOperations ?? []).includes('create'),
  };
}

export function serverCapabilities(support: ClientSupport): ServerCapabilities {
  return {
    textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
    codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND], resolveProvider: false },
    hoverProvider: true,
    completionProvider: { triggerCharacters: ['['], resolveProvider: false },
    executeCommandProvider: { commands: [FIX_ALL_COMMAND, CHECK_WORKSPACE_COMMAND] },
    workspace: support.workspaceFolders ? { workspaceFolders: { supported: true, changeNotifications: true } } : undefined,
  };
}

export function initialFolders(params: InitializeParams) {
  if (params.workspaceFolders) return params.workspaceFolders;
  const rootUri = params.rootUri;
  return rootUri ? [{ uri: rootUri, name: rootUri }] : [];
}
