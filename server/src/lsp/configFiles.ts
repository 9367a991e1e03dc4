// `.odmsgrc.json` files on disk: found from a template's folder upward, read once and cached
// by path until the client reports the file changed (workspace/didChangeWatchedFiles).
//
// The nearest file wins and parent files are not merged: a folder's config is read in one
// place, the way a reader of the repository would expect.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Diagnostic } from 'vscode-languageserver';
import type { OdmsgConfig } from '../engine/config';
import { checkConfigText } from './configDiagnostics';
import { configCandidates } from '../workspace/configSearch';
import { fileUriOf, filePathOf } from './uris';
import { stripBom } from '../engine/bom';

export { CONFIG_FILE_NAME } from '../engine/configValidation';

export interface ConfigFile {
  path: string;
  uri: string;
  text: string;
  /** Undefined when the file does not parse (its diagnostics say why). */
  config?: OdmsgConfig;
  diagnostics: Diagnostic[];
}

export type PublishConfigDiagnostics = (uri: string, diagnostics: Diagnostic[]) => void;

export class ConfigFiles {
  /** By path; null records that no readable file is there, so the walk up stays cheap. */
  private readonly cache = new Map<string, ConfigFile | null>();
  /** Config files showing diagnostics, so fixing or deleting one clears them. */
  private readonly flagged = new Set<string>();

  constructor(private readonly publish: PublishConfigDiagnostics) {}

  /** The config file that applies to a document, if it is on disk and one exists above it. */
  forDocument(uri: string): ConfigFile | undefined {
    const filePath = filePathOf(uri);
    return filePath ? this.nearest(path.dirname(filePath)) : undefined;
  }

  /** The nearest `.odmsgrc.json` in `folder` or above it, up to the file system root. */
  nearest(folder: string): ConfigFile | undefined {
    for (const candidate of configCandidates(folder)) {
      const file = this.load(candidate.file);
      if (file) return file;
    }
    return undefined;
  }

  /** Forgets what was read from `uri` and, unless it was deleted, reads it again to refresh its diagnostics. */
  changed(uri: string, deleted: boolean): void {
    const filePath = filePathOf(uri);
    if (!filePath) return;
    this.cache.delete(filePath);
    if (!deleted) this.load(filePath);
    else this.report(uri, []);
  }

  /** Forgets everything (for clients that cannot watch files). */
  clear(): void {
    this.cache.clear();
  }

  private load(filePath: string): ConfigFile | null {
    const cached = this.cache.get(filePath);
    if (cached !== undefined) return cached;
    let text: string;
    try {
      text = fs.readFileSync(filePath, 'utf8');
    } catch {
      // Missing, a folder, or unreadable: there is no config here.
      this.cache.set(filePath, null);
      return null;
    }
    // Editors drop a byte order mark from the buffer; positions are computed the same way.
    text = stripBom(text);
    const uri = fileUriOf(filePath);
    const check = checkConfigText(text);
    const file: ConfigFile = { path: filePath, uri, text, config: check.config, diagnostics: check.diagnostics };
    this.cache.set(filePath, file);
    this.report(uri, file.diagnostics);
    return file;
  }

  private report(uri: string, diagnostics: Diagnostic[]): void {
    if (diagnostics.length === 0 && !this.flagged.has(uri)) return;
    if (diagnostics.length > 0) this.flagged.add(uri);
    else this.flagged.delete(uri);
    this.publish(uri, diagnostics);
  }
}
