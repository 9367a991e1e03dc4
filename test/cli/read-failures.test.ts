// Issue 12, items 5 and 6: nothing on disk passes unseen or takes the run down. A folder that
// cannot be listed (permission denied, a path past the system's limit) is a read failure like
// an unreadable file: named, exit 2, everything else still checked. A FIFO named on the
// command line is called what it is, and never opened for a blocking read. A file of any
// size over maxFileSize gets file-too-large, read no further than its front matter.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { before, describe, test } from 'node:test';
import { readTemplateFile } from '../../server/src/workspace/readText';
import { lint } from '../../server/src/engine/lint';
import { BIN, CLEAN, cleanup, ensureBuilt, ERROR, fixture, odmsg, parseCompact } from './helpers';

before(ensureBuilt);

/**
 * Root reads every folder whatever its mode, so as root (CI) the CLI runs as "nobody", for
 * whom the permission bits hold; the fixture folder is opened to it.
 */
const asRoot = process.getuid?.() === 0;
const NOBODY = 65534;

function lockable(files: Record<string, string>): string {
  const dir = fixture(files);
  if (asRoot) fs.chmodSync(dir, 0o755);
  return dir;
}

/** Removes a tree whose paths are longer than Node's fs calls accept (rm walks it relative). */
function removeDeep(dir: string): void {
  spawnSync('rm', ['-rf', dir]);
}

describe('folders that cannot be read', () => {
  test('a folder without read permission: named, exit 2, the other templates still checked', () => {
    const dir = lockable({ 'locked/hidden.odmsg': ERROR, 'open/seen.odmsg': ERROR, 'top.odmsg': CLEAN });
    const locked = path.join(dir, 'locked');
    try {
      fs.chmodSync(locked, 0o000);
      const run = odmsg(['check', '--format', 'compact', '.'], { cwd: dir, uid: asRoot ? NOBODY : undefined });
      assert.equal(run.code, 2, `exit 2 when a folder could not be read:\n${run.stdout}${run.stderr}`);
      const problems = parseCompact(run.stdout);
      assert.deepEqual(
        problems.filter((p) => p.ruleId === undefined),
        [{ file: 'locked', line: 1, column: 1, severity: 'error', ruleId: undefined }],
      );
      assert.match(run.stdout, /^locked:1:1 error Cannot read the folder: permission denied; the templates in it were not checked\.$/m);
      assert.ok(
        problems.some((p) => p.file === path.join('open', 'seen.odmsg') && p.ruleId === 'unknown-tag'),
        run.stdout,
      );

      // Named on the command line: the same, and in the machine formats as a fatal result.
      const named = odmsg(['check', '--format', 'json', 'locked', 'open'], { cwd: dir, uid: asRoot ? NOBODY : undefined });
      assert.equal(named.code, 2, named.stderr);
      assert.equal(named.stderr, '', 'no "No .odmsg files" on top of the read failure');
      const results = JSON.parse(named.stdout) as { filePath: string; fatalErrorCount: number }[];
      assert.deepEqual(
        results.map((r) => [path.relative(dir, r.filePath), r.fatalErrorCount]),
        [
          ['locked', 1],
          [path.join('open', 'seen.odmsg'), 0],
        ],
      );

      // A file inside a folder that cannot be searched: permission denied, not "no such file".
      fs.chmodSync(locked, 0o600);
      const inside = odmsg(['check', 'locked/hidden.odmsg', 'top.odmsg'], { cwd: dir, uid: asRoot ? NOBODY : undefined });
      assert.equal(inside.code, 2);
      assert.equal(inside.stderr, 'odmsg: Cannot read "locked/hidden.odmsg": permission denied.\n');
    } finally {
      fs.chmodSync(locked, 0o755);
      cleanup(dir);
    }
  });

  test('a folder whose path is past the system limit (ENAMETOOLONG): named, exit 2, the rest checked', () => {
    const dir = fixture({ 'top.odmsg': ERROR });
    try {
      // 25 levels of 200-character names: 5,000 characters, over Linux's 4,096. Made with
      // relative steps (mkdir and cd in bash), the only way to build a path the kernel will not take whole.
      const level = 'd'.repeat(200);
      const build = spawnSync('bash', ['-c', `for i in $(seq 25); do mkdir ${level} && cd ${level} || exit 1; done; printf '%s' "$1" > deep.odmsg`, 'sh', ERROR], { cwd: dir, encoding: 'utf8' });
      assert.equal(build.status, 0, build.stderr);
      const run = odmsg(['check', '--format', 'json', '.'], { cwd: dir });
      assert.equal(run.code, 2, run.stderr);
      const results = JSON.parse(run.stdout) as { filePath: string; messages: { message: string; fatal?: boolean }[] }[];
      const failed = results.filter((r) => r.messages.some((m) => m.fatal));
      assert.equal(failed.length, 1, JSON.stringify(failed.map((r) => r.filePath.length)));
      assert.ok(failed[0].filePath.length > 4096 - 200 && failed[0].filePath.startsWith(path.join(dir, level)));
      assert.match(failed[0].messages[0].message, /^Cannot read the (folder|file): the path is longer than the system allows/);
      assert.ok(results.some((r) => r.filePath === path.join(dir, 'top.odmsg') && r.messages.some((m) => !m.fatal)));

      // Named outright: a path past the limit, and a name past the 255-byte limit of one name.
      for (const argument of [`${path.join(...Array(25).fill(level))}/deep.odmsg`, `${'n'.repeat(300)}.odmsg`]) {
        const named = odmsg(['check', argument, 'top.odmsg'], { cwd: dir });
        assert.equal(named.code, 2);
        assert.equal(named.stderr, `odmsg: Cannot read "${argument}": the path is longer than the system allows.\n`);
        assert.match(named.stdout, /unknown-tag/, 'top.odmsg is still checked');
      }
    } finally {
      removeDeep(dir);
    }
  });
});

describe('a FIFO', () => {
  test('named on the command line is called a FIFO, and the run does not wait on it', () => {
    const dir = fixture({ 'ok.odmsg': ERROR });
    try {
      const made = spawnSync('mkfifo', [path.join(dir, 'pipe.odmsg')]);
      assert.equal(made.status, 0, 'mkfifo');
      fs.symlinkSync('pipe.odmsg', path.join(dir, 'link-to-pipe.odmsg'));
      const run = odmsg(['check', '--format', 'compact', 'pipe.odmsg', 'link-to-pipe.odmsg', 'ok.odmsg'], { cwd: dir, timeout: 30_000 });
      assert.equal(run.code, 2);
      assert.equal(run.stderr, 'odmsg: "pipe.odmsg" is a FIFO, not a file.\nodmsg: "link-to-pipe.odmsg" is a FIFO, not a file.\n');
      assert.match(run.stdout, /^ok\.odmsg:5:40 error .*\(unknown-tag\)$/m);
      // In a folder it is no template: passed over, as before, without blocking.
      const walked = odmsg(['check', '--format', 'compact', '.'], { cwd: dir, timeout: 30_000 });
      assert.equal(walked.code, 1, walked.stderr);
      assert.deepEqual([...new Set(parseCompact(walked.stdout).map((p) => p.file))], ['ok.odmsg']);
      // Read directly (a file replaced by a FIFO after it was listed): refused at once, not blocked on.
      assert.deepEqual(readTemplateFile(path.join(dir, 'pipe.odmsg')), { ok: false, message: 'Cannot read the file: it is a FIFO, not a file.' });
    } finally {
      cleanup(dir);
    }
  });
});

describe('a file over maxFileSize', () => {
  // A preload that records the CLI process's peak resident memory when it exits.
  const preload = path.join(os.tmpdir(), `odmsg-max-rss-${process.pid}.cjs`);
  before(() => {
    fs.writeFileSync(preload, "process.on('exit', () => require('fs').writeFileSync(process.env.ODMSG_TEST_RSS_FILE, String(process.resourceUsage().maxRSS)));\n");
  });

  /** A sparse file of `bytes`: a template's first 70 KB, then zeros that take no disk. */
  function sparseTemplate(file: string, bytes: number): string {
    const head = `---\nkind: eReminder\nchannel: sms\n---\n${'Hi [NameF], see you at [OfficeName] on [ApptDate]. FREE!!\n'.repeat(1200)}`;
    const fd = fs.openSync(file, 'w');
    try {
      fs.writeSync(fd, head);
      fs.ftruncateSync(fd, bytes);
    } finally {
      fs.closeSync(fd);
    }
    return head;
  }

  test('1.1 GB: file-too-large, in bounded memory, and --fix leaves it alone', () => {
    const dir = fixture({ 'ok.odmsg': ERROR });
    const rssFile = path.join(dir, 'rss');
    try {
      const big = path.join(dir, 'huge.odmsg');
      const size = 1100 * 1024 * 1024;
      const head = sparseTemplate(big, size);
      const run = odmsg(['check', '--format', 'compact', '--fix', 'huge.odmsg', 'ok.odmsg'], { cwd: dir, env: { ODMSG_TEST_RSS_FILE: rssFile }, nodeArgs: ['--require', preload] });
      assert.equal(run.code, 1, `the unknown tag in ok.odmsg, and no read failure:\n${run.stdout}${run.stderr}`);
      assert.match(run.stdout, /^huge\.odmsg:1:1 info Not checked: 1,100 MB, over the maxFileSize limit of 256 KB\. \(file-too-large\)$/m);
      assert.match(run.stdout, /^ok\.odmsg:5:40 error /m);
      const peakKb = Number(fs.readFileSync(rssFile, 'utf8'));
      // A CLI run takes about 50 MB; reading the file whole took 2.1 GB (or failed).
      assert.ok(peakKb > 0 && peakKb < 200 * 1024, `peak resident memory ${Math.round(peakKb / 1024)} MB`);
      assert.equal(fs.statSync(big).size, size, '--fix did not write the file');
      const start = Buffer.alloc(head.length);
      const fd = fs.openSync(big, 'r');
      fs.readSync(fd, start, 0, start.length, 0);
      fs.closeSync(fd);
      assert.equal(start.toString('utf8'), head, 'its "FREE!!" was not fixed');
    } finally {
      cleanup(dir);
    }
  });

  test('1.1 GB on standard input: file-too-large, in bounded memory', () => {
    const dir = fixture({});
    const rssFile = path.join(dir, 'rss');
    try {
      const big = path.join(dir, 'huge.odmsg');
      sparseTemplate(big, 1100 * 1024 * 1024);
      const fd = fs.openSync(big, 'r');
      let run;
      try {
        run = spawnSync(process.execPath, ['--require', preload, BIN, 'check', '--stdin', '--format', 'compact'], {
          cwd: dir,
          stdio: [fd, 'pipe', 'pipe'],
          encoding: 'utf8',
          env: { ...process.env, ODMSG_TEST_RSS_FILE: rssFile },
        });
      } finally {
        fs.closeSync(fd);
      }
      assert.equal(run.status, 0, run.stderr);
      assert.equal(run.stdout, '<stdin>:1:1 info Not checked: 1,100 MB, over the maxFileSize limit of 256 KB. (file-too-large)\n');
      const peakKb = Number(fs.readFileSync(rssFile, 'utf8'));
      assert.ok(peakKb > 0 && peakKb < 200 * 1024, `peak resident memory ${Math.round(peakKb / 1024)} MB`);
    } finally {
      cleanup(dir);
    }
  });

  test('the front matter still applies: rules: turns file-too-large off, a larger maxFileSize checks it', () => {
    const dir = fixture({ '.odmsgrc.json': '{ "maxFileSize": 1000000 }' });
    try {
      const off = path.join(dir, 'off.odmsg');
      fs.writeFileSync(off, `---\nkind: eReminder\nrules:\n  file-too-large: off\n---\n${'x'.repeat(2_000_000)}\n`);
      const within = path.join(dir, 'within.odmsg');
      fs.writeFileSync(within, `---\nkind: eReminder\nchannel: sms\n---\nHi [NameF] [ApptDte] at [OfficeName]. ${'word '.repeat(1000)}\n`);
      const run = odmsg(['check', '--format', 'compact', '.'], { cwd: dir });
      assert.doesNotMatch(run.stdout, /^off\.odmsg/m, run.stdout);
      assert.match(run.stdout, /^within\.odmsg:5:\d+ error .*\(unknown-tag\)$/m);
    } finally {
      cleanup(dir);
    }
  });

  test('the engine reports the size the reader measured, from the start of the file it kept', () => {
    const head = '---\nkind: eReminder\nchannel: sms\n---\nHi [NameF] FREE!!\n';
    const { problems, tooLarge } = lint(head, [], { fileSize: 3 * 1024 ** 3 });
    assert.equal(tooLarge, true);
    assert.deepEqual(
      problems.map((p) => [p.ruleId, p.message]),
      [['file-too-large', 'Not checked: 3,072 MB, over the maxFileSize limit of 256 KB.']],
    );
  });
});
