// `odmsg check`: find the templates, read each with its config, fix if asked, lint, and
// collect results. Reading and config failures are results too (fatal messages), so one
// bad file is reported by name and the others are still checked.
import * as path from 'node:path';
import type { CheckOptions } from './args';
import { discoverFiles, IGNORE_FILE_NAME, loadIgnoreFile, type IgnoreFile } from './files';
import { describeError, readStdin } from '../workspace/readText';
import { checkInParallel, useWorkers } from './parallel';
import { fatalMessage, type FileResult } from './results';
import { emptyChecked, TemplateChecker, type Checked } from './templateChecker';
import { plural } from '../engine/numbers';

export interface CheckRun {
  /** Config files that could not be used come first, then folders that could not be listed, then the templates, by path. */
  results: FileResult[];
  /** Arguments that named nothing, and the like: printed on stderr, exit code 2. */
  problems: string[];
  /** Said on stderr without failing the run (what a database source could not map). */
  notes?: string[];
}

export const STDIN_NAME = '<stdin>';

/**
 * `workerScript`: the script check workers run (the CLI bundle itself). With it, a large run
 * is shared with worker threads (see parallel.ts); without it, every file is checked here.
 */
export async function runCheck(options: CheckOptions, cwd: string, workerScript?: string): Promise<CheckRun> {
  const problems: string[] = [];
  let ignored: IgnoreFile;
  try {
    ignored = loadIgnoreFile(cwd);
  } catch (error) {
    problems.push(`Cannot read ${IGNORE_FILE_NAME}: ${describeError(error)}.`);
    ignored = { ignores: () => false };
  }
  const checker = new TemplateChecker(options, cwd);
  let checked = emptyChecked();
  const unreadableFolders: FileResult[] = [];

  if (options.stdin) {
    const name = options.stdinFilename;
    const filePath = name === undefined ? STDIN_NAME : path.resolve(cwd, name);
    const folder = name === undefined ? cwd : path.dirname(filePath);
    checker.check(filePath, name ?? STDIN_NAME, readStdin(checker.sizeLimit(folder)), folder, false, checked);
  } else {
    const discovery = discoverFiles(options.paths.length > 0 ? options.paths : ['.'], cwd, ignored);
    problems.push(...discovery.problems);
    // A folder that cannot be listed is a read failure like an unreadable file: named, exit 2.
    for (const { folder, reason } of discovery.unreadable) {
      unreadableFolders.push({ filePath: folder, displayPath: checker.display(folder), messages: [fatalMessage(`Cannot read the folder: ${reason}; the templates in it were not checked.`)] });
    }
    checked = workerScript !== undefined && useWorkers(discovery.files.length) ? await checkInParallel(discovery.files, options, cwd, workerScript, checker) : checker.checkFiles(discovery.files);
  }

  return { results: [...configResults(checked, checker), ...unreadableFolders, ...checked.templates], problems };
}

/** A result per config file that could not be used, saying how many templates it left unchecked. */
export function configResults(checked: Checked, checker: TemplateChecker): FileResult[] {
  return [...checked.brokenConfigs.values()].map(({ loaded, skipped }) => {
    const unchecked = `${plural(skipped, 'template')} using this config ${skipped === 1 ? 'was' : 'were'} not checked.`;
    return {
      filePath: loaded.path,
      displayPath: checker.display(loaded.path),
      messages: loaded.problems.map((p, i) => fatalMessage(i === loaded.problems.length - 1 ? `${p.message} ${unchecked}` : p.message, p)),
    };
  });
}
