// The first command line (issue 2): check files and folders, one line per problem in
// `compact`, exit 0 clean / 1 errors / 2 usage or read failure; --help and --version.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { CLEAN, cleanup, ensureBuilt, ERROR, fixture, odmsg, parseCompact, ROOT, WARNING } from './helpers';

before(ensureBuilt);

describe('help and version', () => {
  test('--help prints usage and exits 0', () => {
    const run = odmsg(['--help'], { cwd: ROOT });
    assert.equal(run.code, 0);
    assert.match(run.stdout, /odmsg check \[paths or globs\.\.\.\]/);
    assert.equal(run.stderr, '');
  });

  test('check --help lists the options and exit codes', () => {
    const run = odmsg(['check', '--help'], { cwd: ROOT });
    assert.equal(run.code, 0);
    for (const option of ['--format', '--fix', '--fix-dry-run', '--max-warnings', '--quiet', '--rule', '--config', '--stdin', '--stdin-filename', '--info']) {
      assert.ok(run.stdout.includes(option), option);
    }
    assert.match(run.stdout, /Exit codes/);
  });

  test('--version prints the package version', () => {
    const version = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version;
    const run = odmsg(['--version'], { cwd: ROOT });
    assert.equal(run.code, 0);
    assert.equal(run.stdout.trim(), version);
  });

  test('no arguments is a usage error (2) with the help on stderr', () => {
    const run = odmsg([], { cwd: ROOT });
    assert.equal(run.code, 2);
    assert.match(run.stderr, /Usage:/);
    assert.equal(run.stdout, '');
  });

  test('an unknown command or option is a usage error with a hint, no stack trace', () => {
    const command = odmsg(['chek', 'x'], { cwd: ROOT });
    assert.equal(command.code, 2);
    assert.match(command.stderr, /Unknown command "chek"\. Did you mean "check"\?/);
    const option = odmsg(['check', '--frobnicate'], { cwd: ROOT });
    assert.equal(option.code, 2);
    assert.match(option.stderr, /--frobnicate/);
    assert.doesNotMatch(option.stderr, /\n\s+at /);
    assert.doesNotMatch(option.stderr, /Did you mean/, 'no option is close to --frobnicate');
  });

  test('an unknown option close to a known one names it, for each command', () => {
    const cases: [string[], string][] = [
      [['check', '--fromat', 'json'], '--format'],
      [['check', '--fix-dryrun'], '--fix-dry-run'],
      [['check', '--nocolor'], '--no-color'],
      [['rules', '--fromat', 'json'], '--format'],
      [['init', '--forse'], '--force'],
    ];
    for (const [args, meant] of cases) {
      const run = odmsg(args, { cwd: ROOT });
      assert.equal(run.code, 2, args.join(' '));
      assert.equal(run.stdout, '');
      assert.match(run.stderr, new RegExp(`^odmsg: Unknown option '${args[1]}'\\. Did you mean "${meant}"\\?\n`), args.join(' '));
    }
  });
});

describe('exit codes and the problem line', () => {
  let dir: string;
  before(() => {
    dir = fixture({
      'clean/a.odmsg': CLEAN,
      'warnings/a.odmsg': WARNING,
      'errors/a.odmsg': ERROR,
      'errors/b.odmsg': CLEAN,
    });
  });
  after(() => cleanup(dir));

  test('a clean folder exits 0 and says so in one line', () => {
    const run = odmsg(['check', 'clean'], { cwd: dir });
    assert.equal(run.code, 0);
    assert.equal(run.stdout, '\u2714 1 template, no problems\n');
    assert.equal(run.stderr, '');
  });

  test('warnings only exit 0', () => {
    const run = odmsg(['check', '--format', 'compact', 'warnings'], { cwd: dir });
    assert.equal(run.code, 0);
    assert.deepEqual(parseCompact(run.stdout), [{ file: path.join('warnings', 'a.odmsg'), line: 5, column: 66, severity: 'warning', ruleId: 'excessive-punctuation' }]);
  });

  test('an error exits 1, printed as file:line:col severity message (rule-id)', () => {
    const run = odmsg(['check', '--format', 'compact', 'errors'], { cwd: dir });
    assert.equal(run.code, 1);
    const lines = run.stdout.trim().split('\n');
    assert.equal(lines.length, 1);
    assert.match(lines[0], /^errors[/\\]a\.odmsg:5:40 error .*\[ApptDte\].* \(unknown-tag\)$/);
  });

  test('files and folders can be mixed; each file is reported once', () => {
    const run = odmsg(['check', '--format', 'compact', 'errors', 'errors/a.odmsg', 'warnings/a.odmsg'], { cwd: dir });
    assert.equal(run.code, 1);
    const problems = parseCompact(run.stdout);
    assert.deepEqual(
      problems.map((p) => `${p.file}:${p.ruleId}`),
      [`${path.join('errors', 'a.odmsg')}:unknown-tag`, `${path.join('warnings', 'a.odmsg')}:excessive-punctuation`],
    );
  });

  test('a missing path exits 2, names the path, and the other paths are still checked', () => {
    const run = odmsg(['check', '--format', 'compact', 'nope', 'errors'], { cwd: dir });
    assert.equal(run.code, 2);
    assert.match(run.stderr, /No such file or folder: "nope"/);
    assert.match(run.stdout, /unknown-tag/);
  });

  test('with no path, the current folder is checked', () => {
    const run = odmsg(['check', '--format', 'compact'], { cwd: path.join(dir, 'errors') });
    assert.equal(run.code, 1);
    assert.match(run.stdout, /^a\.odmsg:5:40 error/);
  });
});

describe('config', () => {
  test('a config file that does not parse: exit 2, its position, a clear message, no stack trace', () => {
    const dir = fixture({ '.odmsgrc.json': '{\n  "rules": {\n    "all-caps": "off",,\n  }\n}\n', 'a.odmsg': CLEAN, 'sub/b.odmsg': CLEAN });
    try {
      const run = odmsg(['check', '--format', 'compact', '.'], { cwd: dir });
      assert.equal(run.code, 2);
      assert.match(run.stdout, /^\.odmsgrc\.json:3:\d+ error Invalid JSON/m);
      assert.match(run.stdout, /2 templates using this config were not checked/);
      assert.doesNotMatch(run.stdout + run.stderr, /\n\s+at /);
    } finally {
      cleanup(dir);
    }
  });

  test('an unknown rule, a bad severity and an unknown option are config errors with hints', () => {
    const config = '{\n  "rules": { "all-cap": "off", "tag-case": "warn" },\n  "allowDomains": []\n}\n';
    const dir = fixture({ '.odmsgrc.json': config, 'a.odmsg': CLEAN });
    try {
      const run = odmsg(['check', '--format', 'compact'], { cwd: dir });
      assert.equal(run.code, 2);
      assert.match(run.stdout, /\.odmsgrc\.json:2:14 error Unknown rule "all-cap" \(did you mean "all-caps"\?\)/);
      assert.match(run.stdout, /\.odmsgrc\.json:2:\d+ error "rules\.tag-case" must be one of "off", "info", "warning", "error", not "warn"/);
      assert.match(run.stdout, /\.odmsgrc\.json:3:3 error Unknown option "allowDomains" \(did you mean "allowedDomains"\?\)/);
    } finally {
      cleanup(dir);
    }
  });

  test('the nearest .odmsgrc.json above the file applies; parents are not merged', () => {
    const dir = fixture({
      '.odmsgrc.json': '{ "rules": { "unknown-tag": "off" } }',
      'top.odmsg': ERROR,
      'team/.odmsgrc.json': '// comments are fine\n{ "rules": { "excessive-punctuation": "error" }, }',
      'team/deep/w.odmsg': WARNING,
      'team/deep/e.odmsg': ERROR,
    });
    try {
      const run = odmsg(['check', '--format', 'compact'], { cwd: dir });
      assert.equal(run.code, 1);
      const problems = parseCompact(run.stdout).map((p) => `${p.file.split(path.sep).join('/')} ${p.severity} ${p.ruleId}`);
      // top.odmsg: unknown-tag off. team/deep: the team config only (unknown-tag back on, "!!" an error).
      assert.deepEqual(problems, ['team/deep/e.odmsg error unknown-tag', 'team/deep/w.odmsg error excessive-punctuation']);
    } finally {
      cleanup(dir);
    }
  });

  test('front matter rules override the config file', () => {
    const dir = fixture({
      '.odmsgrc.json': '{ "rules": { "excessive-punctuation": "error" } }',
      'a.odmsg': WARNING.replace('channel: sms\n', 'channel: sms\nrules:\n  excessive-punctuation: off\n'),
    });
    try {
      const run = odmsg(['check', '--format', 'compact'], { cwd: dir });
      assert.equal(run.code, 0);
      assert.equal(run.stdout, '');
    } finally {
      cleanup(dir);
    }
  });
});
