// `odmsg.server.checkWorkspace`, behind the client's "odmsg: Check all templates in workspace":
// finds every `.odmsg` file in the workspace folders the way `odmsg check` does (discovery.ts:
// `node_modules` and dot-folders skipped, each folder's `.odmsgignore` honoured), checks each
// with the config an open file gets (nearest `.odmsgrc.json`, the `odmsg.rules` setting, front
// matter) and publishes its diagnostics, so files that are not open show in the Problems panel
// too. Open documents are checked as the editor holds them (unsaved changes included), closed
// ones as they are on disk. Answers with counts, which the client shows.
//
// Diagnostics of closed files stay until the next check, and follow config changes (a
// `.odmsgrc.json` or the settings) at once; when the editor closes a document the last check
// covered, its on-disk result is shown again instead of nothing.
import * as fs from 'node:fs';
import { DiagnosticSeverity, type Connection, type Diagnostic, type TextDocuments } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { readTemplateFile } from '../workspace/readText';
import { toDiagnostic, SOURCE } from './conversions';
import { findTemplates, IGNORE_FILE_NAME, IGNORE_NOTHING, loadIgnoreFile, type IgnoreFile } from '../workspace/discovery';
import { resolveConfig } from '../engine/config';
import { lint } from '../engine/lint';
import { maxFileSize } from '../engine/rules/file-too-large';
import type { Problem } from '../engine/types';
import { describeError } from './guard';
import { fileUriOf, filePathOf } from './uris';
import type { DiagnosticsScheduler } from './diagnosticsScheduler';
import type { WorkspaceFolders } from './workspaceFolders';
import type { CheckWorkspaceCounts, CheckWorkspaceResult } from '../protocol/commands';
import { workspaceSummary } from '../present/workspaceSummary';

type FileOutcome = { problems: Problem[] } | { unreadable: true } | undefined;

export class WorkspaceCheck {
  /** Closed files the last check published diagnostics for: file path → the URI used. */
  private published = new Map<string, string>();
  private running: Promise<CheckWorkspaceResult> | undefined;
  /** A re-check of the closed files after a config change, queued or running. */
  private refreshing: Promise<void> | undefined;
  /** A config change came while `refreshing` was already running: run it once more. */
  private refreshAgain = false;

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly scheduler: DiagnosticsScheduler,
    private readonly folders: WorkspaceFolders,
  ) {}

  /** Checks the workspace; a request while a check runs gets that check's answer. */
  run(): Promise<CheckWorkspaceResult> {
    this.running ??= this.checkAll().finally(() => (this.running = undefined));
    return this.running;
  }

  /** After the editor closed `uri`: show the file's on-disk result again if the last check covered it. */
  async closed(uri: string): Promise<void> {
    const filePath = filePathOf(uri);
    if (!filePath || !this.published.has(filePath)) return;
    if (!fs.existsSync(filePath)) {
      // Deleted (which also closes its editor): nothing to show.
      this.published.delete(filePath);
      return;
    }
    this.published.set(filePath, uri);
    await this.checkClosed(filePath, uri);
  }

  /**
   * After a config change: checks the closed files the last check showed again, so their
   * diagnostics follow the new config as open documents' do. A burst of changes (a config
   * file saved, then the settings) makes one more pass at most, after a workspace check
   * that is running, which may have read the old config.
   */
  configChanged(): Promise<void> {
    if (this.published.size === 0 && !this.running) return Promise.resolve();
    if (this.refreshing) {
      this.refreshAgain = true;
      return this.refreshing;
    }
    const refresh = async () => {
      await this.running?.catch(() => undefined);
      do {
        this.refreshAgain = false;
        for (const [file, uri] of [...this.published]) {
          if (this.openDocument(file)) continue;
          if (!fs.existsSync(file)) {
            this.published.delete(file);
            void this.connection.sendDiagnostics({ uri, diagnostics: [] });
            continue;
          }
          await this.checkClosed(file, uri);
        }
      } while (this.refreshAgain);
    };
    this.refreshing = refresh().finally(() => (this.refreshing = undefined));
    return this.refreshing;
  }

  private async checkAll(): Promise<CheckWorkspaceResult> {
    const started = Date.now();
    const folderPaths = this.folders.all();
    const files = new Set<string>();
    for (const folder of folderPaths) {
      let ignored: IgnoreFile;
      try {
        ignored = loadIgnoreFile(folder);
      } catch (error) {
        this.connection.console.warn(`odmsg: cannot read ${IGNORE_FILE_NAME} in ${folder}, checking every template there: ${describeError(error)}`);
        ignored = IGNORE_NOTHING;
      }
      for (const file of findTemplates(folder, ignored)) files.add(file);
    }

    const result: CheckWorkspaceCounts = { folders: folderPaths.length, files: 0, filesWithProblems: 0, errors: 0, warnings: 0, infos: 0, unreadable: 0 };
    const previous = this.published;
    this.published = new Map();
    for (const file of [...files].sort()) {
      const open = this.openDocument(file);
      const uri = open?.uri ?? previous.get(file) ?? fileUriOf(file);
      const outcome = open ? await this.checkOpen(open) : await this.checkClosed(file, uri);
      if (!open) this.published.set(file, uri);
      if (!outcome) continue;
      result.files++;
      if ('unreadable' in outcome) {
        result.unreadable++;
        result.filesWithProblems++;
        continue;
      }
      if (outcome.problems.length > 0) result.filesWithProblems++;
      for (const problem of outcome.problems) {
        if (problem.severity === 'error') result.errors++;
        else if (problem.severity === 'warning') result.warnings++;
        else result.infos++;
      }
    }
    // Files gone, newly ignored or moved out of the workspace since the last check.
    for (const [file, uri] of previous) {
      if (!this.published.has(file) && !this.openDocument(file)) void this.connection.sendDiagnostics({ uri, diagnostics: [] });
    }
    this.connection.console.info(`odmsg: checked ${result.files} templates in ${result.folders} workspace folder(s) in ${Date.now() - started} ms.`);
    return { ...result, summary: workspaceSummary(result) };
  }

  private openDocument(filePath: string): TextDocument | undefined {
    return this.documents.all().find((d) => filePathOf(d.uri) === filePath);
  }

  /** An open document: its buffer, published through the scheduler like any other check. */
  private async checkOpen(document: TextDocument): Promise<FileOutcome> {
    const config = await this.scheduler.configFor(document.uri);
    const current = this.documents.get(document.uri);
    if (!current || !config.settings.enable) return undefined;
    // Under `odmsg.run: onSave` the buffer may be newer than what is shown; show this check.
    this.scheduler.run(current.uri, 'config');
    return { problems: this.scheduler.lint(current, config).problems };
  }

  /** A closed file, from disk. Nothing is published if the editor opened it meanwhile. */
  private async checkClosed(filePath: string, uri: string): Promise<FileOutcome> {
    const config = await this.scheduler.configFor(uri);
    const isOpen = () => this.openDocument(filePath) !== undefined;
    if (!config.settings.enable) {
      if (!isOpen()) void this.connection.sendDiagnostics({ uri, diagnostics: [] });
      return undefined;
    }
    // A file over maxFileSize is read no further than its front matter (bounded memory).
    const read = readTemplateFile(filePath, maxFileSize(resolveConfig(config.layers)));
    if (!read.ok) {
      const diagnostic: Diagnostic = {
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        severity: DiagnosticSeverity.Error,
        source: SOURCE,
        message: read.message,
      };
      if (!isOpen()) void this.connection.sendDiagnostics({ uri, diagnostics: [diagnostic] });
      return { unreadable: true };
    }
    const { text, fileSize } = read.value;
    const result = lint(text, config.layers, { fileSize });
    // Version 0: quick fixes check the version, so none applies until the file is opened (version 1 and up).
    const document = TextDocument.create(uri, 'odmsg', 0, text);
    if (!isOpen()) void this.connection.sendDiagnostics({ uri, diagnostics: result.problems.map((p) => toDiagnostic(p, document)) });
    return { problems: result.problems };
  }
}
