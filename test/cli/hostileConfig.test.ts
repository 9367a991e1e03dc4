// Config files and front matter written to break the checker (a .odmsgrc.json is a file any
// pull request can add): each run ends with the template checked, or with a config error on
// the config file at a line and column, in a few lines, never a stack trace or an internal
// error; and names every object inherits are never taken for settings.
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { CLEAN, cleanup, ensureBuilt, fixture, odmsg, parseCompact } from './helpers';

before(() => ensureBuilt());

const STACK = /^\s+at .+[:(]\d+|internal error|Uncaught|RangeError|Maximum call stack/m;

function run(files: Record<string, string>, args: string[] = []) {
  const dir = fixture(files);
  try {
    const result = odmsg(['check', '--format', 'compact', ...args, '.'], { cwd: dir });
    assert.doesNotMatch(result.stdout + result.stderr, STACK, `stack trace or internal error:\n${(result.stdout + result.stderr).slice(0, 2000)}`);
    return { ...result, problems: parseCompact(result.stdout) };
  } finally {
    cleanup(dir);
  }
}

const TEMPLATE =
  '---\nkind: eConfirmation\nchannel: sms\n---\n[NameF] is scheduled for [ApptTime] on [ApptDate] at [OfficeName]. Reply [ConfirmCode] to confirm or call [OfficePhone]. phrase77777 word1 applies.\n';

describe('config files that crashed or stalled the run', () => {
  test('100,000 phrases in spamPhrases.add: the template is checked, the added phrase found', () => {
    const add = Array.from({ length: 100_000 }, (_, i) => `phrase${i} word${i % 1000}`);
    add[77_777] = 'phrase77777 word1';
    const { code, stdout, problems } = run({ '.odmsgrc.json': JSON.stringify({ spamPhrases: { add } }), 't.odmsg': TEMPLATE });
    assert.equal(code, 0, stdout);
    const column = TEMPLATE.split('\n')[4].indexOf('phrase77777') + 1;
    assert.deepEqual(
      problems.map((p) => [p.file, p.line, p.column, p.ruleId]),
      [['t.odmsg', 5, column, 'spam-phrases']],
    );
  });

  test('one phrase of 10,000 words: a config error at the phrase, in one line', () => {
    const config = `{\n  "spamPhrases": {\n    "add": [\n      ${JSON.stringify('word '.repeat(10_000).trim())}\n    ]\n  }\n}\n`;
    const { code, stdout, problems } = run({ '.odmsgrc.json': config, 't.odmsg': CLEAN });
    assert.equal(code, 2);
    assert.deepEqual(
      problems.map((p) => [p.file, p.line, p.column, p.severity]),
      [['.odmsgrc.json', 4, 7, 'error']],
    );
    assert.match(stdout, /at most 200/);
    assert.ok(stdout.length < 500, `${stdout.length} characters of output`);
  });

  for (const [name, config, line, column] of [
    ['lists', `${'['.repeat(10_000)}${']'.repeat(10_000)}`, 1, 33],
    ['objects', `{\n${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}}`, 2, 156],
  ] as const) {
    test(`a config nested 10,000 levels (${name}): a config error naming the file, line and column`, () => {
      const { code, stdout, problems } = run({ '.odmsgrc.json': config, 't.odmsg': CLEAN });
      assert.equal(code, 2);
      assert.deepEqual(
        problems.map((p) => [p.file, p.line, p.column, p.severity]),
        [['.odmsgrc.json', line, column, 'error']],
      );
      assert.match(stdout, /more than 32 levels deep/);
    });
  }

  test('60,000 unknown keys: the first 20 problems where they are, then how many more', () => {
    const keys = Array.from({ length: 60_000 }, (_, i) => `"unknown${i}": 1`);
    const { code, stdout, problems } = run({ '.odmsgrc.json': `{\n${keys.join(',\n')}\n}\n`, 't.odmsg': CLEAN });
    assert.equal(code, 2);
    assert.equal(problems.length, 21, stdout.slice(0, 3000));
    assert.deepEqual(
      problems.slice(0, 3).map((p) => [p.line, p.column]),
      [
        [2, 1],
        [3, 1],
        [4, 1],
      ],
    );
    assert.deepEqual([problems[20].line, problems[20].column], [22, 1]);
    assert.match(stdout, /59,980 more problems in this file/);
  });
});

describe('names every object inherits', () => {
  test('as rule ids, options and spamPhrases keys: reported on the config file, which is rejected', () => {
    for (const [config, message] of [
      [{ rules: { constructor: 'off' } }, /Unknown rule "constructor"/],
      [{ rules: { toString: 'off', 'excessive-punctuation': 'off' } }, /Unknown rule "toString"/],
      [JSON.parse('{"spamPhrases": {"__proto__": {"add": ["scheduled"]}}}'), /Unknown key in "spamPhrases" "__proto__"/],
      [JSON.parse('{"__proto__": {"rules": {"all-caps": "off"}}}'), /Unknown option "__proto__"/],
      [{ hasOwnProperty: 1 }, /Unknown option "hasOwnProperty"/],
    ] as const) {
      const text = JSON.stringify(config); // JSON.parse made "__proto__" an own key: it is written out
      const { code, stdout, problems } = run({ '.odmsgrc.json': text, 't.odmsg': CLEAN });
      assert.equal(code, 2, `${text}:\n${stdout}`);
      assert.match(stdout, message, text);
      assert.ok(
        problems.every((p) => p.file === '.odmsgrc.json'),
        stdout,
      );
    }
  });

  test('as front matter keys and values: reported as such, no "[native code]"', () => {
    const { stdout, problems } = run({
      'a.odmsg': '---\nchannel: constructor\n---\nHi [NameF] from [OfficeName].\n',
      'b.odmsg': '---\ntoString: x\n__proto__: y\nkind: eConfirmation\n---\nHi [NameF] from [OfficeName]. Reply [ConfirmCode].\n',
      'c.odmsg': '---\nkind: eConfirmation\nrules: { constructor: off }\n---\nHi [NameF] from [OfficeName] &constructor; Reply [ConfirmCode].\n',
    });
    assert.doesNotMatch(stdout, /native code|function Object/);
    const frontMatter = (file: string) => problems.filter((p) => p.file === file && p.ruleId === 'invalid-front-matter').map((p) => [p.line, p.column]);
    assert.deepEqual(frontMatter('a.odmsg'), [[2, 10]]);
    assert.deepEqual(frontMatter('b.odmsg'), [
      [2, 1],
      [3, 1],
    ]);
    assert.deepEqual(frontMatter('c.odmsg'), [[3, 10]]);
    assert.ok(
      problems.some((p) => p.file === 'c.odmsg' && p.ruleId === 'html-in-sms'),
      stdout,
    );
  });
});
