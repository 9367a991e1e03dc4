// The command lines of `odmsg pull` and `odmsg push` (the database commands), parsed with the
// same node:util parseArgs wrapper as check.
import type { OptionSpec } from './args';
import { UsageError } from './usageError';

export interface PullOptions {
  command: 'pull';
  db: string;
  out: string;
  clinics?: string[];
  force: boolean;
}

export interface PushOptions {
  command: 'push';
  dir: string;
  db: string;
  html?: string;
}

type Parse = <T extends OptionSpec>(argv: string[], options: T, allowPositionals: boolean) => { values: Record<string, string | boolean | string[] | undefined>; positionals: string[] };

/** `--clinic 2 --clinic 3,4`: ClinicNums, kept as strings (exact above 2^53). */
export function clinicNumbers(values: readonly string[]): string[] {
  const numbers = values.flatMap((v) => v.split(',')).map((v) => v.trim());
  for (const n of numbers) if (!/^\d+$/.test(n)) throw new UsageError(`--clinic needs a clinic number (ClinicNum), not "${n}".`);
  return numbers.map((n) => n.replace(/^0+(?=\d)/, ''));
}

function needDb(db: unknown, command: string): string {
  if (typeof db !== 'string' || db === '') throw new UsageError(`odmsg ${command} needs --db mysql://user@host/database (the password in ODMSG_DB_PASSWORD).`);
  return db;
}

export function parsePull(argv: string[], parse: Parse): PullOptions | { command: 'help'; topic: string } {
  const { values, positionals } = parse(
    argv,
    { db: { type: 'string' }, out: { type: 'string', short: 'o' }, clinic: { type: 'string', multiple: true }, force: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    true,
  );
  if (values.help) return { command: 'help', topic: 'pull' };
  if (positionals.length > 0) throw new UsageError(`odmsg pull takes no paths (${positionals.join(' ')}); the folder is --out.`);
  return {
    command: 'pull',
    db: needDb(values.db, 'pull'),
    out: typeof values.out === 'string' ? values.out : 'od-templates',
    clinics: Array.isArray(values.clinic) ? clinicNumbers(values.clinic) : undefined,
    force: values.force === true,
  };
}

export function parsePush(argv: string[], parse: Parse): PushOptions | { command: 'help'; topic: string } {
  const { values, positionals } = parse(argv, { db: { type: 'string' }, html: { type: 'string' }, help: { type: 'boolean', short: 'h' } }, true);
  if (values.help) return { command: 'help', topic: 'push' };
  if (positionals.length !== 1) throw new UsageError('odmsg push needs the pulled folder: odmsg push <dir> --db <url>.');
  return { command: 'push', dir: positionals[0], db: needDb(values.db, 'push'), html: typeof values.html === 'string' ? values.html : undefined };
}
