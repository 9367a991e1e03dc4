// Properties of the whole engine on generated input (fast-check): it never throws, fixes
// stay inside their problems and leave the rest of the text alone, fix-all converges and is
// idempotent, and the time taken grows linearly with the input. Bounded here; `npm run fuzz`
// runs the same properties far longer (scripts/fuzz.ts).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { lint } from '../../server/src/engine/lint';
import { DEFAULT_MAX_FILE_SIZE } from '../../server/src/engine/rules/file-too-large';
import { ADVERSARIES, anyInput, anyUnicode, fixSafetyInput, tagSoup, template } from './property/arbitraries';
import { checkAll, checkCharacterRulesAgree, checkFixAll, checkFixAllNoNewProblems, checkLarge, checkProblems, lintCpuTime } from './property/invariants';
import { CONFIG_ADVERSARIES, checkConfigText, configCpuTime, configText } from './property/configs';
import { anyLayers, fixSafetyLayers, LAYER_SETS, type Layers } from './property/layers';

// A fixed seed keeps `npm test` reproducible; ODMSG_FUZZ_SEED explores other inputs.
const seed = Number(process.env.ODMSG_FUZZ_SEED ?? 20240601);
const params = (numRuns: number): fc.Parameters<unknown> => ({ seed, numRuns, includeErrorInReport: true });

test('lint never throws on arbitrary Unicode and its problems are well formed', () => {
  fc.assert(
    fc.property(anyUnicode, anyLayers, (text, layers) => {
      checkProblems(text, layers);
    }),
    params(300),
  );
});

// Inputs that once broke an invariant (found by this property or `npm run fuzz`), always run first.
const REGRESSIONS: [string, Layers][] = [
  ['---\nsubject: mailto:a@b.c\n---\n', []],
  ['mailto:a@b.c  ', []],
  ['Ḁ一ؠ', []],
  ['[WirelessPhone] - [OfficeName]', []],
  ['---\nkind: eReminder\n---\n [URL]  ', []],
  ['ftp://h/p\t[ProvName', [LAYER_SETS[1][0]]],
  ['[SSN]\t[WkPhone]', [LAYER_SETS[1][0]]],
  ['Hi 😀  bogus', [LAYER_SETS[1][0]]],
  [': <b>---  ]]\nrules:\n ', [LAYER_SETS[1][0]]],
];

test('tag soup and near-templates: problems, fixes, fix-all and suggestions hold their invariants', () => {
  fc.assert(
    fc.property(fc.oneof(tagSoup, template), anyLayers, (text, layers) => {
      checkAll(text, layers);
    }),
    { ...params(400), examples: REGRESSIONS },
  );
});

test('fix-all converges on templates built from every rule trigger at once', () => {
  fc.assert(
    fc.property(fc.array(anyInput, { minLength: 2, maxLength: 6 }), anyLayers, (parts, layers) => {
      checkFixAll(parts.join(' '), layers);
    }),
    params(100),
  );
});

// Safe fixes are safe: fix-all leaves no rule with more problems than it had, and the two
// character rules' fixes never create each other's reports. Inputs that once broke this
// (found by these properties), always run first:
const FIX_REGRESSIONS: [string, Layers][] = [
  ['\u2019', []], // non-gsm-character wrote "'", which unsupported-character reports
  ['e\u0301', []], // composed to "é": GSM-7, not on Open Dental's list
  ['See you [Appt\u2028Date].', []], // the line break split the tag in two
  ['rules:\n[ConfirmCode]example.com/x\u2026[FamilyApptList][\u{10000}\u{10000}\u{10000}\u{10000}\u{10000}\u{10000}\u{10000}\u{10000}[ClinicName]', []], // "..." in a text that stays UCS-2: one segment more
  ['\u3400\u200bbit.ly/abc', []], // removing the zero-width space glued a word to the link
  ['Call\u2013t.co/x', []], // "-" joined the link: a different host
  ['ftp://h/p\u201d[NameF]', [{ rules: { 'unsupported-character': 'off' } }]], // '"' ended a link hidden by the tag it ran into
  ['example\uff0ecom', [{ rules: { 'unsupported-character': 'off' } }]], // "．" became the "." of a domain
  ['Hi \uff3bFoo\uff3d \uff1cb\uff1e', [{ rules: { 'unsupported-character': 'off' } }]], // full-width brackets became a tag and HTML
];

test('fix-all never makes any rule report more problems than before', () => {
  fc.assert(
    fc.property(fixSafetyInput, fixSafetyLayers, (text, layers) => {
      checkFixAllNoNewProblems(text, layers);
    }),
    { ...params(400), examples: FIX_REGRESSIONS },
  );
});

test('non-gsm-character and unsupported-character fixes never create reports of the other', () => {
  fc.assert(
    fc.property(fc.oneof(tagSoup, template), anyLayers, (text, layers) => {
      checkCharacterRulesAgree(text, layers);
    }),
    { ...params(400), examples: FIX_REGRESSIONS },
  );
});

test('long lines, huge words and 100,000 brackets: no throw, fix invariants hold', () => {
  const inputs = [
    '['.repeat(100_000),
    ']'.repeat(100_000),
    '[['.repeat(50_000),
    '[NameF]'.repeat(15_000),
    '---\n' + 'key: value\n'.repeat(9_000),
    '---\n'.repeat(25_000),
    'a'.repeat(100_000),
    'FREE!! '.repeat(14_000),
    'x'.repeat(60_000) + ' www.example.com/' + 'y'.repeat(40_000),
  ];
  const slow: string[] = [];
  for (const text of inputs) {
    const start = performance.now();
    checkLarge(text, [LAYER_SETS[1][0]]);
    const ms = performance.now() - start;
    if (ms > 5_000) slow.push(`${JSON.stringify(text.slice(0, 12))}… (${text.length} chars): ${ms.toFixed(0)} ms`);
  }
  assert.deepEqual(slow, [], 'one lint and fix-all of 100 KB should take well under 5 s');
});

test('a file over maxFileSize gets one file-too-large info diagnostic and nothing else', () => {
  const big = '---\nkind: eReminder\n---\nHi [NameF]!! FREE '.padEnd(DEFAULT_MAX_FILE_SIZE + 1, 'x');
  const { problems } = lint(big, [LAYER_SETS[1][0]]);
  assert.deepEqual(
    problems.map((p) => [p.ruleId, p.severity]),
    [['file-too-large', 'error']], // every rule raised to error in this layer, file-too-large included
  );
  const defaults = lint(big).problems;
  assert.deepEqual(
    defaults.map((p) => [p.ruleId, p.severity, p.start]),
    [['file-too-large', 'info', 0]],
  );
  // Exactly at the limit is checked; multi-byte characters count as their UTF-8 size.
  assert.ok(!lint('a'.repeat(DEFAULT_MAX_FILE_SIZE)).problems.some((p) => p.ruleId === 'file-too-large'));
  assert.equal(lint('é'.repeat(DEFAULT_MAX_FILE_SIZE / 2 + 1)).problems[0]?.ruleId, 'file-too-large');
  // The limit is configurable, and front matter can turn the diagnostic off (the check stays skipped).
  assert.equal(lint('Hi!! '.repeat(10), [{ maxFileSize: 20 }]).problems.length, 1);
  assert.deepEqual(lint('---\nrules:\n  file-too-large: off\n---\n' + 'Hi!! '.repeat(10), [{ maxFileSize: 20 }]).problems, []);
  fc.assert(
    fc.property(anyInput, (text) => {
      const tooLarge = Buffer.byteLength(text, 'utf8') > 50;
      const problems = lint(text, [{ maxFileSize: 50 }]).problems;
      if (tooLarge)
        assert.deepEqual(
          problems.map((p) => p.ruleId),
          ['file-too-large'],
        );
      else assert.ok(!problems.some((p) => p.ruleId === 'file-too-large'));
    }),
    params(300),
  );
});

// Linear time: lint n and 4n characters of each adversarial input and compare. A linear
// scan takes about 4 times as long (up to 8 with garbage collection); a quadratic one 16. CPU time (not wall time) and
// the best of a few runs keep the ratio steady on a busy machine; tiny times are skipped
// as noise. The absolute bound is generous: it catches hangs, the benchmark tracks speed.
const SMALL = 25_000;
const LARGE = 100_000;
const MAX_RATIO = 12;
/** Below this at 100 KB a scan is fast whatever its ratio, and the ratio is mostly noise. */
const NOISE_FLOOR_MS = 50;
const MAX_MS_AT_LARGE = 1_500;

const cpuTime = (text: string, runs: number) => lintCpuTime(text, runs, [LAYER_SETS[1][0]]);

test('time grows linearly on adversarial input for every scanner (n vs 4n)', () => {
  cpuTime('warm up [NameF] www.example.com FREE!! act now'.repeat(200), 20);
  const failures: string[] = [];
  for (const adversary of ADVERSARIES) {
    const large = adversary.build(LARGE);
    let tLarge = cpuTime(large, 1);
    // Past the absolute bound there is no need for the ratio (and no time to spare for it).
    if (tLarge > MAX_MS_AT_LARGE) {
      failures.push(`${adversary.name}: ${tLarge.toFixed(0)} ms for ${LARGE} chars`);
      continue;
    }
    if (tLarge <= NOISE_FLOOR_MS) continue;
    const small = adversary.build(SMALL);
    let tSmall = cpuTime(small, 2);
    // Re-measure before calling it superlinear: one slow run on a shared machine is not a trend.
    for (let retry = 0; retry < 2 && tLarge / tSmall >= MAX_RATIO; retry++) {
      tSmall = Math.min(tSmall, cpuTime(small, 2));
      tLarge = Math.min(tLarge, cpuTime(large, 1));
    }
    // The floor applies to the best measurement too: a large input checked within it is fast
    // whatever the ratio of two times that small (2.7 vs 34.7 ms once failed a CI run on noise).
    const ratio = tLarge <= NOISE_FLOOR_MS ? 0 : tLarge / Math.max(tSmall, 0.5);
    if (ratio >= MAX_RATIO) {
      failures.push(`${adversary.name}: ${tSmall.toFixed(1)} ms for ${SMALL} chars, ${tLarge.toFixed(1)} ms for ${LARGE} (×${ratio.toFixed(1)})`);
    }
  }
  assert.deepEqual(failures, [], 'superlinear or slow scans');
});

test('config texts with built-in object names, nesting and odd values: checked, located, capped, never taken from a prototype', () => {
  fc.assert(
    fc.property(configText, (text) => checkConfigText(text)),
    {
      ...params(400),
      examples: [
        ['{"rules": {"constructor": "off"}}'],
        ['{"spamPhrases": {"__proto__": {"add": ["hello"]}}}'],
        ['{"__proto__": {"rules": {"all-caps": "off"}}}'],
        [`${'['.repeat(10_000)}${']'.repeat(10_000)}`],
        [JSON.stringify({ spamPhrases: { add: ['word '.repeat(10_000)] } })],
      ],
    },
  );
});

// The config attacks at n and 4n characters: checking the file and linting a template with
// it grows linearly (same ratio rule as the scanners above).
test('time grows linearly in the config file for every config attack (n vs 4n)', () => {
  const failures: string[] = [];
  for (const adversary of CONFIG_ADVERSARIES) {
    checkConfigText(adversary.build(2_000));
    const large = adversary.build(4 * LARGE);
    let tLarge = configCpuTime(large, 1);
    if (tLarge > 4 * MAX_MS_AT_LARGE) {
      failures.push(`${adversary.name}: ${tLarge.toFixed(0)} ms for ${large.length} chars`);
      continue;
    }
    if (tLarge <= NOISE_FLOOR_MS) continue;
    const small = adversary.build(LARGE);
    let tSmall = configCpuTime(small, 2);
    for (let retry = 0; retry < 2 && tLarge / tSmall >= MAX_RATIO; retry++) {
      tSmall = Math.min(tSmall, configCpuTime(small, 2));
      tLarge = Math.min(tLarge, configCpuTime(large, 1));
    }
    const ratio = tLarge <= NOISE_FLOOR_MS ? 0 : tLarge / Math.max(tSmall, 0.5); // the floor, as above
    if (ratio >= MAX_RATIO) failures.push(`${adversary.name}: ${tSmall.toFixed(1)} ms for ${small.length} chars, ${tLarge.toFixed(1)} ms for ${large.length} (×${ratio.toFixed(1)})`);
  }
  assert.deepEqual(failures, [], 'superlinear or slow config checks');
});
