// The command line of `odmsg doctor`, parsed with the same node:util parseArgs wrapper as check.
import type { OptionSpec } from './args';
import { clinicNumbers } from './dbArgs';
import { UsageError } from './usageError';

export const DOCTOR_FORMATS = ['text', 'json', 'html'] as const;
export type DoctorFormat = (typeof DOCTOR_FORMATS)[number];

export interface DoctorCommand {
  command: 'doctor';
  db: string;
  days: number;
  clinics?: string[];
  format: DoctorFormat;
  showPhoneNumbers: boolean;
  /** Write the report to this file (atomically) instead of stdout. */
  output?: string;
}

type Parse = <T extends OptionSpec>(argv: string[], options: T, allowPositionals: boolean) => { values: Record<string, string | boolean | string[] | undefined>; positionals: string[] };

/** Up to ten years of history: a longer window is a typo. */
const MAX_DAYS = 3650;

export function parseDoctor(argv: string[], parse: Parse): DoctorCommand | { command: 'help'; topic: string } {
  const { values, positionals } = parse(
    argv,
    {
      db: { type: 'string' },
      days: { type: 'string' },
      clinic: { type: 'string', multiple: true },
      format: { type: 'string', short: 'f' },
      'show-phone-numbers': { type: 'boolean' },
      output: { type: 'string', short: 'o' },
      help: { type: 'boolean', short: 'h' },
    },
    true,
  );
  if (values.help) return { command: 'help', topic: 'doctor' };
  if (positionals.length > 0) throw new UsageError(`odmsg doctor takes no paths (${positionals.join(' ')}); it reads the database given by --db.`);
  if (typeof values.db !== 'string' || values.db === '') throw new UsageError('odmsg doctor needs --db mysql://user@host/database (the password in ODMSG_DB_PASSWORD).');
  const rawDays = typeof values.days === 'string' ? values.days : '30';
  if (!/^\d+$/.test(rawDays) || Number(rawDays) < 1 || Number(rawDays) > MAX_DAYS) throw new UsageError(`--days needs a whole number of days from 1 to ${MAX_DAYS}, not "${rawDays}".`);
  const format = typeof values.format === 'string' ? values.format : 'text';
  if (!(DOCTOR_FORMATS as readonly string[]).includes(format)) throw new UsageError(`Unknown format "${format}" for "odmsg doctor": use ${DOCTOR_FORMATS.join(', ')}.`);
  if (values.output === '') throw new UsageError('--output needs a file name.');
  return {
    command: 'doctor',
    db: values.db,
    days: Number(rawDays),
    clinics: Array.isArray(values.clinic) ? clinicNumbers(values.clinic) : undefined,
    format: format as DoctorFormat,
    showPhoneNumbers: values['show-phone-numbers'] === true,
    ...(typeof values.output === 'string' ? { output: values.output } : {}),
  };
}
