// The benchmark corpus: realistic Open Dental templates of every kind, 100 to 1,600
// characters, about 40% clean and the rest each carrying one to three rules' problems,
// plus a few large files. Deterministic: the same seed writes the same bytes.
//
//   tsx bench/generate.ts [--count 10000] [--seed 6] [--out bench/corpus]
//
// Writes <out>/templates/<kind>/NNNNN.odmsg and <out>/large/*.odmsg, and prints how many
// templates each rule flags (so the corpus visibly exercises every rule).
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import kindsData from '../server/src/engine/data/kinds.json';
import { writeFileAtomic } from '../server/src/workspace/atomicWrite';

export const KINDS = Object.entries(kindsData.kinds as Record<string, { sms: boolean; email: boolean }>).map(([id, k]) => ({ id, sms: k.sms, email: k.email }));

/** mulberry32: small, fast, and good enough to pick words. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The corpus's templates below `dir`, sorted. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listFiles(full));
    else if (entry.name.endsWith('.odmsg')) out.push(full);
  }
  return out.sort();
}

type Rng = () => number;
const pick = <T>(rng: Rng, list: readonly T[]): T => list[Math.floor(rng() * list.length)];

// Clean sentences, by what a kind is about. Tags only where every kind fills them.
const OPENERS = ['Hi [NameF],', 'Hello [NameF],', 'Dear [NameF],', 'Hi [NameF]!', 'Good morning [NameF],'];
const SENTENCES = [
  'This is a reminder of your appointment with [OfficeName].',
  'We look forward to seeing you at our office.',
  'Please arrive ten minutes early so we can update your records.',
  'If you need to reschedule, call us at [OfficePhone].',
  'Bring your insurance card and a list of current medications.',
  'Our office is on the second floor, next to the pharmacy.',
  'Parking is available behind the building.',
  'Thank you for choosing [OfficeName] for your dental care.',
  'Let us know if anything has changed since your last visit.',
  'We are happy to answer any questions before your visit.',
  'Reply to this text or call [OfficePhone] with any questions.',
  'Our hours are Monday to Friday, 8 to 5.',
  'Regular cleanings keep your teeth and gums healthy.',
  'Please brush and floss before your visit.',
  'You can update your contact details at the front desk.',
];
const CLOSERS = ['See you soon!', 'Thank you,', 'Kind regards,', 'Have a great day.', 'Reply STOP to opt out.'];
const SIGNATURES = ['[OfficeName]', '[OfficeName] [OfficePhone]', '- [OfficeName]'];

/** One snippet per problem a rule reports (rules without a snippet still run on every file). */
const PROBLEMS: readonly string[] = [
  'Please confirm here: [ConfirmURL]', // prefer-confirm-code (eConfirmation)
  'Details at www.brightsmiles-example.com/visit', // no-raw-links
  'Book online: https://bit.ly/3abcDEF', // no-url-shorteners, no-raw-links
  'Act now, this limited time offer is FREE for new patients!', // spam-phrases, all-caps
  'Your visit is TOMORROW at noon.', // all-caps
  'We miss you!! Call us??', // excessive-punctuation
  'Hi [Nmae], see you soon.', // unknown-tag
  'Hello [namef], see you soon.', // tag-case
  'Your appointment is on [ApptDate at [ApptTime].', // malformed-tag
  'See you [[ApptDate]] at [ ApptTime ].', // malformed-tag
  'We’re looking forward to it — see you soon…', // non-gsm-character
  'We can’t wait 😀', // non-gsm-character (emoji)
  "Don't forget your appointment *today*.", // unsupported-character
  'Your statement is ready: [StatementURL]', // tag-not-available in most kinds
  'Your SSN on file ends in [SSN].', // phi-tag-in-sms
  'Happy birthday on [Birthdate]!', // phi-tag-in-sms
  '<b>Important:</b> bring your card.', // html-in-sms
  'Cash or card, no obligation, guaranteed results, you are a winner.', // spam-phrases
];
const FRONT_MATTER_PROBLEMS = ['kidn: eReminder', 'channel: fax', 'rules:\n  all-caps: loud', 'aggregate: maybe'];

function body(rng: Rng, target: number, problems: string[]): string {
  const parts = [pick(rng, OPENERS)];
  let length = parts[0].length;
  const pending = [...problems];
  while (length < target) {
    const next = pending.length > 0 && rng() < 0.5 ? pending.shift()! : pick(rng, SENTENCES);
    parts.push(next);
    length += next.length + 1;
  }
  parts.push(...pending, pick(rng, CLOSERS), pick(rng, SIGNATURES));
  // Paragraph breaks now and then, as offices write them.
  return parts.map((p, i) => (i > 0 && rng() < 0.15 ? `\n${p}` : p)).join(' ');
}

export interface Template {
  kind: string;
  text: string;
}

export function template(rng: Rng, index: number): Template {
  const kind = KINDS[index % KINDS.length];
  const channel = kind.sms && kind.email ? (rng() < 0.75 ? 'sms' : 'email') : kind.sms ? 'sms' : 'email';
  const clean = rng() < 0.4;
  const problems = clean ? [] : Array.from({ length: 1 + Math.floor(rng() * 3) }, () => pick(rng, PROBLEMS));
  // 100 to 1,600 characters overall, most of them short like real texts.
  const target = Math.round(100 + 1500 * rng() ** 2.2);
  const lines = [`kind: ${kind.id}`];
  if (channel === 'email' && kind.sms) lines.push('channel: email');
  if (channel === 'email') lines.push(`subject: ${rng() < 0.1 ? 'Your upcoming appointment at [OfficeName] and everything you need to know before you come in' : 'Your visit to [OfficeName]'}`);
  if (!clean && rng() < 0.08) lines.push(pick(rng, FRONT_MATTER_PROBLEMS));
  const front = `---\n${lines.join('\n')}\n---\n`;
  const text = front + body(rng, Math.max(40, target - front.length), problems);
  return { kind: kind.id, text: `${text.slice(0, 1600 - 1).replace(/\s+\S*$/, '')}\n` };
}

/** Big files: 100 KB (checked) and over the 256 KB maxFileSize (file-too-large). */
export function largeFiles(rng: Rng): Record<string, string> {
  const chunk = (n: number) => {
    let text = '---\nkind: generalMessage\n---\n';
    while (text.length < n) text += `${template(rng, Math.floor(rng() * 1000)).text.replace(/^---[\s\S]*?---\n/, '')}\n`;
    return text.slice(0, n);
  };
  return { 'large-100k.odmsg': chunk(100 * 1024), 'large-200k.odmsg': chunk(200 * 1024), 'large-300k.odmsg': chunk(300 * 1024), 'large-1m.odmsg': chunk(1024 * 1024) };
}

/** The corpus is deleted and rewritten whole on every run: no flush to disk per file. */
const SCRATCH = { durable: false };

export function generate(out: string, count: number, seed: number): { templates: string; large: string; bytes: number } {
  const rng = random(seed);
  const templates = join(out, 'templates');
  const large = join(out, 'large');
  rmSync(out, { recursive: true, force: true });
  let bytes = 0;
  for (const kind of KINDS) mkdirSync(join(templates, kind.id), { recursive: true });
  for (let i = 0; i < count; i++) {
    const t = template(rng, i);
    bytes += Buffer.byteLength(t.text);
    writeFileAtomic(join(templates, t.kind, `${String(i).padStart(5, '0')}.odmsg`), t.text, SCRATCH);
  }
  mkdirSync(large, { recursive: true });
  for (const [name, text] of Object.entries(largeFiles(rng))) writeFileAtomic(join(large, name), text, SCRATCH);
  return { templates, large, bytes };
}

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
}

if (require.main === module) {
  const out = option('out', join(__dirname, 'corpus'));
  const count = Number(option('count', '10000'));
  const seed = Number(option('seed', '6'));
  const started = performance.now();
  const result = generate(out, count, seed);
  console.log(`${count} templates (${(result.bytes / 1024).toFixed(0)} KB) in ${result.templates}, large files in ${result.large} (${(performance.now() - started).toFixed(0)} ms)`);
  if (process.argv.includes('--stats')) {
    // Which rules the corpus exercises: lint a sample in-process.
    const { lint } = require('../server/src/engine/lint') as typeof import('../server/src/engine/lint');
    const { RULE_IDS } = require('../server/src/engine/registry') as typeof import('../server/src/engine/registry');
    const rng = random(seed);
    const files = new Map<string, number>(RULE_IDS.map((id) => [id, 0]));
    let clean = 0;
    for (let i = 0; i < Math.min(count, 2000); i++) {
      const ids = new Set(lint(template(rng, i).text, [{ rules: Object.fromEntries(RULE_IDS.map((id) => [id, 'info'])) }]).problems.map((p) => p.ruleId));
      if (ids.size === 0) clean++;
      for (const id of ids) files.set(id, (files.get(id) ?? 0) + 1);
    }
    console.log(`of the first ${Math.min(count, 2000)}: ${clean} with no problem; templates per rule:`);
    for (const [id, n] of files) console.log(`  ${id.padEnd(24)} ${n}`);
  }
}
