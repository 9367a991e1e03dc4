// Event-driven helpers for the end-to-end suite. Nothing here sleeps for a fixed time: every wait
// listens for a VS Code event and fails with a descriptive message when its timeout expires.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { settleWithin, waitUntil } from '../../shared/waits';
import { WEBVIEW_PROBE_MARKER, type WebviewProbe, type WebviewProbeAnswer } from '../common';

export const EXTENSION_ID = 'odmsg.odmsg';
export const LANGUAGE_ID = 'odmsg';
export const SOURCE = 'odmsg';
/** Default time to wait for one event (the server's first start can be slow on a cold machine). */
export const EVENT_TIMEOUT_MS = 20_000;

/** Resolves with `promise`, or rejects with `message` after `ms` milliseconds. */
export function withTimeout<T>(promise: Thenable<T>, ms: number, message: string): Promise<T> {
  return settleWithin(promise, ms, () => new Error(`Timed out after ${ms} ms: ${message}`));
}

/**
 * Waits until `check()` returns a value other than `undefined`. `check` runs once right away and
 * then after each firing of any of `events`. On timeout the error includes `describe()`.
 */
export function waitFor<T>(events: vscode.Event<unknown>[], check: () => T | undefined, what: string, describe: () => string = () => '', ms = EVENT_TIMEOUT_MS): Promise<T> {
  const onAnyEvent = (wake: () => void) => {
    const subscriptions = events.map((event) => event(wake));
    return () => subscriptions.forEach((s) => s.dispose());
  };
  return waitUntil(onAnyEvent, check, ms, () => {
    const detail = describe();
    return new Error(`Timed out after ${ms} ms waiting for ${what}${detail ? `\n${detail}` : ''}`);
  });
}

export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the end-to-end tests need the fixture workspace open as a folder');
  return folder.uri;
}

export function fixtureUri(name: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceRoot(), name);
}

/** Opens a fixture and shows it in an editor (diagnostics may be pulled only for visible documents). */
export async function openFixture(name: string): Promise<{ doc: vscode.TextDocument; editor: vscode.TextEditor }> {
  const doc = await vscode.workspace.openTextDocument(fixtureUri(name));
  const editor = await vscode.window.showTextDocument(doc, { preview: false });
  return { doc, editor };
}

export function ruleId(d: vscode.Diagnostic): string | undefined {
  const code = d.code;
  if (code === undefined) return undefined;
  if (typeof code === 'object') return String(code.value);
  return String(code);
}

export function odmsgDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE);
}

const severityName = (s: vscode.DiagnosticSeverity) => vscode.DiagnosticSeverity[s] ?? String(s);

export function formatRange(r: vscode.Range): string {
  return `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;
}

export function formatDiagnostics(uri: vscode.Uri, doc?: vscode.TextDocument): string {
  const all = vscode.languages.getDiagnostics(uri);
  if (all.length === 0) return `  (no diagnostics for ${uri.path})`;
  return all
    .map((d) => {
      const text = doc ? JSON.stringify(doc.getText(d.range)) : '';
      return `  ${d.source ?? '?'}/${ruleId(d) ?? '?'} ${severityName(d.severity)} ${formatRange(d.range)} ${text} ${JSON.stringify(d.message)}`;
    })
    .join('\n');
}

/**
 * Waits until the uri's odmsg diagnostics satisfy `accept` (default: at least one exists) and
 * returns them.
 */
export function waitForDiagnostics(
  uri: vscode.Uri,
  accept: (diagnostics: vscode.Diagnostic[]) => boolean = (ds) => ds.length > 0,
  what = `odmsg diagnostics for ${uri.path}`,
  ms = EVENT_TIMEOUT_MS,
): Promise<vscode.Diagnostic[]> {
  const onThisUri: vscode.Event<unknown> = (listener, thisArgs, disposables) =>
    vscode.languages.onDidChangeDiagnostics(
      (e) => {
        if (e.uris.some((u) => u.toString() === uri.toString())) listener.call(thisArgs, e);
      },
      undefined,
      disposables,
    );
  return waitFor(
    [onThisUri],
    () => {
      const ds = odmsgDiagnostics(uri);
      return accept(ds) ? ds : undefined;
    },
    what,
    () => `current diagnostics:\n${formatDiagnostics(uri)}`,
    ms,
  );
}

/** Waits until the document's text satisfies `accept`; returns the text. */
export function waitForText(doc: vscode.TextDocument, accept: (text: string) => boolean, what: string, ms = EVENT_TIMEOUT_MS): Promise<string> {
  return waitFor(
    [vscode.workspace.onDidChangeTextDocument],
    () => (accept(doc.getText()) ? doc.getText() : undefined),
    what,
    () => `current text of ${doc.uri.path}:\n${doc.getText()}`,
    ms,
  );
}

/** Range of the `occurrence`-th (0-based) appearance of `needle` in the document. */
export function rangeOf(doc: vscode.TextDocument, needle: string, occurrence = 0): vscode.Range {
  const text = doc.getText();
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = text.indexOf(needle, at + 1);
    assert.notEqual(at, -1, `fixture ${doc.uri.path} should contain ${JSON.stringify(needle)} (occurrence ${occurrence})`);
  }
  return new vscode.Range(doc.positionAt(at), doc.positionAt(at + needle.length));
}

export interface Expected {
  rule: string;
  range: vscode.Range;
  severity?: vscode.DiagnosticSeverity;
}

/**
 * Asserts that the odmsg diagnostics of `rule` are exactly `expected` (same ranges and, when
 * given, severities), in any order.
 */
export function assertRuleDiagnostics(doc: vscode.TextDocument, rule: string, expected: Expected[]): void {
  const actual = odmsgDiagnostics(doc.uri).filter((d) => ruleId(d) === rule);
  const show = (r: vscode.Range) => `${formatRange(r)} ${JSON.stringify(doc.getText(r))}`;
  const context = `\nexpected ${rule} at:\n${expected.map((e) => `  ${show(e.range)}`).join('\n') || '  (nowhere)'}\nall diagnostics:\n${formatDiagnostics(doc.uri, doc)}`;
  assert.equal(actual.length, expected.length, `wrong number of ${rule} diagnostics${context}`);
  for (const e of expected) {
    const match = actual.find((d) => d.range.isEqual(e.range));
    assert.ok(match, `no ${rule} diagnostic at ${show(e.range)}${context}`);
    if (e.severity !== undefined) {
      assert.equal(severityName(match.severity), severityName(e.severity), `severity of ${rule} at ${show(e.range)}${context}`);
    }
  }
}

/** Asserts that no odmsg rule other than `allowed` reports anything for the document. */
export function assertOnlyRules(doc: vscode.TextDocument, allowed: string[]): void {
  const others = odmsgDiagnostics(doc.uri).filter((d) => !allowed.includes(ruleId(d) ?? ''));
  assert.equal(others.length, 0, `unexpected diagnostics (only ${allowed.join(', ')} expected):\n${formatDiagnostics(doc.uri, doc)}`);
}

/**
 * The rule page a diagnostic links to: its code target is the command link that opens the page
 * rendered (`command:odmsg.showRuleDocs?["file:…/docs/rules/<id>.md"]`, client/src/ruleDocs.ts).
 */
export function docsPageOf(d: vscode.Diagnostic): vscode.Uri {
  const code = d.code;
  assert.ok(typeof code === 'object', `the diagnostic ${JSON.stringify(d.message)} links to its rule page`);
  assert.equal(code.target.scheme, 'command', `a command link, got ${code.target.toString()}`);
  assert.equal(code.target.path, 'odmsg.showRuleDocs');
  const args: unknown = JSON.parse(code.target.query);
  assert.ok(Array.isArray(args) && args.length === 1 && typeof args[0] === 'string', `the link's argument is the page, got ${code.target.query}`);
  return vscode.Uri.parse(args[0]);
}

/** Code actions VS Code offers for `range` (the same request the light bulb makes). */
export async function codeActionsAt(uri: vscode.Uri, range: vscode.Range, kind?: string): Promise<vscode.CodeAction[]> {
  const result = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>('vscode.executeCodeActionProvider', uri, range, kind);
  return (result ?? []).filter((a): a is vscode.CodeAction => !('command' in a && typeof a.command === 'string'));
}

/** The new texts a code action's edit inserts into `uri`. */
export function newTexts(action: vscode.CodeAction, uri: vscode.Uri): string[] {
  return (action.edit?.get(uri) ?? []).map((e) => e.newText);
}

/** Reverts the active editor so a test leaves no unsaved changes behind. */
export async function revertActiveEditor(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.files.revert');
}

/**
 * Makes sure the extension is active and its server answers, by opening a fixture with a known
 * problem and waiting for its diagnostics. For tests that must not depend on running after others.
 */
export async function ensureServerReady(): Promise<void> {
  // Not sentinel.odmsg: the clean-template test needs that one to be fresh.
  const { doc } = await openFixture('server-ready.odmsg');
  await waitForDiagnostics(doc.uri, (ds) => ds.length > 0, 'the odmsg server to answer for server-ready.odmsg');
}

/**
 * What a webview's page shows, as the runner's browser sees it (common.ts WEBVIEW_PROBE_MARKER):
 * the request goes out on the console, the answer comes back as a file, watched for.
 */
export async function probeWebview(probe: Omit<WebviewProbe, 'reply'>): Promise<WebviewProbeAnswer> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'odmsg-probe-'));
  const reply = path.join(dir, 'answer.json');
  try {
    const read = () => (fs.existsSync(reply) ? (JSON.parse(fs.readFileSync(reply, 'utf8')) as WebviewProbeAnswer) : undefined);
    let watcher: fs.FSWatcher | undefined;
    const onAnyEvent = (wake: () => void) => {
      watcher = fs.watch(dir, wake);
      return () => watcher?.close();
    };
    const answer = waitUntil(onAnyEvent, read, EVENT_TIMEOUT_MS * 2, () => new Error(`Timed out waiting for the runner's answer to the webview probe ${JSON.stringify(probe)}`));
    console.log(`${WEBVIEW_PROBE_MARKER}${JSON.stringify({ ...probe, reply })}`);
    return await answer;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
