// `.odmsgrc.json` on disk, for both adapters: found from a template's folder upward (the nearest
// file wins and parent files are not merged, the way a reader of the repository would expect),
// read and checked once, and cached until the caller says a file changed.
//
// One loader, one cache; the adapters differ by a flag, not by a class of their own:
// - lenient (the editor): a file that cannot be read counts as absent; a file with schema
//   problems still applies (its problems are shown on it); a syntax error leaves the config
//   undefined, so templates are checked with the defaults.
// - strict (the command line): a file that cannot be read is a problem, and any problem makes
//   the file unusable: CI should not pass on a config it silently ignored.
// Each adapter maps the problems to its own output: diagnostics (lsp/configFiles.ts), or
// messages and exit 2 (cli/configFiles.ts).
import * as fs from 'node:fs';
import { stripBom } from '../engine/bom';
import type { OdmsgConfig } from '../engine/config';
import { validateConfigText } from '../engine/configValidation';
import { LineIndex, type Position } from '../engine/text';
import type { SeveritySetting } from '../engine/types';
import { configCandidates } from './configSearch';

export interface ConfigProblem {
  message: string;
  /** 0-based positions in the file's text (without a byte order mark). */
  start: Position;
  end: Position;
  /** The file cannot be read at all (a JSON syntax error, or, strict, a read failure); otherwise a value the schema rejects. */
  syntax: boolean;
}

export interface ConfigFile {
  path: string;
  /** The text as read, without a byte order mark (editors drop it; positions match theirs). */
  text: string;
  /** Undefined when the file cannot be used: a syntax error, or (strict) any problem. */
  config?: OdmsgConfig;
  problems: ConfigProblem[];
}

export interface ConfigLoaderOptions {
  /** The command line's reading (see above); false for the editor's. */
  strict: boolean;
  /** Called each time a file is read from disk (not when it comes from the cache). */
  onRead?: (file: ConfigFile) => void;
}

const NOT_THERE = new Set(['ENOENT', 'ENOTDIR', 'EISDIR']);

export class ConfigLoader {
  /** By file path; null records that no usable file is there, so the walk up stays cheap. */
  private readonly files = new Map<string, ConfigFile | null>();
  /** By folder: the file that applies there (null: none up to the root). */
  private readonly byFolder = new Map<string, ConfigFile | null>();

  constructor(private readonly options: ConfigLoaderOptions) {}

  /** The config file that applies to a template in `folder`: in it, else the nearest above it. */
  nearest(folder: string): ConfigFile | undefined {
    // A folder asked about before (the templates of a folder come one after another): no
    // path to resolve or join.
    const known = this.byFolder.get(folder);
    if (known !== undefined) return known ?? undefined;
    // Every folder passed on the way up gets the answer too, so its siblings' templates stop
    // at the first folder already asked about.
    const passed: string[] = [];
    let found: ConfigFile | null = null;
    for (const candidate of configCandidates(folder)) {
      const cached = this.byFolder.get(candidate.folder);
      if (cached !== undefined) {
        found = cached;
        break;
      }
      passed.push(candidate.folder);
      found = this.file(candidate.file) ?? null;
      if (found) break;
    }
    for (const dir of passed) this.byFolder.set(dir, found);
    return found ?? undefined;
  }

  /** One config file, read once; undefined when there is none (lenient: or it cannot be read). */
  file(filePath: string): ConfigFile | undefined {
    const cached = this.files.get(filePath);
    if (cached !== undefined) return cached ?? undefined;
    const loaded = this.read(filePath);
    this.files.set(filePath, loaded);
    if (loaded) this.options.onRead?.(loaded);
    return loaded ?? undefined;
  }

  /** Forgets `filePath` (changed, created or deleted); which folder sees which file may change too. */
  forget(filePath: string): void {
    this.files.delete(filePath);
    this.byFolder.clear();
  }

  /** Forgets everything (for clients that cannot watch files). */
  clear(): void {
    this.files.clear();
    this.byFolder.clear();
  }

  private read(filePath: string): ConfigFile | null {
    let raw: string;
    try {
      raw = fs.readFileSync(filePath, 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (!this.options.strict || (code !== undefined && NOT_THERE.has(code))) return null;
      const at = { line: 0, character: 0 };
      return { path: filePath, text: '', problems: [{ message: `Cannot read the config file (${code ?? String(error)}).`, start: at, end: at, syntax: true }] };
    }
    return checkConfigFile(filePath, raw, this.options.strict);
  }
}

/** Checks one config text (the engine's validator, the one check both adapters run). */
export function checkConfigFile(filePath: string, raw: string, strict: boolean): ConfigFile {
  const text = stripBom(raw);
  const { config, problems } = validateConfigText(text);
  const lines = new LineIndex(text);
  const located = problems.map(({ message, offset, length, syntax }): ConfigProblem => ({ message, start: lines.positionAt(offset), end: lines.positionAt(offset + length), syntax }));
  const usable = !strict || located.length === 0;
  return { path: filePath, text, config: usable ? config : undefined, problems: located };
}

/**
 * Config layers for the engine, lowest first: the config file, then what the template's source
 * knows (a database column's charset), then the adapter's rule overrides (the editor's
 * `odmsg.rules`, the command line's `--rule`). The template's own front matter goes on top
 * inside `lint`.
 */
export function configLayers(config: OdmsgConfig | undefined, rules: Record<string, SeveritySetting> | undefined, source?: OdmsgConfig): (OdmsgConfig | undefined)[] {
  return [config, source, rules && rulesLayer(rules)];
}

/**
 * One layer object per overrides object: the engine resolves the layers of a run once while
 * they are the same objects (resolveConfig), where a new layer for each template would have
 * every template's config merged and serialised again.
 */
const rulesLayers = new WeakMap<Record<string, SeveritySetting>, OdmsgConfig | undefined>();

function rulesLayer(rules: Record<string, SeveritySetting>): OdmsgConfig | undefined {
  if (!rulesLayers.has(rules)) rulesLayers.set(rules, Object.keys(rules).length > 0 ? { rules } : undefined);
  return rulesLayers.get(rules);
}
