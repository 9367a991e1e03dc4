// odmsg doctor --format html against a real MariaDB with the planted history (history.ts),
// through the built command line: the self-contained page on stdout or, with --output, in a
// file written atomically. The page's rendering is test/cli/doctorPage.test.ts; this is the
// wiring, the charts of the real report, and that the database is left as it was.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { DoctorReport } from '../../server/src/protocol/doctor';
import { escape } from '../../server/src/workspace/database/doctorPage/html';
import { ensureBuilt, odmsg as runOdmsg, type Run } from '../cli/helpers';
import { fixtureSql, schemaSql } from './fixture';
import { FAILING_PHONE, plantedHistory, sentInsertSql, SMS_SCHEMA } from './history';
import { startMariaDb, type MariaDb } from './mariadb';

const HISTORY = 'od_history';
const TABLES = ['smstomobile', 'apptreminderrule', 'preference', 'clinicpref', 'languagepat', 'clinic'];

let db: MariaDb;
let work: string;

before(async () => {
  ensureBuilt();
  db = await startMariaDb();
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'odmsg-doctor-html-'));
  await db.sql(`CREATE DATABASE ${HISTORY} CHARACTER SET utf8;`);
  await db.sql(schemaSql() + fixtureSql() + SMS_SCHEMA + sentInsertSql(plantedHistory()), HISTORY);
});

after(async () => {
  await db?.stop();
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

/** Runs odmsg doctor and asserts it changed nothing and printed no stack. */
async function doctor(args: string[]): Promise<Run> {
  const checksums = () => db.sql(`CHECKSUM TABLE ${TABLES.map((t) => `${HISTORY}.${t}`).join(', ')} EXTENDED;`);
  const before = await checksums();
  const url = `mysql://root@localhost/${HISTORY}?socket=${encodeURIComponent(db.socket)}`;
  const run = runOdmsg(['doctor', '--db', url, ...args], { cwd: work, env: { ODMSG_DB_PASSWORD: '' } });
  assert.equal(await checksums(), before, 'odmsg doctor changed the database');
  assert.doesNotMatch(run.stderr, /\n\s+at /, 'no stack trace');
  return run;
}

function charts(html: string): number {
  return (html.match(/<svg class="chart weeks"/g) ?? []).length;
}

describe('odmsg doctor --format html', () => {
  let report: DoctorReport;

  before(async () => {
    const json = await doctor(['--format', 'json']);
    report = JSON.parse(json.stdout) as DoctorReport;
  });

  test('prints the page: a chart per template, every finding, masked numbers, nothing to load', async () => {
    const run = await doctor(['--format', 'html']);
    assert.equal(run.code, 1, run.stderr);
    assert.equal(run.stderr, '');
    const html = run.stdout;
    assert.match(html, /^<!doctype html>\n/);
    assert.match(html, /<\/html>\n$/);
    assert.ok(report.templates.length >= 3, `templates: ${report.templates.length}`);
    assert.equal(charts(html), report.templates.length);
    for (const t of report.templates) assert.ok(html.includes(`aria-label="Delivery and failure rates by week: ${escape(t.template.locator)}"`), t.template.locator);
    for (const f of report.findings) assert.ok(html.includes(`<code>${f.id}</code>`), f.id);
    assert.ok(html.includes('clinic 1 Downtown Dental › eReminder rule 101 › text'), 'the filtered template');
    assert.match(html, /15% of 400 texts failed \(95% CI \d+%–\d+%\)/);
    assert.ok(!html.includes(FAILING_PHONE.slice(-7)), 'the failing number is masked');
    assert.ok(html.includes(FAILING_PHONE.slice(-4)));
    assert.doesNotMatch(html, /https?:\/\/|<script|\ssrc=/);
    assert.match(html, /content="default-src &#39;none&#39;; style-src &#39;sha256-[\w+/]+=*&#39;"/);
  });

  test('--output writes the page to a file atomically (replacing the last one), stdout empty', async () => {
    const file = path.join(work, 'health.html');
    fs.writeFileSync(file, 'an older report');
    const run = await doctor(['--format', 'html', '--output', 'health.html', '--days', '30']);
    assert.equal(run.code, 1, run.stderr);
    assert.equal(run.stdout, '');
    assert.equal(run.stderr, 'Wrote the report health.html\n');
    const html = fs.readFileSync(file, 'utf8');
    assert.match(html, /^<!doctype html>/);
    assert.equal(charts(html), report.templates.length);
    assert.deepEqual(
      fs.readdirSync(work).filter((f) => f.includes('odmsg-tmp')),
      [],
      'no temporary file left',
    );
  });

  test('--output into a folder that is not there: exit 2, one line, nothing written', async () => {
    const run = await doctor(['--format', 'html', '-o', 'missing/health.html']);
    assert.equal(run.code, 2);
    assert.equal(run.stdout, '');
    assert.match(run.stderr, /^odmsg: Cannot write missing\/health\.html: ENOENT\.\n$/);
    assert.ok(!fs.existsSync(path.join(work, 'missing')));
  });
});
