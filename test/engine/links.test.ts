// findLinks hands linkify only the runs of text that may hold a link. These tests hold it to
// the links linkify finds over the whole text (the way findLinks worked before), on
// generated inputs built from the characters that matter to linkify's scanner and parser.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import * as linkify from 'linkifyjs';
import { domainOf, findLinks, isRunBreak, type LinkToken } from '../../server/src/engine/links';
import { anyUnicode, tagSoup, template } from './property/arbitraries';

/** The reference: linkify over the whole of text[from, to), `<`, `>` and `"` blanked. */
function wholeTextLinks(text: string, from: number, to: number): LinkToken[] {
  const links: LinkToken[] = [];
  for (const found of linkify.find(text.slice(from, to).replace(/[<>"]/g, ' '))) {
    if (found.type !== 'url' || /^mailto:/i.test(found.href)) continue;
    links.push({ text: found.value, href: found.href, domain: domainOf(found.href), start: from + found.start, end: from + found.end });
  }
  return links;
}

/** Pieces linkify's state machines turn on: schemes, dots, TLDs, separators, brackets, odd spaces. */
const LINK_PIECES: readonly string[] = [
  'http',
  'https',
  'ftp',
  'ftps',
  'file',
  'mailto',
  'HTTP',
  'File',
  'localhost',
  'LocalHost',
  'www',
  'example',
  'bit',
  'ly',
  'com',
  'co',
  'uk',
  'org',
  'io',
  'dental',
  'xn--p1ai',
  'рф',
  '中国',
  'a',
  'b1',
  '-',
  '--',
  '_',
  '.',
  '..',
  ':',
  '://',
  ':/',
  '/',
  '//',
  '?',
  '#',
  '&',
  '=',
  '%20',
  '@',
  '+',
  '~',
  '!',
  ',',
  ';',
  "'",
  '*',
  '$',
  '(',
  ')',
  '[',
  ']',
  '{',
  '}',
  '<',
  '>',
  '"',
  '（',
  '）',
  '「',
  '」',
  '＜',
  '＞',
  '・',
  '。',
  '．',
  '\ufffc',
  '\ufe0f',
  '\u200d',
  '😀',
  '🦷',
  '8080',
  '1',
  '127.0.0.1',
  ' ',
  '  ',
  '\t',
  '\n',
  '\r\n',
  '\r',
  '\v',
  '\f',
  '\u00a0',
  '\u1680',
  '\u2000',
  '\u2009',
  '\u200a',
  '\u200b',
  '\u2028',
  '\u2029',
  '\u202f',
  '\u205f',
  '\u3000',
  '\ufeff',
  '\u0085',
  '\u180e',
  '[NameF]',
  '[ConfirmURL]',
];

const linkText = fc.array(fc.oneof({ weight: 9, arbitrary: fc.constantFrom(...LINK_PIECES) }, { weight: 1, arbitrary: anyUnicode }), { maxLength: 60 }).map((p) => p.join(''));

/** A text and a region of it, as parse.ts passes them (the body, or a subject inside front matter). */
const withRegion = fc
  .oneof(linkText, tagSoup, template, anyUnicode)
  .chain((text) => fc.tuple(fc.nat({ max: text.length }), fc.nat({ max: text.length })).map(([a, b]) => ({ text, from: Math.min(a, b), to: Math.max(a, b) })));

const params = { seed: Number(process.env.ODMSG_FUZZ_SEED ?? 6), numRuns: 3000, includeErrorInReport: true };

test('findLinks finds the same links as linkify over the whole text', () => {
  fc.assert(
    fc.property(fc.oneof(linkText, tagSoup, template, anyUnicode), (text) => {
      assert.deepEqual(findLinks(text, 0, text.length), wholeTextLinks(text, 0, text.length));
    }),
    params,
  );
});

test('findLinks over a region finds the same links as linkify over that region', () => {
  fc.assert(
    fc.property(withRegion, ({ text, from, to }) => {
      assert.deepEqual(findLinks(text, from, to), wholeTextLinks(text, from, to));
    }),
    params,
  );
});

test('findLinks: links without a dot, links cut by a region, and the run breaks', () => {
  const cases: [string, number?, number?][] = [
    ['see localhost:8080/x now'],
    ['LOCALHOST'],
    ['file:readme and FILE:x'],
    ['mailto:x@y.z http://x'],
    ['go to https://example.com/a</p> or <a href="http://b.org">'],
    ['a\u00a0b.com\u3000c.org\ufeffd.net\u2028e.io\u0085f.co'],
    ['x\ufffca.com'],
    ['..com a..b .com a. b.'],
    ['[NameF].com http://[NameF].com'],
    ['see example.com/path', 4, 11],
    ['see example.com/path', 8, 20],
    ['see example.com', 0, 12],
  ];
  for (const [text, from = 0, to = text.length] of cases) {
    assert.deepEqual(findLinks(text, from, to), wholeTextLinks(text, from, to), JSON.stringify(text));
  }
  assert.deepEqual(
    findLinks('see localhost now', 0, 17).map((l) => l.text),
    ['localhost'],
  );
});

test('the run breaks are exactly white space (as linkify scans it), <, > and "', () => {
  for (let c = 0; c <= 0xffff; c++) {
    assert.equal(isRunBreak(c), /[\s<>"]/.test(String.fromCharCode(c)), `U+${c.toString(16).padStart(4, '0')}`);
  }
  // And linkify's scanner breaks its tokens on the same white space.
  for (const space of ['\u00a0', '\u1680', '\u2000', '\u200a', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff', '\v', '\f']) {
    assert.deepEqual(
      findLinks(`a${space}b.com`, 0, 7).map((l) => l.text),
      ['b.com'],
      JSON.stringify(space),
    );
  }
});
