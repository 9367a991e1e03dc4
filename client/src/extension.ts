// The VS Code side of odmsg: starts the language server, forwards the fix-all and
// check-workspace commands to it, pulls templates from an Open Dental database and shows the
// paste sheet (database.ts, through the database bundle), offers the "odmsg: check" task (tasks.ts), and shows what
// the server computes about a text (status bar, preview). Every check, fix, hover and number
// lives in the server; nothing here knows about rules.
import * as path from 'node:path';
import { EventEmitter, ProgressLocation, commands, version as vscodeVersion, window, workspace, type Event, type ExtensionContext, type Uri } from 'vscode';
import { ExecuteCommandRequest, LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { AnalysisChangedNotification, type AnalysisChangedParams } from '../../server/src/protocol/analysis';
import { CHECK_WORKSPACE_COMMAND, FIX_ALL_COMMAND, type CheckWorkspaceResult, type InitializationOptions } from '../../server/src/protocol/commands';
import { DatabaseCommandsController } from './database';
import { OutputLog } from './outputLog';
import { PreviewPanel, type PreviewState } from './preview';
import { registerRuleDocsCommand, ruleDocsLinks } from './ruleDocs';
import { AnalysisStatusBar } from './statusBar';
import { registerTaskProvider } from './tasks';

let client: LanguageClient | undefined;

/** What `activate` returns (`vscode.extensions.getExtension('odmsg.odmsg').exports`), for tests and other extensions. */
export interface OdmsgApi {
  /** The status bar item's text ("$(comment) 2 segments · GSM-7"); undefined while hidden. */
  readonly statusBarText: string | undefined;
  /** Its tooltip as markdown source. */
  readonly statusBarTooltip: string | undefined;
  /** Its background's theme colour id ('statusBarItem.warningBackground'); undefined for none. */
  readonly statusBarBackground: string | undefined;
  /** What clicking it runs (the command and its arguments); undefined while hidden. */
  readonly statusBarCommand: { command: string; arguments?: unknown[] } | undefined;
  /** Fires after the status bar item was shown, updated or hidden. */
  readonly onDidChangeStatusBar: Event<void>;
  /** What the preview webview shows (its HTML and data); undefined while closed. */
  readonly preview: PreviewState | undefined;
  /** Fires after the preview was drawn (opened, or following an edit). */
  readonly onDidRenderPreview: Event<PreviewState>;
  /** The lines written to the "odmsg" output channel so far (the client's and the server's). */
  readonly outputLines: readonly string[];
  /** Fires with each line written to it. */
  readonly onDidLog: Event<string>;
}

export async function activate(context: ExtensionContext): Promise<OdmsgApi> {
  const output = new OutputLog('odmsg');
  context.subscriptions.push(output);
  const version = (context.extension.packageJSON as { version?: string }).version ?? '?';
  output.info(`odmsg ${version} starting (VS Code ${vscodeVersion}, ${workspace.isTrusted ? 'trusted' : 'Restricted Mode'})`);
  const module = context.asAbsolutePath(path.join('server', 'out', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
  };
  const configWatcher = workspace.createFileSystemWatcher('**/.odmsgrc.json');
  context.subscriptions.push(configWatcher);
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'odmsg' },
      { scheme: 'untitled', language: 'odmsg' },
    ],
    synchronize: {
      fileEvents: configWatcher,
      configurationSection: 'odmsg',
    },
    outputChannel: output.channel,
    // Rule pages open rendered (ruleDocs.ts): the server offers "Show documentation" for the command.
    initializationOptions: { showRuleDocs: true } satisfies InitializationOptions,
    middleware: { handleDiagnostics: ruleDocsLinks },
  };
  // The id 'odmsg' makes the client read the `odmsg.trace.server` setting.
  client = new LanguageClient('odmsg', 'odmsg', serverOptions, clientOptions);
  context.subscriptions.push(commands.registerCommand('odmsg.fixAll', fixAllInActiveEditor), registerRuleDocsCommand(context));
  context.subscriptions.push(commands.registerCommand('odmsg.checkWorkspace', checkWorkspace), registerTaskProvider());
  // Pull and paste sheet: they load the database bundle when run, never here.
  context.subscriptions.push(new DatabaseCommandsController(context));
  // Sent after each published check: the status bar and open previews ask again.
  const analysisChanged = new EventEmitter<AnalysisChangedParams>();
  context.subscriptions.push(
    analysisChanged,
    client.onNotification(AnalysisChangedNotification, (params: AnalysisChangedParams) => analysisChanged.fire(params)),
  );
  await client.start();
  output.info('Language server started. Each template uses the odmsg.* settings over the nearest .odmsgrc.json above it; the server logs each one as it reads it.');

  const preview = new PreviewPanel(client, analysisChanged.event);
  const statusBar = new AnalysisStatusBar(client, analysisChanged.event);
  context.subscriptions.push(
    preview,
    statusBar,
    commands.registerCommand('odmsg.preview', (resource?: Uri) => preview.open(resource)),
  );
  return {
    get statusBarText() {
      return statusBar.text;
    },
    get statusBarTooltip() {
      return statusBar.tooltip;
    },
    get statusBarBackground() {
      return statusBar.background;
    },
    get statusBarCommand() {
      return statusBar.command;
    },
    onDidChangeStatusBar: statusBar.onDidRender,
    get preview() {
      return preview.state;
    },
    onDidRenderPreview: preview.onDidRender,
    get outputLines() {
      return output.lines;
    },
    onDidLog: output.onDidLog,
  };
}

export function deactivate(): Thenable<void> | undefined {
  return client?.stop();
}

async function fixAllInActiveEditor(): Promise<void> {
  const document = window.activeTextEditor?.document;
  if (!client || !document || document.languageId !== 'odmsg') return;
  await client.sendRequest(ExecuteCommandRequest.type, {
    command: FIX_ALL_COMMAND,
    arguments: [{ uri: client.code2ProtocolConverter.asUri(document.uri), version: document.version }],
  });
}

/**
 * "odmsg: Check all templates in workspace": the server checks every template and publishes
 * the diagnostics (Problems panel); this shows its counts. Returns them (for tests).
 */
async function checkWorkspace(): Promise<CheckWorkspaceResult | undefined> {
  if (!client) return undefined;
  const running = client;
  const result = (await window.withProgress({ location: ProgressLocation.Notification, title: 'odmsg: checking templates…' }, () =>
    running.sendRequest(ExecuteCommandRequest.type, { command: CHECK_WORKSPACE_COMMAND, arguments: [] }),
  )) as CheckWorkspaceResult | null;
  if (!result) return undefined;
  const problems = result.errors + result.warnings + result.infos + result.unreadable;
  // Not awaited: the notification stays until dismissed.
  void window.showInformationMessage(result.summary, ...(problems > 0 ? ['Show Problems'] : [])).then((choice) => {
    if (choice) void commands.executeCommand('workbench.actions.view.problems');
  });
  return result;
}
