// The examples on the rule pages (docs/rules/<id>.md) stay true. Inside the hand-written
// examples section, a fenced block with the info string `odmsg` preceded by a line
//   "Reported:"      must draw at least one problem from the page's rule,
//   "Not reported:"  must draw none,
//   "Fixed:"         must equal the fix-all output of the Reported block before it.
// Each block is checked with only the page's rule turned on, so other rules do not interfere.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import type { OdmsgConfig } from '../../server/src/engine/config';
import { fixAll } from '../../server/src/engine/fix';
import { lint } from '../../server/src/engine/lint';
import { docsPath, RULE_IDS, RULES } from '../../server/src/engine/registry';
import type { SeveritySetting } from '../../server/src/engine/types';
import { sectionBetweenMarkers } from '../../scripts/markers';
import { ROOT } from './helpers';

interface Example {
  label: string;
  text: string;
}

function examplesOf(section: string): Example[] {
  const examples: Example[] = [];
  const block = /(?:^|\n)([^\n]*):\s*\n\s*```odmsg\n([\s\S]*?)\n```/g;
  for (const match of section.matchAll(block)) examples.push({ label: match[1].trim(), text: `${match[2]}\n` });
  return examples;
}

for (const { meta } of RULES) {
  const page = path.join(ROOT, docsPath(meta.id));
  const section = fs.existsSync(page) ? sectionBetweenMarkers(fs.readFileSync(page, 'utf8'), 'examples') : undefined;
  const examples = section ? examplesOf(section) : [];
  describe(`docs/rules/${meta.id}.md examples`, () => {
    // A missing page or markers would leave no examples to run: fail, do not pass empty.
    test('the page and its examples markers exist', () => {
      assert.ok(fs.existsSync(page), `${docsPath(meta.id)} is missing: run npm run generate`);
      assert.ok(section !== undefined, `${docsPath(meta.id)} has no examples markers`);
    });
    const only: OdmsgConfig = { rules: Object.fromEntries(RULE_IDS.map((id): [string, SeveritySetting] => [id, id === meta.id ? meta.defaultSeverity : 'off'])) };
    let reported: string | undefined;
    examples.forEach((example, i) => {
      test(`${i + 1}. ${example.label}`, () => {
        const problems = lint(example.text, [only]).problems.filter((p) => p.ruleId === meta.id);
        switch (example.label) {
          case 'Reported':
            assert.ok(problems.length > 0, `not reported:\n${example.text}`);
            reported = example.text;
            break;
          case 'Not reported':
            assert.deepEqual(
              problems.map((p) => p.message),
              [],
            );
            break;
          case 'Fixed':
            assert.ok(reported, '"Fixed:" follows a "Reported:" block');
            assert.equal(fixAll(reported, [only]).output, example.text);
            break;
          default:
            assert.fail(`unknown label "${example.label}": use Reported, Not reported or Fixed`);
        }
      });
    });
  });
}
