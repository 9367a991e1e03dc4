// Every template under test/fixtures/ and examples/ goes through the whole engine: fix-all
// leaves nothing fixable, is idempotent, and no single fix or suggestion edits text outside
// its problem's range.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';
import { fixAll } from '../../server/src/engine/fix';
import { lint } from '../../server/src/engine/lint';
import { assertEditsContained } from './ruleTester';

const ROOT = join(__dirname, '..', '..');
const FOLDERS = ['test/fixtures', 'examples'].map((f) => join(ROOT, f));
for (const folder of FOLDERS) if (!existsSync(folder)) throw new Error(`${folder} is missing: these tests check every template in it`);

function templatesUnder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return templatesUnder(path);
    return entry.name.endsWith('.odmsg') ? [path] : [];
  });
}

const files = FOLDERS.flatMap(templatesUnder).sort();

describe('fixtures', () => {
  it('finds the fixtures', () => {
    assert.ok(files.filter((f) => f.includes(join('test', 'fixtures'))).length >= 10, 'test/fixtures holds at least 10 templates');
  });

  for (const file of files) {
    describe(relative(ROOT, file), () => {
      const text = readFileSync(file, 'utf8');

      it('fix-all leaves no problem with a safe fix', () => {
        const { output } = fixAll(text);
        const left = lint(output).problems.filter((p) => p.fix);
        assert.deepEqual(
          left.map((p) => `${p.ruleId} ${JSON.stringify(output.slice(p.start, p.end))}`),
          [],
          `fixable problems left after fix-all:\n${output}`,
        );
      });

      it('fix-all is idempotent', () => {
        const once = fixAll(text).output;
        assert.equal(fixAll(once).output, once);
      });

      it('each fix and suggestion stays inside its problem', () => {
        assertEditsContained(text, lint(text).problems);
      });
    });
  }
});
