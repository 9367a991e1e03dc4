// The `$odmsg` problem matcher in package.json (used by the "odmsg: check" task) reads every
// line of `odmsg check --format compact`: the same problems, positions, severities and rule ids
// as the json output of the same run, including unreadable files (no rule id) and info hints.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { before, describe, test } from 'node:test';
import { CLEAN, cleanup, ensureBuilt, ERROR, fixture, odmsg, ROOT, WARNING } from './helpers';

before(ensureBuilt);

interface Matcher {
  name: string;
  owner: string;
  source: string;
  fileLocation: string[];
  pattern: { regexp: string; file: number; line: number; column: number; severity: number; message: number; code: number };
}

const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const matchers = manifest.contributes.problemMatchers as Matcher[];

/** Info hints (missing-sender-id, whose message has parentheses; unsupported-character) and a warning. */
const NO_OFFICE = "---\nkind: eReminder\nchannel: sms\n---\nHi [NameF], it's your visit at [ApptTime]!!\n";

describe('$odmsg problem matcher', () => {
  test('is declared for the odmsg task', () => {
    const matcher = matchers.find((m) => m.name === 'odmsg');
    assert.ok(matcher, 'contributes.problemMatchers has no "odmsg"');
    assert.equal(matcher.source, 'odmsg');
    assert.deepEqual(matcher.fileLocation, ['autoDetect', '${workspaceFolder}']);
    const task = (manifest.contributes.taskDefinitions as { type: string }[]).find((t) => t.type === 'odmsg');
    assert.ok(task, 'contributes.taskDefinitions has no "odmsg"');
  });

  test('matches every compact line with the positions, severity and rule of the json output', () => {
    const matcher = matchers.find((m) => m.name === 'odmsg')!;
    const regexp = new RegExp(matcher.pattern.regexp);
    const dir = fixture({
      'sms/clean.odmsg': CLEAN,
      'sms/warning.odmsg': WARNING,
      'sms/error (copy).odmsg': ERROR,
      'sms/no-office.odmsg': NO_OFFICE,
      'bad.odmsg': Buffer.from([0xff, 0xfe, 0x41, 0x00]),
    });
    try {
      const compact = odmsg(['check', '--format', 'compact', '.'], { cwd: dir });
      const json = JSON.parse(odmsg(['check', '--format', 'json', '--info', '.'], { cwd: dir }).stdout) as {
        filePath: string;
        messages: { ruleId: string | null; severity: number; line: number; column: number; message: string }[];
      }[];
      const severityName = ['info', 'warning', 'error'];
      const expected = json.flatMap((r) =>
        r.messages.map((m) => ({
          file: path.relative(dir, r.filePath),
          line: String(m.line),
          column: String(m.column),
          severity: severityName[m.severity],
          message: m.message,
          code: m.ruleId ?? undefined,
        })),
      );
      const lines = compact.stdout.split('\n').filter(Boolean);
      const matched = lines.map((line) => {
        const m = regexp.exec(line);
        assert.ok(m, `the problem matcher does not match: ${line}`);
        const p = matcher.pattern;
        return { file: m[p.file], line: m[p.line], column: m[p.column], severity: m[p.severity], message: m[p.message], code: m[p.code] };
      });
      assert.deepEqual(matched, expected);
      assert.ok(
        matched.some((m) => m.code === undefined && m.file === 'bad.odmsg'),
        'an unreadable file is matched without a rule id',
      );
      assert.ok(
        matched.some((m) => m.severity === 'info'),
        'info hints are matched',
      );
      assert.ok(
        matched.some((m) => m.message.includes('(')),
        'a message with parentheses keeps them',
      );
    } finally {
      cleanup(dir);
    }
  });
});
