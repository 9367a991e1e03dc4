// The database figures of issue 11: `odmsg check --db` and `odmsg pull` on a generated
// group practice (1,000 clinics, each with its own rule set in two languages: about 40,000
// templates) in a throwaway MariaDB (test/db/mariadb.ts).
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { q, reminderTexts, ruleInsert, schemaSql, TEXT, PREFERENCES } from '../test/db/fixture';
import { startMariaDb } from '../test/db/mariadb';

const CLINICS = 1_000;

export interface BenchIo {
  record(row: { figure: string; value: string; target?: string; pass?: boolean }, key?: string, value?: unknown): void;
  timed(command: string, args: string[], cwd?: string): Promise<{ wallMs: number; code: number | null; peakKb: number; stderr: string }>;
  cli: string;
}

/** One clinic's rules in one language: 20 non-empty templates. */
function clinicRules(clinic: number, language: string, next: () => string): string[] {
  const tag = language ? ` (${language})` : '';
  return [
    ruleInsert({
      num: next(),
      type: 0,
      clinic,
      language,
      texts: reminderTexts(tag),
    }),
    ruleInsert({
      num: next(),
      type: 1,
      clinic,
      language,
      texts: {
        TemplateSMS: TEXT.confirmSms,
        TemplateSMSAggShared: TEXT.reminderAggSms.replace('Reminder', 'Confirmation') + ' Reply [ConfirmCode] to confirm.',
        TemplateSMSAggPerAppt: TEXT.reminderAggPerAppt,
        TemplateEmail: TEXT.reminderEmail,
        TemplateEmailSubject: 'Please confirm',
        TemplateAutoReply: TEXT.confirmAutoReply,
        TemplateAutoReplyAgg: TEXT.confirmAutoReplyAgg,
        TemplateFailureAutoReply: TEXT.confirmFailure,
      },
    }),
    ruleInsert({
      num: next(),
      type: 5,
      clinic,
      language,
      texts: {
        TemplateSMS: TEXT.arrivalSms,
        TemplateSMSAggShared: '[Appts]\r\nWhen you arrive, please respond with [Arrived].',
        TemplateSMSAggPerAppt: TEXT.reminderAggPerAppt,
        TemplateAutoReply: TEXT.arrivalResponse,
        TemplateComeInMessage: TEXT.comeIn,
      },
    }),
    ruleInsert({
      num: next(),
      type: 4,
      clinic,
      language,
      texts: { TemplateSMS: '[NameF], thank you for scheduling with [OfficeName] on [ApptDate] at [ApptTime].', TemplateEmail: 'Thank you for scheduling with [OfficeName].', TemplateEmailSubject: 'Thank you' },
    }),
  ];
}

export async function databaseBench(io: BenchIo): Promise<void> {
  console.error(`Database: generating ${CLINICS.toLocaleString('en')} clinics in a throwaway MariaDB`);
  const db = await startMariaDb();
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'odmsg-bench-db-'));
  try {
    await db.sql('CREATE DATABASE opendental CHARACTER SET utf8;');
    let key = 2n ** 53n; // random-looking 64-bit keys, as in replicated databases
    const next = () => (key += 7_919n).toString();
    const sql: string[] = [schemaSql(), 'START TRANSACTION;\n'];
    for (const [name, value] of PREFERENCES) sql.push(`INSERT INTO preference (PrefName, ValueString, Comments) VALUES (${q(name)}, ${q(value)}, '');\n`);
    for (let clinic = 1; clinic <= CLINICS; clinic++) {
      sql.push(`INSERT INTO clinic (ClinicNum, Description, Address, Phone, Abbr, IsHidden) VALUES (${clinic}, ${q(`Clinic ${clinic} Dental`)}, '', '', 'C${clinic}', 0);\n`);
      sql.push(...clinicRules(clinic, '', next), ...clinicRules(clinic, 'spa', next));
    }
    sql.push('COMMIT;\n');
    await db.sql(sql.join(''), 'opendental');
    const url = `mysql://root@localhost/opendental?socket=${encodeURIComponent(db.socket)}`;

    await io.timed(process.execPath, [io.cli, 'check', '--db', url], work); // warm the server's caches
    const checks = [];
    for (let i = 0; i < 3; i++) checks.push(await io.timed(process.execPath, [io.cli, 'check', '--db', url, '-f', 'json'], work));
    const best = checks.reduce((a, b) => (a.wallMs <= b.wallMs ? a : b));
    if (best.code !== 0 && best.code !== 1) throw new Error(`odmsg check --db exited ${best.code}:\n${best.stderr.slice(-2000)}`);
    const pull = await io.timed(process.execPath, [io.cli, 'pull', '--db', url, '--out', 'out'], work);
    if (pull.code !== 0) throw new Error(`odmsg pull exited ${pull.code}:\n${pull.stderr.slice(-2000)}`);
    const files = Object.keys(JSON.parse(fs.readFileSync(path.join(work, 'out', 'odmsg-manifest.json'), 'utf8')).files).length;
    const again = await io.timed(process.execPath, [io.cli, 'pull', '--db', url, '--out', 'out'], work);
    const label = `${CLINICS.toLocaleString('en')} clinics, ${files.toLocaleString('en')} templates`;
    io.record({ figure: `check --db, ${label} (best of 3)`, value: `${best.wallMs.toFixed(0)} ms`, target: '< 10 s', pass: best.wallMs < 10_000 }, 'dbCheckMs', best.wallMs);
    io.record({ figure: 'check --db: peak RSS', value: `${(best.peakKb / 1024).toFixed(0)} MB`, target: '< 300 MB', pass: best.peakKb < 300 * 1024 }, 'dbCheckPeakKb', best.peakKb);
    io.record({ figure: `pull, ${label} (first / again)`, value: `${pull.wallMs.toFixed(0)} ms / ${again.wallMs.toFixed(0)} ms` }, 'dbPullMs', [pull.wallMs, again.wallMs]);
    io.record({ figure: 'pull: peak RSS', value: `${(pull.peakKb / 1024).toFixed(0)} MB` }, 'dbPullPeakKb', pull.peakKb);
  } finally {
    await db.stop();
    fs.rmSync(work, { recursive: true, force: true });
  }
}
