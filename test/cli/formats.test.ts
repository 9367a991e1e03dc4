// Output formats: stylish (default), compact, json (ESLint's shape), sarif (valid SARIF
// 2.1.0), github (workflow annotations); info-level hints; colours.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import Ajv04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { RULE_IDS } from '../../server/src/engine/registry';
import { CLEAN, cleanup, ensureBuilt, ERROR, fixture, odmsg, ROOT, WARNING } from './helpers';

before(ensureBuilt);

// The SARIF 2.1.0 schema as published with the standard (Microsoft ships it in
// @microsoft/jest-sarif); draft-04, and one pattern that needs non-unicode regexps.
const SARIF_SCHEMA = path.join(ROOT, 'node_modules', '@microsoft', 'jest-sarif', 'lib', 'schemas', 'sarif-2.1.0-rtm.5.json');

/** Asserts that a parsed log is valid SARIF 2.1.0. */
function sarifValidator(): (log: unknown) => void {
  const ajv = new Ajv04({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  const validate = ajv.compile(JSON.parse(fs.readFileSync(SARIF_SCHEMA, 'utf8')));
  return (log) => assert.ok(validate(log), JSON.stringify(validate.errors, null, 2));
}

// info-level: missing-sender-id (a text that names no office) is info by default; the test
// sets it explicitly so it does not depend on that default.
const INFO_ONLY = '---\nkind: eConfirmation\nchannel: sms\n---\n[NameF] is scheduled for [ApptTime] on [ApptDate]. Reply [ConfirmCode] to confirm or call [OfficePhone].\n';

let dir: string;
before(() => {
  dir = fixture({
    'e.odmsg': ERROR,
    'w.odmsg': WARNING,
    'c.odmsg': CLEAN,
    'i.odmsg': INFO_ONLY,
    '.odmsgrc.json': '{ "rules": { "missing-sender-id": "info" } }',
  });
});
after(() => cleanup(dir));

describe('stylish', () => {
  test('groups problems under each file, aligned, each at a path:line:column a terminal opens, with a summary and the fixable count', () => {
    const run = odmsg(['check', 'e.odmsg', 'w.odmsg', 'c.odmsg'], { cwd: dir });
    assert.equal(run.code, 1);
    const lines = run.stdout.split('\n');
    assert.equal(lines[0], 'e.odmsg');
    assert.match(lines[1], /^ {2}e\.odmsg:5:40 {2}error {4}\S.*\[ApptDte\].* {2}unknown-tag$/);
    assert.equal(lines[2], '');
    assert.equal(lines[3], 'w.odmsg');
    assert.match(lines[4], /^ {2}w\.odmsg:5:66 {2}warning {2}.* {2}excessive-punctuation$/);
    assert.match(run.stdout, /✖ 2 problems \(1 error, 1 warning\)\n {2}1 warning potentially fixable with the `--fix` option\.\n$/);
    assert.doesNotMatch(run.stdout, /c\.odmsg/, 'clean files are not listed');
  });

  test('a location in a subfolder is the path from the working folder, in the column width of the longest', () => {
    const sub = fixture({ 'team/reminders/e.odmsg': ERROR, 'w.odmsg': WARNING });
    try {
      const run = odmsg(['check', '.'], { cwd: sub });
      const problems = run.stdout.split('\n').filter((l) => /^ {2}\S+:\d+:\d+ +(error|warning) /.test(l));
      assert.deepEqual(
        problems.map((l) => l.trim().split(/\s+/)[0]),
        [`${path.join('team', 'reminders', 'e.odmsg')}:5:40`, 'w.odmsg:5:66'],
      );
      assert.equal(new Set(problems.map((l) => l.search(/ (error|warning) /))).size, 1, `the severities line up:\n${run.stdout}`);
    } finally {
      cleanup(sub);
    }
  });

  test('nothing to report: one line with the number of templates checked', () => {
    const run = odmsg(['check', 'c.odmsg'], { cwd: dir });
    assert.equal(run.code, 0);
    assert.equal(run.stdout, '\u2714 1 template, no problems\n');
    const two = odmsg(['check', 'c.odmsg', 'c.odmsg', '../' + path.basename(dir) + '/c.odmsg'], { cwd: dir });
    assert.equal(two.stdout, '\u2714 1 template, no problems\n', 'a template named twice is checked once');
    const quiet = odmsg(['check', '--quiet', 'w.odmsg', 'c.odmsg'], { cwd: dir });
    assert.equal(quiet.code, 0);
    assert.equal(quiet.stdout, '\u2714 2 templates, no errors\n', '--quiet hides the warning: the line does not say there is nothing');
  });

  test('shows info-level hints and counts them apart', () => {
    const run = odmsg(['check', 'i.odmsg'], { cwd: dir });
    assert.equal(run.code, 0);
    assert.match(run.stdout, /^i\.odmsg\n {2}i\.odmsg:\d+:\d+ {2}info {5}.* {2}missing-sender-id$/m);
    assert.match(run.stdout, /ℹ 1 problem \(0 errors, 0 warnings, 1 info\)/);
  });

  test('no colour when piped; --color forces it; NO_COLOR turns it off', () => {
    assert.doesNotMatch(odmsg(['check', 'e.odmsg'], { cwd: dir }).stdout, /\u001b\[/);
    assert.match(odmsg(['check', '--color', 'e.odmsg'], { cwd: dir }).stdout, /\u001b\[31merror/);
    assert.match(odmsg(['check', 'e.odmsg'], { cwd: dir, env: { FORCE_COLOR: '1' } }).stdout, /\u001b\[/);
    assert.doesNotMatch(odmsg(['check', 'e.odmsg'], { cwd: dir, env: { FORCE_COLOR: '1', NO_COLOR: '1' } }).stdout, /\u001b\[/);
  });
});

describe('json', () => {
  test("has ESLint's shape: severities 2/1, 1-based positions, counts, the fix as offsets", () => {
    const run = odmsg(['check', '--format', 'json', 'e.odmsg', 'w.odmsg', 'c.odmsg'], { cwd: dir });
    assert.equal(run.code, 1);
    const results = JSON.parse(run.stdout);
    assert.deepEqual(
      results.map((r: { filePath: string }) => r.filePath),
      ['c.odmsg', 'e.odmsg', 'w.odmsg'].map((f) => fs.realpathSync(path.join(dir, f))).map((f) => f.replace(fs.realpathSync(dir), dir)),
    );
    const [clean, error, warning] = results;
    assert.deepEqual(clean.messages, []);
    assert.equal(clean.errorCount, 0);
    assert.deepEqual(
      { ...error, messages: undefined },
      { filePath: error.filePath, messages: undefined, suppressedMessages: [], errorCount: 1, fatalErrorCount: 0, warningCount: 0, fixableErrorCount: 0, fixableWarningCount: 0, usedDeprecatedRules: [] },
    );
    const [unknown] = error.messages;
    assert.equal(unknown.ruleId, 'unknown-tag');
    assert.equal(unknown.severity, 2);
    assert.deepEqual([unknown.line, unknown.column, unknown.endLine, unknown.endColumn], [5, 40, 5, 49]);
    assert.ok(Array.isArray(unknown.suggestions) && unknown.suggestions[0].fix.text === '[ApptDate]', 'did-you-mean is a suggestion');
    assert.equal(unknown.fix, undefined);

    const [bang] = warning.messages;
    assert.equal(bang.severity, 1);
    assert.equal(warning.fixableWarningCount, 1);
    const start = WARNING.indexOf('!!');
    assert.deepEqual(bang.fix, { range: [start, start + 2], text: '!' });
  });

  test('info-level hints appear (severity 0) only with --info', () => {
    const without = JSON.parse(odmsg(['check', '--format', 'json', 'i.odmsg'], { cwd: dir }).stdout);
    assert.deepEqual(without[0].messages, []);
    const withInfo = JSON.parse(odmsg(['check', '--format', 'json', '--info', 'i.odmsg'], { cwd: dir }).stdout);
    assert.deepEqual(
      withInfo[0].messages.map((m: { ruleId: string; severity: number }) => [m.ruleId, m.severity]),
      [['missing-sender-id', 0]],
    );
    assert.equal(withInfo[0].errorCount + withInfo[0].warningCount, 0);
  });
});

describe('sarif', () => {
  const assertValid = sarifValidator();

  test('is valid SARIF 2.1.0 with every rule, docs links, levels and locations', () => {
    const run = odmsg(['check', '--format', 'sarif', '--info', '.'], { cwd: dir });
    assert.equal(run.code, 1);
    const log = JSON.parse(run.stdout);
    assertValid(log);
    assert.equal(log.version, '2.1.0');
    assert.equal(log.runs.length, 1);
    const [sarifRun] = log.runs;
    const rules = sarifRun.tool.driver.rules;
    assert.deepEqual(
      rules.map((r: { id: string }) => r.id),
      RULE_IDS,
    );
    for (const rule of rules) assert.match(rule.helpUri, new RegExp(`docs/rules/${rule.id}\\.md$`));
    const ruleProperties = (id: string) => rules.find((r: { id: string }) => r.id === id).properties;
    assert.deepEqual(ruleProperties('message-length'), { fixable: 'none', channels: ['sms'], wholeMessage: true });
    assert.equal(ruleProperties('spam-phrases').wholeMessage, false);
    const byRule = Object.fromEntries(sarifRun.results.map((r: { ruleId: string }) => [r.ruleId, r]));
    assert.equal(byRule['unknown-tag'].level, 'error');
    assert.equal(byRule['excessive-punctuation'].level, 'warning');
    assert.equal(byRule['missing-sender-id'].level, 'note');
    assert.equal(rules[byRule['unknown-tag'].ruleIndex].id, 'unknown-tag');
    assert.deepEqual(byRule['unknown-tag'].locations[0].physicalLocation, {
      artifactLocation: { uri: 'e.odmsg', uriBaseId: '%SRCROOT%' },
      region: { startLine: 5, startColumn: 40, endLine: 5, endColumn: 49 },
    });
    assert.ok(byRule['excessive-punctuation'].fixes, 'safe fixes are included');
    assert.equal(sarifRun.invocations[0].executionSuccessful, true);
  });

  test('the schema is really applied: an incomplete log is rejected', () => {
    assert.throws(() => assertValid({ version: '2.1.0' }));
    assert.throws(() => assertValid({ version: '2.1.0', runs: [{ tool: { driver: {} } }] }));
  });

  test('leaves out info-level hints without --info', () => {
    const log = JSON.parse(odmsg(['check', '--format', 'sarif', 'i.odmsg'], { cwd: dir }).stdout);
    assertValid(log);
    assert.deepEqual(log.runs[0].results, []);
  });

  test('reports files it could not read as notifications, still valid', () => {
    const bad = fixture({ 'bin.odmsg': Buffer.from([0x48, 0x00, 0x69]), 'ok.odmsg': ERROR });
    try {
      const run = odmsg(['check', '--format', 'sarif', '.'], { cwd: bad });
      assert.equal(run.code, 2);
      const log = JSON.parse(run.stdout);
      assertValid(log);
      const invocation = log.runs[0].invocations[0];
      assert.equal(invocation.executionSuccessful, false);
      assert.match(invocation.toolExecutionNotifications[0].message.text, /binary/);
      assert.equal(invocation.toolExecutionNotifications[0].locations[0].physicalLocation.artifactLocation.uri, 'bin.odmsg');
      assert.deepEqual(
        log.runs[0].results.map((r: { ruleId: string }) => r.ruleId),
        ['unknown-tag'],
      );
    } finally {
      cleanup(bad);
    }
  });
});

describe('github', () => {
  test('prints one workflow command per problem, escaped', () => {
    const run = odmsg(['check', '--format', 'github', 'e.odmsg', 'w.odmsg'], { cwd: dir });
    assert.equal(run.code, 1);
    const lines = run.stdout.trim().split('\n');
    assert.equal(lines.length, 2);
    assert.match(lines[0], /^::error file=e\.odmsg,line=5,endLine=5,col=40,endColumn=49,title=odmsg \(unknown-tag\)::.*\[ApptDte\]/);
    assert.match(lines[1], /^::warning file=w\.odmsg,line=5,endLine=5,col=66,endColumn=68,title=odmsg \(excessive-punctuation\)::/);
  });

  test('info-level hints become notices with --info only', () => {
    assert.equal(odmsg(['check', '--format', 'github', 'i.odmsg'], { cwd: dir }).stdout, '');
    assert.match(odmsg(['check', '--format', 'github', '--info', 'i.odmsg'], { cwd: dir }).stdout, /^::notice file=i\.odmsg,.*title=odmsg \(missing-sender-id\)::/);
  });

  test('escapes commas and colons in the file name', () => {
    const odd = fixture({ 'a,b:c.odmsg': ERROR });
    try {
      const run = odmsg(['check', '--format', 'github', '.'], { cwd: odd });
      assert.match(run.stdout, /^::error file=a%2Cb%3Ac\.odmsg,/);
    } finally {
      cleanup(odd);
    }
  });
});

test('an unknown format is a usage error with a hint', () => {
  const run = odmsg(['check', '--format', 'sarfi', 'c.odmsg'], { cwd: dir });
  assert.equal(run.code, 2);
  assert.match(run.stderr, /Unknown format "sarfi" \(did you mean "sarif"\?\)/);
});
