// The phrase matcher (util/phrases.ts) skips most word starts with a table of the phrases'
// first two code units and walks the text by hand. These tests hold it to the matcher it
// replaced (property/phrasesModel.ts) on generated phrase lists and texts, built from the
// characters its folding and word boundaries turn on.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { compilePhrases } from '../../server/src/engine/rules/util/phrases';
import { compileModelPhrases } from './property/phrasesModel';
import { anyUnicode, tagSoup, template } from './property/arbitraries';

/**
 * Letters in both cases, joints (space, hyphen, NBSP, Unicode hyphens, tab), apostrophes,
 * digits and punctuation, letters that fold oddly (final sigma, Kelvin sign, dotted I, long s),
 * a mark, an emoji, a lone surrogate, and the mask the rules match on.
 */
const PIECES = [
  'a',
  'b',
  'A',
  'B',
  'ab',
  'ba',
  'n',
  'o',
  'w',
  ' ',
  '  ',
  '-',
  '\u00a0',
  '\u2010',
  '\t',
  "'",
  '’',
  '1',
  '0',
  '%',
  '.',
  '!',
  'é',
  'É',
  'ς',
  'σ',
  'Σ',
  'K',
  'k',
  'İ',
  'ſ',
  's',
  '\u0301',
  '😀',
  '\ud800',
  '\udc00',
  '\u001f',
  'ß',
  'ﬀ',
];

const piece = fc.constantFrom(...PIECES);
const phrase = fc.array(piece, { minLength: 1, maxLength: 5 }).map((parts) => parts.join(''));
const phraseList = fc.array(fc.oneof(phrase, fc.constantFrom('free', 'act now', "don't miss out", 'a', 'A b', '100% free', 'no', 'now')), { minLength: 1, maxLength: 8 });
const text = fc.oneof(
  fc.array(piece, { maxLength: 40 }).map((parts) => parts.join('')),
  fc.array(fc.constantFrom(...PIECES, 'free', 'FREE', 'act', 'now', 'don’t', 'miss', 'out', '100%'), { maxLength: 20 }).map((parts) => parts.join('')),
  anyUnicode,
  tagSoup,
  template,
);

const params = { seed: Number(process.env.ODMSG_FUZZ_SEED ?? 6), numRuns: 3000, includeErrorInReport: true };

function both(phrases: readonly string[], input: string): { fast: unknown[]; model: unknown[] } {
  const fast = compilePhrases(phrases);
  const model = compileModelPhrases(phrases);
  assert.equal(fast === undefined, model === undefined);
  return { fast: fast ? [...fast.matches(input)] : [], model: model ? [...model.matches(input)] : [] };
}

test('the phrase matcher finds what the matcher it replaced found', () => {
  fc.assert(
    fc.property(phraseList, text, (phrases, input) => {
      const { fast, model } = both(phrases, input);
      assert.deepEqual(fast, model);
    }),
    params,
  );
});

test('the phrase matcher on the built-in list and on hand-picked edges', () => {
  const cases: [string[], string][] = [
    [['free', 'free gift', '100% free'], 'FREE gift! 100% free, freebies, carefree, free-gift, free\u00a0 gift'],
    [['act now'], 'act  now, act-now, act\tnow, act--now, act now2, react now'],
    [["don't miss out"], "Don’t miss out! don't  miss-out"],
    [['a'], 'a A á a1 1a a. ba'],
    [['ab'], 'ab aB Ab a b abc xab'],
    [['σ'], 'ς Σ σ'],
    [['k'], 'K k K'],
    [['x y'], 'x'],
    [['😀 now'], '😀 now x😀 now'],
  ];
  for (const [phrases, input] of cases) {
    const { fast, model } = both(phrases, input);
    assert.deepEqual(fast, model, `${JSON.stringify(phrases)} in ${JSON.stringify(input)}`);
  }
  // Found at all, so the comparison above compares matches, not two empty lists.
  assert.equal(both(['free', 'free gift', '100% free'], 'FREE gift! 100% free').fast.length, 2);
});
