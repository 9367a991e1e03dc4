// From rows to templates: every non-empty template slot of an Open Dental database, with
// its kind, channel, aggregate slot, language, where it is stored (table, key, column),
// a readable locator, the file `odmsg pull` writes it to, and whether Open Dental sends it
// (enabled; the clinic's own rules, or the practice's when the clinic uses the defaults).
import type { OdDatabase } from './reader';
import { PREF_SLOTS, RULE_TEMPLATE_COLUMNS, RULE_TYPES, type PrefSlot, type SlotInfo } from './slots';

export interface StoredTemplate {
  /** Stable identity of the stored value: "table:key:column". */
  id: string;
  table: 'apptreminderrule' | 'preference' | 'clinicpref' | 'languagepat';
  /** Primary key as a string (exact above 2^53); PrefName for `preference`. */
  key: string;
  /** The column or preference holding the body, and the one holding the subject. */
  column: string;
  subjectColumn?: string;
  clinic: string;
  clinicName?: string;
  /** Open Dental's language value, verbatim; '' for the default language. */
  language: string;
  enabled: boolean;
  /** What Open Dental sends (checked by `check --db` without --include-disabled). */
  sent: boolean;
  slot: SlotInfo;
  body: string;
  subject?: string;
  /** Character set of the body's column (utf8mb3 is MySQL's 3-byte utf8). */
  charset?: string;
  /** e.g. "clinic 2 Eastside Dental › Arrival rule 9007199254740993 › text › spa". */
  locator: string;
  /** The file pull writes, relative to the output folder, with "/" separators. */
  file: string;
  /** Where to paste it in Open Dental: window › tab › box. */
  pasteAt: string;
  /** For a JSON-wrapped preference ({"Template": …}): the rest of the JSON, to rebuild it. */
  json?: Record<string, unknown>;
}

export interface TemplateSet {
  templates: StoredTemplate[];
  /** What odmsg read but cannot map: an unknown TypeCur, a text in a column it does not know. */
  unmapped: string[];
  missingColumns: string[];
  version?: string;
}

const LANGUAGE_NAMES: Readonly<Record<string, string>> = {
  spa: 'Spanish',
  eng: 'English',
  fra: 'French',
  por: 'Portuguese',
  vie: 'Vietnamese',
  zho: 'Chinese',
  kor: 'Korean',
  rus: 'Russian',
  ara: 'Arabic',
  deu: 'German',
};

function languageName(language: string): string {
  return Object.hasOwn(LANGUAGE_NAMES, language) ? LANGUAGE_NAMES[language] : language;
}

/** A file or folder name from database text: no separators, control or reserved characters. */
export function safeName(text: string): string {
  const cleaned = text
    .replace(/[\u0000-\u001f\u007f/\\:*?"<>|]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[. ]+$/, '');
  return (cleaned || '-').slice(0, 80);
}

/** Database text shown in a locator: control characters never reach a terminal raw. */
function shown(text: string): string {
  return text
    .replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function owner(db: OdDatabase, clinic: string): { label: string; folder: string; name?: string } {
  if (clinic === '0') return { label: 'practice defaults', folder: 'practice' };
  const stored = db.clinics.get(clinic);
  const name = stored === undefined ? undefined : shown(stored) || undefined;
  return { label: `clinic ${clinic}${name ? ` ${name}` : ''}`, folder: safeName(`clinic ${clinic}${name ? ` ${name}` : ''}`), name };
}

function fileName(slot: string, language: string): string {
  return `${safeName(slot.replace(/ /g, '-'))}${language ? `.${safeName(language)}` : ''}.odmsg`;
}

export interface BuildOptions {
  /** Only these clinics (the practice defaults always come too). */
  clinics?: readonly string[];
}

export function buildTemplates(db: OdDatabase, options: BuildOptions = {}): TemplateSet {
  const templates: StoredTemplate[] = [];
  const unmapped: string[] = [];
  const wanted = (clinic: string) => clinic === '0' || !options.clinics || options.clinics.includes(clinic);
  const charset = (table: string, column: string) => db.charsets.get(`${table}.${column}`);

  for (const rule of db.rules) {
    if (!wanted(rule.clinic)) continue;
    const who = owner(db, rule.clinic);
    const type = RULE_TYPES.get(rule.type);
    const filled = RULE_TEMPLATE_COLUMNS.filter((c) => (rule.texts.get(c) ?? '') !== '');
    if (!type) {
      if (filled.length > 0) unmapped.push(`apptreminderrule ${rule.num} (${who.label}): TypeCur ${rule.type} is a rule type odmsg does not know; ${filled.join(', ')} not checked.`);
      continue;
    }
    const used = new Set<string>();
    const ruleLabel = `${type.label} rule ${rule.num}`;
    const folder = `${who.folder}/${safeName(`${ruleLabel}${rule.language ? ` (${rule.language})` : ''}`)}`;
    const sent = rule.enabled && !(rule.clinic !== '0' && db.useDefaults.has(`${rule.clinic}:${rule.type}`));
    for (const slot of type.slots) {
      const body = rule.texts.get(slot.body) ?? '';
      const subject = slot.subject ? rule.texts.get(slot.subject) : undefined;
      used.add(slot.body);
      if (slot.subject) used.add(slot.subject);
      if (body === '' && !subject) continue;
      const clinicPart = rule.clinic === '0' ? 'practice defaults' : who.label;
      templates.push({
        id: `apptreminderrule:${rule.num}:${slot.body}`,
        table: 'apptreminderrule',
        key: rule.num,
        column: slot.body,
        subjectColumn: slot.subject,
        clinic: rule.clinic,
        clinicName: who.name,
        language: rule.language,
        enabled: rule.enabled,
        sent,
        slot,
        body,
        subject: subject || undefined,
        charset: charset('apptreminderrule', slot.body),
        locator: [who.label, ruleLabel, slot.slot, ...(rule.language ? [shown(rule.language)] : [])].join(' › '),
        file: `${folder}/${fileName(slot.slot, '')}`,
        // The Edit Rule window has a Defaults tab and one tab per added language (manual: editrule).
        pasteAt: ['Setup', 'eServices', 'Automated Messaging', clinicPart, `${type.label} rule`, rule.language ? `${languageName(rule.language)} tab` : 'Defaults tab', slot.box].join(' › '),
      });
    }
    const leftover = filled.filter((c) => !used.has(c));
    if (leftover.length > 0) unmapped.push(`apptreminderrule ${rule.num} (${who.label}, ${type.label}): ${leftover.join(', ')} hold${leftover.length === 1 ? 's' : ''} text odmsg does not map; not checked.`);
  }

  // Preferences: the practice value, each clinic's override, each translation.
  const byOwner = new Map<string, Map<string, (typeof db.prefs)[number]>>();
  for (const p of db.prefs) {
    const ownerKey = `${p.table}|${p.clinic}|${p.language}`;
    const map = byOwner.get(ownerKey) ?? new Map();
    map.set(p.name, p);
    byOwner.set(ownerKey, map);
  }
  for (const [ownerKey, values] of byOwner) {
    const [table, clinic, language] = ownerKey.split('|') as [StoredTemplate['table'], string, string];
    if (!wanted(clinic)) continue;
    const who = owner(db, clinic);
    for (const slot of PREF_SLOTS) {
      const bodyRow = values.get(slot.body);
      const subjectRow = slot.subject ? values.get(slot.subject) : undefined;
      // A clinic override or translation of only the subject still belongs with a body row.
      const row = bodyRow ?? subjectRow;
      if (!row) continue;
      let body = bodyRow?.value ?? '';
      let json: Record<string, unknown> | undefined;
      if (slot.json && body.trim().startsWith('{')) {
        const parsed = parseJsonTemplate(body);
        if (parsed) ({ body, json } = parsed);
      }
      const subject = subjectRow?.value || undefined;
      if (body === '' && !subject) continue;
      const prefLabel = slot.body;
      const column = table === 'languagepat' ? 'Translation' : 'ValueString';
      templates.push({
        id: `${table}:${bodyRow?.key ?? row.key}:${slot.body}`,
        table,
        key: bodyRow?.key ?? row.key,
        column: slot.body,
        subjectColumn: slot.subject,
        clinic,
        clinicName: who.name,
        language,
        enabled: true,
        sent: true,
        slot,
        body,
        subject,
        charset: charset(table, column),
        locator: [who.label, prefLabel, slot.slot, ...(language ? [shown(language)] : [])].join(' › '),
        file: `${who.folder}/${safeName(prefLabel)}/${fileName(slot.slot, language)}`,
        pasteAt: ['Setup', ...(slot as PrefSlot).window.split(' › '), ...(clinic !== '0' ? [`${who.label} selected`] : []), slot.box, ...(language ? [`${languageName(language)} translation`] : [])].join(' › '),
        json,
      });
    }
  }
  templates.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return { templates, unmapped, missingColumns: db.missingColumns, version: db.version };
}

function parseJsonTemplate(value: string): { body: string; json: Record<string, unknown> } | undefined {
  try {
    const parsed: unknown = JSON.parse(value);
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed) && typeof (parsed as Record<string, unknown>).Template === 'string') {
      const { Template, ...rest } = parsed as Record<string, unknown>;
      return { body: Template as string, json: rest };
    }
  } catch {
    // Not JSON after all: the text as stored.
  }
  return undefined;
}
