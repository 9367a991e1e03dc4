// Command-line parsing: node:util's parseArgs, plus the checks it cannot do (values of
// --format, --max-warnings, --rule; options that exclude each other). Every mistake is a
// UsageError, which main prints without a stack trace and turns into exit code 2.
import { parseArgs } from 'node:util';
import { ruleById, RULE_IDS } from '../engine/registry';
import { SEVERITY_SETTINGS, type SeveritySetting } from '../engine/types';
import { didYouMean } from '../engine/rules/util/didYouMean';
import { clinicNumbers, parsePull, parsePush, type PullOptions, type PushOptions } from './dbArgs';
import { parseDoctor, type DoctorCommand } from './doctorArgs';

export { UsageError } from './usageError';
import { UsageError } from './usageError';

export const FORMATS = ['stylish', 'compact', 'json', 'sarif', 'github'] as const;
export type FormatName = (typeof FORMATS)[number];

export interface CheckOptions {
  command: 'check';
  paths: string[];
  format: FormatName;
  info: boolean;
  fix: boolean;
  fixDryRun: boolean;
  /** -1: no limit. */
  maxWarnings: number;
  quiet: boolean;
  /** Exit 0 whatever is found (Vale's --no-exit): for demos and report-only jobs. */
  noExit: boolean;
  rules: Record<string, SeveritySetting>;
  config?: string;
  stdin: boolean;
  stdinFilename?: string;
  color?: boolean;
  /** Print each text's estimated length, encoding and segments (issue 4's analysis). */
  stats: boolean;
  /** Check the templates in this Open Dental database instead of files (checkDb.ts). */
  db?: string;
  /** With --db: also the templates Open Dental does not send (disabled rules, …). */
  includeDisabled: boolean;
  /** With --db: only these clinics (and the practice defaults). */
  clinics?: string[];
}

export type Command =
  | CheckOptions
  | { command: 'init'; force: boolean }
  | { command: 'rules'; format: 'table' | 'json'; color?: boolean }
  | { command: 'help'; topic?: string }
  | { command: 'version' }
  | PullOptions
  | PushOptions
  | DoctorCommand;

const COMMANDS = ['check', 'pull', 'push', 'doctor', 'init', 'rules', 'help'];

export function parseCommandLine(argv: readonly string[]): Command {
  const [first, ...rest] = argv;
  if (first === undefined) throw new UsageError('Missing a command.');
  if (first === '--help' || first === '-h') return { command: 'help' };
  if (first === '--version' || first === '-v') return { command: 'version' };
  switch (first) {
    case 'check':
      return parseCheck(rest);
    case 'init': {
      const { values } = parse(rest, { force: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } }, false);
      return values.help ? { command: 'help', topic: 'init' } : { command: 'init', force: values.force === true };
    }
    case 'rules': {
      const { values } = parse(rest, { format: { type: 'string', short: 'f' }, color: { type: 'boolean' }, 'no-color': { type: 'boolean' }, help: { type: 'boolean', short: 'h' } }, false);
      if (values.help) return { command: 'help', topic: 'rules' };
      const format = values.format ?? 'table';
      if (format !== 'table' && format !== 'json') throw new UsageError(`Unknown format "${format}" for "odmsg rules": use table or json.`);
      return { command: 'rules', format, color: colorOption(values) };
    }
    case 'pull':
      return parsePull(rest, parse);
    case 'push':
      return parsePush(rest, parse);
    case 'doctor':
      return parseDoctor(rest, parse);
    case 'help':
      return { command: 'help', topic: rest[0] };
    default: {
      const hint = first.startsWith('-') ? didYouMean(first.replace(/^-+/, ''), ['help', 'version']) : didYouMean(first, COMMANDS);
      const looksLikePath = /[./\\*]/.test(first) && !first.startsWith('-');
      throw new UsageError(
        `Unknown command "${first}".` + (hint ? ` Did you mean "${first.startsWith('-') ? `--${hint}` : hint}"?` : looksLikePath ? ` To check files, run: odmsg check ${argv.join(' ')}` : ''),
      );
    }
  }
}

const CHECK_OPTIONS = {
  format: { type: 'string', short: 'f' },
  info: { type: 'boolean' },
  fix: { type: 'boolean' },
  'fix-dry-run': { type: 'boolean' },
  'max-warnings': { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
  'no-exit': { type: 'boolean' },
  rule: { type: 'string', multiple: true },
  config: { type: 'string', short: 'c' },
  stdin: { type: 'boolean' },
  'stdin-filename': { type: 'string' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  stats: { type: 'boolean' },
  db: { type: 'string' },
  'include-disabled': { type: 'boolean' },
  clinic: { type: 'string', multiple: true },
  help: { type: 'boolean', short: 'h' },
} as const;

function parseCheck(argv: string[]): CheckOptions | { command: 'help'; topic: string } {
  const { values, positionals } = parse(argv, CHECK_OPTIONS, true);
  if (values.help) return { command: 'help', topic: 'check' };

  const format = (values.format ?? 'stylish') as FormatName;
  if (!FORMATS.includes(format)) {
    const hint = didYouMean(format, FORMATS);
    throw new UsageError(`Unknown format "${format}"${hint ? ` (did you mean "${hint}"?)` : ''}: use ${FORMATS.join(', ')}.`);
  }
  let maxWarnings = -1;
  if (values['max-warnings'] !== undefined) {
    const raw = values['max-warnings'];
    if (!/^\d+$/.test(raw)) throw new UsageError(`--max-warnings needs a whole number of 0 or more, not "${raw}".`);
    maxWarnings = Number(raw);
  }
  if (values.fix && values['fix-dry-run']) throw new UsageError('Use either --fix (write the fixes) or --fix-dry-run (show them), not both.');
  if (values.stdin && positionals.length > 0) throw new UsageError(`--stdin reads the template from standard input; leave out the paths (${positionals.join(' ')}).`);
  if (values.stdin && values.fix) throw new UsageError('--fix writes files and cannot write to standard input; use --fix-dry-run to see the fixes as a diff.');
  if (values['stdin-filename'] !== undefined && !values.stdin) throw new UsageError('--stdin-filename only goes with --stdin.');
  if (values.stats && (format === 'sarif' || format === 'github')) throw new UsageError(`--stats goes with --format stylish, compact or json, not ${format}.`);
  if (values.db !== undefined) {
    if (positionals.length > 0) throw new UsageError(`--db checks the templates in the database; leave out the paths (${positionals.join(' ')}).`);
    if (values.stdin) throw new UsageError('Use either --db or --stdin, not both.');
    if (values.fix) throw new UsageError('--fix cannot write to the database (odmsg never does); use --fix-dry-run to see the fixes, or odmsg pull and odmsg push.');
  } else if (values['include-disabled'] || values.clinic) throw new UsageError(`--${values.clinic ? 'clinic' : 'include-disabled'} only goes with --db.`);

  return {
    command: 'check',
    paths: positionals,
    format,
    info: values.info === true,
    fix: values.fix === true,
    fixDryRun: values['fix-dry-run'] === true,
    maxWarnings,
    quiet: values.quiet === true,
    noExit: values['no-exit'] === true,
    rules: parseRuleOverrides(values.rule ?? []),
    config: values.config,
    stdin: values.stdin === true,
    stdinFilename: values['stdin-filename'],
    color: colorOption(values),
    stats: values.stats === true,
    db: values.db,
    includeDisabled: values['include-disabled'] === true,
    clinics: values.clinic ? clinicNumbers(values.clinic) : undefined,
  };
}

/** `--rule id:severity`, repeatable; also accepts `id=severity` and comma-separated pairs. */
export function parseRuleOverrides(specs: readonly string[]): Record<string, SeveritySetting> {
  const rules: Record<string, SeveritySetting> = {};
  for (const spec of specs.flatMap((s) => s.split(','))) {
    const match = /^\s*([^:=\s]+)\s*[:=]\s*(\S+)\s*$/.exec(spec);
    if (!match) throw new UsageError(`--rule needs "rule-id:severity", e.g. --rule all-caps:off; got "${spec}".`);
    const [, id, severity] = match;
    if (!ruleById(id)) {
      const hint = didYouMean(id, RULE_IDS);
      throw new UsageError(`Unknown rule "${id}" in --rule${hint ? ` (did you mean "${hint}"?)` : ''}. "odmsg rules" lists them.`);
    }
    if (!SEVERITY_SETTINGS.includes(severity as SeveritySetting)) {
      throw new UsageError(`"${severity}" is not a severity for --rule ${id}: use ${SEVERITY_SETTINGS.join(', ')}.`);
    }
    rules[id] = severity as SeveritySetting;
  }
  return rules;
}

function colorOption(values: { color?: boolean; 'no-color'?: boolean }): boolean | undefined {
  if (values['no-color']) return false;
  if (values.color) return true;
  return undefined;
}

export type OptionSpec = Record<string, { type: 'string' | 'boolean'; short?: string; multiple?: boolean }>;

function parse<T extends OptionSpec>(argv: string[], options: T, allowPositionals: boolean) {
  try {
    return parseArgs({ args: argv, options, allowPositionals, strict: true });
  } catch (error) {
    // parseArgs explains itself well ("Unknown option '--foo'"); drop its hint about "--",
    // and name the option meant when a known one is close ("--fromat": "--format").
    const message = error instanceof Error ? error.message.replace(/\. To specify a positional argument.*$/s, '.') : String(error);
    const hint = optionHint(error, Object.keys(options));
    throw new UsageError(hint ? `${message.replace(/\.?$/, '.')}${hint}` : message);
  }
}

/** ' Did you mean "--format"?' for parseArgs' unknown option close to a known one, else ''. */
function optionHint(error: unknown, known: readonly string[]): string {
  if ((error as { code?: unknown } | undefined)?.code !== 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return '';
  const typed = /'--([^'=]+)/.exec((error as Error).message)?.[1];
  const hint = typed === undefined ? undefined : didYouMean(typed, known);
  return hint ? ` Did you mean "--${hint}"?` : '';
}
