// odmsg doctor without a database: its command line (usage errors exit 2 with one line), the
// text format of a report (grouping, worst first, escaping), and the masking of numbers in
// failure texts. The runs against a real database are test/db/doctor.test.ts.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, describe, test } from 'node:test';
import type { DoctorReport } from '../../server/src/protocol/doctor';
import { doctorText } from '../../server/src/cli/doctorText';
import { maskNumbersIn } from '../../server/src/workspace/database/doctor/findings';
import { ensureBuilt, odmsg } from './helpers';

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'odmsg-doctor-cli-'));
after(() => fs.rmSync(work, { recursive: true, force: true }));

describe('odmsg doctor: the command line', () => {
  test('usage mistakes exit 2 with one clear line', () => {
    ensureBuilt();
    for (const [args, message] of [
      [[], /odmsg doctor needs --db mysql:\/\/user@host\/database/],
      [['--db', 'mysql://u@h/od', '--days', '0'], /--days needs a whole number of days from 1 to 3650, not "0"/],
      [['--db', 'mysql://u@h/od', '--days', 'week'], /--days needs a whole number/],
      [['--db', 'mysql://u@h/od', '--format', 'xml'], /Unknown format "xml" for "odmsg doctor": use text, json, html/],
      [['--db', 'mysql://u@h/od', '--format', 'html', '--output', ''], /--output needs a file name/],
      [['--db', 'mysql://u@h/od', '--clinic', 'east'], /--clinic needs a clinic number/],
      [['--db', 'mysql://u@h/od', 'extra'], /odmsg doctor takes no paths \(extra\)/],
      [['--db', 'http://u@h/od'], /--db needs a mysql:\/\/ URL/],
    ] as const) {
      const run = odmsg(['doctor', ...args], { cwd: work });
      assert.equal(run.code, 2, `${args.join(' ')}: ${run.stderr}`);
      assert.match(run.stderr, message);
      assert.doesNotMatch(run.stderr, /\n\s+at /);
      assert.equal(run.stdout, '');
    }
  });

  test('a database that is not there: exit 2, naming host and database', () => {
    const run = odmsg(['doctor', '--db', 'mysql://odmsg_ro@127.0.0.1:1/opendental'], { cwd: work, env: { ODMSG_DB_PASSWORD: 'secret' } });
    assert.equal(run.code, 2);
    assert.match(run.stderr, /^odmsg: Cannot connect to database "opendental" on 127\.0\.0\.1:1: nothing is listening there\.\n$/);
    assert.ok(!run.stderr.includes('secret'));
  });

  test('help names the command, its findings and the privacy rules', () => {
    const general = odmsg(['--help'], { cwd: work }).stdout;
    assert.match(general, /odmsg doctor --db <url>/);
    const help = odmsg(['doctor', '--help'], { cwd: work });
    assert.equal(help.code, 0);
    for (const id of ['pending-texts', 'failing-phone-number', 'filtered-template', 'links-in-manual-texts', 'cost']) assert.match(help.stdout, new RegExp(id));
    assert.match(help.stdout, /last four digits unless --show-phone-numbers/);
    assert.deepEqual(odmsg(['help', 'doctor'], { cwd: work }).stdout, help.stdout);
  });
});

const rate = (failed: number, texts: number) => ({ texts, failed, rate: failed / texts, low: 0, high: 1 });

function report(): DoctorReport {
  const template = { locator: 'clinic 4 West\u001b[2J › eReminder rule 9 › text', kind: 'eReminder', clinicNum: 4, language: '', ruleNumber: '9' };
  return {
    window: { from: '2026-11-02T00:00:00', to: '2026-12-02T00:00:00' },
    totals: { texts: 1000, delivered: 900, failed: 80, pending: 20, chargeUSD: 41.5 },
    unmatched: [{ kind: 'eReminder', texts: 12 }],
    findings: [
      {
        id: 'cost',
        severity: 'info',
        message: 'a costs',
        advice: 'A',
        count: 10,
        clinicNum: 0,
        template,
        texts: 10,
        parts: 10,
        chargeUSD: 0.4,
        segmentsPerText: 1,
        estimatedSegments: 1,
        encoding: 'GSM-7',
        monthlySavingUSD: 0,
      },
      {
        id: 'cost',
        severity: 'info',
        message: 'b costs',
        advice: 'A',
        count: 20,
        clinicNum: 0,
        template,
        texts: 20,
        parts: 20,
        chargeUSD: 0.8,
        segmentsPerText: 1,
        estimatedSegments: 1,
        encoding: 'GSM-7',
        monthlySavingUSD: 0,
      },
      {
        id: 'failing-phone-number',
        severity: 'warning',
        message: 'Texts to ***1234 failed 2 times.',
        advice: 'Fix the wireless phone.',
        count: 2,
        clinicNum: 0,
        phone: '***1234',
        patNum: '7',
        failureTexts: ['Unknown\u0007 number'],
        lastFailed: '2026-11-30T10:00:00',
      },
      { id: 'pending-texts', severity: 'error', message: '5 texts are still Pending.', advice: 'Refresh the eConnector.', count: 5, clinicNum: 3, from: '2026-11-30T08:00:00', to: '2026-11-30T08:30:00' },
      {
        id: 'filtered-template',
        severity: 'error',
        message: `20% of the texts from ${template.locator} failed.`,
        advice: 'Reword it.',
        count: 300,
        clinicNum: 4,
        template,
        templateRate: rate(60, 300),
        baseline: rate(10, 1000),
        test: 'one-sided Fisher exact test',
        pValue: 1e-12,
        problems: [],
      },
    ],
    templates: [],
  };
}

describe('odmsg doctor: the text format', () => {
  const text = doctorText(report(), 30);

  test('clinics with errors first, the most texts first; then warnings; information last', () => {
    const groups = [...text.matchAll(/^(\S.*):$/gm)].map((m) => m[1]);
    assert.deepEqual(groups.slice(0, 3), ['Clinic 4', 'Clinic 3', 'No clinic (practice defaults)']);
    assert.match(text, /^ {2}info {4}cost {2}2 other templates: 30 texts, \$1\.20, nothing to save/m);
    assert.match(text, /12 texts fit no current template/);
    assert.match(text, /2 errors, 1 warning, 2 info\.\n$/);
    assert.match(text, /odmsg finds no problem in its wording/);
  });

  test('text from the database is escaped', () => {
    assert.ok(!/[\u0000-\u0009\u000b-\u001f]/.test(text), 'no raw control characters');
    assert.match(text, /West\\x1b\[2J/);
    assert.match(text, /Unknown\\x07 number/);
  });

  test('the advice once per kind of finding, information without advice', () => {
    assert.equal(text.match(/^ {2}pending-texts: Refresh the eConnector\.$/gm)?.length, 1);
    assert.doesNotMatch(text, /^ {2}cost: /m);
  });
});

test('phone numbers inside failure texts are masked like the numbers themselves', () => {
  assert.equal(maskNumbersIn('Number +1 (555) 000-1234 is a landline', false), 'Number ***1234 is a landline');
  assert.equal(maskNumbersIn('Number +1 (555) 000-1234 is a landline', true), 'Number +1 (555) 000-1234 is a landline');
  assert.equal(maskNumbersIn('Error 30006: unreachable', false), 'Error 30006: unreachable', 'an error code is not a number to hide');
});
