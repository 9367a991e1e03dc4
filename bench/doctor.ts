// The figure of issue 15: `odmsg doctor` on 1,000,000 sent texts (30 days of a 100-clinic
// group practice: eReminders, eConfirmations, Arrivals, some manual texts) in a throwaway
// MariaDB, against the least the same work needs (bareHistory.cjs: stream the same columns of
// the same rows with the same driver) and a bare `SELECT COUNT(*)`, measured in the same run.
// The history is generated into a tab-separated file and loaded with LOAD DATA INFILE.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ruleInsert, schemaSql, TEXT, q } from '../test/db/fixture';
import { SMS_COLUMNS, SMS_SCHEMA, writeBenchHistory } from '../test/db/history';
import { startMariaDb } from '../test/db/mariadb';
import type { BenchIo } from './database';

const TEXTS = 1_000_000;
const CLINICS = 100;

export async function doctorBench(io: BenchIo): Promise<void> {
  console.error(`Doctor: generating ${TEXTS.toLocaleString('en')} sent texts of ${CLINICS} clinics in a throwaway MariaDB`);
  const db = await startMariaDb();
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'odmsg-bench-doctor-'));
  try {
    await db.sql('CREATE DATABASE opendental CHARACTER SET utf8;');
    const sql = [schemaSql(), SMS_SCHEMA, 'START TRANSACTION;\n'];
    let rule = 1;
    const templates = [
      { msgType: 3, type: 0, text: TEXT.reminderSms },
      { msgType: 6, type: 1, text: TEXT.confirmSms },
      { msgType: 22, type: 5, text: TEXT.arrivalSms },
    ];
    for (let clinic = 1; clinic <= CLINICS; clinic++) {
      sql.push(`INSERT INTO clinic (ClinicNum, Description, Address, Phone, Abbr, IsHidden) VALUES (${clinic}, ${q(`Clinic ${clinic} Dental`)}, '', '', 'C${clinic}', 0);\n`);
      for (const t of templates) sql.push(ruleInsert({ num: String(rule++), type: t.type, clinic, texts: { TemplateSMS: t.text } }));
    }
    sql.push('COMMIT;\n');
    await db.sql(sql.join(''), 'opendental');
    const now = (await db.sql("SELECT DATE_FORMAT(NOW(), '%Y-%m-%dT%H:%i:%sZ');")).trim();
    const file = path.join(work, 'smstomobile.tsv');
    await writeBenchHistory(file, TEXTS, CLINICS, new Date(now), templates);
    await db.sql(`LOAD DATA INFILE ${q(file)} INTO TABLE smstomobile FIELDS TERMINATED BY '\\t' LINES TERMINATED BY '\\n' (${SMS_COLUMNS});`, 'opendental');
    fs.rmSync(file);
    const url = `mysql://root@localhost/opendental?socket=${encodeURIComponent(db.socket)}`;
    const bare = [path.join(__dirname, 'bareHistory.cjs'), db.socket, 'opendental'];
    const doctor = [io.cli, 'doctor', '--db', url, '-f', 'json'];

    // A first stream warms the server's buffer pool; then the two take turns, best of 2 each.
    await io.timed(process.execPath, bare, work);
    const countStarted = performance.now();
    const counted = (await db.sql('SELECT COUNT(*) FROM smstomobile;', 'opendental')).trim();
    const countMs = performance.now() - countStarted;
    if (Number(counted) !== TEXTS) throw new Error(`loaded ${counted} texts, not ${TEXTS}`);
    const runs: { doctor: Awaited<ReturnType<BenchIo['timed']>>[]; bare: Awaited<ReturnType<BenchIo['timed']>>[] } = { doctor: [], bare: [] };
    for (let i = 0; i < 2; i++) {
      runs.doctor.push(await io.timed(process.execPath, doctor, work));
      runs.bare.push(await io.timed(process.execPath, bare, work));
    }
    const best = (list: Awaited<ReturnType<BenchIo['timed']>>[]) => list.reduce((a, b) => (a.wallMs <= b.wallMs ? a : b));
    const d = best(runs.doctor);
    const b = best(runs.bare);
    if (d.code !== 0 && d.code !== 1) throw new Error(`odmsg doctor exited ${d.code}:\n${d.stderr.slice(-2000)}`);
    const label = `${TEXTS.toLocaleString('en')} sent texts`;
    io.record({ figure: `doctor, ${label} (best of 2)`, value: `${(d.wallMs / 1000).toFixed(1)} s`, target: '< 60 s', pass: d.wallMs < 60_000 }, 'doctorMs', d.wallMs);
    io.record({ figure: 'doctor: peak RSS', value: `${(d.peakKb / 1024).toFixed(0)} MB`, target: '< 300 MB', pass: d.peakKb < 300 * 1024 }, 'doctorPeakKb', d.peakKb);
    io.record(
      { figure: `  bare stream of the same rows (best of 2) / SELECT COUNT(*)`, value: `${(b.wallMs / 1000).toFixed(1)} s, ${(b.peakKb / 1024).toFixed(0)} MB / ${countMs.toFixed(0)} ms` },
      'doctorBareMs',
      [b.wallMs, countMs],
    );
    io.record({ figure: '  doctor ÷ bare stream', value: `${(d.wallMs / b.wallMs).toFixed(2)}×` }, 'doctorRatio', d.wallMs / b.wallMs);
  } finally {
    await db.stop();
    fs.rmSync(work, { recursive: true, force: true });
  }
}
