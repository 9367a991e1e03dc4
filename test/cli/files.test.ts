// Which files are read: folders recursively (not node_modules or dot-folders), globs,
// .odmsgignore; and files that cannot be read or decoded, reported by name.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { before, describe, test } from 'node:test';
import { CLEAN, cleanup, ensureBuilt, ERROR, fixture, odmsg, parseCompact } from './helpers';

before(ensureBuilt);

const files = (stdout: string) => [...new Set(parseCompact(stdout).map((p) => p.file.split(path.sep).join('/')))];

describe('discovery', () => {
  test('folders are searched recursively for .odmsg files, skipping node_modules and dot-folders', () => {
    const dir = fixture({
      'a.odmsg': ERROR,
      'deep/er/b.odmsg': ERROR,
      'notes.txt': ERROR,
      'node_modules/pkg/c.odmsg': ERROR,
      '.git/d.odmsg': ERROR,
      'deep/.cache/e.odmsg': ERROR,
    });
    try {
      const run = odmsg(['check', '--format', 'compact', '.'], { cwd: dir });
      assert.equal(run.code, 1);
      assert.deepEqual(files(run.stdout), ['a.odmsg', 'deep/er/b.odmsg']);
      // A dot-folder named outright is checked; so is a file named outright, whatever its extension.
      assert.deepEqual(files(odmsg(['check', '--format', 'compact', '.git', 'notes.txt'], { cwd: dir }).stdout), ['.git/d.odmsg', 'notes.txt']);
    } finally {
      cleanup(dir);
    }
  });

  test('globs are expanded by odmsg', () => {
    const dir = fixture({ 'templates/sms/a.odmsg': ERROR, 'templates/email/b.odmsg': ERROR, 'templates/sms/c.odmsg': ERROR, 'other/d.odmsg': ERROR });
    try {
      assert.deepEqual(files(odmsg(['check', '--format', 'compact', 'templates/**/*.odmsg'], { cwd: dir }).stdout), ['templates/email/b.odmsg', 'templates/sms/a.odmsg', 'templates/sms/c.odmsg']);
      assert.deepEqual(files(odmsg(['check', '--format', 'compact', 'templates/sms/[ab].odmsg'], { cwd: dir }).stdout), ['templates/sms/a.odmsg']);
      const none = odmsg(['check', 'templates/**/*.txt'], { cwd: dir });
      assert.equal(none.code, 2);
      assert.match(none.stderr, /No files match "templates\/\*\*\/\*\.txt"/);
    } finally {
      cleanup(dir);
    }
  });

  test('.odmsgignore (gitignore syntax) leaves out files and folders, also ones named outright', () => {
    const dir = fixture({
      '.odmsgignore': '# drafts are not sent\ndrafts/\n*.wip.odmsg\n!keep.wip.odmsg\n',
      'a.odmsg': ERROR,
      'drafts/b.odmsg': ERROR,
      'c.wip.odmsg': ERROR,
      'keep.wip.odmsg': ERROR,
    });
    try {
      assert.deepEqual(files(odmsg(['check', '--format', 'compact'], { cwd: dir }).stdout), ['a.odmsg', 'keep.wip.odmsg']);
      const named = odmsg(['check', '--format', 'compact', 'c.wip.odmsg', 'a.odmsg'], { cwd: dir });
      assert.deepEqual(files(named.stdout), ['a.odmsg']);
    } finally {
      cleanup(dir);
    }
  });

  test('a folder without templates is an error (exit 2), so a typo cannot pass CI', () => {
    const dir = fixture({ 'empty/readme.txt': 'nothing here' });
    try {
      const run = odmsg(['check', 'empty'], { cwd: dir });
      assert.equal(run.code, 2);
      assert.match(run.stderr, /No \.odmsg files in "empty"/);
    } finally {
      cleanup(dir);
    }
  });
});

describe('files that cannot be checked', () => {
  test('binary, non-UTF-8 and UTF-16 files are reported by name; the others are still checked (exit 2)', () => {
    const dir = fixture({
      'binary.odmsg': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]),
      'latin1.odmsg': Buffer.from('Caf\xe9 [NameF]', 'latin1'),
      'utf16.odmsg': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Hi [NameF]', 'utf16le')]),
      'ok.odmsg': ERROR,
    });
    try {
      const run = odmsg(['check', '--format', 'compact', '.'], { cwd: dir });
      assert.equal(run.code, 2);
      const lines = run.stdout.trim().split('\n');
      assert.deepEqual(
        lines.filter((l) => !l.startsWith('ok.odmsg')),
        [
          'binary.odmsg:1:1 error The file is binary, not a text template.',
          'latin1.odmsg:1:1 error The file is not valid UTF-8 (first bad byte at offset 3); save it as UTF-8 to check it.',
          'utf16.odmsg:1:1 error The file is UTF-16; save it as UTF-8 to check it.',
        ],
      );
      assert.match(run.stdout, /^ok\.odmsg:5:40 error .*\(unknown-tag\)$/m);
      const json = JSON.parse(odmsg(['check', '--format', 'json', '.'], { cwd: dir }).stdout);
      const binary = json.find((r: { filePath: string }) => r.filePath.endsWith('binary.odmsg'));
      assert.deepEqual(
        { ruleId: binary.messages[0].ruleId, fatal: binary.messages[0].fatal, severity: binary.messages[0].severity, fatalErrorCount: binary.fatalErrorCount },
        { ruleId: null, fatal: true, severity: 2, fatalErrorCount: 1 },
      );
    } finally {
      cleanup(dir);
    }
  });

  test('an unreadable file is reported by name (exit 2)', () => {
    const dir = fixture({ 'locked.odmsg': CLEAN, 'ok.odmsg': CLEAN });
    try {
      fs.chmodSync(path.join(dir, 'locked.odmsg'), 0o000);
      // Root reads any file, so when the tests run as root (CI does) the CLI runs as
      // "nobody", for whom the permission bits hold.
      const asRoot = process.getuid?.() === 0;
      if (asRoot) fs.chmodSync(dir, 0o755);
      const run = odmsg(['check', '--format', 'compact', '.'], { cwd: dir, uid: asRoot ? 65534 : undefined });
      assert.equal(run.code, 2);
      assert.equal(run.stdout, 'locked.odmsg:1:1 error Cannot read the file: permission denied.\n');
    } finally {
      fs.chmodSync(path.join(dir, 'locked.odmsg'), 0o644);
      cleanup(dir);
    }
  });
});
