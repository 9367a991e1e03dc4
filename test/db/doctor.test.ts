// odmsg doctor against a real MariaDB holding Open Dental's template tables and a generated
// texting history (history.ts) that plants each finding beside its near miss, through the
// built command line. The tables' checksums are the same before and after every run.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { DoctorReport, Finding } from '../../server/src/protocol/doctor';
import { ensureBuilt, odmsg as runOdmsg, type Run } from '../cli/helpers';
import { fixtureSql, schemaSql, TEXT } from './fixture';
import { FAILED_ONCE_PHONE, FAILING_PHONE, fillTags, MANUAL_PLAIN, plantedHistory, sentInsertSql, SMS_SCHEMA, textsOf } from './history';
import { startMariaDb, type MariaDb } from './mariadb';

const HISTORY = 'od_history';
const QUIET = 'od_quiet';
const NO_TABLE = 'od_no_smstomobile';
const TABLES = ['smstomobile', 'apptreminderrule', 'preference', 'clinicpref', 'languagepat', 'clinic'];

let db: MariaDb;
let work: string;

before(async () => {
  ensureBuilt();
  db = await startMariaDb();
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'odmsg-doctor-'));
  await db.sql(`CREATE DATABASE ${HISTORY} CHARACTER SET utf8; CREATE DATABASE ${QUIET} CHARACTER SET utf8; CREATE DATABASE ${NO_TABLE} CHARACTER SET utf8;`);
  await db.sql(schemaSql() + fixtureSql() + SMS_SCHEMA + sentInsertSql(plantedHistory()), HISTORY);
  // Delivered texts only: nothing to fix.
  await db.sql(schemaSql() + fixtureSql() + SMS_SCHEMA + sentInsertSql([...textsOf(TEXT.confirmSms, 50, 0, { msgType: 6, clinic: 0 }), ...textsOf(MANUAL_PLAIN, 10, 0, { msgType: 1, clinic: 0 })]), QUIET);
  await db.sql(schemaSql() + fixtureSql(), NO_TABLE);
});

after(async () => {
  await db?.stop();
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

const url = (database = HISTORY) => `mysql://root@localhost/${database}?socket=${encodeURIComponent(db.socket)}`;

async function checksums(database: string): Promise<string> {
  const tables = TABLES.filter((t) => database !== NO_TABLE || t !== 'smstomobile');
  return db.sql(`CHECKSUM TABLE ${tables.map((t) => `${database}.${t}`).join(', ')} EXTENDED;`);
}

/** Runs odmsg doctor and asserts it changed nothing and printed no stack. */
async function doctor(args: string[], database = HISTORY): Promise<Run> {
  const before = await checksums(database);
  const run = runOdmsg(['doctor', '--db', url(database), ...args], { cwd: work, env: { ODMSG_DB_PASSWORD: '' } });
  assert.equal(await checksums(database), before, 'odmsg doctor changed the database');
  assert.doesNotMatch(run.stderr, /\n\s+at /, 'no stack trace');
  return run;
}

function byId<K extends Finding['id']>(report: DoctorReport, id: K): Extract<Finding, { id: K }>[] {
  return report.findings.filter((f): f is Extract<Finding, { id: K }> => f.id === id);
}

let report: DoctorReport;
let json: Run;

describe('odmsg doctor --format json on a planted history', () => {
  before(async () => {
    json = await doctor(['--format', 'json']);
    report = JSON.parse(json.stdout) as DoctorReport;
  });

  test('exit 1, the window, the totals of the window only', () => {
    assert.equal(json.code, 1, json.stderr);
    const inWindow = plantedHistory().filter((r) => r.minutesAgo < 30 * 24 * 60);
    assert.equal(report.totals.texts, inWindow.length);
    assert.equal(report.totals.pending, inWindow.filter((r) => r.status === 1).length);
    // MsgChargeUSD is a single-precision float: summed as read, 0.04 a text came to $160.399996.
    const charged = inWindow.reduce((usd, r) => usd + Math.round((r.charge ?? 0.04) * 100), 0) / 100;
    assert.equal(report.totals.chargeUSD, charged);
    assert.match(report.window.from, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$/);
    const days = (Date.parse(`${report.window.to}Z`) - Date.parse(`${report.window.from}Z`)) / 86_400_000;
    assert.equal(days, 30);
    for (const f of report.findings) {
      assert.ok(f.message && f.advice && f.count > 0, `${f.id} has a message, advice and a count`);
      assert.ok(['error', 'warning', 'info'].includes(f.severity));
    }
  });

  test('filtered-template: 15% over 400 texts is filtered; the template at the baseline (1% over 600) is not', () => {
    const filtered = byId(report, 'filtered-template');
    assert.equal(filtered.length, 1, filtered.map((f) => f.template.locator).join('\n'));
    const [f] = filtered;
    assert.equal(f.template.locator, 'clinic 1 Downtown Dental › eReminder rule 101 › text');
    assert.equal(f.template.ruleNumber, '101');
    assert.equal(f.template.kind, 'eReminder');
    assert.equal(f.template.clinicNum, 1);
    assert.equal(f.clinicNum, 1);
    assert.deepEqual([f.templateRate.texts, f.templateRate.failed], [400, 60]);
    assert.ok(f.templateRate.low < 0.15 && f.templateRate.high > 0.15);
    assert.ok(f.baseline.rate < 0.03, `baseline ${f.baseline.rate}`);
    assert.ok(f.pValue < 1e-6, `p ${f.pValue}`);
    assert.match(f.test, /Fisher/);
    assert.ok(
      f.problems.some((p) => p.ruleId === 'no-url-shorteners'),
      JSON.stringify(f.problems),
    );
    // The baseline template's texts were matched (to the practice defaults clinic 3 uses) and not flagged.
    const cost = byId(report, 'cost').find((c) => c.template.locator === 'practice defaults › eReminder rule 1 › text');
    assert.ok(cost && cost.texts >= 600, 'rule 1 matched its texts');
  });

  test('texts from a template changed mid-window fit no current template: counted as unmatched, not guessed', () => {
    assert.deepEqual(
      report.unmatched.find((u) => u.kind === 'Arrival'),
      { kind: 'Arrival', texts: 60 },
    );
    assert.ok(!byId(report, 'filtered-template').some((f) => f.template.kind === 'arrival'));
    const arrival = report.templates.find((t) => t.template.locator === 'practice defaults › Arrival rule 3 › text');
    assert.ok(arrival, 'the current wording is matched');
    assert.equal(
      arrival.weeks.reduce((n, w) => n + w.texts, 0),
      200,
    );
  });

  test('pending-texts: the burst as one finding with its window, the straggler apart, minutes-old texts not at all', () => {
    const pending = byId(report, 'pending-texts');
    assert.deepEqual(
      pending.map((p) => [p.clinicNum, p.count, p.severity]),
      [
        [2, 40, 'error'],
        [2, 1, 'warning'],
      ],
    );
    const burst = pending[0];
    assert.equal((Date.parse(`${burst.to}Z`) - Date.parse(`${burst.from}Z`)) / 60_000, 78);
    assert.match(burst.advice, /eServices › eConnector/);
    assert.match(burst.advice, /landline/);
  });

  test('failing-phone-number: masked, with the PatNum and the failure texts; one failure is not a finding', () => {
    const numbers = byId(report, 'failing-phone-number');
    assert.equal(numbers.length, 1);
    const [n] = numbers;
    assert.equal(n.phone, '***1234');
    assert.equal(n.patNum, '77');
    assert.equal(n.count, 3);
    assert.deepEqual(n.failureTexts, ['Invalid destination number', 'Landline or unreachable carrier']);
    assert.match(n.advice, /Edit Patient Information/);
    assert.ok(!json.stdout.includes(FAILING_PHONE.slice(2)), 'no whole phone number anywhere');
    assert.ok(!json.stdout.includes(FAILED_ONCE_PHONE.slice(2)));
  });

  test('links-in-manual-texts: both rates and the domains only, never the texts', () => {
    const [links] = byId(report, 'links-in-manual-texts');
    assert.ok(links);
    assert.deepEqual([links.withLinks.texts, links.withLinks.failed, links.withoutLinks.texts, links.withoutLinks.failed], [100, 20, 300, 3]);
    assert.deepEqual(links.domains, [{ domain: 'forms.example.com', texts: 100 }]);
    assert.ok(!json.stdout.includes('fill out our forms') && !json.stdout.includes('intake?id') && !json.stdout.includes('front desk'), 'no manual text is printed');
  });

  test('cost: segments and charges per template against the estimate, and the saving of GSM-7', () => {
    const spanish = byId(report, 'cost').find((c) => c.template.locator === 'practice defaults › WebSchedMessageText › text › spa');
    assert.ok(
      spanish,
      byId(report, 'cost')
        .map((c) => c.template.locator)
        .join('\n'),
    );
    assert.equal(spanish.template.prefName, 'WebSchedMessageText');
    assert.equal(spanish.template.language, 'spa');
    assert.equal(spanish.encoding, 'UCS-2');
    assert.deepEqual([spanish.texts, spanish.parts, spanish.segmentsPerText], [200, 600, 3]);
    assert.equal(spanish.chargeUSD, 12);
    assert.ok(spanish.monthlySavingUSD > 0);
    assert.equal(spanish.severity, 'warning');
  });

  test('the report holds a week-by-week history per template with its failure reasons', () => {
    const t = report.templates.find((x) => x.template.ruleNumber === '101')!;
    assert.equal(
      t.weeks.reduce((n, w) => n + w.failed, 0),
      60,
    );
    assert.ok(t.weeks.every((w) => /^\d{4}-\d\d-\d\d$/.test(w.week) && new Date(`${w.week}T00:00:00Z`).getUTCDay() === 1));
    assert.deepEqual(t.failureReasons, [{ text: 'Carrier rejected the message', texts: 60 }]);
  });
});

describe('odmsg doctor options and formats', () => {
  test('text: grouped by clinic, worst first, masked, with the advice once per finding', async () => {
    const run = await doctor([]);
    assert.equal(run.code, 1, run.stderr);
    const out = run.stdout;
    assert.match(out, /^odmsg doctor: the texts sent from /);
    const groups = [...out.matchAll(/^(Clinic \d+|Whole office|No clinic \(practice defaults\)):$/gm)].map((m) => m[1]);
    assert.deepEqual(groups.slice(0, 2), ['Clinic 1', 'Clinic 2'], `errors first, the most texts first: ${groups.join(', ')}`);
    assert.ok(groups.includes('Clinic 1') && groups.includes('Whole office'));
    assert.match(out, /error {3}filtered-template {2}15% of the texts from clinic 1 Downtown Dental › eReminder rule 101 › text failed/);
    assert.match(out, /odmsg: no-url-shorteners: /);
    assert.match(out, /\*\*\*1234 \(patient 77\)/);
    assert.ok(!out.includes('5550001234'));
    assert.equal(out.match(/^ {2}pending-texts: /gm)?.length, 1, 'the advice once');
    assert.match(out, /forms\.example\.com \(100\)/);
    assert.ok(!out.includes('intake?id'));
  });

  test('--show-phone-numbers shows them whole', async () => {
    const run = await doctor(['-f', 'json', '--show-phone-numbers']);
    const [n] = byId(JSON.parse(run.stdout) as DoctorReport, 'failing-phone-number');
    assert.equal(n.phone, FAILING_PHONE);
  });

  test('--clinic reads only those clinics; --days narrows the window', async () => {
    const two = JSON.parse((await doctor(['-f', 'json', '--clinic', '2'])).stdout) as DoctorReport;
    assert.deepEqual(two.clinics, [2]);
    assert.ok(
      two.findings.every((f) => f.clinicNum === 2 || f.clinicNum === 0),
      JSON.stringify(two.findings.map((f) => [f.id, f.clinicNum])),
    );
    assert.equal(byId(two, 'pending-texts').length, 2);
    assert.equal(byId(two, 'filtered-template').length, 0);
    const recent = JSON.parse((await doctor(['-f', 'json', '--days', '2'])).stdout) as DoctorReport;
    assert.equal(byId(recent, 'pending-texts').length, 0, 'the burst three days ago is outside');
  });

  test('exit 0 when nothing needs fixing (cost is information)', async () => {
    const run = await doctor(['-f', 'json'], QUIET);
    assert.equal(run.code, 0, run.stdout);
    const quiet = JSON.parse(run.stdout) as DoctorReport;
    assert.ok(quiet.findings.every((f) => f.severity === 'info'));
    assert.equal(quiet.totals.texts, 60);
    const text = await doctor([], QUIET);
    assert.equal(text.code, 0);
    assert.match(text.stdout, /0 errors, 0 warnings/);
  });

  test('a database without smstomobile: exit 2, one clear line', async () => {
    const run = await doctor([], NO_TABLE);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /^odmsg: Cannot read database "od_no_smstomobile" .*smstomobile.*\(is it an Open Dental database\?\)\.\n$/);
    assert.equal(run.stdout, '');
  });

  test('hostile text from the database is escaped in the text format', async () => {
    await db.sql(sentInsertSql(textsOf(fillTags(TEXT.confirmSms, 1), 2, 2, { msgType: 6, clinic: 0, phone: '+15550004321', error: 'bad\u001b]0;pwned\u0007 number' })), QUIET);
    const run = await doctor([], QUIET);
    assert.equal(run.code, 1);
    assert.ok(!run.stdout.includes('\u001b'), 'no raw escape');
    assert.match(run.stdout, /bad\\x1b\]0;pwned\\x07 number/);
  });
});
