// check --stats: each text template's estimated length, encoding and segments, from the
// engine's analyzeSms (the numbers of the editor's status bar); email templates are skipped.
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { lint } from '../../server/src/engine/lint';
import { formatMoney } from '../../server/src/engine/numbers';
import { analyzeSms } from '../../server/src/engine/sms/analyze';
import { CLEAN, cleanup, ensureBuilt, ERROR, fixture, odmsg, parseCompact } from './helpers';

before(ensureBuilt);

/** One curly apostrophe (non-gsm-character, a fix): UCS-2 until fixed. */
const CURLY = '---\nkind: eReminder\nchannel: sms\n---\n[NameF], we\u2019ll see you on [ApptDate] at [ApptTime] at [OfficeName]. Call [OfficePhone] with questions.\n';
const EMAIL = '---\nkind: eReminder\nchannel: email\nsubject: Your visit\n---\nDear [NameF], see you on [ApptDate] at [ApptTime].\n';

/** What the engine says for this text with these config layers. */
function expected(text: string, layers: Parameters<typeof lint>[1] = []) {
  const linted = lint(text, layers);
  return analyzeSms(linted.template, linted.config);
}

function plural(n: number): string {
  return `${n} segment${n === 1 ? '' : 's'}`;
}

describe('check --stats', () => {
  test('stylish: a line per text with length, segments, encoding and price, before the problems', () => {
    const dir = fixture({ 'a-clean.odmsg': CLEAN, 'b-curly.odmsg': CURLY, 'c-email.odmsg': EMAIL, 'd-error.odmsg': ERROR });
    try {
      const run = odmsg(['check', '--stats', '.'], { cwd: dir });
      assert.equal(run.code, 1, 'the unknown tag in d-error.odmsg still fails the run');
      const lines = run.stdout.split('\n');
      assert.match(lines[0], /^Estimated length of each text/);
      const statLines = lines.slice(1, lines.indexOf(''));
      assert.deepEqual(
        statLines.map((l) => l.trim().split(/\s+/)[0]),
        ['a-clean.odmsg', 'b-curly.odmsg', 'd-error.odmsg'],
        'one line per text template, none for the email one',
      );
      for (const [name, text] of [
        ['a-clean.odmsg', CLEAN],
        ['b-curly.odmsg', CURLY],
        ['d-error.odmsg', ERROR],
      ] as const) {
        const a = expected(text);
        const line = statLines.find((l) => l.trim().startsWith(name))!;
        const parts = line.trim().split(/\s{2,}/);
        assert.deepEqual(parts, [name, `≈ ${a.odChars} chars`, plural(a.billedSegments), a.encoding, `${formatMoney(a.costPerMessage)} a text`], line);
      }
      assert.match(statLines[1], /UCS-2/);
      assert.match(statLines[0], /GSM-7/);
      // Then the usual report.
      assert.match(run.stdout, /\nd-error\.odmsg\n\s+d-error\.odmsg:5:\d+\s+error .*unknown-tag\n/);
      assert.match(run.stdout, /✖ \d+ problems?/);
    } finally {
      cleanup(dir);
    }
  });

  test('stylish: printed even when there are no problems', () => {
    const dir = fixture({ 'clean.odmsg': CLEAN });
    try {
      const run = odmsg(['check', '--stats'], { cwd: dir });
      assert.equal(run.code, 0);
      const a = expected(CLEAN);
      assert.equal(
        run.stdout,
        `Estimated length of each text (tags filled in at assumed lengths; a line break counts two)\n  clean.odmsg  ≈ ${a.odChars} chars  1 segment  GSM-7  $0.04 a text\n\n\u2714 1 template, no problems\n`,
      );
    } finally {
      cleanup(dir);
    }
  });

  test('json: a stats object per result, the engine analysis; null for email templates', () => {
    const dir = fixture({ 'clean.odmsg': CLEAN, 'curly.odmsg': CURLY, 'email.odmsg': EMAIL });
    try {
      const run = odmsg(['check', '--stats', '--format', 'json', '.'], { cwd: dir });
      const results = JSON.parse(run.stdout) as { filePath: string; stats: unknown }[];
      const byName = new Map(results.map((r) => [r.filePath.split(/[\\/]/).pop(), r.stats]));
      assert.deepEqual(byName.get('clean.odmsg'), JSON.parse(JSON.stringify(expected(CLEAN))));
      const curly = byName.get('curly.odmsg') as ReturnType<typeof expected>;
      assert.deepEqual(curly, JSON.parse(JSON.stringify(expected(CURLY))));
      assert.equal(curly.encoding, 'UCS-2');
      assert.equal(curly.nonGsmChars.length, 1);
      assert.equal(byName.get('email.odmsg'), null);

      const without = JSON.parse(odmsg(['check', '--format', 'json', '.'], { cwd: dir }).stdout) as object[];
      for (const result of without) assert.ok(!('stats' in result), 'no stats key without --stats');
    } finally {
      cleanup(dir);
    }
  });

  test('compact: one stats line per text, which the problem matcher does not take for a problem', () => {
    const dir = fixture({ 'clean.odmsg': CLEAN, 'error.odmsg': ERROR, 'email.odmsg': EMAIL });
    try {
      const run = odmsg(['check', '--stats', '--format', 'compact', '.'], { cwd: dir });
      const lines = run.stdout.split('\n').filter(Boolean);
      const a = expected(CLEAN);
      assert.equal(lines[0], `clean.odmsg: ≈ ${a.odChars} chars, 1 segment, GSM-7, $0.04 a text`);
      assert.match(lines[1], /^error\.odmsg: ≈ \d+ chars, /);
      assert.deepEqual(
        parseCompact(lines.slice(2).join('\n')).map((p) => p.ruleId),
        ['unknown-tag'],
      );
      assert.ok(!/^(.+?):(\d+):(\d+) /.test(lines[0]));
    } finally {
      cleanup(dir);
    }
  });

  test('a per-appointment line: its length and encoding, no segments or price of its own', () => {
    const line = '---\nkind: eConfirmation\nchannel: sms\naggregate: perAppointment\n---\n[NameF] is scheduled for [ApptTime] on [ApptDate] at [ClinicName].\n';
    const dir = fixture({ 'line.odmsg': line, 'clean.odmsg': CLEAN });
    try {
      const a = expected(line);
      assert.equal(a.perAppointment, true);
      assert.equal(expected(CLEAN).perAppointment, undefined, 'a text has no such mark');
      const stylish = odmsg(['check', '--stats'], { cwd: dir });
      assert.equal(stylish.code, 0, stylish.stdout);
      const row = stylish.stdout.split('\n').find((l) => l.trim().startsWith('line.odmsg'))!;
      assert.deepEqual(row.trim().split(/\s{2,}/), ['line.odmsg', `≈ ${a.odChars} chars`, 'per appointment', 'GSM-7', '(one line of [Appts])']);
      const compact = odmsg(['check', '--stats', '--format', 'compact', '.'], { cwd: dir }).stdout.split('\n');
      assert.ok(compact.includes(`line.odmsg: ≈ ${a.odChars} chars, per appointment, GSM-7, (one line of [Appts])`), compact.join('\n'));
      const json = JSON.parse(odmsg(['check', '--stats', '--format', 'json', '.'], { cwd: dir }).stdout) as { filePath: string; stats: unknown }[];
      assert.deepEqual(json.find((r) => r.filePath.endsWith('line.odmsg'))?.stats, JSON.parse(JSON.stringify(a)));
    } finally {
      cleanup(dir);
    }
  });

  test('after --fix the numbers are those of the fixed text', () => {
    // The apostrophe is a fix only while unsupported-character is off (it is not on Open
    // Dental's list): an office that sends apostrophes.
    const config = { rules: { 'unsupported-character': 'off' as const } };
    const dir = fixture({ '.odmsgrc.json': JSON.stringify(config), 'curly.odmsg': CURLY });
    try {
      const run = odmsg(['check', '--stats', '--fix', '--format', 'json', '.'], { cwd: dir });
      const [result] = JSON.parse(run.stdout) as { stats: ReturnType<typeof expected> }[];
      assert.equal(result.stats.encoding, 'GSM-7');
      assert.deepEqual(result.stats, JSON.parse(JSON.stringify(expected(CURLY.replace('\u2019', "'"), [config]))));
    } finally {
      cleanup(dir);
    }
  });

  test("at default severities --fix leaves the curly apostrophe: its stand-in is not on Open Dental's list", () => {
    const dir = fixture({ 'curly.odmsg': CURLY });
    try {
      const run = odmsg(['check', '--stats', '--fix', '--format', 'json', '.'], { cwd: dir });
      const [result] = JSON.parse(run.stdout) as { stats: ReturnType<typeof expected> }[];
      assert.equal(result.stats.encoding, 'UCS-2');
      assert.deepEqual(result.stats, JSON.parse(JSON.stringify(expected(CURLY))));
    } finally {
      cleanup(dir);
    }
  });

  test('uses the config: lengthMode "worst" and tagLengths from .odmsgrc.json', () => {
    const config = { lengthMode: 'worst', tagLengths: { OfficeName: 60 } };
    const dir = fixture({ '.odmsgrc.json': JSON.stringify(config), 'clean.odmsg': CLEAN });
    try {
      const run = odmsg(['check', '--stats'], { cwd: dir });
      const a = expected(CLEAN, [config]);
      assert.equal(a.lengthMode, 'worst');
      assert.ok(a.odChars > expected(CLEAN).odChars);
      assert.match(run.stdout, new RegExp(`clean\\.odmsg  ≈ ${a.odChars} chars  ${plural(a.billedSegments)}  GSM-7  \\$[\\d.]+ a text  \\(worst case\\)`));
    } finally {
      cleanup(dir);
    }
  });

  test('works with --stdin', () => {
    const run = odmsg(['check', '--stats', '--stdin', '--format', 'json'], { cwd: process.cwd(), input: CURLY });
    const [result] = JSON.parse(run.stdout) as { stats: ReturnType<typeof expected> }[];
    assert.deepEqual(result.stats, JSON.parse(JSON.stringify(expected(CURLY))));
  });

  test('files that cannot be checked get no stats', () => {
    const dir = fixture({ 'latin1.odmsg': Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x0a]), 'clean.odmsg': CLEAN });
    try {
      const run = odmsg(['check', '--stats', '--format', 'json', '.'], { cwd: dir });
      assert.equal(run.code, 2);
      const results = JSON.parse(run.stdout) as { filePath: string; stats?: unknown }[];
      const latin1 = results.find((r) => r.filePath.endsWith('latin1.odmsg'))!;
      assert.ok(!('stats' in latin1));
      assert.ok(results.find((r) => r.filePath.endsWith('clean.odmsg'))!.stats);
    } finally {
      cleanup(dir);
    }
  });

  for (const format of ['sarif', 'github']) {
    test(`is a usage error with --format ${format}`, () => {
      const run = odmsg(['check', '--stats', '--format', format], { cwd: process.cwd() });
      assert.equal(run.code, 2);
      assert.match(run.stderr, /--stats goes with --format stylish, compact or json/);
    });
  }

  test('is listed in check --help', () => {
    assert.match(odmsg(['check', '--help'], { cwd: process.cwd() }).stdout, /--stats\s+print each text's estimated length, encoding and segments/);
  });
});
