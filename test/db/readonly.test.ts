// No code path writes to Open Dental's database: the database source sends only SELECT, SET
// SESSION TRANSACTION READ ONLY, START TRANSACTION … READ ONLY and ROLLBACK. This reads the
// source for any other statement; commands.test.ts checks table checksums around every run.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';

const DIR = path.resolve(__dirname, '..', '..', 'server', 'src', 'workspace', 'database');

/** Every source file under the database folder, doctor/ included. */
function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []));
}

test('the database source holds no statement that writes', () => {
  let sessionStatements = 0;
  let selects = 0;
  const files = sources(DIR);
  assert.ok(
    files.some((f) => f.includes(`${path.sep}doctor${path.sep}`)),
    'the doctor queries are read too',
  );
  for (const full of files) {
    const file = path.relative(DIR, full);
    const text = fs.readFileSync(full, 'utf8');
    const strings = text.match(/(['"`])(?:\\.|(?!\1)[^\\])*\1/g) ?? [];
    for (const s of strings) {
      assert.doesNotMatch(s, /^['"`]\s*(INSERT|UPDATE|DELETE|REPLACE|CREATE|ALTER|DROP|TRUNCATE|GRANT|LOCK|CALL|LOAD|HANDLER|RENAME)\b/i, `${file}: ${s}`);
    }
    // Every statement a reader sends through the session (select, eachRow) is a SELECT (the session refuses others too).
    for (const m of text.matchAll(/\.(?:select|eachRow)\(\s*(['"`])\s*(\w+)/g)) {
      assert.equal(m[2].toUpperCase(), 'SELECT', `${file}: ${m[0]}`);
      selects++;
    }
    const queries = [...text.matchAll(/\.(?:query|execute)\(\s*(['"`])([\s\S]*?)\1/g)].map((m) => m[2]);
    sessionStatements += queries.length;
    for (const sql of queries) assert.match(sql, /^(SET SESSION TRANSACTION READ ONLY|START TRANSACTION WITH CONSISTENT SNAPSHOT, READ ONLY|ROLLBACK)$/, `${file}: ${sql}`);
  }
  assert.equal(sessionStatements, 3, 'the session statements were found (the test reads what it means to)');
  assert.ok(selects >= 12, `the readers' SELECTs were found (${selects})`);
});
