// `odmsg init` and `odmsg rules`.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { before, describe, test } from 'node:test';
import Ajv from 'ajv';
import { readConfigText } from '../../server/src/engine/config';
import { RULES } from '../../server/src/engine/registry';
import { CLEAN, cleanup, ensureBuilt, fixture, odmsg, ROOT } from './helpers';

before(ensureBuilt);

describe('odmsg init', () => {
  test('writes a commented .odmsgrc.json that parses, validates against the schema and checks clean', () => {
    const dir = fixture({ 'a.odmsg': CLEAN });
    try {
      const run = odmsg(['init'], { cwd: dir });
      assert.equal(run.code, 0, run.stderr);
      const text = fs.readFileSync(path.join(dir, '.odmsgrc.json'), 'utf8');
      assert.match(text, /^\/\/ /, 'it starts with a comment');
      for (const { meta } of RULES) assert.ok(text.includes(`// "${meta.id}": "${meta.defaultSeverity}"`), meta.id);
      const { config, errors } = readConfigText(text);
      assert.deepEqual(errors, []);
      const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'schemas', 'odmsgrc.schema.json'), 'utf8'));
      const validate = new Ajv({ strict: false }).compile(schema);
      assert.ok(validate(config), JSON.stringify(validate.errors));
      // Outside a project with odmsg installed, no $schema that would not resolve (issue 13):
      // VS Code's extension supplies the schema, and the comment says where it is for others.
      assert.equal(config?.$schema, undefined);
      assert.match(text, /No "\$schema": odmsg is not installed in this project/);
      assert.equal(odmsg(['check', '.'], { cwd: dir }).code, 0, 'the written config is accepted by check');
    } finally {
      cleanup(dir);
    }
  });

  test('inside the package, $schema points at the shipped schema file', () => {
    const dir = fs.mkdtempSync(path.join(ROOT, 'test', 'cli', '.init-'));
    try {
      assert.equal(odmsg(['init'], { cwd: dir }).code, 0);
      const { config } = readConfigText(fs.readFileSync(path.join(dir, '.odmsgrc.json'), 'utf8'));
      assert.ok(fs.existsSync(path.resolve(dir, String(config?.$schema))), String(config?.$schema));
    } finally {
      cleanup(dir);
    }
  });

  test('with odmsg installed in a folder above, $schema points at that install and resolves', () => {
    const dir = fixture({ 'node_modules/odmsg/schemas/odmsgrc.schema.json': '{}', 'clinic/a.odmsg': CLEAN });
    try {
      const cwd = path.join(dir, 'clinic');
      assert.equal(odmsg(['init'], { cwd }).code, 0);
      const { config } = readConfigText(fs.readFileSync(path.join(cwd, '.odmsgrc.json'), 'utf8'));
      assert.equal(config?.$schema, '../node_modules/odmsg/schemas/odmsgrc.schema.json');
      assert.ok(fs.existsSync(path.resolve(cwd, String(config?.$schema))));
    } finally {
      cleanup(dir);
    }
  });

  test('does not replace an existing file without --force', () => {
    const dir = fixture({ '.odmsgrc.json': '{}' });
    try {
      const run = odmsg(['init'], { cwd: dir });
      assert.equal(run.code, 2);
      assert.match(run.stderr, /already exists.*--force/);
      assert.equal(fs.readFileSync(path.join(dir, '.odmsgrc.json'), 'utf8'), '{}');
      assert.equal(odmsg(['init', '--force'], { cwd: dir }).code, 0);
      assert.notEqual(fs.readFileSync(path.join(dir, '.odmsgrc.json'), 'utf8'), '{}');
    } finally {
      cleanup(dir);
    }
  });
});

describe('odmsg rules', () => {
  test('lists every rule with its default severity and fix kind', () => {
    const run = odmsg(['rules'], { cwd: ROOT });
    assert.equal(run.code, 0);
    for (const { meta } of RULES) {
      assert.match(run.stdout, new RegExp(`^${meta.id}\\s+${meta.defaultSeverity}\\s+${meta.fixable === 'none' ? '-' : meta.fixable}\\s`, 'm'));
    }
  });

  test('--format json gives the metadata', () => {
    const list = JSON.parse(odmsg(['rules', '--format', 'json'], { cwd: ROOT }).stdout);
    assert.deepEqual(
      list.map((r: { id: string }) => r.id),
      RULES.map((r) => r.meta.id),
    );
    assert.deepEqual(Object.keys(list[0]).sort(), ['channels', 'defaultSeverity', 'description', 'fixable', 'id', 'wholeMessage']);
    // wholeMessage: the rule is skipped for a per-appointment line (aggregate: perAppointment).
    const byId = new Map(list.map((r: { id: string; wholeMessage: boolean }) => [r.id, r.wholeMessage]));
    assert.equal(byId.get('message-length'), true);
    assert.equal(byId.get('spam-phrases'), false);
  });
});
