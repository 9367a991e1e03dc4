// Issue 12, item 1: a write that fails loses nothing. `--fix` and `odmsg init` write through
// writeFileAtomic (temporary file in the same folder, flushed, renamed over the original,
// mode kept); on a full disk the original stays whole, no temporary file is left behind, the
// run exits 2 and its report names the file and the error and does not claim the fix.
// The full disk is a real one: a 64 KB tmpfs, which only root can mount.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test, type TestContext } from 'node:test';
import { writeFileAtomic } from '../../server/src/workspace/atomicWrite';
import { cleanup, ensureBuilt, odmsg } from './helpers';

before(ensureBuilt);

/** About 24 KB of text (just under six 4 KB pages; the fix takes it over) whose safe fix makes it longer ("tap [ConfirmURL]" → "reply [ConfirmCode]"). */
const GROWING = `---\nkind: eConfirmation\nchannel: sms\n---\n${'Please tap [ConfirmURL] to confirm with [OfficeName].\n'.repeat(450)}`;

interface FullDisk {
  dir: string;
  unmount(): void;
}

/** A 64 KB tmpfs in a new folder; undefined (with the reason) where it cannot be mounted. */
function mountSmallTmpfs(): FullDisk | string {
  if (process.getuid?.() !== 0) return 'not running as root: only root can mount the small tmpfs this test fills';
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'odmsg-full-disk-'));
  const mount = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k,mode=0755', 'tmpfs', dir], { encoding: 'utf8' });
  if (mount.status !== 0) {
    fs.rmdirSync(dir);
    return `root, but "mount -t tmpfs" failed (${(mount.stderr || mount.error?.message || '').trim()}): no small file system to fill`;
  }
  return {
    dir,
    unmount() {
      spawnSync('umount', [dir]);
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Fills the file system holding `dir` until a write fails with ENOSPC. */
function fill(dir: string): void {
  const fd = fs.openSync(path.join(dir, 'filler'), 'w');
  try {
    for (const size of [4096, 512, 1]) {
      const chunk = Buffer.alloc(size, 0x61);
      for (;;) {
        try {
          fs.writeSync(fd, chunk);
        } catch (error) {
          assert.equal((error as NodeJS.ErrnoException).code, 'ENOSPC');
          break;
        }
      }
    }
  } finally {
    fs.closeSync(fd);
  }
}

function leftovers(dir: string): string[] {
  return fs.readdirSync(dir).filter((name) => name.includes('odmsg-tmp'));
}

function fullDiskOrSkip(t: TestContext): FullDisk | undefined {
  const disk = mountSmallTmpfs();
  if (typeof disk === 'string') {
    console.log(`skipped: ${disk}`);
    t.skip(disk);
    return undefined;
  }
  return disk;
}

describe('on a full disk', () => {
  test('--fix keeps the template whole and reports the failed write honestly', (t) => {
    const disk = fullDiskOrSkip(t);
    if (!disk) return;
    try {
      const file = path.join(disk.dir, 'reminder.odmsg');
      fs.writeFileSync(file, GROWING);
      fs.chmodSync(file, 0o640);
      fill(disk.dir);

      const run = odmsg(['check', '--fix', '--format', 'json', 'reminder.odmsg'], { cwd: disk.dir });
      assert.equal(run.code, 2, `exit 2 for a fix that could not be written:\n${run.stdout}${run.stderr}`);
      assert.equal(fs.readFileSync(file, 'utf8'), GROWING, 'the template is exactly as it was');
      assert.equal(fs.statSync(file).mode & 0o777, 0o640);
      assert.deepEqual(leftovers(disk.dir), [], 'no temporary file is left behind');

      const [result] = JSON.parse(run.stdout);
      assert.equal(result.output, undefined, 'the report does not carry a fixed text that was never written');
      const fatal = result.messages.filter((m: { fatal?: boolean }) => m.fatal);
      assert.equal(fatal.length, 1);
      assert.equal(fatal[0].message, 'Cannot write the fixes to reminder.odmsg: no space left on the device. The file was not changed.');
      // The problems reported are those of the text still on disk: the fixable ones are still there.
      assert.equal(result.messages.filter((m: { ruleId: string }) => m.ruleId === 'prefer-confirm-code').length, 450);

      const stylish = odmsg(['check', '--fix', 'reminder.odmsg'], { cwd: disk.dir });
      assert.equal(stylish.code, 2);
      assert.match(stylish.stdout, /^reminder\.odmsg\n {2}reminder\.odmsg:1:1 +error +Cannot write the fixes to reminder\.odmsg: no space left on the device\. The file was not changed\.$/m);
      assert.match(stylish.stdout, /potentially fixable with the `--fix` option/, 'the summary does not count them as fixed');
      assert.equal(fs.readFileSync(file, 'utf8'), GROWING);
    } finally {
      disk.unmount();
    }
  });

  test('odmsg init writes nothing, says so, and leaves an existing config whole', (t) => {
    const disk = fullDiskOrSkip(t);
    if (!disk) return;
    try {
      const config = path.join(disk.dir, '.odmsgrc.json');
      fill(disk.dir);
      const fresh = odmsg(['init'], { cwd: disk.dir });
      assert.equal(fresh.code, 2);
      assert.equal(fresh.stdout, '');
      assert.equal(fresh.stderr, `odmsg: Cannot write ${config}: no space left on the device. Nothing was written.\n`);
      assert.equal(fs.existsSync(config), false);
      assert.deepEqual(leftovers(disk.dir), []);

      // An existing config, replaced with --force: still the old one after the failed write.
      fs.rmSync(path.join(disk.dir, 'filler'));
      fs.writeFileSync(config, '{ "rules": { "all-caps": "off" } }\n');
      fill(disk.dir);
      const forced = odmsg(['init', '--force'], { cwd: disk.dir });
      assert.equal(forced.code, 2, forced.stderr);
      assert.equal(fs.readFileSync(config, 'utf8'), '{ "rules": { "all-caps": "off" } }\n');
      assert.deepEqual(leftovers(disk.dir), []);
    } finally {
      disk.unmount();
    }
  });
});

describe('writeFileAtomic', () => {
  let dir: string;
  before(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'odmsg-atomic-'))));
  after(() => cleanup(dir));

  test('replaces the text and keeps the mode', () => {
    for (const mode of [0o640, 0o755, 0o600]) {
      const file = path.join(dir, `mode-${mode.toString(8)}.odmsg`);
      fs.writeFileSync(file, 'old');
      fs.chmodSync(file, mode);
      writeFileAtomic(file, 'new text');
      assert.equal(fs.readFileSync(file, 'utf8'), 'new text');
      assert.equal(fs.statSync(file).mode & 0o7777, mode);
    }
    assert.deepEqual(leftovers(dir), []);
  });

  test('a new file gets the default mode; bytes are written as given', () => {
    const file = path.join(dir, 'new.odmsg');
    writeFileAtomic(file, Buffer.from([0xef, 0xbb, 0xbf, 0x41]));
    assert.deepEqual([...fs.readFileSync(file)], [0xef, 0xbb, 0xbf, 0x41]);
    assert.equal(fs.statSync(file).mode & 0o777, 0o666 & ~process.umask());
  });

  test('a failed write throws, leaves the target as it was and removes its temporary file', () => {
    // The target is a folder: the temporary file is written, then the rename fails.
    const target = path.join(dir, 'a-folder.odmsg');
    fs.mkdirSync(target);
    fs.writeFileSync(path.join(target, 'inside'), 'kept');
    assert.throws(
      () => writeFileAtomic(target, 'text'),
      (error: NodeJS.ErrnoException) => ['EISDIR', 'ENOTEMPTY', 'EEXIST'].includes(error.code ?? ''),
    );
    assert.equal(fs.readFileSync(path.join(target, 'inside'), 'utf8'), 'kept');
    assert.deepEqual(leftovers(dir), []);
    // A folder that does not exist: nothing is created.
    assert.throws(() => writeFileAtomic(path.join(dir, 'missing', 'x.odmsg'), 'text'), { code: 'ENOENT' });
    assert.equal(fs.existsSync(path.join(dir, 'missing')), false);
  });

  test('through a symbolic link the target changes and the link stays a link', () => {
    const real = path.join(dir, 'real.odmsg');
    const link = path.join(dir, 'link.odmsg');
    fs.writeFileSync(real, 'old');
    fs.symlinkSync('real.odmsg', link);
    writeFileAtomic(link, 'new');
    assert.ok(fs.lstatSync(link).isSymbolicLink());
    assert.equal(fs.readFileSync(real, 'utf8'), 'new');
  });

  test('a name of 255 bytes (the file system limit) is written: the temporary name stays short', () => {
    const file = path.join(dir, `${'é'.repeat(124)}x.odmsg`.slice(0, 255));
    assert.equal(Buffer.byteLength(path.basename(file)) <= 255, true);
    fs.writeFileSync(file, 'old');
    writeFileAtomic(file, 'new');
    assert.equal(fs.readFileSync(file, 'utf8'), 'new');
  });

  test('on a full disk: throws ENOSPC, the original whole, no temporary file', (t) => {
    const disk = fullDiskOrSkip(t);
    if (!disk) return;
    try {
      const file = path.join(disk.dir, 'template.odmsg');
      fs.writeFileSync(file, GROWING);
      fill(disk.dir);
      assert.throws(() => writeFileAtomic(file, GROWING.replace(/tap \[ConfirmURL\]/g, 'reply [ConfirmCode]')), { code: 'ENOSPC' });
      assert.equal(fs.readFileSync(file, 'utf8'), GROWING);
      assert.deepEqual(leftovers(disk.dir), []);
    } finally {
      disk.unmount();
    }
  });
});
