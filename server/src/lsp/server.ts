// The odmsg language server: wires the LSP connection to the engine. Run as
// `node server/out/server.js --stdio` or `--node-ipc` (the transport comes from argv).
import {
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  ProposedFeatures,
  TextDocuments,
  createConnection,
  type CodeActionParams,
  type CompletionParams,
  type HoverParams,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { registerAnalysis } from './analysis';
import { clientSupport, initialFolders, serverCapabilities, type ClientSupport } from './capabilities';
import { provideCodeActions } from './codeActions';
import { executeCommand } from './commands';
import { provideCompletion } from './completion';
import { CONFIG_FILE_NAME, ConfigFiles } from './configFiles';
import { describeError, guarded } from './guard';
import { provideHover } from './hover';
import { Lifecycle } from './lifecycle';
import { isContentChange, requirePosition, requireRange } from './positions';
import { SettingsStore } from './settings';
import { DiagnosticsScheduler } from './diagnosticsScheduler';
import { WorkspaceCheck } from './workspaceCheck';
import { WorkspaceFolders } from './workspaceFolders';

const connection = createConnection(ProposedFeatures.all);
const lifecycle = new Lifecycle();
lifecycle.silenceAfterShutdown(connection);
const log = connection.console;
const documents = new TextDocuments({
  create: TextDocument.create,
  // A change with a range that is no range (fractional, negative, not numbers) would leave
  // the document's text cut between characters: the whole event is refused and logged.
  update: (document, changes, version) => {
    if (changes.every(isContentChange) && Number.isInteger(version)) return TextDocument.update(document, changes, version);
    log.error(`odmsg: ignored a change to ${document.uri}: its ranges must be non-negative integer positions.`);
    return document;
  },
});

let support: ClientSupport = clientSupport({});
const folders = new WorkspaceFolders();
const settings = new SettingsStore(connection, () => support.configuration);
const configFiles = new ConfigFiles((uri, diagnostics) => void connection.sendDiagnostics({ uri, diagnostics }), log);
const scheduler = new DiagnosticsScheduler(connection, documents, settings, configFiles);
const workspaceCheck = new WorkspaceCheck(connection, documents, scheduler, folders);

process.on('unhandledRejection', (reason) => log.error(`odmsg: unhandled rejection: ${describeError(reason)}`));

connection.onInitialize((params) => {
  support = clientSupport(params.capabilities, params.initializationOptions);
  folders.set(initialFolders(params));
  return { capabilities: serverCapabilities(support), serverInfo: { name: 'odmsg' } };
});

connection.onInitialized(
  lifecycle.notification(
    guarded(log, 'initialized', undefined, async () => {
      if (support.didChangeConfigurationRegistration) {
        await connection.client.register(DidChangeConfigurationNotification.type, { section: 'odmsg' });
      }
      if (support.watchedFilesRegistration) {
        await connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: `**/${CONFIG_FILE_NAME}` }] });
      }
      if (support.workspaceFolders) connection.workspace.onDidChangeWorkspaceFolders(lifecycle.notification((event) => folders.change(event)));
    }),
  ),
);

documents.onDidOpen(lifecycle.notification(guarded(log, 'didOpen', undefined, (event) => scheduler.run(event.document.uri, 'open'))));
// Also fires on open; the check above already covers that version, so this one finds it cached.
documents.onDidChangeContent(lifecycle.notification(guarded(log, 'didChange', undefined, (event) => scheduler.changed(event.document.uri))));
documents.onDidSave(lifecycle.notification(guarded(log, 'didSave', undefined, (event) => scheduler.run(event.document.uri, 'save'))));
documents.onDidClose(
  lifecycle.notification(
    guarded(log, 'didClose', undefined, async (event) => {
      scheduler.closed(event.document.uri);
      // A file the workspace check covered shows its on-disk result again, not nothing.
      await workspaceCheck.closed(event.document.uri);
    }),
  ),
);

/** Closed files the workspace check showed follow a config change too (workspaceCheck.ts). */
function refreshWorkspaceCheck(): void {
  workspaceCheck.configChanged().catch((error) => log.error(`odmsg: re-checking the workspace check's files failed: ${describeError(error)}`));
}

connection.onDidChangeConfiguration(
  lifecycle.notification(
    guarded(log, 'didChangeConfiguration', undefined, (params) => {
      settings.changed(params);
      // A client that cannot watch files tells us nothing about .odmsgrc.json; re-read them now.
      if (!support.watchedFilesRegistration) configFiles.clear();
      scheduler.runAll('config');
      refreshWorkspaceCheck();
    }),
  ),
);

connection.onDidChangeWatchedFiles(
  lifecycle.notification(
    guarded(log, 'didChangeWatchedFiles', undefined, (params) => {
      let relevant = false;
      for (const change of params.changes) {
        if (!change.uri.endsWith(`/${CONFIG_FILE_NAME}`)) continue;
        relevant = true;
        configFiles.changed(change.uri, change.type === FileChangeType.Deleted);
      }
      if (relevant) {
        scheduler.runAll('config');
        refreshWorkspaceCheck();
      }
    }),
  ),
);

// Requests: InvalidRequest after shutdown and InvalidParams for a position that is none
// (both outside `guarded`, which turns a handler's own failure into the fallback answer).
const codeAction = guarded(log, 'codeAction', null, (params: CodeActionParams) =>
  provideCodeActions(params, { documents, scheduler, configFiles, folders, canCreateFiles: support.createFiles, showRuleDocs: support.showRuleDocs }),
);
connection.onCodeAction(lifecycle.request((params) => (requireRange(params), codeAction(params))));
const hover = guarded(log, 'hover', null, (params: HoverParams) => provideHover(params, documents, scheduler));
connection.onHover(lifecycle.request((params) => (requirePosition(params), hover(params))));
const completion = guarded(log, 'completion', null, (params: CompletionParams) => provideCompletion(params, documents));
connection.onCompletion(lifecycle.request((params) => (requirePosition(params), completion(params))));
connection.onExecuteCommand(lifecycle.request(guarded(log, 'executeCommand', null, (params) => executeCommand(params, connection, documents, scheduler, workspaceCheck))));

registerAnalysis(connection, documents, scheduler, lifecycle);

connection.onShutdown(() => {
  lifecycle.shutDown();
  scheduler.dispose();
});

documents.listen(connection);
connection.listen();
