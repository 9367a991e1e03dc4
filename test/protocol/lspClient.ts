// A small LSP client for the protocol tests: it runs the built server (server/out/server.js)
// over stdio or node IPC, plays the editor's side (settings, registrations, applyEdit) and lets
// tests wait for what the server sends. Every wait is event-driven with a timeout; none sleeps.
// One server per describe block: serverForSuite() in suiteServer.ts.
import { fork, spawn, type ChildProcess } from 'node:child_process';
import { EventEmitter } from 'node:events';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  CodeActionRequest,
  CompletionRequest,
  DidChangeConfigurationNotification,
  DidChangeTextDocumentNotification,
  DidChangeWatchedFilesNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DidSaveTextDocumentNotification,
  ExecuteCommandRequest,
  ExitNotification,
  HoverRequest,
  IPCMessageReader,
  IPCMessageWriter,
  InitializeRequest,
  InitializedNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  createMessageConnection,
  type ApplyWorkspaceEditParams,
  type ClientCapabilities,
  type CodeAction,
  type Command,
  type CompletionItem,
  type CompletionList,
  type ConfigurationParams,
  type Diagnostic,
  type FileEvent,
  type Hover,
  type InitializeResult,
  type MessageConnection,
  type Position,
  type PublishDiagnosticsParams,
  type Range,
  type Registration,
  type RegistrationParams,
  type TextEdit,
  type WorkspaceEdit,
  type WorkspaceFolder,
} from 'vscode-languageserver/node';
import { settleWithin, waitUntil } from '../shared/waits';

export const SERVER_MODULE = path.resolve(__dirname, '../../server/out/server.js');
export const DEFAULT_TIMEOUT_MS = 15_000;

export type Transport = 'stdio' | 'ipc';

/** Answers workspace/configuration for one item; `undefined` is sent as null. */
export type SettingsProvider = (scopeUri: string | undefined, section: string | undefined) => unknown;

export interface StartOptions {
  transport?: Transport;
  /**
   * With stdio: the server command to run instead of `node server/out/server.js --stdio` (the
   * bin script, started as an editor starts it). `env` defaults to this process's.
   */
  command?: { file: string; args: string[]; env?: NodeJS.ProcessEnv };
  /** Declare workspace/configuration support (default true). */
  configuration?: boolean;
  settings?: SettingsProvider;
  workspaceFolders?: WorkspaceFolder[] | null;
  /** Sent as initialize's `initializationOptions`. */
  initializationOptions?: unknown;
  /** Applied to the default capabilities last; what it returns, if anything, is sent instead. */
  capabilities?: (c: ClientCapabilities) => ClientCapabilities | void;
}

export function defaultCapabilities(configuration: boolean): ClientCapabilities {
  return {
    workspace: {
      configuration,
      applyEdit: true,
      workspaceFolders: true,
      didChangeConfiguration: { dynamicRegistration: true },
      didChangeWatchedFiles: { dynamicRegistration: true },
      workspaceEdit: { documentChanges: true, resourceOperations: ['create', 'rename', 'delete'] },
      executeCommand: { dynamicRegistration: false },
    },
    textDocument: {
      synchronization: { dynamicRegistration: false, didSave: true },
      publishDiagnostics: { versionSupport: true, codeDescriptionSupport: true, dataSupport: true, relatedInformation: true },
      codeAction: {
        dataSupport: true,
        isPreferredSupport: true,
        codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } },
      },
      hover: { contentFormat: ['markdown', 'plaintext'] },
      completion: { completionItem: { snippetSupport: false, documentationFormat: ['markdown', 'plaintext'] } },
    },
  };
}

interface OpenDocument {
  version: number;
  text: string;
}

/** Offset of an LSP position in `text` (lines end at \n, \r\n or \r). */
export function offsetAt(text: string, position: Position): number {
  let line = 0;
  let offset = 0;
  while (line < position.line && offset < text.length) {
    const c = text[offset++];
    if (c === '\n' || (c === '\r' && text[offset] !== '\n')) line++;
  }
  let end = offset;
  while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end++;
  return Math.min(offset + position.character, end);
}

export function positionAt(text: string, offset: number): Position {
  let line = 0;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    const c = text[i];
    if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, character: offset - lineStart };
}

/** The range of the `occurrence`-th (0-based) `needle` in `text`. */
export function rangeOfText(text: string, needle: string, occurrence = 0): Range {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`${JSON.stringify(needle)} (occurrence ${occurrence}) is not in ${JSON.stringify(text)}`);
  }
  return { start: positionAt(text, at), end: positionAt(text, at + needle.length) };
}

/** Applies LSP text edits the way an editor does: all ranges refer to the original text. */
export function applyTextEdits(text: string, edits: readonly TextEdit[]): string {
  const resolved = edits
    .map((e, index) => ({ start: offsetAt(text, e.range.start), end: offsetAt(text, e.range.end), newText: e.newText, index }))
    .sort((a, b) => a.start - b.start || a.end - b.end || a.index - b.index);
  let out = '';
  let cursor = 0;
  for (const e of resolved) {
    if (e.start < cursor) throw new Error(`overlapping edits at offset ${e.start}`);
    out += text.slice(cursor, e.start) + e.newText;
    cursor = e.end;
  }
  return out + text.slice(cursor);
}

/** The text edits a workspace edit makes to `uri` (documentChanges only), with the version they are bound to. */
export function editsFor(edit: WorkspaceEdit | undefined, uri: string): { version: number | null; edits: TextEdit[] }[] {
  const out: { version: number | null; edits: TextEdit[] }[] = [];
  for (const change of edit?.documentChanges ?? []) {
    if ('textDocument' in change && change.textDocument.uri === uri) {
      out.push({ version: change.textDocument.version, edits: change.edits.filter((e): e is TextEdit => 'range' in e) });
    }
  }
  return out;
}

/** A diagnostic's message as text (LSP 3.18 also allows markup). */
export function messageOf(diagnostic: Diagnostic): string {
  return typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value;
}

export function isCodeAction(item: CodeAction | Command): item is CodeAction {
  return typeof (item as Command).command !== 'string';
}

export class TestClient {
  readonly diagnostics: PublishDiagnosticsParams[] = [];
  readonly registrations: Registration[] = [];
  readonly appliedEdits: ApplyWorkspaceEditParams[] = [];
  readonly configurationRequests: ConfigurationParams[] = [];
  readonly logs: string[] = [];
  readonly documents = new Map<string, OpenDocument>();
  settings: SettingsProvider;
  initializeResult!: InitializeResult;
  private readonly events = new EventEmitter();
  private exited = false;
  private stderr = '';

  private connected?: { connection: MessageConnection; child: ChildProcess };

  /** Not connected yet: `connect()` starts the server. Tests use `TestClient.start()` or `serverForSuite()`. */
  constructor(private readonly options: StartOptions = {}) {
    this.settings = options.settings ?? (() => ({}));
    this.events.setMaxListeners(100);
  }

  static async start(options: StartOptions = {}): Promise<TestClient> {
    const client = new TestClient(options);
    await client.connect();
    return client;
  }

  get connection(): MessageConnection {
    return this.server().connection;
  }

  get child(): ChildProcess {
    return this.server().child;
  }

  private server(): { connection: MessageConnection; child: ChildProcess } {
    if (!this.connected) throw new Error('the client is not connected yet (serverForSuite() connects it in before())');
    return this.connected;
  }

  /** Starts the server, answers what it asks of an editor, and initializes it. */
  async connect(): Promise<void> {
    if (!fs.existsSync(SERVER_MODULE)) throw new Error(`${SERVER_MODULE} is missing: run \`npm run build\` first`);
    const options = this.options;
    const transport = options.transport ?? 'stdio';
    let child: ChildProcess;
    let connection: MessageConnection;
    if (transport === 'stdio') {
      const command = options.command ?? { file: process.execPath, args: [SERVER_MODULE, '--stdio'] };
      child = spawn(command.file, command.args, { stdio: ['pipe', 'pipe', 'pipe'], env: command.env });
      connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    } else {
      child = fork(SERVER_MODULE, ['--node-ipc'], { silent: true });
      connection = createMessageConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
    }
    this.connected = { connection, child };
    child.stderr?.on('data', (chunk: Buffer) => {
      this.stderr += chunk.toString();
      this.events.emit('event');
    });
    child.on('exit', () => {
      this.exited = true;
      this.events.emit('event');
    });
    connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      this.diagnostics.push(params);
      this.events.emit('event');
    });
    connection.onNotification('window/logMessage', (params: { message: string }) => {
      this.logs.push(params.message);
      this.events.emit('event');
    });
    connection.onRequest('workspace/configuration', (params: ConfigurationParams) => {
      this.configurationRequests.push(params);
      return params.items.map((item) => this.settings(item.scopeUri, item.section) ?? null);
    });
    connection.onRequest('client/registerCapability', (params: RegistrationParams) => {
      this.registrations.push(...params.registrations);
      this.events.emit('event');
      return null;
    });
    connection.onRequest('client/unregisterCapability', () => null);
    connection.onRequest('window/workDoneProgress/create', () => null);
    connection.onRequest('workspace/applyEdit', (params: ApplyWorkspaceEditParams) => {
      this.appliedEdits.push(params);
      const applied = this.applyWorkspaceEdit(params.edit);
      this.events.emit('event');
      return { applied };
    });
    connection.listen();
    const defaults = defaultCapabilities(options.configuration ?? true);
    const capabilities = options.capabilities?.(defaults) ?? defaults;
    this.initializeResult = await this.within(
      connection.sendRequest(InitializeRequest.type, {
        processId: process.pid,
        rootUri: null,
        capabilities,
        workspaceFolders: options.workspaceFolders ?? null,
        initializationOptions: options.initializationOptions,
      }),
      'the initialize response',
    );
    await connection.sendNotification(InitializedNotification.type, {});
  }

  /** Index into `diagnostics`: pass it to waits to look only at what arrives afterwards. */
  mark(): number {
    return this.diagnostics.length;
  }

  /** Resolves with `check()`'s first defined value, re-checking after everything the server sends. */
  waitFor<T>(check: () => T | undefined, what: string, ms = DEFAULT_TIMEOUT_MS): Promise<T> {
    const onServerEvent = (wake: () => void) => {
      this.events.on('event', wake);
      return () => void this.events.off('event', wake);
    };
    // A server that has exited sends nothing more: fail now rather than at the timeout.
    const checkWhileAlive = () => {
      const value = check();
      if (value === undefined && this.exited) throw new Error(`the server exited while waiting for ${what}\nstderr:\n${this.stderr}`);
      return value;
    };
    const timedOut = () =>
      new Error(`timed out after ${ms} ms waiting for ${what}\nlast diagnostics: ${JSON.stringify(this.diagnostics.slice(-3), null, 1)}\nlogs:\n${this.logs.join('\n')}\nstderr:\n${this.stderr}`);
    return waitUntil(onServerEvent, checkWhileAlive, ms, timedOut);
  }

  /** The first diagnostics published for `uri` at or after `since` that `accept` takes. */
  waitForDiagnostics(uri: string, accept: (p: PublishDiagnosticsParams) => boolean = () => true, what = `diagnostics for ${uri}`, since = 0): Promise<PublishDiagnosticsParams> {
    return this.waitFor(() => this.diagnostics.slice(since).find((p) => p.uri === uri && accept(p)), what);
  }

  /** Diagnostics published for `uri` at or after `since`. */
  publishedFor(uri: string, since = 0): PublishDiagnosticsParams[] {
    return this.diagnostics.slice(since).filter((p) => p.uri === uri);
  }

  within<T>(promise: Promise<T>, what: string, ms = DEFAULT_TIMEOUT_MS): Promise<T> {
    return settleWithin(promise, ms, () => new Error(`timed out after ${ms} ms waiting for ${what}\nstderr:\n${this.stderr}`));
  }

  text(uri: string): string {
    const doc = this.documents.get(uri);
    if (!doc) throw new Error(`${uri} is not open`);
    return doc.text;
  }

  version(uri: string): number {
    const doc = this.documents.get(uri);
    if (!doc) throw new Error(`${uri} is not open`);
    return doc.version;
  }

  async open(uri: string, text: string, version = 1): Promise<void> {
    this.documents.set(uri, { version, text });
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'odmsg', version, text } });
  }

  /** Replaces the whole text with one incremental change (a range over the old text). */
  async replace(uri: string, text: string): Promise<number> {
    const doc = this.documents.get(uri);
    if (!doc) throw new Error(`${uri} is not open`);
    return this.edit(uri, [{ range: { start: { line: 0, character: 0 }, end: positionAt(doc.text, doc.text.length) }, newText: text }]);
  }

  /** Applies edits to the open document and sends them as one incremental didChange; returns the new version. */
  async edit(uri: string, edits: readonly TextEdit[]): Promise<number> {
    const doc = this.documents.get(uri);
    if (!doc) throw new Error(`${uri} is not open`);
    // Sent last edit first, so each change's range is still valid in the text it applies to.
    const ordered = [...edits].sort((a, b) => offsetAt(doc.text, b.range.start) - offsetAt(doc.text, a.range.start));
    doc.text = applyTextEdits(doc.text, edits);
    doc.version++;
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version: doc.version },
      contentChanges: ordered.map((e) => ({ range: e.range, text: e.newText })),
    });
    return doc.version;
  }

  async save(uri: string): Promise<void> {
    await this.connection.sendNotification(DidSaveTextDocumentNotification.type, { textDocument: { uri } });
  }

  async close(uri: string): Promise<void> {
    this.documents.delete(uri);
    await this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  async configurationChanged(settings: unknown = null): Promise<void> {
    await this.connection.sendNotification(DidChangeConfigurationNotification.type, { settings });
  }

  async watchedFilesChanged(changes: FileEvent[]): Promise<void> {
    await this.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes });
  }

  async codeActions(uri: string, range: Range, diagnostics: Diagnostic[], only?: string[]): Promise<CodeAction[] | null> {
    const result = await this.within(this.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range, context: { diagnostics, only } }), 'code actions');
    return result === null ? null : result.filter(isCodeAction);
  }

  hover(uri: string, position: Position): Promise<Hover | null> {
    return this.within(this.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position }), 'hover');
  }

  completion(uri: string, position: Position): Promise<CompletionItem[] | CompletionList | null> {
    return this.within(this.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position, context: { triggerKind: 2, triggerCharacter: '[' } }), 'completion');
  }

  executeCommand(command: string, args: unknown[]): Promise<unknown> {
    return this.within(this.connection.sendRequest(ExecuteCommandRequest.type, { command, arguments: args }), `executeCommand ${command}`);
  }

  /**
   * Applies a workspace edit to open documents like an editor: refused (false) when a bound
   * version is not the document's; each applied change is sent to the server as didChange.
   */
  applyWorkspaceEdit(edit: WorkspaceEdit): boolean {
    const changes = edit.documentChanges ?? [];
    for (const change of changes) {
      if (!('textDocument' in change)) continue;
      const doc = this.documents.get(change.textDocument.uri);
      if (doc && change.textDocument.version !== null && change.textDocument.version !== doc.version) return false;
    }
    for (const change of changes) {
      if (!('textDocument' in change) || !this.documents.has(change.textDocument.uri)) continue;
      void this.edit(
        change.textDocument.uri,
        change.edits.filter((e): e is TextEdit => 'range' in e),
      );
    }
    return true;
  }

  /** Shuts the server down as an editor does (shutdown, then exit); resolves with its exit code. */
  async shutdown(ms = DEFAULT_TIMEOUT_MS): Promise<number | null> {
    const child = this.child;
    const exited = new Promise<number | null>((resolve) => (this.exited ? resolve(child.exitCode) : child.once('exit', (code) => resolve(code))));
    await this.within(this.connection.sendRequest(ShutdownRequest.type), 'the shutdown response', ms);
    await this.connection.sendNotification(ExitNotification.type);
    return this.within(exited, 'the server to exit', ms);
  }

  /** Shuts the server down politely, then makes sure the process is gone. */
  async stop(): Promise<void> {
    if (!this.connected) return;
    if (!this.exited) {
      try {
        await this.shutdown(2000);
      } catch {
        this.child.kill();
      }
    }
    this.connection.dispose();
  }

  get isAlive(): boolean {
    return !this.exited;
  }

  get stderrText(): string {
    return this.stderr;
  }
}
