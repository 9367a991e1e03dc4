// Finding and reading `.odmsgrc.json` for the command line: the nearest file in a template's
// folder or above it wins (parent files are not merged), as in the language server; `--config`
// names one file for every template instead. A file that does not parse, or that the schema
// rejects, makes the run fail (exit 2): CI should not pass on a config it silently ignored.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { OdmsgConfig } from '../engine/config';
import { configCandidates } from '../workspace/configSearch';
import { validateConfigText } from '../engine/configValidation';
import { LineIndex } from '../engine/text';
import { UsageError } from './args';
import { stripBom } from '../engine/bom';

export interface ConfigProblem {
  message: string;
  /** 1-based. */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface LoadedConfig {
  path: string;
  /** Undefined when `problems` is not empty: the file cannot be used. */
  config?: OdmsgConfig;
  problems: ConfigProblem[];
}

/** Reads and checks one config text. */
export function checkConfig(filePath: string, raw: string): LoadedConfig {
  const text = stripBom(raw);
  const lines = new LineIndex(text);
  const { config, problems } = validateConfigText(text);
  const located = problems.map(({ message, offset, length }): ConfigProblem => {
    const start = lines.positionAt(offset);
    const end = lines.positionAt(offset + length);
    return { message, line: start.line + 1, column: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1 };
  });
  return located.length > 0 || !config ? { path: filePath, problems: located } : { path: filePath, config, problems: [] };
}

/** Reads a config file that may be missing (undefined) or unreadable (a problem at 1:1). */
function loadIfPresent(filePath: string): LoadedConfig | undefined {
  let raw: string;
  try {
    raw = fs.readFileSync(filePath, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR') return undefined;
    return { path: filePath, problems: [{ message: `Cannot read the config file (${code ?? String(error)}).`, line: 1, column: 1, endLine: 1, endColumn: 1 }] };
  }
  return checkConfig(filePath, raw);
}

export class ConfigFinder {
  /** Per folder: the config that applies there (null: none up to the root). */
  private readonly byFolder = new Map<string, LoadedConfig | null>();
  private readonly explicit?: LoadedConfig;

  /** `configPath`: the --config file, used for every template instead of discovery. */
  constructor(configPath?: string, cwd = process.cwd()) {
    if (configPath !== undefined) {
      const resolved = path.resolve(cwd, configPath);
      const loaded = loadIfPresent(resolved);
      if (!loaded) throw new UsageError(`--config: no such file "${configPath}".`);
      this.explicit = loaded;
    }
  }

  /** The config for a template in `folder`, or undefined when there is none. */
  forFolder(folder: string): LoadedConfig | undefined {
    if (this.explicit) return this.explicit;
    // Every folder passed on the way up gets the answer too, so its siblings' templates stop
    // at the first folder already asked about.
    const passed: string[] = [];
    let found: LoadedConfig | undefined;
    for (const candidate of configCandidates(folder)) {
      const cached = this.byFolder.get(candidate.folder);
      if (cached !== undefined) {
        found = cached ?? undefined;
        break;
      }
      passed.push(candidate.folder);
      found = loadIfPresent(candidate.file);
      if (found) break;
    }
    for (const dir of passed) this.byFolder.set(dir, found ?? null);
    return found;
  }
}
