// The shipped examples stay what examples/README.md says they are: clean ones report
// nothing, each problem example reports its rules. A rule named here that the registry does
// not have (renamed, removed) fails the test: it is never skipped.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { before, test } from 'node:test';
import { ruleById } from '../../server/src/engine/registry';
import { ensureBuilt, odmsg, ROOT } from './helpers';

before(ensureBuilt);

const EXPECTED: Record<string, string[]> = {
  'manual-raw-link.odmsg': ['no-raw-links'],
  'general-message-shortener.odmsg': ['no-url-shorteners'],
  'websched-recall-free-whitening.odmsg': ['spam-phrases', 'all-caps', 'excessive-punctuation'],
  'ereminder-all-caps.odmsg': ['all-caps'],
  'econfirmation-confirm-url-in-text.odmsg': ['prefer-confirm-code'],
  'econfirmation-no-way-to-confirm.odmsg': ['missing-required-tag'],
  'ereminder-tag-typo.odmsg': ['unknown-tag'],
  'thankyou-tag-case.odmsg': ['tag-case'],
  'confirmation-list-date-case.odmsg': ['tag-case'],
  'arrival-malformed-tags.odmsg': ['malformed-tag'],
  'websched-asap-appointment-tags.odmsg': ['tag-not-available'],
  'websched-notify-last-name.odmsg': ['phi-tag-in-sms'],
  'ereminder-html-in-text.odmsg': ['html-in-sms'],
  'ereminder-curly-quotes.odmsg': ['non-gsm-character'],
  'ereminder-too-long.odmsg': ['message-length'],
  'econfirmation-front-matter-typos.odmsg': ['invalid-front-matter'],
};

interface JsonResult {
  filePath: string;
  messages: { ruleId: string; severity: number }[];
}

function checkJson(target: string): { code: number | null; results: JsonResult[] } {
  const run = odmsg(['check', '--format', 'json', '--info', target], { cwd: ROOT });
  return { code: run.code, results: JSON.parse(run.stdout) };
}

test('every clean example reports nothing, not even info', () => {
  const { code, results } = checkJson('examples/clean');
  assert.equal(code, 0);
  assert.ok(results.length >= 8, `${results.length} clean examples`);
  for (const result of results) {
    assert.deepEqual(
      result.messages.map((m) => m.ruleId),
      [],
      path.relative(ROOT, result.filePath),
    );
  }
});

test('every problem example reports the rules it is there for', () => {
  const { code, results } = checkJson('examples/problems');
  assert.equal(code, 1);
  const names = results.map((r) => path.basename(r.filePath)).sort();
  assert.deepEqual(names, Object.keys(EXPECTED).sort(), 'examples/problems and this list agree');
  for (const result of results) {
    const reported = new Set(result.messages.map((m) => m.ruleId));
    for (const ruleId of EXPECTED[path.basename(result.filePath)]) {
      assert.ok(ruleById(ruleId), `${path.basename(result.filePath)} is listed for rule ${ruleId}, which is not in the registry`);
      assert.ok(reported.has(ruleId), `${path.basename(result.filePath)} should report ${ruleId}; got ${[...reported].join(', ')}`);
    }
  }
});

test('the README describes every folder and lists every example in it', () => {
  const readme = fs.readFileSync(path.join(ROOT, 'examples', 'README.md'), 'utf8');
  const folders = fs
    .readdirSync(path.join(ROOT, 'examples'), { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name);
  assert.ok(folders.length >= 3, folders.join(', '));
  for (const folder of folders) {
    assert.match(readme, new RegExp(`^## ${folder}/$`, 'm'), `a section for ${folder}/`);
    assert.match(readme, new RegExp(`^\\| \\[\`${folder}/\`\\]\\(#${folder}\\) \\|`, 'm'), `${folder}/ in the table of folders`);
    for (const file of fs.readdirSync(path.join(ROOT, 'examples', folder))) assert.ok(readme.includes(`\`${file}\``), `${folder}/${file}`);
  }
});

test('the quick start: `odmsg check examples` exits 1 because of the problem examples', () => {
  const run = odmsg(['check', 'examples'], { cwd: ROOT });
  assert.equal(run.code, 1);
  assert.match(run.stdout, /✖ \d+ problems \(\d+ errors?, \d+ warnings?/);
  assert.doesNotMatch(run.stdout, /examples[/\\]clean/);
});
