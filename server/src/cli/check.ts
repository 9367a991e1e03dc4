// `odmsg check`: find the templates, read each with its config, fix if asked, lint, and
// collect results. Reading and config failures are results too (fatal messages), so one
// bad file is reported by name and the others are still checked.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { OdmsgConfig } from '../engine/config';
import { fixAll } from '../engine/fix';
import { lint } from '../engine/lint';
import { isTooLarge } from '../engine/rules/file-too-large';
import { analyzeSms } from '../engine/sms/analyze';
import type { CheckOptions } from './args';
import { ConfigFinder, type LoadedConfig } from './configFiles';
import { discoverFiles, IGNORE_FILE_NAME, loadIgnoreFile, type IgnoreFile } from './files';
import { describeError, readStdin, readTemplateFile, type ReadResult } from './readText';
import { fatalMessage, toMessage, type FileResult } from './results';

export interface CheckRun {
  /** Config files that could not be used come first, then the templates, by path. */
  results: FileResult[];
  /** Arguments that named nothing, and the like: printed on stderr, exit code 2. */
  problems: string[];
}

export const STDIN_NAME = '<stdin>';

export function runCheck(options: CheckOptions, cwd: string): CheckRun {
  const problems: string[] = [];
  let ignored: IgnoreFile;
  try {
    ignored = loadIgnoreFile(cwd);
  } catch (error) {
    problems.push(`Cannot read ${IGNORE_FILE_NAME}: ${describeError(error)}.`);
    ignored = { ignores: () => false };
  }
  const configs = new ConfigFinder(options.config, cwd);
  const cliLayer: OdmsgConfig | undefined = Object.keys(options.rules).length > 0 ? { rules: options.rules } : undefined;
  const display = (file: string) => path.relative(cwd, file) || file;

  const templates: FileResult[] = [];
  /** Config files that cannot be used, with how many templates were left unchecked. */
  const brokenConfigs = new Map<string, { loaded: LoadedConfig; skipped: number }>();

  const checkOne = (filePath: string, displayPath: string, read: ReadResult, folder: string, writable: boolean) => {
    if (!read.ok) {
      templates.push({ filePath, displayPath, messages: [fatalMessage(read.message)] });
      return;
    }
    const loaded = configs.forFolder(folder);
    if (loaded && loaded.problems.length > 0) {
      const entry = brokenConfigs.get(loaded.path) ?? { loaded, skipped: 0 };
      entry.skipped++;
      brokenConfigs.set(loaded.path, entry);
      return;
    }
    const layers = [loaded?.config, cliLayer];
    const { text, bom } = read.value;
    const result: FileResult = { filePath, displayPath, messages: [], source: text };
    let checked = text;
    if (options.fix || options.fixDryRun) {
      const fixed = fixAll(text, layers).output;
      if (fixed !== text) {
        result.output = fixed;
        checked = fixed;
        if (options.fix && writable) {
          try {
            fs.writeFileSync(filePath, (bom ? '\ufeff' : '') + fixed, 'utf8');
          } catch (error) {
            result.messages.push(fatalMessage(`Cannot write the fixes: ${describeError(error)}.`));
            checked = text;
            delete result.output;
          }
        }
      }
    }
    const linted = lint(checked, layers);
    result.messages.push(...linted.problems.map((p) => toMessage(p, linted.template.lines)));
    if (options.stats) {
      // A file over maxFileSize is not parsed past its front matter: no numbers for it.
      const checkable = linted.template.channel === 'sms' && !isTooLarge(checked, linted.config);
      result.stats = checkable ? analyzeSms(linted.template, linted.config) : null;
    }
    templates.push(result);
  };

  if (options.stdin) {
    const name = options.stdinFilename;
    const filePath = name === undefined ? STDIN_NAME : path.resolve(cwd, name);
    checkOne(filePath, name ?? STDIN_NAME, readStdin(), name === undefined ? cwd : path.dirname(filePath), false);
  } else {
    const discovery = discoverFiles(options.paths.length > 0 ? options.paths : ['.'], cwd, ignored);
    problems.push(...discovery.problems);
    for (const file of discovery.files) checkOne(file, display(file), readTemplateFile(file), path.dirname(file), true);
  }

  const configResults: FileResult[] = [...brokenConfigs.values()].map(({ loaded, skipped }) => {
    const unchecked = `${skipped} template${skipped === 1 ? '' : 's'} using this config ${skipped === 1 ? 'was' : 'were'} not checked.`;
    return {
      filePath: loaded.path,
      displayPath: display(loaded.path),
      messages: loaded.problems.map((p, i) => fatalMessage(i === loaded.problems.length - 1 ? `${p.message} ${unchecked}` : p.message, p)),
    };
  });
  return { results: [...configResults, ...templates], problems };
}
