// `.odmsgrc.json` in the editor: the shared loader (workspace/configLoader.ts) in its lenient
// reading, with each file's problems published as diagnostics on it. Files are read once and
// cached until the client reports one changed (workspace/didChangeWatchedFiles).
import * as path from 'node:path';
import type { Diagnostic, RemoteConsole } from 'vscode-languageserver';
import { ConfigLoader, type ConfigFile } from '../workspace/configLoader';
import { configDiagnostics } from './configDiagnostics';
import { fileUriOf, filePathOf } from './uris';

export { CONFIG_FILE_NAME } from '../engine/configValidation';
export type { ConfigFile } from '../workspace/configLoader';

export type PublishConfigDiagnostics = (uri: string, diagnostics: Diagnostic[]) => void;

/** The server's config loader and the diagnostics it shows on config files. */
export class ConfigFiles {
  private readonly loader = new ConfigLoader({
    strict: false,
    onRead: (file) => {
      // The output channel's line: which file applies (the nearest above a template), and its problems.
      const problems = file.problems.map((p) => `\n ${p.message}`).join('');
      this.log[problems ? 'warn' : 'info'](`${file.config ? 'Using' : 'Ignoring'} ${file.path}${problems}`);
      this.report(fileUriOf(file.path), configDiagnostics(file.problems));
    },
  });
  /** Config files showing diagnostics, so fixing or deleting one clears them. */
  private readonly flagged = new Set<string>();

  constructor(
    private readonly publish: PublishConfigDiagnostics,
    /** The client's log (connection.console: window/logMessage); a file with problems is a warning. */
    private readonly log: Pick<RemoteConsole, 'info' | 'warn'>,
  ) {}

  /** The config file that applies to a document, if it is on disk and one exists above it. */
  forDocument(uri: string): ConfigFile | undefined {
    const filePath = filePathOf(uri);
    return filePath ? this.loader.nearest(path.dirname(filePath)) : undefined;
  }

  /** The nearest `.odmsgrc.json` in `folder` or above it, up to the file system root. */
  nearest(folder: string): ConfigFile | undefined {
    return this.loader.nearest(folder);
  }

  /** Forgets what was read from `uri` and, unless it was deleted, reads it again to refresh its diagnostics. */
  changed(uri: string, deleted: boolean): void {
    const filePath = filePathOf(uri);
    if (!filePath) return;
    this.loader.forget(filePath);
    if (!deleted) this.loader.file(filePath);
    else this.report(uri, []);
  }

  /** Forgets everything (for clients that cannot watch files). */
  clear(): void {
    this.loader.clear();
  }

  private report(uri: string, diagnostics: Diagnostic[]): void {
    if (diagnostics.length === 0 && !this.flagged.has(uri)) return;
    if (diagnostics.length > 0) this.flagged.add(uri);
    else this.flagged.delete(uri);
    this.publish(uri, diagnostics);
  }
}
