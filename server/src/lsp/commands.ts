// `odmsg.server.fixAll {uri, version}`: the client's "Fix all auto-fixable problems" command.
// The server applies the engine's fix-all edits through workspace/applyEdit, bound to the
// version the client saw, so a buffer that moved on is left alone.
//
// `odmsg.server.checkWorkspace` (no arguments): "Check all templates in workspace", see
// workspaceCheck.ts; answers with its counts.
import type { Connection, ExecuteCommandParams, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { CHECK_WORKSPACE_COMMAND, FIX_ALL_COMMAND, type CheckWorkspaceResult } from '../protocol/commands';
import { fixAllAction } from './codeActions';
import type { DiagnosticsScheduler } from './diagnosticsScheduler';
import type { WorkspaceCheck } from './workspaceCheck';

export interface FixAllArgs {
  uri: string;
  version?: number;
}

export interface FixAllResult {
  applied: boolean;
}

export async function executeCommand(
  params: ExecuteCommandParams,
  connection: Connection,
  documents: TextDocuments<TextDocument>,
  scheduler: DiagnosticsScheduler,
  workspaceCheck?: WorkspaceCheck,
): Promise<FixAllResult | CheckWorkspaceResult | null> {
  if (params.command === CHECK_WORKSPACE_COMMAND) return workspaceCheck ? workspaceCheck.run() : null;
  if (params.command !== FIX_ALL_COMMAND) return null;
  const args = params.arguments?.[0] as Partial<FixAllArgs> | undefined;
  const document = typeof args?.uri === 'string' ? documents.get(args.uri) : undefined;
  if (!document) return null;
  if (typeof args?.version === 'number' && args.version !== document.version) {
    connection.console.info(`odmsg: fix all skipped: ${document.uri} is at version ${document.version}, not ${args.version}.`);
    return { applied: false };
  }
  const config = await scheduler.configFor(document.uri);
  const current = documents.get(document.uri);
  if (!config.settings.enable || current?.version !== document.version) return { applied: false };
  const action = fixAllAction(document, config);
  if (!action?.edit) return { applied: false };
  const result = await connection.workspace.applyEdit({ label: 'odmsg: fix all', edit: action.edit });
  return { applied: result.applied };
}
