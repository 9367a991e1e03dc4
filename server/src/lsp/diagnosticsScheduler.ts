// When to check a template and publishing what the check found. Checks run on open, on save,
// and (with `odmsg.run: onType`) 150 ms after the last change; a newer check supersedes an
// older one still waiting for settings, and a version already checked under the same
// config is never checked twice.
//
// Memory: what is kept per open document is its problems (what the next publish, code
// actions and fix-all read), with the version and config they belong to. A full lint result
// (parsed template, masked prose, words: about four times the size) is kept only for the few
// documents used last, which hover, code actions and the analysis ask about; any other
// document is linted again on such a request.
import type { Connection, Diagnostic, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { OdmsgConfig } from '../engine/config';
import { lint, type LintResult } from '../engine/lint';
import type { Problem } from '../engine/types';
import type { ConfigFile, ConfigFiles } from './configFiles';
import { toDiagnostic } from './conversions';
import { configLayers } from '../workspace/configLoader';
import type { Settings, SettingsStore } from './settings';

export const CHANGE_DELAY_MS = 150;
/** How many documents keep their full lint result (the ones typed in or pointed at last). */
export const FULL_RESULTS_KEPT = 8;

export type Trigger = 'open' | 'change' | 'save' | 'config';

export interface DocumentConfig {
  settings: Settings;
  configFile?: ConfigFile;
  /** Config layers for the engine, lowest first: `.odmsgrc.json`, then `odmsg.rules`. */
  layers: (OdmsgConfig | undefined)[];
  /** Equal keys mean equal layers, hence equal results for equal text. */
  key: string;
}

interface CachedLint {
  version: number;
  key: string;
  result: LintResult;
}

interface CachedProblems {
  version: number;
  key: string;
  problems: Problem[];
}

export class DiagnosticsScheduler {
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  /** The newest check per open document; an older one still running sees it is stale. */
  private readonly generations = new Map<string, number>();
  /** Generations are unique for the server's life, so a check from before a close never matches one after a reopen. */
  private lastGeneration = 0;
  /** Full results of the documents used last, least recent first (a Map keeps insertion order). */
  private readonly recentLint = new Map<string, CachedLint>();
  /** The problems of every document checked, for its current version and config. */
  private readonly lastProblems = new Map<string, CachedProblems>();
  /** What is on screen per URI (`version|key`, or `off`), so an unchanged result is not re-sent. */
  private readonly shown = new Map<string, string>();
  private readonly publishListeners: ((uri: string, version: number) => void)[] = [];

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly settings: SettingsStore,
    private readonly configFiles: ConfigFiles,
  ) {}

  async configFor(uri: string): Promise<DocumentConfig> {
    const settings = await this.settings.get(uri);
    const configFile = this.configFiles.forDocument(uri);
    const layers = configLayers(configFile?.config, settings.rules);
    return { settings, configFile, layers, key: JSON.stringify(layers) };
  }

  /**
   * The full lint result for the document's current text: computed once per version and
   * config while the document is among the last used, again when it has dropped out.
   */
  lint(document: TextDocument, config: DocumentConfig): LintResult {
    const { uri } = document;
    const cached = this.recentLint.get(uri);
    this.recentLint.delete(uri);
    const result = cached && cached.version === document.version && cached.key === config.key ? cached.result : lint(document.getText(), config.layers);
    this.recentLint.set(uri, { version: document.version, key: config.key, result });
    if (this.recentLint.size > FULL_RESULTS_KEPT) this.recentLint.delete(this.recentLint.keys().next().value!);
    this.lastProblems.set(uri, { version: document.version, key: config.key, problems: result.problems });
    return result;
  }

  /** The problems in the document's current text, linted at most once per version and config. */
  problems(document: TextDocument, config: DocumentConfig): Problem[] {
    const cached = this.lastProblems.get(document.uri);
    if (cached && cached.version === document.version && cached.key === config.key) return cached.problems;
    return this.lint(document, config).problems;
  }

  /** Called after each publish of a new result for an open document (the status bar re-asks then). */
  onDidPublish(listener: (uri: string, version: number) => void): void {
    this.publishListeners.push(listener);
  }

  /** A change: check once typing pauses (nothing happens under `odmsg.run: onSave`). */
  changed(uri: string): void {
    clearTimeout(this.timers.get(uri));
    this.timers.set(
      uri,
      setTimeout(() => {
        this.timers.delete(uri);
        this.run(uri, 'change');
      }, CHANGE_DELAY_MS),
    );
  }

  /** Checks now, logging instead of throwing (callers fire and forget). */
  run(uri: string, trigger: Trigger): void {
    this.validate(uri, trigger).catch((error: unknown) => {
      this.connection.console.error(`odmsg: checking ${uri} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    });
  }

  runAll(trigger: Trigger): void {
    for (const document of this.documents.all()) this.run(document.uri, trigger);
  }

  /** Stops pending checks (on shutdown: nothing may be published after it). */
  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    this.generations.clear();
  }

  closed(uri: string): void {
    clearTimeout(this.timers.get(uri));
    this.timers.delete(uri);
    // Forgotten, not superseded: a check still running finds no generation and stops, and
    // nothing stays behind per document opened and closed.
    this.generations.delete(uri);
    this.recentLint.delete(uri);
    this.lastProblems.delete(uri);
    this.shown.delete(uri);
    this.settings.forget(uri);
    void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  async validate(uri: string, trigger: Trigger): Promise<void> {
    if (trigger === 'change') {
      // Decided before superseding anything, so a change under onSave never cancels an open or save check.
      const settings = await this.settings.get(uri);
      if (settings.run === 'onSave') return;
    } else {
      clearTimeout(this.timers.get(uri));
      this.timers.delete(uri);
    }
    const generation = this.supersede(uri);
    const config = await this.configFor(uri);
    const document = this.documents.get(uri);
    if (this.generations.get(uri) !== generation) return;
    if (!document) {
      // Closed (or never opened) while the settings were read: keep nothing for it.
      this.generations.delete(uri);
      return;
    }
    if (!config.settings.enable) {
      this.show(document, 'off', []);
      return;
    }
    const problems = this.problems(document, config);
    this.show(document, `${document.version}|${config.key}`, () => problems.map((p) => toDiagnostic(p, document)));
  }

  private supersede(uri: string): number {
    const generation = ++this.lastGeneration;
    this.generations.set(uri, generation);
    return generation;
  }

  private show(document: TextDocument, key: string, diagnostics: Diagnostic[] | (() => Diagnostic[])): void {
    if (this.shown.get(document.uri) === key) return;
    this.shown.set(document.uri, key);
    void this.connection.sendDiagnostics({
      uri: document.uri,
      version: document.version,
      diagnostics: typeof diagnostics === 'function' ? diagnostics() : diagnostics,
    });
    for (const listener of this.publishListeners) listener(document.uri, document.version);
  }
}
