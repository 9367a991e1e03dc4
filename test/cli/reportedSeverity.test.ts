// Where the report leaves out a severity, `odmsg check` does not run the rules configured
// below it (json, sarif and github without --info; --quiet without --max-warnings). The
// report and the exit code must be those of a run of every rule: compared here with runs
// that show that severity, on the shipped examples and a template with info-level problems.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { cleanup, ensureBuilt, fixture, odmsg, ROOT } from './helpers';

before(ensureBuilt);

/** No office named (missing-sender-id) and an apostrophe (unsupported-character): both info by default. */
const INFO_LEVEL = "---\nkind: eConfirmation\nchannel: sms\n---\n[NameF] is scheduled for [ApptTime] on [ApptDate]. Reply [ConfirmCode] to confirm. We're glad!\n";

let dir: string;
before(() => {
  dir = fixture({ 'info.odmsg': INFO_LEVEL });
});
after(() => cleanup(dir));

interface JsonResult {
  messages: { severity: number }[];
}

const check = (...args: string[]) => odmsg(['check', 'examples', dir, ...args], { cwd: ROOT });

test('json without --info is json with --info less its info-level messages', () => {
  const without = check('--format', 'json');
  const withInfo = check('--format', 'json', '--info');
  assert.equal(without.code, withInfo.code);
  const all = JSON.parse(withInfo.stdout) as JsonResult[];
  const infos = all.reduce((n, r) => n + r.messages.filter((m) => m.severity === 0).length, 0);
  assert.ok(infos > 0, 'the examples have info-level problems');
  for (const r of all) r.messages = r.messages.filter((m) => m.severity > 0);
  assert.deepEqual(JSON.parse(without.stdout), all);
});

test('sarif and github without --info leave out exactly the info-level results', () => {
  const sarifOf = (run: { stdout: string }) => (JSON.parse(run.stdout) as { runs: { results: { level: string }[] }[] }).runs[0].results;
  const sarif = sarifOf(check('--format', 'sarif'));
  assert.deepEqual(
    sarif,
    sarifOf(check('--format', 'sarif', '--info')).filter((r) => r.level !== 'note'),
  );
  assert.ok(sarif.length > 0);
  const github = check('--format', 'github').stdout;
  assert.equal(
    github,
    check('--format', 'github', '--info')
      .stdout.split('\n')
      .filter((line) => !line.startsWith('::notice'))
      .join('\n'),
  );
});

test('--quiet reports what it reports when the warning rules run too (--max-warnings makes them run)', () => {
  for (const format of ['json', 'stylish']) {
    const quiet = check('--format', format, '--quiet');
    const everyRule = check('--format', format, '--quiet', '--max-warnings', '100000');
    assert.equal(quiet.stdout, everyRule.stdout);
    assert.equal(quiet.code, everyRule.code);
    assert.equal(quiet.code, 1, 'the examples have errors');
  }
});
