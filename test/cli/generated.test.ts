// The generated files (README tables, docs/rules/*.md, the config schema) match the rule
// registry: `scripts/generate.ts --check` fails when any is stale.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import Ajv from 'ajv';
import { readConfigText } from '../../server/src/engine/config';
import { CONFIG_OPTIONS } from '../../server/src/engine/configSchema';
import { docsPath, RULE_IDS } from '../../server/src/engine/registry';
import { ROOT } from './helpers';

test('generated docs and schema are up to date (npm run generate)', () => {
  const run = spawnSync(process.execPath, ['--import', 'tsx', path.join('scripts', 'generate.ts'), '--check'], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(run.status, 0, `${run.stdout}${run.stderr}`);
});

test('every rule has a docs page with an examples section', () => {
  for (const id of RULE_IDS) {
    const page = fs.readFileSync(path.join(ROOT, docsPath(id)), 'utf8');
    assert.match(page, new RegExp(`^# ${id}$`, 'm'));
    assert.match(page, /<!-- examples:start -->[\s\S]*<!-- examples:end -->/);
  }
});

test('the schema is valid draft-07, names every rule and option, and accepts the example config', () => {
  const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'schemas', 'odmsgrc.schema.json'), 'utf8'));
  assert.equal(schema.$schema, 'http://json-schema.org/draft-07/schema#');
  const ajv = new Ajv({ strict: false, allErrors: true });
  assert.ok(ajv.validateSchema(schema), JSON.stringify(ajv.errors));
  assert.deepEqual(Object.keys(schema.properties.rules.properties), [...RULE_IDS]);
  assert.deepEqual(Object.keys(schema.properties), ['$schema', 'rules', ...CONFIG_OPTIONS.map((o) => o.key)]);
  assert.equal(schema.additionalProperties, false);

  const validate = ajv.compile(schema);
  const { config } = readConfigText(fs.readFileSync(path.join(ROOT, 'examples', '.odmsgrc.json'), 'utf8'));
  assert.ok(validate(config), JSON.stringify(validate.errors));
  assert.equal(validate({ rules: { [RULE_IDS[0]]: 'loud' } }), false);
  assert.equal(validate({ allowDomains: [] }), false);
});
