// No code path writes to Open Dental's database: the database source sends only SELECT, SET
// SESSION TRANSACTION READ ONLY, START TRANSACTION … READ ONLY and ROLLBACK. This reads the
// source for any other statement; commands.test.ts checks table checksums around every run.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';

const DIR = path.resolve(__dirname, '..', '..', 'server', 'src', 'workspace', 'database');

test('the database source holds no statement that writes', () => {
  let sessionStatements = 0;
  for (const file of fs.readdirSync(DIR)) {
    const text = fs.readFileSync(path.join(DIR, file), 'utf8');
    const strings = text.match(/(['"`])(?:\\.|(?!\1)[^\\])*\1/g) ?? [];
    for (const s of strings) {
      assert.doesNotMatch(s, /^['"`]\s*(INSERT|UPDATE|DELETE|REPLACE|CREATE|ALTER|DROP|TRUNCATE|GRANT|LOCK|CALL|LOAD|HANDLER|RENAME)\b/i, `${file}: ${s}`);
    }
    const queries = [...text.matchAll(/\.(?:query|execute)\(\s*(['"`])([\s\S]*?)\1/g)].map((m) => m[2]);
    sessionStatements += queries.length;
    for (const sql of queries) assert.match(sql, /^(SET SESSION TRANSACTION READ ONLY|START TRANSACTION WITH CONSISTENT SNAPSHOT, READ ONLY|ROLLBACK)$/, `${file}: ${sql}`);
  }
  assert.equal(sessionStatements, 3, 'the session statements were found (the test reads what it means to)');
});
