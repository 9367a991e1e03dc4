// Reads what odmsg needs from an Open Dental database, with SELECTs only, in one snapshot:
// the template columns of apptreminderrule, the template preferences, their clinic
// overrides and translations, clinic names, the Open Dental version and each column's
// character set. A column an older Open Dental lacks is listed, not an error.
import type { ReadOnlySession } from './session';
import { RULE_TEMPLATE_COLUMNS, TEMPLATE_PREF_NAMES, USE_DEFAULTS_PREFS } from './slots';

export interface RuleRecord {
  num: string;
  type: number;
  clinic: string;
  enabled: boolean;
  language: string;
  /** Template column → text, for the columns this database has. */
  texts: Map<string, string>;
}

export interface PrefRecord {
  table: 'preference' | 'clinicpref' | 'languagepat';
  /** preference: the PrefName; clinicpref: ClinicPrefNum; languagepat: LanguagePatNum. */
  key: string;
  name: string;
  clinic: string;
  language: string;
  value: string;
}

export interface OdDatabase {
  version?: string;
  /** ClinicNum → Description. */
  clinics: Map<string, string>;
  rules: RuleRecord[];
  prefs: PrefRecord[];
  /** "ClinicNum:TypeCur" for clinics set to use the practice's rules of a type. */
  useDefaults: Set<string>;
  /** "table.Column" → character set (utf8mb3, utf8mb4, …). */
  charsets: Map<string, string>;
  /** "table.Column" names this Open Dental version does not have. */
  missingColumns: string[];
}

const TABLES = ['apptreminderrule', 'preference', 'clinicpref', 'languagepat', 'clinic'];

function str(value: unknown): string {
  return value === null || value === undefined ? '' : Buffer.isBuffer(value) ? value.toString('utf8') : String(value);
}

function quoteId(name: string): string {
  return `\`${name.replace(/`/g, '``')}\``;
}

export async function readOpenDental(session: ReadOnlySession): Promise<OdDatabase> {
  // Column names and character sets, per table (information_schema shows only what the user may read).
  const columnRows = await session.select(
    `SELECT TABLE_NAME AS t, COLUMN_NAME AS c, CHARACTER_SET_NAME AS cs FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND LOWER(TABLE_NAME) IN (${TABLES.map(() => '?').join(', ')})`,
    TABLES,
  );
  const columns = new Map<string, Map<string, string>>();
  const charsets = new Map<string, string>();
  const tableName = new Map<string, string>();
  for (const row of columnRows) {
    const table = str(row.t).toLowerCase();
    tableName.set(table, str(row.t));
    const byLower = columns.get(table) ?? new Map<string, string>();
    byLower.set(str(row.c).toLowerCase(), str(row.c));
    columns.set(table, byLower);
    if (row.cs) charsets.set(`${table}.${str(row.c)}`, str(row.cs));
  }
  // A table missing from information_schema: let the server say why (no such table, no grant).
  for (const table of TABLES) if (!columns.has(table)) await session.select(`SELECT * FROM ${quoteId(table)} LIMIT 0`);

  const has = (table: string, column: string) => columns.get(table)?.get(column.toLowerCase());
  const missingColumns: string[] = [];
  const need = (table: string, column: string): string | undefined => {
    const actual = has(table, column);
    if (!actual) missingColumns.push(`${table}.${column}`);
    return actual;
  };
  const t = (table: string) => quoteId(tableName.get(table) ?? table);

  // Rules.
  const ruleKeys = ['ApptReminderRuleNum', 'TypeCur', 'ClinicNum', 'IsEnabled', 'Language'].map((c) => [c, need('apptreminderrule', c)] as const);
  const textColumns = RULE_TEMPLATE_COLUMNS.map((c) => [c, need('apptreminderrule', c)] as const).filter((x): x is readonly [string, string] => x[1] !== undefined);
  const selected = [...ruleKeys.filter(([, a]) => a), ...textColumns].map(([c, a]) => `${quoteId(a!)} AS ${quoteId(c)}`);
  const ruleRows = await session.select(`SELECT ${selected.join(', ')} FROM ${t('apptreminderrule')} ORDER BY ClinicNum, TypeCur, ApptReminderRuleNum`);
  const rules: RuleRecord[] = ruleRows.map((row) => ({
    num: str(row.ApptReminderRuleNum),
    type: Number(str(row.TypeCur) || '-1'),
    clinic: str(row.ClinicNum) || '0',
    enabled: row.IsEnabled === undefined ? true : str(row.IsEnabled) !== '0',
    language: str(row.Language),
    texts: new Map(textColumns.map(([c]) => [c, str(row[c])])),
  }));

  // Preferences, clinic overrides, translations.
  const names = [...TEMPLATE_PREF_NAMES, 'DataBaseVersion'];
  const placeholders = names.map(() => '?').join(', ');
  const prefs: PrefRecord[] = [];
  let version: string | undefined;
  for (const row of await session.select(`SELECT PrefName AS n, ValueString AS v FROM ${t('preference')} WHERE PrefName IN (${placeholders})`, names)) {
    if (str(row.n) === 'DataBaseVersion') version = str(row.v);
    else prefs.push({ table: 'preference', key: str(row.n), name: str(row.n), clinic: '0', language: '', value: str(row.v) });
  }
  const clinicNames = [...TEMPLATE_PREF_NAMES, ...USE_DEFAULTS_PREFS.keys()];
  const useDefaults = new Set<string>();
  for (const row of await session.select(
    `SELECT ClinicPrefNum AS k, ClinicNum AS c, PrefName AS n, ValueString AS v FROM ${t('clinicpref')} WHERE PrefName IN (${clinicNames.map(() => '?').join(', ')}) ORDER BY ClinicNum, PrefName, ClinicPrefNum`,
    clinicNames,
  )) {
    const type = USE_DEFAULTS_PREFS.get(str(row.n));
    if (type !== undefined) {
      if (/^(1|true)$/i.test(str(row.v).trim())) useDefaults.add(`${str(row.c)}:${type}`);
    } else prefs.push({ table: 'clinicpref', key: str(row.k), name: str(row.n), clinic: str(row.c), language: '', value: str(row.v) });
  }
  for (const row of await session.select(
    `SELECT LanguagePatNum AS k, PrefName AS n, Language AS l, Translation AS v FROM ${t('languagepat')} WHERE PrefName IN (${TEMPLATE_PREF_NAMES.map(() => '?').join(', ')}) ORDER BY PrefName, Language, LanguagePatNum`,
    TEMPLATE_PREF_NAMES,
  )) {
    prefs.push({ table: 'languagepat', key: str(row.k), name: str(row.n), clinic: '0', language: str(row.l), value: str(row.v) });
  }

  const clinics = new Map<string, string>();
  for (const row of await session.select(`SELECT ClinicNum AS c, Description AS d FROM ${t('clinic')} ORDER BY ClinicNum`)) clinics.set(str(row.c), str(row.d));
  return { version, clinics, rules, prefs, useDefaults, charsets, missingColumns };
}
