// check's options: --fix, --fix-dry-run, --max-warnings, --quiet, --rule, --config, --stdin.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { before, describe, test } from 'node:test';
import { CLEAN, cleanup, ensureBuilt, ERROR, fixture, odmsg, parseCompact, WARNING } from './helpers';

before(ensureBuilt);

/** Fixable warnings: "!!" (excessive-punctuation) and TOMORROW (all-caps). */
const FIXABLE = '---\nkind: eReminder\nchannel: sms\n---\n[NameF], your visit at [OfficeName] is TOMORROW at [ApptTime]!! Call [OfficePhone] with questions.\n';

describe('--fix', () => {
  test('writes the fixes, leaves other files untouched, then reports what is left', () => {
    const dir = fixture({ 'fix.odmsg': FIXABLE, 'clean.odmsg': CLEAN, 'error.odmsg': ERROR });
    try {
      const cleanBefore = fs.statSync(path.join(dir, 'clean.odmsg')).mtimeMs;
      const errorText = fs.readFileSync(path.join(dir, 'error.odmsg'), 'utf8');
      const run = odmsg(['check', '--fix', '--format', 'compact', '.'], { cwd: dir });
      assert.equal(run.code, 1, 'the unknown tag is not fixable and remains');
      assert.deepEqual(
        parseCompact(run.stdout).map((p) => p.ruleId),
        ['unknown-tag'],
      );
      const fixed = fs.readFileSync(path.join(dir, 'fix.odmsg'), 'utf8');
      assert.equal(fixed, FIXABLE.replace('TOMORROW', 'tomorrow').replace('!!', '!'));
      assert.equal(fs.statSync(path.join(dir, 'clean.odmsg')).mtimeMs, cleanBefore, 'a file without fixes is not rewritten');
      assert.equal(fs.readFileSync(path.join(dir, 'error.odmsg'), 'utf8'), errorText, 'suggestions are never applied');

      const again = odmsg(['check', '--format', 'json', '.'], { cwd: dir });
      for (const result of JSON.parse(again.stdout)) {
        assert.equal(result.fixableErrorCount + result.fixableWarningCount, 0, `${result.filePath} has fixable problems left`);
      }
    } finally {
      cleanup(dir);
    }
  });

  test('keeps a byte order mark and CRLF line ends', () => {
    const text = `\ufeff${FIXABLE.replace(/\n/g, '\r\n')}`;
    const dir = fixture({ 'a.odmsg': text });
    try {
      const run = odmsg(['check', '--fix', '.'], { cwd: dir });
      assert.equal(run.code, 0, run.stdout + run.stderr);
      const bytes = fs.readFileSync(path.join(dir, 'a.odmsg'));
      assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
      assert.equal(bytes.toString('utf8'), text.replace('TOMORROW', 'tomorrow').replace('!!', '!'));
    } finally {
      cleanup(dir);
    }
  });
});

describe('--fix-dry-run', () => {
  test('prints a unified diff and changes nothing', () => {
    const dir = fixture({ 'a.odmsg': FIXABLE, 'b.odmsg': CLEAN });
    try {
      const run = odmsg(['check', '--fix-dry-run', '.'], { cwd: dir });
      assert.equal(run.code, 0);
      assert.equal(fs.readFileSync(path.join(dir, 'a.odmsg'), 'utf8'), FIXABLE);
      assert.equal(
        run.stdout,
        [
          '--- a/a.odmsg',
          '+++ b/a.odmsg',
          '@@ -2,4 +2,4 @@',
          ' kind: eReminder',
          ' channel: sms',
          ' ---',
          '-[NameF], your visit at [OfficeName] is TOMORROW at [ApptTime]!! Call [OfficePhone] with questions.',
          '+[NameF], your visit at [OfficeName] is tomorrow at [ApptTime]! Call [OfficePhone] with questions.',
          '',
          '\u2714 2 templates, no problems once the fixes above are made',
          '',
        ].join('\n'),
      );
    } finally {
      cleanup(dir);
    }
  });

  test('with json, the fixed text is the `output` property and stdout stays JSON', () => {
    const dir = fixture({ 'a.odmsg': FIXABLE });
    try {
      const run = odmsg(['check', '--fix-dry-run', '--format', 'json', '.'], { cwd: dir });
      const [result] = JSON.parse(run.stdout);
      assert.equal(result.output, FIXABLE.replace('TOMORROW', 'tomorrow').replace('!!', '!'));
      assert.deepEqual(result.messages, []);
    } finally {
      cleanup(dir);
    }
  });

  test('cannot be combined with --fix', () => {
    const run = odmsg(['check', '--fix', '--fix-dry-run', '.'], { cwd: process.cwd() });
    assert.equal(run.code, 2);
    assert.match(run.stderr, /either --fix .* or --fix-dry-run/);
  });
});

describe('--no-exit', () => {
  test('reports errors and exits 0; a read failure still exits 2', () => {
    const dir = fixture({ 'error.odmsg': ERROR, 'binary.odmsg': Buffer.from([0, 1, 2, 0]) });
    try {
      const errorsOnly = odmsg(['check', '--no-exit', '--format', 'compact', 'error.odmsg'], { cwd: dir });
      assert.equal(errorsOnly.code, 0);
      assert.deepEqual(
        parseCompact(errorsOnly.stdout).map((p) => p.ruleId),
        ['unknown-tag'],
      );
      const withUnreadable = odmsg(['check', '--no-exit', '--format', 'compact', '.'], { cwd: dir });
      assert.equal(withUnreadable.code, 2);
    } finally {
      cleanup(dir);
    }
  });
});

describe('--max-warnings, --quiet, --rule', () => {
  test('--max-warnings fails on more warnings than allowed', () => {
    const dir = fixture({ 'a.odmsg': WARNING, 'b.odmsg': WARNING });
    try {
      assert.equal(odmsg(['check', '--max-warnings', '2', '.'], { cwd: dir }).code, 0);
      const over = odmsg(['check', '--max-warnings', '1', '.'], { cwd: dir });
      assert.equal(over.code, 1);
      assert.match(over.stderr, /2 warnings, more than --max-warnings 1/);
      assert.equal(odmsg(['check', '--max-warnings', '0', '--quiet', '.'], { cwd: dir }).code, 1, 'warnings count even when --quiet hides them');
      assert.equal(odmsg(['check', '--max-warnings', 'many', '.'], { cwd: dir }).code, 2);
    } finally {
      cleanup(dir);
    }
  });

  test('--quiet shows errors only', () => {
    const dir = fixture({ 'e.odmsg': ERROR, 'w.odmsg': WARNING });
    try {
      const run = odmsg(['check', '--quiet', '--format', 'compact', '.'], { cwd: dir });
      assert.equal(run.code, 1);
      assert.deepEqual(
        parseCompact(run.stdout).map((p) => p.ruleId),
        ['unknown-tag'],
      );
    } finally {
      cleanup(dir);
    }
  });

  test('--rule overrides the config file but not front matter; bad ids and severities are usage errors', () => {
    const dir = fixture({
      '.odmsgrc.json': '{ "rules": { "unknown-tag": "off" } }',
      'e.odmsg': ERROR,
      'w.odmsg': WARNING,
      'fm.odmsg': WARNING.replace('channel: sms\n', 'channel: sms\nrules: { excessive-punctuation: info }\n'),
    });
    try {
      const run = odmsg(['check', '--format', 'compact', '--rule', 'unknown-tag:warning', '--rule', 'excessive-punctuation:error', '.'], { cwd: dir });
      assert.equal(run.code, 1);
      assert.deepEqual(
        parseCompact(run.stdout).map((p) => `${p.file} ${p.severity} ${p.ruleId}`),
        ['e.odmsg warning unknown-tag', 'fm.odmsg info excessive-punctuation', 'w.odmsg error excessive-punctuation'],
      );
      const unknown = odmsg(['check', '--rule', 'all-cap:off', '.'], { cwd: dir });
      assert.equal(unknown.code, 2);
      assert.match(unknown.stderr, /Unknown rule "all-cap" in --rule \(did you mean "all-caps"\?\)/);
      const severity = odmsg(['check', '--rule', 'all-caps:loud', '.'], { cwd: dir });
      assert.equal(severity.code, 2);
      assert.match(severity.stderr, /"loud" is not a severity/);
    } finally {
      cleanup(dir);
    }
  });
});

describe('--config', () => {
  test('one config file for every template, instead of the nearest one', () => {
    const dir = fixture({ 'sub/.odmsgrc.json': '{ "rules": { "unknown-tag": "off" } }', 'sub/e.odmsg': ERROR, 'strict.json': '{ "rules": { "excessive-punctuation": "error" } }', 'sub/w.odmsg': WARNING });
    try {
      const run = odmsg(['check', '--format', 'compact', '--config', 'strict.json', 'sub'], { cwd: dir });
      assert.equal(run.code, 1);
      assert.deepEqual(
        parseCompact(run.stdout).map((p) => `${p.severity} ${p.ruleId}`),
        ['error unknown-tag', 'error excessive-punctuation'],
      );
      const missing = odmsg(['check', '--config', 'nope.json', 'sub'], { cwd: dir });
      assert.equal(missing.code, 2);
      assert.match(missing.stderr, /--config: no such file "nope\.json"/);
    } finally {
      cleanup(dir);
    }
  });
});

describe('--stdin', () => {
  test("checks standard input, named by --stdin-filename, with that folder's config", () => {
    const dir = fixture({ 'team/.odmsgrc.json': '{ "rules": { "excessive-punctuation": "error" } }' });
    try {
      const run = odmsg(['check', '--stdin', '--stdin-filename', 'team/new.odmsg', '--format', 'compact'], { cwd: dir, input: WARNING });
      assert.equal(run.code, 1);
      assert.deepEqual(parseCompact(run.stdout), [{ file: 'team/new.odmsg', line: 5, column: 66, severity: 'error', ruleId: 'excessive-punctuation' }]);
      const unnamed = odmsg(['check', '--stdin', '--format', 'compact'], { cwd: dir, input: CLEAN });
      assert.equal(unnamed.code, 0);
      assert.equal(unnamed.stdout, '');
    } finally {
      cleanup(dir);
    }
  });

  test('--fix-dry-run shows the diff of standard input; --fix and paths are usage errors', () => {
    const dir = fixture({});
    try {
      const dry = odmsg(['check', '--stdin', '--stdin-filename', 'x.odmsg', '--fix-dry-run'], { cwd: dir, input: WARNING });
      assert.match(dry.stdout, /^--- a\/x\.odmsg\n\+\+\+ b\/x\.odmsg\n/);
      assert.equal(odmsg(['check', '--stdin', '--fix'], { cwd: dir, input: WARNING }).code, 2);
      assert.equal(odmsg(['check', '--stdin', 'a.odmsg'], { cwd: dir, input: WARNING }).code, 2);
      assert.equal(odmsg(['check', '--stdin-filename', 'a.odmsg'], { cwd: dir }).code, 2);
    } finally {
      cleanup(dir);
    }
  });

  test('binary standard input is reported, exit 2', () => {
    const run = odmsg(['check', '--stdin', '--format', 'compact'], { cwd: process.cwd(), input: Buffer.from([0, 1, 2, 3]) });
    assert.equal(run.code, 2);
    assert.match(run.stdout, /^<stdin>:1:1 error The file is binary/);
  });
});
