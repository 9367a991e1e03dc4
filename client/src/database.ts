// "odmsg: Pull templates from Open Dental…", "odmsg: Show paste sheet" and "odmsg: Texting
// health…" (what the sent-text history says, as `odmsg doctor` reports it). The work is in the
// database bundle (server/out/database.js, with the mysql2 driver), required by path the first
// time one of these commands runs: activation never loads it. Its contract is
// protocol/database.ts. The password lives in VS Code's SecretStorage, per user, server and
// database, never in settings; the rest of a connection is remembered in the workspace's
// state (VS Code's storage, not a file of the folder, so a folder cannot redirect it).
import * as path from 'node:path';
import { ProgressLocation, Uri, ViewColumn, commands, env, window, workspace, type Disposable, type ExtensionContext, type WebviewPanel } from 'vscode';
import { webviewFrame } from './webview';
import { DATABASE_BUNDLE_PATH, type DatabaseBundleExports, type DatabaseCommands, type DatabaseConnection, type DatabaseOutcome, type DoctorPage, type PullSummary } from '../../server/src/protocol/database';

export const PULL_COMMAND = 'odmsg.pullFromDatabase';
export const PASTE_SHEET_COMMAND = 'odmsg.showPasteSheet';
export const PASTE_SHEET_VIEW = 'odmsg.pasteSheet';
export const TEXTING_HEALTH_COMMAND = 'odmsg.textingHealth';
export const TEXTING_HEALTH_VIEW = 'odmsg.textingHealth';
/** The doctor's window when none is given, as the CLI's `--days`. */
const DEFAULT_DAYS = 30;
const MAX_DAYS = 3650;
const MANIFEST = 'odmsg-manifest.json';

/**
 * Both commands' optional argument: what the input boxes would ask, so the commands can be
 * scripted (and tested). `folder` is absolute or relative to the first workspace folder.
 */
export interface DatabaseCommandArgs {
  host?: string;
  port?: number;
  socket?: string;
  database?: string;
  user?: string;
  password?: string;
  folder?: string;
}

/** "odmsg: Texting health…"'s argument: the connection, and the window the input box would ask. */
export interface TextingHealthArgs extends Omit<DatabaseCommandArgs, 'folder'> {
  days?: number;
  clinics?: number[];
}

/** What the pull command returns (for tests and scripts). */
export interface PullCommandResult {
  folder: string;
  summary: PullSummary;
}

/** What the paste sheet command returns. */
export interface PasteSheetCommandResult {
  folder: string;
  changes: number;
  conflicts: number;
  html: string;
}

type Remembered = Omit<DatabaseConnection, 'password'>;

export class DatabaseCommandsController implements Disposable {
  private bundle: DatabaseCommands | undefined;
  private readonly panels = new Map<string, WebviewPanel>();
  private healthPanel: WebviewPanel | undefined;
  private readonly copyListeners = new Map<string, Disposable>();
  private readonly subscriptions: Disposable[] = [];

  constructor(private readonly context: ExtensionContext) {
    this.subscriptions.push(
      commands.registerCommand(PULL_COMMAND, (args?: DatabaseCommandArgs) => this.pull(args ?? {})),
      // From the Explorer's context menu the argument is the manifest clicked (or a folder).
      commands.registerCommand(PASTE_SHEET_COMMAND, (args?: DatabaseCommandArgs | Uri) =>
        this.pasteSheet(args instanceof Uri ? { folder: path.basename(args.fsPath) === MANIFEST ? path.dirname(args.fsPath) : args.fsPath } : (args ?? {})),
      ),
      commands.registerCommand(TEXTING_HEALTH_COMMAND, (args?: TextingHealthArgs) => this.textingHealth(args ?? {})),
    );
  }

  dispose(): void {
    this.subscriptions.forEach((s) => s.dispose());
    this.panels.forEach((p) => p.dispose());
    this.healthPanel?.dispose();
  }

  /** The database bundle, loaded on first use. */
  private database(): DatabaseCommands {
    // A path, not an import: esbuild leaves it out of the client bundle, and it loads on first use.
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- a lazy load by path is the point
    this.bundle ??= (require(this.context.asAbsolutePath(DATABASE_BUNDLE_PATH)) as DatabaseBundleExports).editor;
    return this.bundle;
  }

  async pull(args: DatabaseCommandArgs): Promise<PullCommandResult | undefined> {
    const root = await workspaceRoot();
    if (!root) return undefined;
    const connection = await this.askConnection(args, this.remembered('last'), true);
    if (!connection) return undefined;
    let folder = args.folder;
    if (folder === undefined) {
      folder = await window.showInputBox({ title: 'odmsg: pull into folder', prompt: `Folder in ${path.basename(root)} to pull the templates into`, value: 'od-templates', ignoreFocusOut: true });
      if (folder === undefined) return undefined;
    }
    const target = path.resolve(root, folder);
    if (!isInside(target, workspace.workspaceFolders?.map((f) => f.uri.fsPath) ?? [])) {
      void window.showErrorMessage(`odmsg: pull into a folder of the workspace, not ${target}.`);
      return undefined;
    }
    const summary = await this.settle(
      connection,
      await window.withProgress({ location: ProgressLocation.Notification, title: `odmsg: pulling templates from ${connection.database}…` }, () => this.database().pull({ connection, folder: target })),
    );
    if (!summary) return undefined;
    await this.remember(target, connection);
    await commands.executeCommand('revealInExplorer', Uri.file(target));
    const first = summary.files.find((f) => f.endsWith('.odmsg'));
    if (first) await window.showTextDocument(Uri.file(path.join(target, ...first.split('/'))), { preview: true });
    const held = summary.kept.length > 0 ? ` ${summary.kept.length} file(s) edited here and changed in the database were not overwritten.` : '';
    const counts = `${summary.written} written, ${summary.unchanged} unchanged, ${summary.edited} edited here, ${summary.removed.length} removed`;
    void window.showInformationMessage(`odmsg: pulled ${summary.files.length} templates into ${path.relative(root, target) || '.'} (${counts}).${held}`);
    return { folder: target, summary };
  }

  async pasteSheet(args: DatabaseCommandArgs): Promise<PasteSheetCommandResult | undefined> {
    const folder = await this.pulledFolder(args.folder);
    if (!folder) return undefined;
    // A folder pulled before: its connection, silently. Otherwise ask, offering the manifest's.
    const known = this.remembered(folder);
    const given = args.host !== undefined || args.socket !== undefined || args.database !== undefined || args.user !== undefined;
    const fromManifest = this.database().pulledFrom(folder);
    const defaults = known ?? this.remembered('last') ?? (fromManifest ? { host: fromManifest.host, port: 3306, database: fromManifest.database, user: '' } : undefined);
    const connection = await this.askConnection(args, defaults, !known || given);
    if (!connection) return undefined;
    const frame = webviewFrame(SHEET_SCRIPT);
    const sheet = await this.settle(
      connection,
      await window.withProgress({ location: ProgressLocation.Notification, title: `odmsg: comparing with ${connection.database}…` }, () => this.database().pasteSheet({ connection, folder, frame })),
    );
    if (!sheet) return undefined;
    await this.remember(folder, connection);
    const copyTexts = new Map(sheet.copyTexts);
    let panel = this.panels.get(folder);
    if (!panel) {
      // Scripts for the copy buttons only; no resources to load (localResourceRoots: none).
      panel = window.createWebviewPanel(PASTE_SHEET_VIEW, `Paste sheet: ${path.basename(folder)}`, ViewColumn.Active, { enableScripts: true, enableFindWidget: true, localResourceRoots: [] });
      const opened = panel;
      this.panels.set(folder, opened);
      opened.onDidDispose(() => {
        this.panels.delete(folder);
        this.copyListeners.get(folder)?.dispose();
        this.copyListeners.delete(folder);
      });
    }
    const shown = panel;
    // Replaced on each run: the copy buttons copy this run's texts.
    this.copyListeners.get(folder)?.dispose();
    this.copyListeners.set(
      folder,
      shown.webview.onDidReceiveMessage(async (message: { copy?: unknown }) => {
        const text = typeof message?.copy === 'string' ? copyTexts.get(message.copy) : undefined;
        if (text === undefined) return;
        await env.clipboard.writeText(text);
        void shown.webview.postMessage({ copied: message.copy });
      }),
    );
    shown.webview.html = sheet.html;
    shown.reveal();
    return { folder, changes: sheet.changes, conflicts: sheet.conflicts, html: sheet.html };
  }

  /** The doctor's report on the sent-text history, in a webview; returns what it showed. */
  async textingHealth(args: TextingHealthArgs): Promise<DoctorPage | undefined> {
    const connection = await this.askConnection(args, this.remembered('last'), true);
    if (!connection) return undefined;
    let typed = args.days === undefined ? undefined : String(args.days);
    if (typed === undefined) {
      typed = await window.showInputBox({ title: 'odmsg: texting health', prompt: 'Read the texts sent in the last how many days?', value: String(DEFAULT_DAYS), ignoreFocusOut: true });
      if (typed === undefined) return undefined;
    }
    const days = Number(typed.trim() || DEFAULT_DAYS);
    // The CLI's --days takes the same range.
    if (!Number.isInteger(days) || days < 1 || days > MAX_DAYS) {
      void window.showErrorMessage(`odmsg: "${typed}" is not a number of days from 1 to ${MAX_DAYS}.`);
      return undefined;
    }
    // No script: the page is style and inline SVG, and the policy allows only its nonce'd style sheet.
    const frame = webviewFrame();
    const request = { connection, days, ...(args.clinics ? { clinics: args.clinics } : {}), frame };
    const page = await this.settle(
      connection,
      await window.withProgress({ location: ProgressLocation.Notification, title: `odmsg: reading the texts ${connection.database} sent in ${days} days…` }, () => this.database().doctor(request)),
    );
    if (!page) return undefined;
    await this.remember(undefined, connection);
    if (!this.healthPanel) {
      const panel = window.createWebviewPanel(TEXTING_HEALTH_VIEW, `Texting health: ${connection.database}`, ViewColumn.Active, { enableScripts: false, enableFindWidget: true, localResourceRoots: [] });
      panel.onDidDispose(() => (this.healthPanel = undefined));
      this.healthPanel = panel;
    }
    this.healthPanel.title = `Texting health: ${connection.database}`;
    this.healthPanel.webview.html = page.html;
    this.healthPanel.reveal();
    return page;
  }

  /** The value, after saving the password that worked; or shows the failure (a refused login also forgets the saved password). */
  private async settle<T>(connection: DatabaseConnection, outcome: DatabaseOutcome<T>): Promise<T | undefined> {
    if (outcome.ok) {
      if (connection.password !== undefined) await this.context.secrets.store(secretKey(connection), connection.password);
      return outcome.value;
    }
    if (outcome.failure === 'login') await this.context.secrets.delete(secretKey(connection));
    void window.showErrorMessage(`odmsg: ${outcome.message.replace(/^odmsg: /, '')}${outcome.failure === 'login' ? ' Run the command again to enter the password.' : ''}`);
    return undefined;
  }

  /**
   * Host (or a socket path), port, database and user: from the arguments, else asked with the
   * remembered values offered (or taken as they are when `ask` is false); then the password
   * from the arguments, the secret storage, or asked.
   */
  private async askConnection(args: DatabaseCommandArgs, defaults: Remembered | undefined, ask: boolean): Promise<DatabaseConnection | undefined> {
    const input = (title: string, prompt: string, value: string, password = false) => window.showInputBox({ title: `odmsg: ${title}`, prompt, value, password, ignoreFocusOut: true });
    let host = args.socket ?? args.host;
    let socket = args.socket;
    if (host === undefined) {
      const offered = defaults?.socket ?? defaults?.host ?? 'localhost';
      host = ask || !defaults ? await input('Open Dental database server', 'Host name, or the path of a local socket (starting with /)', offered) : offered;
      if (host === undefined) return undefined;
      host = host.trim() || 'localhost';
      if (host.startsWith('/')) socket = host;
    }
    let port = args.port ?? defaults?.port ?? 3306;
    if (!socket && args.port === undefined && (ask || !defaults)) {
      const typed = await input('port', `Port of the database server on ${host}`, String(port));
      if (typed === undefined) return undefined;
      port = Number(typed.trim() || '3306');
      if (!Number.isInteger(port) || port <= 0 || port > 65535) {
        void window.showErrorMessage(`odmsg: "${typed}" is not a port number.`);
        return undefined;
      }
    }
    const database = args.database ?? (ask || !defaults ? await input('database', "Open Dental's database", defaults?.database ?? 'opendental') : defaults.database);
    if (database === undefined || database.trim() === '') return undefined;
    const user = args.user ?? (ask || !defaults?.user ? await input('user', 'MySQL user (a SELECT-only user is enough: see the README)', defaults?.user ?? '') : defaults.user);
    if (user === undefined || user.trim() === '') return undefined;
    const connection: DatabaseConnection = { host: socket ? 'localhost' : host, port, ...(socket ? { socket } : {}), database: database.trim(), user: user.trim() };
    let password = args.password ?? (await this.context.secrets.get(secretKey(connection)));
    if (password === undefined) {
      password = await input('password', `Password of ${connection.user} on ${where(connection)} (kept in VS Code's secret storage; empty for none)`, '', true);
      if (password === undefined) return undefined;
    }
    return { ...connection, password };
  }

  private remembered(key: string): Remembered | undefined {
    return this.context.workspaceState.get<Remembered>(`odmsg.database:${key}`);
  }

  /** The connection without its password: as the folder's (when there is one) and as the last used. */
  private async remember(folder: string | undefined, connection: DatabaseConnection): Promise<void> {
    const { password: _password, ...kept } = connection;
    if (folder !== undefined) await this.context.workspaceState.update(`odmsg.database:${folder}`, kept);
    await this.context.workspaceState.update('odmsg.database:last', kept);
  }

  /** The pulled folder: the argument, else the one folder with a manifest, else the one picked. */
  private async pulledFolder(given: string | undefined): Promise<string | undefined> {
    const root = workspace.workspaceFolders?.[0]?.uri.fsPath;
    if (given !== undefined) return path.resolve(root ?? '', given);
    const manifests = await workspace.findFiles(`**/${MANIFEST}`, '**/node_modules/**');
    const folders = manifests.map((m) => path.dirname(m.fsPath)).sort();
    if (folders.length === 0) {
      void window.showInformationMessage('odmsg: no pulled folder in the workspace. Run "odmsg: Pull templates from Open Dental…" first.');
      return undefined;
    }
    if (folders.length === 1) return folders[0];
    const picked = await window.showQuickPick(
      folders.map((f) => ({ label: workspace.asRelativePath(f), folder: f })),
      { title: 'odmsg: paste sheet of which pulled folder?' },
    );
    return picked?.folder;
  }
}

/** The copy buttons: the extension copies (it owns the clipboard), then the button says so. */
const SHEET_SCRIPT = `const vscode = acquireVsCodeApi();
document.addEventListener('click', (e) => {
  const id = e.target && e.target.getAttribute && e.target.getAttribute('data-copy');
  if (id) vscode.postMessage({ copy: id });
});
window.addEventListener('message', (e) => {
  const button = e.data && document.querySelector('[data-copy="' + CSS.escape(String(e.data.copied)) + '"]');
  if (button) button.textContent = 'Copied';
});`;

async function workspaceRoot(): Promise<string | undefined> {
  const folders = workspace.workspaceFolders?.filter((f) => f.uri.scheme === 'file') ?? [];
  if (folders.length === 0) {
    void window.showInformationMessage('odmsg: open a folder first; the templates are pulled into a folder of the workspace.');
    return undefined;
  }
  if (folders.length === 1) return folders[0].uri.fsPath;
  return (await window.showWorkspaceFolderPick({ placeHolder: 'Pull the templates into which workspace folder?' }))?.uri.fsPath;
}

function isInside(file: string, roots: string[]): boolean {
  return roots.some((root) => {
    const relative = path.relative(root, file);
    return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
  });
}

function where(c: Omit<DatabaseConnection, 'password'>): string {
  return `${c.database} on ${c.socket ?? `${c.host}:${c.port}`}`;
}

/** One secret per user, server and database: a password is only ever sent where it was given. */
function secretKey(c: Omit<DatabaseConnection, 'password'>): string {
  return `odmsg.database.password:${JSON.stringify([c.user, c.socket ?? `${c.host}:${c.port}`, c.database])}`;
}
