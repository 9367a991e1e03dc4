// `.odmsgrc.json` for the command line: the shared loader (workspace/configLoader.ts) in its
// strict reading, so a file that does not parse, that the schema rejects or that cannot be
// read makes the run fail (exit 2): CI should not pass on a config it silently ignored.
// `--config` names one file for every template instead of the nearest one. Problems are
// given 1-based positions here, as the CLI prints them.
import * as path from 'node:path';
import type { OdmsgConfig } from '../engine/config';
import { ConfigLoader, type ConfigFile } from '../workspace/configLoader';
import { UsageError } from './args';

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

/** Problems become 1-based; a file with any is unusable. Memoised: one object per file read. */
const converted = new WeakMap<ConfigFile, LoadedConfig>();

export function cliConfig(file: ConfigFile): LoadedConfig {
  let loaded = converted.get(file);
  if (!loaded) {
    const problems = file.problems.map(({ message, start, end }) => ({ message, line: start.line + 1, column: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1 }));
    loaded = file.config && problems.length === 0 ? { path: file.path, config: file.config, problems } : { path: file.path, problems };
    converted.set(file, loaded);
  }
  return loaded;
}

/** The strict loader the command line reads configs with. */
export function cliConfigLoader(): ConfigLoader {
  return new ConfigLoader({ strict: true });
}

/** The --config file, used for every template instead of the nearest one; a usage error when it is missing. */
export function explicitConfig(loader: ConfigLoader, configPath: string, cwd: string): LoadedConfig {
  const loaded = loader.file(path.resolve(cwd, configPath));
  if (!loaded) throw new UsageError(`--config: no such file "${configPath}".`);
  return cliConfig(loaded);
}
