// bin/odmsg.js loads the bundle through V8's code cache: the cache is written once, used
// after, replaced when damaged, never needed for a correct answer, and can be turned off.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { before, describe, test } from 'node:test';
import { cleanup, ensureBuilt, ERROR, fixture, odmsg } from './helpers';

before(ensureBuilt);

function cacheFiles(home: string): string[] {
  const dir = path.join(home, 'odmsg');
  return fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.v8')) : [];
}

describe('the CLI code cache', () => {
  test('the first run writes one cache file; later runs, a damaged cache and no cache all give the same output', () => {
    const dir = fixture({ 'a.odmsg': ERROR });
    const cache = fixture({});
    try {
      const env = { XDG_CACHE_HOME: cache };
      const plain = odmsg(['check', '--format', 'json', 'a.odmsg'], { cwd: dir, env: { ODMSG_NO_CODE_CACHE: '1', XDG_CACHE_HOME: cache } });
      assert.equal(plain.code, 1, plain.stderr);
      assert.deepEqual(cacheFiles(cache), [], 'ODMSG_NO_CODE_CACHE=1 writes no cache');

      const first = odmsg(['check', '--format', 'json', 'a.odmsg'], { cwd: dir, env });
      assert.equal(first.stdout, plain.stdout);
      assert.equal(first.code, 1);
      const files = cacheFiles(cache);
      assert.equal(files.length, 1, 'one cache file after the first run');
      const cacheFile = path.join(cache, 'odmsg', files[0]);
      assert.equal(fs.statSync(cacheFile).mode & 0o777, 0o600, 'readable by the user alone');
      const written = fs.statSync(cacheFile).mtimeMs;

      const second = odmsg(['check', '--format', 'json', 'a.odmsg'], { cwd: dir, env });
      assert.equal(second.stdout, plain.stdout);
      assert.equal(fs.statSync(cacheFile).mtimeMs, written, 'a good cache is used, not rewritten');

      fs.writeFileSync(cacheFile, Buffer.alloc(4096, 7));
      const damaged = odmsg(['check', '--format', 'json', 'a.odmsg'], { cwd: dir, env });
      assert.equal(damaged.stdout, plain.stdout, 'a damaged cache is rejected by V8, not trusted');
      assert.equal(damaged.code, 1);
      assert.notDeepEqual(fs.readFileSync(cacheFile), Buffer.alloc(4096, 7), 'and replaced');
      assert.deepEqual(cacheFiles(cache), files, 'still one file');
    } finally {
      cleanup(dir);
      cleanup(cache);
    }
  });

  test('a cache folder that cannot be written costs nothing but the cache', () => {
    const dir = fixture({ 'a.odmsg': ERROR });
    try {
      const run = odmsg(['check', '--format', 'compact', 'a.odmsg'], { cwd: dir, env: { XDG_CACHE_HOME: '/proc/odmsg-cannot-write-here' } });
      assert.equal(run.code, 1);
      assert.equal(run.stderr, '');
      assert.match(run.stdout, /unknown-tag/);
    } finally {
      cleanup(dir);
    }
  });
  test("two checkouts used in turn keep each other's cache; only the newest four versions are kept", () => {
    const dir = fixture({ 'a.odmsg': ERROR });
    const cache = fixture({});
    try {
      const env = { XDG_CACHE_HOME: cache };
      const folder = path.join(cache, 'odmsg');
      fs.mkdirSync(folder);
      // Caches of five other versions, the oldest first.
      const others = [1, 2, 3, 4, 5].map((n) => `cli-${String(n).repeat(32)}.v8`);
      others.forEach((name, i) => {
        const file = path.join(folder, name);
        fs.writeFileSync(file, 'x');
        fs.utimesSync(file, 1_000_000 + i, 1_000_000 + i);
      });
      odmsg(['check', '--format', 'json', 'a.odmsg'], { cwd: dir, env });
      const kept = cacheFiles(cache);
      assert.equal(kept.length, 4, kept.join(', '));
      const own = kept.filter((name) => !others.includes(name));
      assert.equal(own.length, 1, "this version's cache is written");
      assert.deepEqual(kept.filter((name) => others.includes(name)).sort(), others.slice(2).sort(), 'the three newest other versions stay');
    } finally {
      cleanup(dir);
      cleanup(cache);
    }
  });
});
