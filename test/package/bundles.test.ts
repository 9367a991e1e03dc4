// Which bundle carries the database driver (mysql2, ~800 KB): only server/out/database.js,
// which the CLI requires beside itself when a database command runs and the VS Code client
// loads by path for its database commands. The language server keeps its size target, and
// the CLI's start-up (every `odmsg check` in a pre-commit hook) does not read the driver.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { before, describe, test } from 'node:test';
import { ensureBuilt } from '../cli/helpers';
import { RULES } from '../../server/src/engine/registry';

const OUT = path.resolve(__dirname, '..', '..', 'server', 'out');
const CLIENT = path.resolve(__dirname, '..', '..', 'client', 'out', 'extension.js');
/** The language server's size target (also a figure of npm run bench). */
const MAX_SERVER_BYTES = 400 * 1024;
/** A string of mysql2's own code (its default authentication plugin), in no odmsg source. */
const MYSQL2_MARK = 'caching_sha2_password';

const read = (file: string) => fs.readFileSync(file, 'utf8');

describe('the bundles', () => {
  before(() => ensureBuilt());

  test('server/out/database.js carries mysql2 and the database commands', () => {
    const database = read(path.join(OUT, 'database.js'));
    assert.ok(database.includes(MYSQL2_MARK));
    assert.ok(database.includes('SET SESSION TRANSACTION READ ONLY'));
  });

  test('the language server has no database driver and stays under its size target', () => {
    const server = path.join(OUT, 'server.js');
    assert.ok(!read(server).includes(MYSQL2_MARK), 'server.js inlines mysql2');
    const size = fs.statSync(server).size;
    assert.ok(size < MAX_SERVER_BYTES, `server.js is ${size} bytes, over ${MAX_SERVER_BYTES}`);
  });

  test('the CLI requires the database bundle beside it instead of inlining it', () => {
    const cli = read(path.join(OUT, 'cli.js'));
    assert.ok(!cli.includes(MYSQL2_MARK), 'cli.js inlines mysql2');
    assert.ok(!cli.includes('SET SESSION TRANSACTION READ ONLY'), 'cli.js inlines the database session');
    assert.match(cli, /require\("\.\/database\.js"\)/);
  });

  test('the client loads it by path only', () => {
    const client = read(CLIENT);
    assert.ok(!client.includes(MYSQL2_MARK), 'extension.js inlines mysql2');
    assert.ok(client.includes('server/out/database.js'));
  });
  test("the language server leaves out the rules' rationales, which the CLI's SARIF output carries", () => {
    const server = read(path.join(OUT, 'server.js'));
    const cli = read(path.join(OUT, 'cli.js'));
    for (const rule of RULES) {
      // A stretch of the rationale past its opening words (which a message may share), with no
      // quote, escape or ${…}, so it appears in a bundle as written.
      const mark = rule.meta.rationale.slice(40).match(/[^'"`\\$]{60}/)?.[0];
      assert.ok(mark, `no plain stretch in the rationale of ${rule.meta.id}`);
      assert.ok(!server.includes(mark), `server.js carries the rationale of ${rule.meta.id}`);
      assert.ok(cli.includes(mark), `cli.js lacks the rationale of ${rule.meta.id}`);
    }
  });
});
