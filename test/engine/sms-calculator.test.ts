// Our carrier arithmetic on literal text against Twilio's calculator (npm
// `sms-segments-calculator`): the same encoding, the same number of segments and the same
// text in each segment, on hand-picked strings and on generated ones. Also: our fast
// grapheme splitter agrees with Intl.Segmenter run on the whole string.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { SegmentedMessage } from 'sms-segments-calculator';
import { forEachGrapheme } from '../../server/src/engine/sms/graphemes';
import { segmentText } from '../../server/src/engine/sms/segments';

interface Theirs {
  encoding: string;
  segments: string[];
}

function calculator(text: string): Theirs {
  const m = new SegmentedMessage(text);
  // A Segment is an Array subclass whose constructor adds header entries, so copy it into a
  // plain array before filter/map (they construct their results through the subclass).
  const segments = m.segments.map((segment) =>
    Array.from(segment as unknown as Iterable<{ raw?: unknown }>)
      .flatMap((c) => (typeof c.raw === 'string' ? [c.raw] : []))
      .join(''),
  );
  return { encoding: m.encodingName, segments };
}

function ours(text: string): Theirs {
  const s = segmentText(text);
  return { encoding: s.encoding, segments: s.segments.map((g) => text.slice(g.start, g.end)) };
}

const a = (n: number) => 'a'.repeat(n);
const THUMB = '\u{1F44D}\u{1F3FD}';
const FAMILY = '\u{1F468}\u200d\u{1F469}\u200d\u{1F467}';

const STRINGS: [string, string][] = [
  ['160 GSM-7', a(160)],
  ['161 GSM-7', a(161)],
  ['306 GSM-7', a(306)],
  ['307 GSM-7', a(307)],
  ['1600 GSM-7', a(1600)],
  ['70 UCS-2', '\u2019' + a(69)],
  ['71 UCS-2', '\u2019' + a(70)],
  ['134 UCS-2', '\u2019' + a(133)],
  ['135 UCS-2', '\u2019' + a(134)],
  ['"{" as the 160th character', a(159) + '{'],
  ['"{" straddling the first concatenated segment', a(152) + '{' + a(10)],
  ['"€" straddling', a(152) + '\u20ac' + a(10)],
  ['every extension character', '^{}\\[]~|\u20ac\f'.repeat(20)],
  ['extension characters in UCS-2', '^{}\\[]~|\u20ac\u2019'.repeat(10)],
  ['line breaks', `Hi\nthere\n${a(158)}`],
  ['CRLF', `Hi\r\nthere\r\n${a(158)}`],
  ['emoji with skin tone at the UCS-2 boundary', a(66) + THUMB],
  ['emoji with skin tone past the boundary', a(67) + THUMB],
  ['emoji straddling a concatenated segment', a(65) + THUMB + a(10)],
  ['ZWJ family straddling', a(62) + FAMILY + a(20)],
  ['flags', '\u{1F1FA}\u{1F1F8}'.repeat(40)],
  ['combining marks', 'Jose\u0301 '.repeat(20)],
  ['GSM-7 accented letters', 'àéùìòÇØøÅåÄÖÑÜäöñüß¿¡£¥§ΔΦΓΛΩΠΨΣΘΞ'.repeat(6)],
  ['Open Dental default eConfirmation text', 'Maria is scheduled for 10:30 AM on 3/3/2026 at Bright Smiles Dental. Reply C to confirm or call (555) 555-0134.'],
  ['smart punctuation', '\u201cHi\u201d \u2013 it\u2019s time\u2026 '.repeat(8)],
  ['CJK', '\u6f22\u5b57'.repeat(50)],
];

describe('carrier segments match sms-segments-calculator', () => {
  for (const [name, text] of STRINGS) {
    test(name, () => {
      assert.deepEqual(ours(text), calculator(text));
    });
  }
});

describe('a character longer than a segment', () => {
  // The calculator puts such a character whole into one over-full segment (Z and 200 marks:
  // 3,264 bits where a segment holds 1,120), which no carrier can send. Carriers split by
  // code units, so it fills segments as the same number of one-unit characters would: that
  // text the calculator does split right, and the segment sizes must match it.
  const oneUnit = '\u6f22';
  for (const [name, text, same] of [
    ['Z and 200 combining marks', `Z${'\u0301'.repeat(200)}`, oneUnit.repeat(201)],
    ['after plain text', `${a(30)}Z${'\u0301'.repeat(100)}${a(5)}`, `${a(30)}${oneUnit.repeat(101)}${a(5)}`],
  ]) {
    test(name, () => {
      assert.ok(
        new SegmentedMessage(text).segments.some((s) => s.sizeInBits() > 1120),
        'the calculator over-fills a segment here',
      );
      const theirs = new SegmentedMessage(same).segments.map((s) => s.messageSizeInBits() / 16);
      assert.deepEqual(
        segmentText(text).segments.map((s) => s.units),
        theirs,
      );
    });
  }
});

/** A small deterministic PRNG (mulberry32), so failures reproduce. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Pieces both Intl.Segmenter and the calculator's grapheme-splitter agree on.
const PIECES = [
  'a',
  'b',
  'Z',
  '0',
  ' ',
  '.',
  ',',
  '!',
  '?',
  "'",
  '"',
  '@',
  '$',
  '_',
  '\n',
  '\r\n',
  '\r',
  '{',
  '}',
  '[',
  ']',
  '\\',
  '^',
  '~',
  '|',
  '\u20ac',
  '\f',
  '\u00e9',
  '\u00e0',
  '\u00c7',
  '\u00df',
  '\u00a3',
  '\u0394',
  '\u00a1',
  '\u00bf',
  '\u2019',
  '\u201c',
  '\u2013',
  '\u2014',
  '\u2026',
  '\u00a0',
  '\u2009',
  '\t',
  '\u00e1',
  '\u00e7',
  '\u6f22',
  '\u{1F44D}',
  THUMB,
  FAMILY,
  '\u{1F1FA}\u{1F1F8}',
  '\u{1F9B7}',
  'e\u0301',
  'n\u0303',
];

test('carrier segments match sms-segments-calculator on 1,500 generated strings', () => {
  const next = random(20260101);
  for (let run = 0; run < 1500; run++) {
    // Lengths cluster around the boundaries: one segment, two, and a few more.
    const target = [60, 70, 140, 160, 310, 700][run % 6] + Math.floor(next() * 20) - 10;
    // Mostly GSM-7 text with the odd other character, so both encodings get long texts.
    const gsmOnly = next() < 0.5;
    let text = '';
    while (text.length < target) {
      const pool = gsmOnly ? 27 : next() < 0.9 ? 27 : PIECES.length;
      text += PIECES[Math.floor(next() * pool)];
    }
    assert.deepEqual(ours(text), calculator(text), `for ${JSON.stringify(text)}`);
  }
});

describe('fast grapheme splitting agrees with Intl.Segmenter on whole strings', () => {
  const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });
  const whole = (text: string) => [...segmenter.segment(text)].map((s) => [s.index, s.segment]);
  const fast = (text: string) => {
    const out: [number, string][] = [];
    forEachGrapheme(text, (segment, index) => out.push([index, segment]));
    return out;
  };
  // Every kind of character the chunking rules treat specially, and lone surrogates.
  const TRICKY = [
    ...PIECES,
    '\u200d',
    '\u200c',
    '\ufe0f',
    '\u20e3',
    '#\ufe0f\u20e3',
    '\u{1F3FD}',
    '\u0600',
    '\u0915\u094d\u0937',
    '\u0915',
    '\u094d',
    '\u1100',
    '\u1161',
    '\u11a8',
    '\uac00',
    '\uac01',
    '\u0e33',
    '\uff9e',
    '\u{E0067}',
    '\ud83d',
    '\ude00',
    '\u0301',
    '\u0903',
    'x',
    'y',
  ];

  test('long runs of one character cross chunk boundaries correctly', () => {
    for (const piece of TRICKY) {
      const text = piece.repeat(Math.ceil(1300 / piece.length));
      assert.deepEqual(fast(text), whole(text), `for ${JSON.stringify(piece)} repeated`);
    }
  });

  test('2,000 generated strings', () => {
    const next = random(7);
    for (let run = 0; run < 2000; run++) {
      let text = '';
      const length = Math.floor(next() * 1500);
      // Runs of one piece, so chunks are cut inside runs of every kind.
      while (text.length < length) {
        const piece = TRICKY[Math.floor(next() * TRICKY.length)];
        text += piece.repeat(1 + Math.floor(next() * (next() < 0.2 ? 400 : 4)));
      }
      assert.deepEqual(fast(text), whole(text), `for ${JSON.stringify(text)}`);
    }
  });
});
