// The command line on whatever a folder holds: unreadable things of every kind, files that
// vanish, odd names, 50,000 templates. Each bad file gets a clear message by name, the good
// ones are still checked, exit 2 means the run could not check something, and no user
// error ever prints a stack trace.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { before, describe, test } from 'node:test';
import { makeColors } from '../../server/src/cli/color';
import { FORMATTERS } from '../../server/src/cli/formatters';
import type { FileResult, Message } from '../../server/src/cli/results';
import { statsReport } from '../../server/src/cli/stats';
import { lint } from '../../server/src/engine/lint';
import { analyzeSms } from '../../server/src/engine/sms/analyze';
import { BIN, CLEAN, ERROR, WARNING, cleanup, ensureBuilt, fixture, odmsg, parseCompact } from './helpers';

/** A stack trace line ("    at foo (file.js:1:2)") or an uncaught error's banner. */
const STACK = /^\s+at .+[:(]\d+|Uncaught|node:internal|\bTypeError\b|\bRangeError\b/m;

function assertNoStack(output: string): void {
  assert.doesNotMatch(output, STACK, `stack trace in:\n${output}`);
}

before(() => ensureBuilt());

describe('odd files in one run', () => {
  test('binary, non-UTF-8, directories and symlinks named *.odmsg, spaces and Unicode in paths', () => {
    const dir = fixture({
      'ok.odmsg': CLEAN,
      'with space/a b.odmsg': ERROR,
      'ünïcödé/日本語 ✓ 😀.odmsg': WARNING,
      'binary.odmsg': Buffer.from([0x00, 0x01, 0x02, 0xff, 0x00, 0x89, 0x50, 0x4e, 0x47]),
      'latin1.odmsg': Buffer.from('---\nkind: eReminder\n---\nCaf\xe9 [NameF]\n', 'latin1'),
      'truncated-utf8.odmsg': Buffer.concat([Buffer.from('Hi [NameF] '), Buffer.from([0xe2, 0x82])]),
      'empty.odmsg': '',
      'folder.odmsg/inner.txt': 'not a template',
    });
    try {
      fs.symlinkSync(path.join(dir, 'does-not-exist.odmsg'), path.join(dir, 'dangling.odmsg'));
      fs.symlinkSync('loop-b.odmsg', path.join(dir, 'loop-a.odmsg'));
      fs.symlinkSync('loop-a.odmsg', path.join(dir, 'loop-b.odmsg'));
      const run = odmsg(['check', '--format', 'compact', '.'], { cwd: dir });
      assertNoStack(run.stdout + run.stderr);
      assert.equal(run.code, 2, `exit 2 for a run with unreadable files:\n${run.stdout}${run.stderr}`);
      const problems = parseCompact(run.stdout);
      const byFile = (name: string) => problems.filter((p) => p.file === name);
      // Each file that cannot be checked: one error naming it, at 1:1.
      for (const name of ['binary.odmsg', 'latin1.odmsg', 'truncated-utf8.odmsg']) {
        assert.deepEqual(
          byFile(name).map((p) => [p.line, p.column, p.severity]),
          [[1, 1, 'error']],
          `${name} in:\n${run.stdout}`,
        );
      }
      // The checkable ones are checked, paths printed as they are.
      assert.ok(
        byFile('with space/a b.odmsg').some((p) => p.ruleId === 'unknown-tag'),
        run.stdout,
      );
      assert.ok(
        byFile('ünïcödé/日本語 ✓ 😀.odmsg').some((p) => p.ruleId === 'excessive-punctuation'),
        run.stdout,
      );
      assert.deepEqual(byFile('ok.odmsg'), []);
      // Nothing is reported for something that is not a file at all.
      assert.deepEqual(byFile('folder.odmsg'), []);
    } finally {
      cleanup(dir);
    }
  });

  test('named paths that do not exist or hold no templates: a clear message, exit 2, the rest still checked', () => {
    const dir = fixture({ 'with space/a b.odmsg': ERROR, 'folder.odmsg/inner.txt': 'x' });
    try {
      for (const missing of ['gone.odmsg', 'no such folder/x.odmsg', 'ünï/日本.odmsg', 'folder.odmsg']) {
        const run = odmsg(['check', '--format', 'compact', missing, 'with space/a b.odmsg'], { cwd: dir });
        assertNoStack(run.stdout + run.stderr);
        assert.equal(run.code, 2);
        assert.ok(run.stderr.includes(missing), `the message names "${missing}":\n${run.stderr}`);
        assert.equal(run.stderr.trim().split('\n').length, 1, `one line for "${missing}":\n${run.stderr}`);
      }
    } finally {
      cleanup(dir);
    }
  });

  test('files that vanish while the run lists and reads them', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 3000; i++) files[`t/${String(i).padStart(4, '0')}.odmsg`] = i % 2 ? WARNING : ERROR;
    const dir = fixture(files);
    try {
      const child = spawn(process.execPath, [BIN, 'check', '--format', 'compact', 't'], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      // Delete files from the end while the run is going.
      for (let i = 2999; i >= 1000; i--) {
        fs.rmSync(path.join(dir, 't', `${String(i).padStart(4, '0')}.odmsg`), { force: true });
        if (i % 100 === 0) await new Promise((resolve) => setImmediate(resolve));
      }
      const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
      assertNoStack(stdout + stderr);
      assert.ok(code === 1 || code === 2, `exit ${code}:\n${stderr}`);
      // Every line is a well-formed problem; the files deleted before the run read them are errors naming them.
      const problems = parseCompact(stdout);
      const checked = new Set(problems.map((p) => p.file));
      for (let i = 0; i < 1000; i++) assert.ok(checked.has(`t/${String(i).padStart(4, '0')}.odmsg`), `t/${i} was checked`);
      const vanished = problems.filter((p) => p.ruleId === undefined);
      if (code === 2) assert.ok(vanished.length > 0 || stderr.length > 0, 'exit 2 says why');
    } finally {
      cleanup(dir);
    }
  });
});

describe('a reader that stops early', () => {
  test('closing the pipe (| head) ends the run quietly, without a stack trace', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 400; i++) files[`${i}.odmsg`] = ERROR;
    const dir = fixture(files);
    try {
      const child = spawn(process.execPath, [BIN, 'check', '--format', 'sarif', '.'], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      // Read the first chunk, then close our end, as `head -1` does.
      await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
      child.stdout.destroy();
      const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
      assertNoStack(stderr);
      assert.equal(stderr, '');
      assert.equal(code, 1, 'the exit code of the run (errors found)');
    } finally {
      cleanup(dir);
    }
  });
});

describe('a folder with 50,000 templates', () => {
  test('is checked in one run, each problem once, within a minute', () => {
    const dir = fs.mkdtempSync(path.join(fs.realpathSync(os.tmpdir()), 'odmsg-cli-50k-'));
    try {
      const withProblem = new Set<number>();
      for (let i = 0; i < 50_000; i++) {
        const sub = path.join(dir, `batch ${Math.floor(i / 1000)}`);
        if (i % 1000 === 0) fs.mkdirSync(sub);
        const bad = i % 997 === 0;
        if (bad) withProblem.add(i);
        fs.writeFileSync(path.join(sub, `${i}.odmsg`), bad ? ERROR : CLEAN);
      }
      const started = performance.now();
      const run = odmsg(['check', '--format', 'compact', '.'], { cwd: dir });
      const seconds = (performance.now() - started) / 1000;
      assertNoStack(run.stdout + run.stderr);
      assert.equal(run.code, 1, run.stderr);
      const files = new Set(
        parseCompact(run.stdout)
          .filter((p) => p.ruleId === 'unknown-tag')
          .map((p) => p.file),
      );
      assert.equal(files.size, withProblem.size);
      assert.ok(seconds < 60, `50,000 templates took ${seconds.toFixed(1)} s`);
    } finally {
      cleanup(dir);
    }
  });
});

// A big run reaches the formatters as one array of messages. They once took column widths
// with Math.max(...widths), one call argument per problem, which overflows the call stack
// somewhere past 100,000 problems (about 50,000 templates with a few problems each).
describe('output of a run with 200,000 problems', () => {
  const COUNT = 200_000;
  const results: FileResult[] = [];
  for (let f = 0; f < COUNT / 100; f++) {
    const messages: Message[] = [];
    for (let i = 0; i < 100; i++) {
      messages.push({ ruleId: 'unknown-tag', severity: 'error', message: `Unknown tag [Tag${i}].`, line: i + 1, column: 3, endLine: i + 1, endColumn: 10 });
    }
    const linted = lint('---\nkind: eReminder\nchannel: sms\n---\nSee you soon.\n');
    const stats = analyzeSms(linted.template, linted.config);
    results.push({ filePath: `/t/${f}.odmsg`, displayPath: `${f}.odmsg`, messages, stats });
  }
  const context = { cwd: '/t', colors: makeColors(false), info: true, fixMode: 'none' as const };

  for (const [name, format] of Object.entries(FORMATTERS)) {
    test(`${name} prints every problem`, () => {
      const out = format(results, context);
      const marker = name === 'stylish' || name === 'compact' || name === 'github' ? /unknown-tag/g : /"unknown-tag"/g;
      assert.ok((out.match(marker) ?? []).length >= COUNT, `${name}: fewer than ${COUNT} problems printed`);
    });
  }

  test('--stats prints one row for each of 200,000 text templates', () => {
    const many: FileResult[] = [];
    for (let f = 0; f < COUNT; f++) many.push({ ...results[0], filePath: `/t/${f}.odmsg`, displayPath: `${f}.odmsg`, messages: [] });
    const out = statsReport(many, 'stylish', makeColors(false));
    assert.equal(out.split('\n').filter((line) => /\.odmsg\s/.test(line)).length, COUNT);
  });
});
