// The odmsg language server: wires the LSP connection to the engine. Run as
// `node server/out/server.js --stdio` or `--node-ipc` (the transport comes from argv).
import {
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  ProposedFeatures,
  TextDocuments,
  createConnection,
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
import { SettingsStore } from './settings';
import { DiagnosticsScheduler } from './diagnosticsScheduler';
import { WorkspaceCheck } from './workspaceCheck';
import { WorkspaceFolders } from './workspaceFolders';

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
const log = connection.console;

let support: ClientSupport = clientSupport({});
const folders = new WorkspaceFolders();
const settings = new SettingsStore(connection, () => support.configuration);
const configFiles = new ConfigFiles((uri, diagnostics) => void connection.sendDiagnostics({ uri, diagnostics }));
const scheduler = new DiagnosticsScheduler(connection, documents, settings, configFiles);
const workspaceCheck = new WorkspaceCheck(connection, documents, scheduler, folders);

process.on('unhandledRejection', (reason) => log.error(`odmsg: unhandled rejection: ${describeError(reason)}`));

connection.onInitialize((params) => {
  support = clientSupport(params.capabilities);
  folders.set(initialFolders(params));
  return { capabilities: serverCapabilities(support), serverInfo: { name: 'odmsg' } };
});

connection.onInitialized(
  guarded(log, 'initialized', undefined, async () => {
    if (support.didChangeConfigurationRegistration) {
      await connection.client.register(DidChangeConfigurationNotification.type, { section: 'odmsg' });
    }
    if (support.watchedFilesRegistration) {
      await connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: `**/${CONFIG_FILE_NAME}` }] });
    }
    if (support.workspaceFolders) connection.workspace.onDidChangeWorkspaceFolders((event) => folders.change(event));
  }),
);

documents.onDidOpen(guarded(log, 'didOpen', undefined, (event) => scheduler.run(event.document.uri, 'open')));
// Also fires on open; the check above already covers that version, so this one finds it cached.
documents.onDidChangeContent(guarded(log, 'didChange', undefined, (event) => scheduler.changed(event.document.uri)));
documents.onDidSave(guarded(log, 'didSave', undefined, (event) => scheduler.run(event.document.uri, 'save')));
documents.onDidClose(
  guarded(log, 'didClose', undefined, async (event) => {
    scheduler.closed(event.document.uri);
    // A file the workspace check covered shows its on-disk result again, not nothing.
    await workspaceCheck.closed(event.document.uri);
  }),
);

/** Closed files the workspace check showed follow a config change too (workspaceCheck.ts). */
function refreshWorkspaceCheck(): void {
  workspaceCheck.configChanged().catch((error) => log.error(`odmsg: re-checking the workspace check's files failed: ${describeError(error)}`));
}

connection.onDidChangeConfiguration(
  guarded(log, 'didChangeConfiguration', undefined, (params) => {
    settings.changed(params);
    // A client that cannot watch files tells us nothing about .odmsgrc.json; re-read them now.
    if (!support.watchedFilesRegistration) configFiles.clear();
    scheduler.runAll('config');
    refreshWorkspaceCheck();
  }),
);

connection.onDidChangeWatchedFiles(
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
);

connection.onCodeAction(
  guarded(log, 'codeAction', null, (params) =>
    provideCodeActions(params, { documents, scheduler, configFiles, folders, canCreateFiles: support.createFiles }),
  ),
);
connection.onHover(guarded(log, 'hover', null, (params) => provideHover(params, documents, scheduler)));
connection.onCompletion(guarded(log, 'completion', null, (params) => provideCompletion(params, documents)));
connection.onExecuteCommand(guarded(log, 'executeCommand', null, (params) => executeCommand(params, connection, documents, scheduler, workspaceCheck)));

registerAnalysis(connection, documents, scheduler);

connection.onShutdown(() => scheduler.dispose());

documents.listen(connection);
connection.listen();
