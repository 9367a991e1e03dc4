// Typed access to data/front-matter.json: the front matter keys odmsg reads, the values each
// accepts, what those values mean and the words people type for them. The parser
// (frontMatter.ts) only finds `key: value` lines; this says which of them mean something.
import frontMatterData from './data/front-matter.json';
import { own } from './ownKeys';

export interface FrontMatterKeyInfo {
  description: string;
  /** The accepted values in their canonical spelling, where they are a fixed set. */
  values?: readonly string[];
  /** What each value means, by canonical value (for completion). */
  valueDescriptions?: Readonly<Record<string, string>>;
  /** Words people type for a value (lower case), for did-you-mean. */
  aliases?: Readonly<Record<string, string>>;
}

export const FRONT_MATTER_KEYS: Readonly<Record<string, FrontMatterKeyInfo>> = frontMatterData.keys;
export const SEVERITY_ALIASES: Readonly<Record<string, string>> = frontMatterData.severityAliases;

/**
 * `aggregate:` values the engine gives a meaning to (the data lists them; checked at load, so
 * renaming one in the data cannot silently turn a slot off). `false` is the single template.
 */
export const AGGREGATE_TEMPLATE = 'true';
export const PER_APPOINTMENT = 'perAppointment';
for (const value of [AGGREGATE_TEMPLATE, PER_APPOINTMENT]) {
  if (!FRONT_MATTER_KEYS.aggregate.values?.includes(value)) throw new Error(`front-matter.json: aggregate has no value "${value}"`);
}

/**
 * The canonical spelling of `typed` among `key`'s accepted values, compared without case as
 * Open Dental's own settings are ("FALSE", "perappointment"); undefined when it is none of them.
 * Aliases are not values: they only feed did-you-mean.
 */
export function canonicalValue(key: string, typed: string): string | undefined {
  const lower = typed.toLowerCase();
  return own(FRONT_MATTER_KEYS, key)?.values?.find((v) => v.toLowerCase() === lower);
}
