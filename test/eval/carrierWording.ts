// The carrier-wording rules' figures: which of them fire on a text, linted the way an office
// would send it. Shared by `npm run eval` (scripts/eval.ts, which prints the figures) and the
// office-set test (test/engine/office-texts.test.ts, which requires every alarm to be justified).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { lint } from '../../server/src/engine/lint';

/** The rules that judge a text's wording the way carriers' filters do. */
export const CARRIER_WORDING_RULES = ['spam-phrases', 'all-caps', 'excessive-punctuation', 'no-raw-links', 'no-url-shorteners'] as const;
export type CarrierWordingRule = (typeof CARRIER_WORDING_RULES)[number];

export interface Alarm {
  rule: CarrierWordingRule;
  /** The flagged text. */
  text: string;
}

/**
 * A message as lint input: its own front matter (kind, channel sms) and the message as the
 * body. A text from the SMS Spam Collection is one a person typed: `kind: manual`.
 */
export function asTemplate(message: string, kind = 'manual'): string {
  return `---\nkind: ${kind}\nchannel: sms\n---\n${message}`;
}

const WANTED: ReadonlySet<string> = new Set(CARRIER_WORDING_RULES);

/** The carrier-wording alarms on one message, in text order (default severities, no config). */
export function alarmsOf(message: string, kind?: string): Alarm[] {
  const text = asTemplate(message, kind);
  return lint(text)
    .problems.filter((p) => WANTED.has(p.ruleId))
    .map((p) => ({ rule: p.ruleId as CarrierWordingRule, text: text.slice(p.start, p.end) }));
}

// --- The office set -----------------------------------------------------------------------

export interface OfficeText {
  id: string;
  category: string;
  /** Open Dental kind the text is sent as (default `manual`: typed by the office). */
  kind?: string;
  text: string;
  /** Alarms a careful office should get on this text, each with why it is right. */
  alarms?: (Alarm & { why: string })[];
}

export const OFFICE_SET_FILE = path.join(__dirname, 'office-texts.json');

export function readOfficeSet(): OfficeText[] {
  return (JSON.parse(fs.readFileSync(OFFICE_SET_FILE, 'utf8')) as { texts: OfficeText[] }).texts;
}

/** The alarms on an office text that its labels do not justify (each label excuses one alarm). */
export function unjustifiedAlarms(entry: OfficeText, alarms: readonly Alarm[] = alarmsOf(entry.text, entry.kind)): Alarm[] {
  const left = [...(entry.alarms ?? [])];
  return alarms.filter((a) => {
    const i = left.findIndex((l) => l.rule === a.rule && l.text === a.text);
    if (i < 0) return true;
    left.splice(i, 1);
    return false;
  });
}

/** Labelled alarms that no rule raises any more (the label is stale). */
export function missingAlarms(entry: OfficeText, alarms: readonly Alarm[] = alarmsOf(entry.text, entry.kind)): Alarm[] {
  const left = [...alarms];
  return (entry.alarms ?? []).filter((l) => {
    const i = left.findIndex((a) => l.rule === a.rule && l.text === a.text);
    if (i < 0) return true;
    left.splice(i, 1);
    return false;
  });
}

// --- The SMS Spam Collection --------------------------------------------------------------

export interface LabelledSms {
  spam: boolean;
  text: string;
}

const COLLECTION = path.join('shared', 'data', 'sms-spam-collection', 'SMSSpamCollection');

/**
 * Where the SMS Spam Collection is: `ODMSG_SMS_SPAM_COLLECTION`, or `shared/data/…` in a folder
 * above the repository (the project keeps it beside the worktrees, not in the repository).
 */
export function findSmsSpamCollection(): { file?: string; looked: string[] } {
  const fromEnv = process.env.ODMSG_SMS_SPAM_COLLECTION;
  if (fromEnv) return fs.existsSync(fromEnv) ? { file: fromEnv, looked: [fromEnv] } : { looked: [fromEnv] };
  const looked: string[] = [];
  let dir = path.resolve(__dirname, '..', '..');
  for (let up = 0; up < 4; up++) {
    dir = path.dirname(dir);
    const candidate = path.join(dir, COLLECTION);
    looked.push(candidate);
    if (fs.existsSync(candidate)) return { file: candidate, looked };
  }
  return { looked };
}

/**
 * The collection is HTML-escaped (`&lt;`, `&amp;`) and its authors replaced numbers, times,
 * addresses and links with placeholders (`&lt;#&gt;`, `&lt;DECIMAL&gt;`, …). A message is read
 * back as it was sent: entities decoded, each placeholder written as a value of its kind (a
 * link stays a link), so "&lt;DECIMAL&gt;" is not read as a shouted word.
 */
const PLACEHOLDERS: ReadonlyMap<string, string> = new Map([
  ['&lt;#&gt;', '5'],
  ['&lt;DECIMAL&gt;', '2.5'],
  ['&lt;TIME&gt;', '9:00'],
  ['&lt;EMAIL&gt;', 'name@example.com'],
  ['&lt;URL&gt;', 'www.example.com'],
]);
const ENTITIES: ReadonlyMap<string, string> = new Map([
  ['&lt;', '<'],
  ['&gt;', '>'],
  ['&amp;', '&'],
]);

export function asSent(text: string): string {
  return text.replace(/&lt;(?:#|DECIMAL|TIME|EMAIL|URL)&gt;/g, (p) => PLACEHOLDERS.get(p)!).replace(/&(?:lt|gt|amp);/g, (e) => ENTITIES.get(e)!);
}

/** `ham|spam<TAB>text` lines, each message as sent (`asSent`). */
export function readSmsSpamCollection(file: string): LabelledSms[] {
  const out: LabelledSms[] = [];
  for (const line of fs.readFileSync(file, 'utf8').split(/\r?\n/)) {
    const tab = line.indexOf('\t');
    if (tab < 0) continue;
    const label = line.slice(0, tab);
    if (label !== 'ham' && label !== 'spam') continue;
    out.push({ spam: label === 'spam', text: asSent(line.slice(tab + 1)) });
  }
  return out;
}
