// Issue 12, item 4: file names and template text that try to drive the terminal or the CI
// reading odmsg's output. Every format is run on templates with such names and text: the
// human formats (stylish, compact, --stats, the --fix-dry-run diff, stderr) print no control
// character raw, no line GitHub Actions would run as a workflow command, and compact stays
// one `$odmsg` problem-matcher line per problem; github lines are exactly odmsg's own
// commands, for the right file; json and sarif parse back to the exact names and texts.
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { escapeForTerminal } from '../../server/src/cli/escape';
import { cleanup, ensureBuilt, fixture, odmsg } from './helpers';
import { HOSTILE_NAMES, problemMatcher, RAW_CONTROL, runnerLines, workflowCommand } from './outputReaders';

before(ensureBuilt);

/** Template text whose problems quote control characters, separators and command lookalikes. */
const HOSTILE_TEXT = [
  '---',
  'kind: eConfirmation',
  'channel: sms',
  '---',
  '[NameF] is at [Appt\u001b]0;pwned\u0007Time] on [Na\u2028meF] [Da\u202ete] [##[error]x] !!',
  '::error file=fake.odmsg::from the text',
  '  ##[warning]legacy from the text',
  'Reply [ConfirmCode] to confirm, [OfficeName].',
  '',
].join('\n');

let dir: string;
before(() => {
  const files: Record<string, string> = {};
  for (const name of HOSTILE_NAMES) files[name] = HOSTILE_TEXT;
  dir = fixture(files);
});
after(() => cleanup(dir));

interface JsonResult {
  filePath: string;
  messages: { ruleId: string | null; message: string; line: number; column: number }[];
}

function jsonRun(): JsonResult[] {
  const run = odmsg(['check', '--format', 'json', '--info', '.'], { cwd: dir });
  return JSON.parse(run.stdout) as JsonResult[];
}

/** No raw control character, and no line the runner would take for a workflow command. */
function assertSafeForHumans(output: string, what: string): void {
  const raw = RAW_CONTROL.exec(output);
  assert.equal(raw, null, `${what} prints U+${raw?.[0].codePointAt(0)!.toString(16).padStart(4, '0')} raw:\n${JSON.stringify(output.slice(Math.max(0, (raw?.index ?? 0) - 80), (raw?.index ?? 0) + 80))}`);
  for (const line of runnerLines(output)) {
    const command = workflowCommand(line);
    assert.equal(command, undefined, `${what}: GitHub Actions would run "${command?.command}" from the line ${JSON.stringify(line)}`);
  }
}

describe('hostile file names and template text', () => {
  test('json: the exact names and message texts, with no control character raw', () => {
    const run = odmsg(['check', '--format', 'json', '--info', '.'], { cwd: dir });
    assert.equal(run.code, 1, run.stderr);
    assert.doesNotMatch(run.stdout, /[\x7f-\x9f\u2028\u2029\u202a-\u202e]/u, 'json leaves no control character raw');
    assert.doesNotMatch(run.stdout, /##\[/, 'json has no legacy workflow command');
    const results = JSON.parse(run.stdout) as JsonResult[];
    assert.deepEqual(results.map((r) => path.relative(dir, r.filePath)).sort(), [...HOSTILE_NAMES].sort());
    assert.ok(
      results[0].messages.some((m) => m.message.includes('\u001b')),
      'messages quote the text exactly',
    );
  });

  for (const format of ['stylish', 'compact'] as const) {
    test(`${format}: nothing raw, no workflow command, every file and problem shown`, () => {
      const run = odmsg(['check', '--format', format, '.'], { cwd: dir });
      assert.equal(run.code, 1, run.stderr);
      assertSafeForHumans(run.stdout + run.stderr, format);
      for (const name of HOSTILE_NAMES) {
        const shown = escapeForTerminal(name).replace(/^::/, './::');
        assert.ok(run.stdout.includes(shown.slice(-24)), `${format} names ${JSON.stringify(name)}`);
      }
    });
  }

  test('compact: one problem-matcher line per problem, with its file, position and rule', () => {
    const run = odmsg(['check', '--format', 'compact', '.'], { cwd: dir });
    const matcher = problemMatcher();
    const lines = run.stdout.split('\n').filter(Boolean);
    const expected = jsonRun();
    assert.equal(
      lines.length,
      expected.reduce((n, r) => n + r.messages.length, 0),
      'one line per problem',
    );
    const byFile = new Map<string, string[]>();
    for (const line of lines) {
      const match = matcher.exec(line);
      assert.ok(match, `the problem matcher reads ${JSON.stringify(line)}`);
      byFile.set(match[1], [...(byFile.get(match[1]) ?? []), `${match[2]}:${match[3]} ${match[6] ?? ''}`]);
    }
    assert.equal(byFile.size, HOSTILE_NAMES.length, `each file read as one file name:\n${[...byFile.keys()].join('\n')}`);
    // Same positions and rules, in the same order, for every file: no line was cut or joined.
    const positions = expected[0].messages.map((m) => `${m.line}:${m.column} ${m.ruleId ?? ''}`);
    for (const [file, seen] of byFile) assert.deepEqual(seen, positions, file);
    // With --stats (the odmsg task may pass it) the matcher still reads the problems only.
    const withStats = odmsg(['check', '--format', 'compact', '--stats', '.'], { cwd: dir });
    assert.equal(withStats.stdout.split('\n').filter((l) => matcher.test(l)).length, lines.length, withStats.stdout);
  });

  test("github: every line is one of odmsg's annotations, for the file it names", () => {
    const run = odmsg(['check', '--format', 'github', '--info', '.'], { cwd: dir });
    assert.equal(run.code, 1, run.stderr);
    const lines = runnerLines(run.stdout);
    const expected = jsonRun();
    assert.equal(
      lines.length,
      expected.reduce((n, r) => n + r.messages.length, 0),
      'one runner line per problem',
    );
    const files = new Set<string>();
    for (const line of lines) {
      const command = workflowCommand(line);
      assert.ok(command && ['error', 'warning', 'notice'].includes(command.command), `an annotation: ${JSON.stringify(line)}`);
      assert.doesNotMatch(command.data, RAW_CONTROL, 'the annotation text has no control character raw');
      files.add(command.properties.get('file')!);
    }
    // Names whose only control characters are line breaks keep them exactly (%0A, %0D);
    // other control characters have no escape there and are shown as in the human formats.
    const shown = HOSTILE_NAMES.map((name) => escapeForTerminal(name, { keepLineBreaks: true }));
    assert.deepEqual([...files].sort(), shown.sort());
    assert.ok(files.has('evil\n::error file=x.odmsg,line=1::pwned.odmsg') && files.has('pct%0A::error::percent.odmsg'));
  });

  test('sarif: valid JSON whose locations and messages are the exact names and texts', () => {
    const run = odmsg(['check', '--format', 'sarif', '--info', '.'], { cwd: dir });
    assert.equal(run.code, 1, run.stderr);
    assert.doesNotMatch(run.stdout, /[\x7f-\x9f\u2028\u2029\u202a-\u202e]/u, 'sarif leaves no control character raw');
    assert.doesNotMatch(run.stdout, /##\[/, 'sarif has no legacy workflow command');
    for (const line of runnerLines(run.stdout)) assert.equal(workflowCommand(line), undefined, line);
    const log = JSON.parse(run.stdout);
    const uris = new Set<string>(
      log.runs[0].results.map((r: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => decodeURIComponent(r.locations[0].physicalLocation.artifactLocation.uri)),
    );
    assert.deepEqual([...uris].sort(), [...HOSTILE_NAMES].sort());
    assert.ok(log.runs[0].results.some((r: { message: { text: string } }) => r.message.text.includes('\u2028')));
  });

  test('--stats and --fix-dry-run: the numbers and the diff are escaped too', () => {
    for (const format of ['stylish', 'compact']) {
      const run = odmsg(['check', '--format', format, '--stats', '--fix-dry-run', '.'], { cwd: dir });
      assert.equal(run.code, 1, run.stderr);
      assertSafeForHumans(run.stdout + run.stderr, `${format} --stats --fix-dry-run`);
      assert.match(run.stdout, /^ \\x3a:error file=fake\.odmsg::from the text$/m, 'the diff shows the text line, defused');
    }
    // Machine formats print the diff on stderr: escaped there as well.
    const run = odmsg(['check', '--format', 'github', '--fix-dry-run', '.'], { cwd: dir });
    assertSafeForHumans(run.stderr, 'the diff on stderr');
  });

  test('messages on stderr name hostile arguments escaped, on one line', () => {
    const run = odmsg(['check', 'gone\n::error::from-an-argument.odmsg', '\u001b[2Jgone.odmsg'], { cwd: dir });
    assert.equal(run.code, 2);
    assertSafeForHumans(run.stderr, 'stderr');
    assert.equal(run.stderr.trim().split('\n').length, 2, run.stderr);
    assert.match(run.stderr, /gone\\n::error::from-an-argument\.odmsg/);
    assert.match(run.stderr, /\\x1b\[2Jgone\.odmsg/);
  });
});

describe('escapeForTerminal', () => {
  test('shows each kind of control character readably and leaves the rest alone', () => {
    assert.equal(escapeForTerminal('a\nb\rc\td\u001be\u007ff\u009bg'), 'a\\nb\\rc\\td\\x1be\\x7ff\\x9bg');
    assert.equal(escapeForTerminal('x\u2028y\u2029z\u202e\u2066'), 'xU+2028yU+2029zU+202EU+2066');
    assert.equal(escapeForTerminal('##[error] and ##[x'), '##\\x5berror] and ##\\x5bx');
    assert.equal(escapeForTerminal('Café 日本語 😀 C:\\path\\to [NameF]'), 'Café 日本語 😀 C:\\path\\to [NameF]');
    assert.equal(escapeForTerminal('a\nb\u001b', { keepLineBreaks: true }), 'a\nb\\x1b');
  });
});
