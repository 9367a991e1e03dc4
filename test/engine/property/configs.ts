// Hostile `.odmsgrc.json` texts for the property tests and `npm run fuzz`: a config file is
// something any pull request can add. Generators for near-configs full of built-in object
// names, nesting and odd values; adversaries that grow one attack to a given size (deep
// nesting, unknown keys, many or long phrases); and the invariants every config text keeps.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { MAX_CONFIG_DEPTH } from '../../../server/src/engine/config';
import { CONFIG_OPTIONS } from '../../../server/src/engine/configSchema';
import { MAX_CONFIG_PROBLEMS, validateConfigText } from '../../../server/src/engine/configValidation';
import { lint } from '../../../server/src/engine/lint';
import { RULE_IDS } from '../../../server/src/engine/registry';
import type { Adversary } from './arbitraries';
import { collectGarbage } from './invariants';

/** Names every object inherits, and the ones that change an object's prototype. */
export const BUILT_IN_NAMES = ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf', '__defineGetter__', '__lookupSetter__', 'toLocaleString'];

const KNOWN_OPTIONS = ['rules', ...CONFIG_OPTIONS.map((o) => o.key)];
const KNOWN_KEYS = [
  'rules',
  'spamPhrases',
  'add',
  'remove',
  'acronyms',
  'allowedDomains',
  'maxFileSize',
  'tagLengths',
  'lengthMode',
  'appointmentsPerFamily',
  'maxSegments',
  'pricing',
  'perMessage',
  'perExtraSegment',
  'sampleValues',
  'typical',
  'worst',
  '$schema',
];

const key = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...KNOWN_KEYS) },
  { weight: 3, arbitrary: fc.constantFrom(...BUILT_IN_NAMES) },
  { weight: 2, arbitrary: fc.constantFrom(...RULE_IDS) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.constantFrom('x'.repeat(200), '\u0000\u001b[2J', 'all-cap', 'NameF') },
);

const leaf = fc.oneof(
  fc.constantFrom('off', 'warning', 'error', 'info', 'warn', 'typical', 'worst', 'free', 'act now', "don't", '’', ''),
  fc.constantFrom(...BUILT_IN_NAMES),
  fc.string({ maxLength: 20 }),
  fc.integer({ min: -5, max: 20_000 }),
  fc.constantFrom(0.5, 1e308, -0, null, true, false),
);

/** JSON values built from config keys, built-in names and odd leaves, a few levels deep. */
const value: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { weight: 4, arbitrary: leaf },
    { weight: 2, arbitrary: fc.array(tie('value'), { maxLength: 5 }) },
    { weight: 3, arbitrary: fc.array(fc.tuple(key, tie('value')), { maxLength: 6 }).map(objectOf) },
  ),
})).value;

/** An object from key/value pairs, keys such as "__proto__" as own properties (as JSON.parse makes them). */
function objectOf(pairs: [string, unknown][]): Record<string, unknown> {
  const object: Record<string, unknown> = {};
  for (const [k, v] of pairs) Object.defineProperty(object, k, { value: v, enumerable: true, writable: true, configurable: true });
  return object;
}

/** Near-configs: the known shape with built-in names and odd values mixed in, as JSON text (sometimes broken). */
export const configText: fc.Arbitrary<string> = fc
  .record({
    root: fc.array(fc.tuple(key, value), { maxLength: 8 }).map(objectOf),
    rules: fc.array(fc.tuple(fc.oneof(fc.constantFrom(...RULE_IDS), fc.constantFrom(...BUILT_IN_NAMES)), leaf), { maxLength: 5 }).map(objectOf),
    phrases: fc.array(fc.oneof(fc.constantFrom('free', 'act now', 'x y z', "don't miss", 'a'.repeat(250)), fc.string({ maxLength: 15 })), { maxLength: 6 }),
    damage: fc.constantFrom('none', 'none', 'none', 'truncate', 'comment', 'trailing comma', 'bom'),
    cut: fc.nat(),
  })
  .map(({ root, rules, phrases, damage, cut }) => {
    const config = objectOf([...Object.entries(root), ['rules', rules], ['spamPhrases', objectOf([['add', phrases], ...(phrases.length % 2 ? [['__proto__', { add: ['hello'] }] as [string, unknown]] : [])])]]);
    const text = JSON.stringify(config, null, cut % 3);
    switch (damage) {
      case 'truncate':
        return text.slice(0, cut % (text.length + 1));
      case 'comment':
        return `// settings\n${text.replace('{', '{ /* team */')}`;
      case 'trailing comma':
        return text.replace(/\}$/, ',}');
      case 'bom':
        return `\ufeff${text}`;
      default:
        return text;
    }
  });

/**
 * What holds for any config text: no throw; at most MAX_CONFIG_PROBLEMS + 1 problems, each
 * inside the text, with a short message free of raw control characters; a config that is
 * returned lints a template without throwing; no built-in name is taken as a setting; and
 * nothing leaks into Object.prototype.
 */
export function checkConfigText(text: string): void {
  const where = JSON.stringify(text.length > 200 ? `${text.slice(0, 200)}…` : text);
  const { config, problems } = validateConfigText(text);
  assert.ok(problems.length <= MAX_CONFIG_PROBLEMS + 1, `${problems.length} problems for ${where}`);
  for (const p of problems) {
    assert.ok(Number.isInteger(p.offset) && Number.isInteger(p.length) && p.offset >= 0 && p.length >= 0 && p.offset + p.length <= text.length, `problem outside the text: ${JSON.stringify(p)} in ${where}`);
    assert.ok(p.message.length > 0 && p.message.length <= 1_000, `message of ${p.message.length} characters for ${where}`);
    assert.doesNotMatch(p.message, /[\u0000-\u001f\u007f]/, `a raw control character in ${JSON.stringify(p.message)}`);
  }
  // A config without problems has only keys the schema knows: a built-in name such as
  // "constructor" is never taken for a rule, an option or a spamPhrases list.
  if (config && problems.length === 0) {
    const known = (object: unknown, keys: readonly string[], what: string) => {
      if (typeof object !== 'object' || object === null) return;
      for (const k of Object.keys(object)) assert.ok(keys.includes(k), `${what} key ${JSON.stringify(k)} accepted in ${where}`);
    };
    known(config, [...KNOWN_OPTIONS, '$schema'], 'option');
    known(config.rules, RULE_IDS, 'rule');
    known(config.spamPhrases, ['add', 'remove'], 'spamPhrases');
    known(config.pricing, ['perMessage', 'perExtraSegment'], 'pricing');
  }
  if (config) {
    const { problems: found } = lint('Hi [NameF]!! FREE cleaning, act now. hello', [config]);
    for (const p of found) assert.ok(RULE_IDS.includes(p.ruleId), `unknown rule ${p.ruleId}`);
    // The spamPhrases.__proto__ trick must not take effect.
    if (text.includes('"__proto__":{"add":["hello"]}') || text.includes('"__proto__": {\n')) {
      assert.ok(!found.some((p) => p.ruleId === 'spam-phrases' && p.message.startsWith('"hello"')), `"__proto__".add took effect in ${where}`);
    }
  }
  for (const name of ['add', 'remove', 'rules', 'typical', 'worst']) assert.ok(!Object.hasOwn(Object.prototype, name), `Object.prototype.${name} was set by ${where}`);
}

function repeatTo(unit: string, size: number): string {
  return unit.repeat(Math.max(1, Math.ceil(size / unit.length)));
}

/** Config texts that grow one attack to about `size` characters. */
export const CONFIG_ADVERSARIES: readonly Adversary[] = [
  { name: 'config: nested lists', build: (size) => `${'['.repeat(size / 2)}${']'.repeat(size / 2)}` },
  { name: 'config: nested objects', build: (size) => `${'{"a":'.repeat(size / 6)}1${'}'.repeat(size / 6)}` },
  { name: 'config: nested and never closed', build: (size) => `{"rules":${'[{'.repeat(size / 2)}` },
  { name: 'config: nesting within the limit, repeated', build: (size) => `[${repeatTo(`${'['.repeat(MAX_CONFIG_DEPTH - 1)}${']'.repeat(MAX_CONFIG_DEPTH - 1)},`, size)}0]` },
  { name: 'config: unknown keys', build: (size) => `{${Array.from({ length: size / 14 }, (_, i) => `"unknown${i}":1`).join(',')}}` },
  { name: 'config: unknown rules', build: (size) => `{"rules":{${Array.from({ length: size / 16 }, (_, i) => `"rule-${i}":"off"`).join(',')}}}` },
  { name: 'config: built-in names as keys', build: (size) => `{"rules":{${Array.from({ length: size / 22 }, (_, i) => `"${BUILT_IN_NAMES[i % BUILT_IN_NAMES.length]}":"off"`).join(',')}}}` },
  { name: 'config: duplicate keys', build: (size) => `{${repeatTo('"maxSegments":2,', size)}"lengthMode":"worst"}` },
  { name: 'config: one long key', build: (size) => `{"${'k'.repeat(size)}":1}` },
  { name: 'config: many phrases', build: (size) => JSON.stringify({ spamPhrases: { add: Array.from({ length: size / 24 }, (_, i) => `phrase${i} word${i % 997}`) } }) },
  { name: 'config: one phrase of many words', build: (size) => JSON.stringify({ spamPhrases: { add: [repeatTo('word ', size).trim()] } }) },
  { name: 'config: phrases sharing a long prefix', build: (size) => JSON.stringify({ spamPhrases: { add: Array.from({ length: size / 190 }, (_, i) => `${'a '.repeat(90)}${i}`) } }) },
  { name: 'config: duplicate phrases', build: (size) => JSON.stringify({ spamPhrases: { add: Array.from({ length: size / 7 }, () => 'free') } }) },
  { name: 'config: syntax errors', build: (size) => `{${repeatTo(',:', size)}}` },
  { name: 'config: unterminated strings', build: (size) => repeatTo('{"a', size) },
  { name: 'config: comments', build: (size) => `${repeatTo('/* x */ // y\n', size)}{}` },
];

/** CPU time (ms, best of `runs`) to check a config text and lint one template with it. */
export function configCpuTime(text: string, runs: number): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    collectGarbage();
    const before = process.cpuUsage();
    const { config } = validateConfigText(text);
    lint('Hi [NameF]!! FREE cleaning on [ApptDate], act now. word word phrase12 word12', [config]);
    const used = process.cpuUsage(before);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}
