// One template at a time: read, fix if asked, lint with its config. Used by `odmsg check`
// (check.ts) and by its worker threads (parallel.ts), apart from both so neither imports the other.
import * as path from 'node:path';
import type { OdmsgConfig } from '../engine/config';
import { analyzeSms } from '../engine/sms/analyze';
import type { CheckOptions } from './args';
import { cliConfig, cliConfigLoader, explicitConfig, type LoadedConfig } from './configFiles';
import { configLayers, type ConfigLoader } from '../workspace/configLoader';
import { writeFileAtomic } from '../workspace/atomicWrite';
import { checkSource, sizeLimitFor } from '../workspace/checkSource';
import { readTemplateFile, describeError, type ReadResult } from '../workspace/readText';
import { fatalMessage, toMessage, type FileResult } from './results';
import { restoreBom } from '../engine/bom';
import { ManifestCharsets } from '../workspace/database/manifest';
import type { Severity } from '../engine/types';
import { showsInfoByDefault } from './formatters/index';

/**
 * Files read before they are checked, a batch at a time: reading between two lint runs took
 * twice as long per file (about 40 µs against 17, the lint evicting what the file system
 * calls had cached) and the run 5% longer on 10,000 templates. The batch bounds the memory.
 */
const READ_BATCH = 256;

/**
 * The least severity the run's report and exit code use, so the rules below it need not run
 * (as ESLint's --quiet skips its warn rules): json, sarif and github leave out info-level
 * problems unless --info; --quiet leaves out warnings, which still count for --max-warnings.
 * Fixes are made by every rule, so a run that fixes runs them all.
 */
export function reportedSeverity(options: CheckOptions): Severity {
  if (options.fix || options.fixDryRun) return 'info';
  if (options.quiet && options.maxWarnings < 0) return 'error';
  return options.info || showsInfoByDefault(options.format) ? 'info' : 'warning';
}

/** The key for templates with no config file. */
const NO_CONFIG: OdmsgConfig = {};

/** What checking some templates gives, in file order. */
export interface Checked {
  templates: FileResult[];
  /** Config files that cannot be used, in the order first met, with how many templates were left unchecked. */
  brokenConfigs: Map<string, { loaded: LoadedConfig; skipped: number }>;
}

export function emptyChecked(): Checked {
  return { templates: [], brokenConfigs: new Map() };
}

/** Appends `part` (the templates after those in `into`) to `into`. */
export function mergeChecked(into: Checked, part: Checked): void {
  for (const result of part.templates) into.templates.push(result);
  for (const [configPath, entry] of part.brokenConfigs) {
    const seen = into.brokenConfigs.get(configPath);
    if (seen) seen.skipped += entry.skipped;
    else into.brokenConfigs.set(configPath, entry);
  }
}

/** Reads, fixes if asked, and lints templates with their configs; the check workers use it too. */
export class TemplateChecker {
  private readonly configs: ConfigLoader = cliConfigLoader();
  /** The --config file, for every template. */
  private readonly explicit?: LoadedConfig;
  /** maxFileSize per config (the CLI's layer only sets rules): computed once for each. */
  private readonly limits = new Map<OdmsgConfig, number>();
  /** Pulled files' column charsets, from their pull manifest (the database-charset rule). */
  private readonly manifests = new ManifestCharsets();
  private readonly minSeverity: Severity;

  constructor(
    private readonly options: CheckOptions,
    private readonly cwd: string,
  ) {
    if (options.config !== undefined) this.explicit = explicitConfig(this.configs, options.config, cwd);
    this.minSeverity = reportedSeverity(options);
  }

  display(file: string): string {
    return path.relative(this.cwd, file) || file;
  }

  /** The config for the templates in `folder`: the --config file, else the nearest one. */
  private configFor(folder: string): LoadedConfig | undefined {
    if (this.explicit) return this.explicit;
    const nearest = this.configs.nearest(folder);
    return nearest && cliConfig(nearest);
  }

  /** `maxFileSize` for the templates in `folder`: a file over it is read no further than its front matter. */
  sizeLimit(folder: string): number {
    const loaded = this.configFor(folder);
    const key = loaded?.config ?? NO_CONFIG;
    let limit = this.limits.get(key);
    if (limit === undefined) {
      limit = sizeLimitFor(configLayers(loaded?.config, this.options.rules));
      this.limits.set(key, limit);
    }
    return limit;
  }

  /** Checks template files found on disk, in order. */
  checkFiles(files: readonly string[], into: Checked = emptyChecked()): Checked {
    for (let from = 0; from < files.length; from += READ_BATCH) {
      const batch = files.slice(from, from + READ_BATCH);
      const reads = batch.map((file) => readTemplateFile(file, this.sizeLimit(path.dirname(file))));
      batch.forEach((file, i) => {
        const charset = this.manifests.charsetOf(file);
        this.check(file, this.display(file), reads[i], path.dirname(file), true, into, charset ? { databaseCharset: charset } : undefined);
      });
    }
    return into;
  }

  /** `sourceLayer`: what the template's source knows (a database column's charset), under the CLI's --rule. */
  check(filePath: string, displayPath: string, read: ReadResult, folder: string, writable: boolean, into: Checked, sourceLayer?: OdmsgConfig): void {
    const { options } = this;
    if (!read.ok) {
      into.templates.push({ filePath, displayPath, messages: [fatalMessage(read.message)] });
      return;
    }
    const loaded = this.configFor(folder);
    if (loaded && loaded.problems.length > 0) {
      const entry = into.brokenConfigs.get(loaded.path) ?? { loaded, skipped: 0 };
      entry.skipped++;
      into.brokenConfigs.set(loaded.path, entry);
      return;
    }
    const layers = configLayers(loaded?.config, options.rules, sourceLayer);
    const { text, bom } = read.value;
    const result: FileResult = { filePath, displayPath, messages: [] };
    // Only the start of a file over maxFileSize was read (fileSize set): checkSource never fixes it.
    let linted = checkSource(read.value, layers, { fix: options.fix || options.fixDryRun, minSeverity: this.minSeverity });
    if (linted.output !== undefined) {
      // The text is kept for the diff of its fixes only: held for every file until the
      // report is printed, it was a third of what the garbage collector copied.
      result.source = text;
      result.output = linted.output;
      if (options.fix && writable) {
        // Atomic: a write that fails (disk full) leaves the file as it was, and the report
        // then says so and shows the problems of the text still on disk.
        try {
          writeFileAtomic(filePath, restoreBom(linted.output, bom));
        } catch (error) {
          result.messages.push(fatalMessage(`Cannot write the fixes to ${displayPath}: ${describeError(error)}. The file was not changed.`));
          delete result.output;
          linted = checkSource(read.value, layers);
        }
      }
    }
    for (const p of linted.problems) result.messages.push(toMessage(p, linted.template.lines));
    if (options.stats) {
      // A file over maxFileSize is not parsed past its front matter: no numbers for it.
      const checkable = linted.template.channel === 'sms' && !linted.tooLarge;
      result.stats = checkable ? analyzeSms(linted.template, linted.config) : null;
    }
    into.templates.push(result);
  }
}
