// The `odmsg` command line, as a function of its arguments and streams (main.ts runs it). Exit codes follow markdownlint-cli2 and ESLint: 0 nothing at
// error level, 1 problems, 2 the run itself failed (usage, unreadable file, bad config).
import { parseCommandLine, UsageError, type CheckOptions } from './args';
import { runCheck } from './check';
import { colorEnabled, makeColors } from './color';
import { unifiedDiff } from './diff';
import { escapeForTerminal } from './escape';
import { FORMATTERS, showsInfoByDefault } from './formatters/index';
import { helpText } from './help';
import { writeInitialConfig, WriteError } from './init';
import { packageVersion } from './packageInfo';
import { totalCounts, visibleResults } from './results';
import { listRules } from './rulesCommand';
import { statsReport } from './stats';
import { runDbCheck } from './checkDb';
import { describePull, runPull } from './pull';
import { runPush } from './push';
import { runDoctorCommand } from './doctor';
import { isDbError } from '../workspace/database/url';

export const EXIT_OK = 0;
export const EXIT_PROBLEMS = 1;
export const EXIT_FAILURE = 2;

export interface Io {
  out(text: string): void;
  err(text: string): void;
  cwd: string;
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
  env: NodeJS.ProcessEnv;
  /** The script `odmsg check` may run in worker threads for a large run (the CLI bundle itself). */
  workerScript?: string;
}

export async function main(argv: readonly string[], io: Io): Promise<number> {
  try {
    const command = parseCommandLine(argv);
    switch (command.command) {
      case 'help':
        io.out(helpText(command.topic));
        return EXIT_OK;
      case 'version':
        io.out(`${packageVersion()}\n`);
        return EXIT_OK;
      case 'rules':
        io.out(listRules(command.format, makeColors(colorEnabled({ isTTY: io.stdoutIsTTY }, command.color, io.env))));
        return EXIT_OK;
      case 'init': {
        const file = writeInitialConfig(io.cwd, command.force);
        io.out(`Wrote ${escapeForTerminal(file)}\n`);
        return EXIT_OK;
      }
      case 'check':
        return await check(command, io);
      case 'pull': {
        const report = await runPull(command, io.cwd, io.env);
        io.err(describePull(report, command.out));
        return report.kept.length > 0 ? EXIT_PROBLEMS : EXIT_OK;
      }
      case 'push':
        return await runPush(command, io);
      case 'doctor':
        return await runDoctorCommand(command, io);
    }
  } catch (error) {
    if (error instanceof WriteError) {
      io.err(`odmsg: ${escapeForTerminal(error.message)}\n`);
      return EXIT_FAILURE;
    }
    // The database could not be reached or read: one line naming host and database (thrown
    // in the database bundle, whose DbError is another class than this bundle's).
    if (isDbError(error)) {
      io.err(`odmsg: ${escapeForTerminal(error.message)}\n`);
      return EXIT_FAILURE;
    }
    if (error instanceof UsageError) {
      io.err(`odmsg: ${escapeForTerminal(error.message)}\n${argv.length === 0 ? `\n${helpText()}` : 'Run "odmsg --help" for usage.\n'}`);
      return EXIT_FAILURE;
    }
    // A bug: say so plainly; the stack only when asked for (ODMSG_DEBUG=1).
    const detail = io.env.ODMSG_DEBUG && error instanceof Error ? `\n${error.stack}` : '';
    io.err(`odmsg: internal error: ${escapeForTerminal(error instanceof Error ? error.message : String(error))}${detail}\n`);
    return EXIT_FAILURE;
  }
}

async function check(options: CheckOptions, io: Io): Promise<number> {
  const run = options.db !== undefined ? await runDbCheck({ ...options, db: options.db }, io.cwd, io.env) : await runCheck(options, io.cwd, io.workerScript);
  const colors = makeColors(colorEnabled({ isTTY: io.stdoutIsTTY }, options.color, io.env));
  const errColors = makeColors(colorEnabled({ isTTY: io.stderrIsTTY }, options.color, io.env));
  // Problems name paths from the command line: escaped like the report (escape.ts).
  for (const problem of run.problems) io.err(`odmsg: ${escapeForTerminal(problem)}\n`);
  for (const note of run.notes ?? []) io.err(`odmsg: note: ${escapeForTerminal(note)}\n`);

  const includeInfo = options.info || showsInfoByDefault(options.format);
  const shown = visibleResults(run.results, options.quiet, includeInfo);
  const report = FORMATTERS[options.format](shown, { cwd: io.cwd, colors, info: options.info, quiet: options.quiet, fixMode: options.fix ? 'fix' : options.fixDryRun ? 'dry-run' : 'none' });
  const human = options.format === 'stylish' || options.format === 'compact';

  if (options.fixDryRun) {
    // Human formats get the diff on stdout before the report; machine formats keep stdout
    // parseable (json carries the fixed text as `output`), so the diff goes to stderr.
    const diffs = run.results.map((r) => unifiedDiff(r, human ? colors : errColors)).filter(Boolean);
    if (diffs.length > 0 && options.format !== 'json') {
      const text = `${diffs.join('\n')}\n`;
      if (human) io.out(report ? `${text}\n` : text);
      else io.err(text);
    }
  }
  // --stats: the length of each text first, then the problems (json carries it per result).
  const stats = options.stats && human ? statsReport(run.results, options.format as 'stylish' | 'compact', colors) : '';
  io.out(stats && report && options.format === 'stylish' ? `${stats}\n${report}` : stats + report);

  const counts = totalCounts(run.results);
  if (run.problems.length > 0 || counts.fatalErrorCount > 0) return EXIT_FAILURE;
  if (options.noExit) return EXIT_OK;
  if (counts.errorCount > 0) return EXIT_PROBLEMS;
  if (options.maxWarnings >= 0 && counts.warningCount > options.maxWarnings) {
    io.err(`odmsg: ${counts.warningCount} warnings, more than --max-warnings ${options.maxWarnings}.\n`);
    return EXIT_PROBLEMS;
  }
  return EXIT_OK;
}
