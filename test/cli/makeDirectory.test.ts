// workspace/makeDirectory: the bounded replacement for mkdirSync({ recursive: true }).
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { makeDirectory } from '../../server/src/workspace/makeDirectory';
import { cleanup, fixture } from './helpers';

describe('makeDirectory', () => {
  test('creates missing parents and accepts a folder that exists', () => {
    const dir = fixture({});
    try {
      const deep = path.join(dir, 'a', 'b', 'c');
      makeDirectory(deep);
      assert.ok(fs.statSync(deep).isDirectory());
      makeDirectory(deep);
      makeDirectory(dir);
    } finally {
      cleanup(dir);
    }
  });

  test('a file in the way is ENOTDIR, not a hang or a silent success', () => {
    const dir = fixture({ file: 'x' });
    try {
      assert.throws(() => makeDirectory(path.join(dir, 'file', 'sub')), { code: 'ENOTDIR' });
    } finally {
      cleanup(dir);
    }
  });

  test('returns with an error under /proc, where recursive mkdir loops forever', { skip: !fs.existsSync('/proc/self') && 'no /proc on this system' }, () => {
    assert.throws(() => makeDirectory('/proc/odmsg-test/sub'), { code: 'ENOENT' });
  });
});
