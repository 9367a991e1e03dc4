// The SMS analysis as a table of vectors: encoding, characters, carrier and Open Dental
// segments, tag expansion and cost. Lengths here are the documented defaults
// (docs/tag-lengths.md); a change there should fail here on purpose.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { resolveConfig, type OdmsgConfig } from '../../server/src/engine/config';
import { parseTemplate } from '../../server/src/engine/parse';
import { formatCount, formatMoney, plural } from '../../server/src/engine/numbers';
import { analyzeSms, type SmsAnalysis } from '../../server/src/engine/sms/analyze';
import { countChars, segmentText } from '../../server/src/engine/sms/segments';

function analyze(text: string, config?: OdmsgConfig): SmsAnalysis {
  return analyzeSms(parseTemplate(text), resolveConfig(config ? [config] : []));
}

const a = (n: number) => 'a'.repeat(n);
const CURLY = '\u2019';

interface Vector {
  name: string;
  text: string;
  config?: OdmsgConfig;
  expect: Partial<SmsAnalysis>;
}

const VECTORS: Vector[] = [
  // GSM-7 boundaries: 160 in one segment, then 153 per segment.
  { name: 'GSM-7 160 chars: 1 segment', text: a(160), expect: { encoding: 'GSM-7', expandedChars: 160, carrierUnits: 160, carrierSegments: 1, odSegments: 1 } },
  { name: 'GSM-7 161 chars: 2 segments', text: a(161), expect: { carrierSegments: 2, odSegments: 2, billedSegments: 2 } },
  { name: 'GSM-7 306 chars: 2 segments of 153', text: a(306), expect: { carrierSegments: 2, odSegments: 2 } },
  { name: 'GSM-7 307 chars: 3 carrier segments, 2 for Open Dental', text: a(307), expect: { carrierSegments: 3, odSegments: 2, billedSegments: 2 } },
  { name: 'GSM-7 320 chars: Open Dental 2 segments', text: a(320), expect: { odSegments: 2, carrierSegments: 3 } },
  { name: 'GSM-7 321 chars: Open Dental 3 segments', text: a(321), expect: { odSegments: 3, carrierSegments: 3 } },
  // UCS-2 boundaries: 70 in one segment, then 67 per segment.
  { name: 'UCS-2 70 chars: 1 segment', text: CURLY + a(69), expect: { encoding: 'UCS-2', expandedChars: 70, carrierUnits: 70, carrierSegments: 1, odSegments: 1, billedSegments: 1 } },
  { name: 'UCS-2 71 chars: 2 segments', text: CURLY + a(70), expect: { carrierSegments: 2, odSegments: 1, billedSegments: 2 } },
  { name: 'UCS-2 134 chars: 2 segments of 67', text: CURLY + a(133), expect: { carrierSegments: 2 } },
  { name: 'UCS-2 135 chars: 3 segments', text: CURLY + a(134), expect: { carrierSegments: 3, billedSegments: 3 } },
  // GSM-7 extension characters take two septets.
  { name: '"{" as the 159th character: 160 septets, 1 segment', text: a(158) + '{', expect: { encoding: 'GSM-7', expandedChars: 159, carrierUnits: 160, carrierSegments: 1 } },
  { name: '"{" as the 160th character: 161 septets, 2 segments', text: a(159) + '{', expect: { expandedChars: 160, carrierUnits: 161, carrierSegments: 2, odSegments: 1 } },
  { name: '"€" counts two', text: a(159) + '\u20ac', expect: { encoding: 'GSM-7', carrierUnits: 161, carrierSegments: 2 } },
  { name: 'every extension character counts two', text: '^{}\\[]~|\u20ac\f', expect: { encoding: 'GSM-7', expandedChars: 10, carrierUnits: 20 } },
  { name: 'extension characters are GSM-7 in a UCS-2 text: one unit each', text: `{}${CURLY}`, expect: { encoding: 'UCS-2', carrierUnits: 3 } },
  // Line breaks: one character for carriers, two for Open Dental's billing.
  { name: 'line break: 159 characters, 160 for Open Dental', text: `${a(79)}\n${a(79)}`, expect: { expandedChars: 159, lineBreaks: 1, odChars: 160, odSegments: 1, carrierSegments: 1 } },
  {
    name: 'line break: 160 characters, 161 for Open Dental',
    text: `${a(80)}\n${a(79)}`,
    expect: { expandedChars: 160, odChars: 161, odSegments: 2, carrierSegments: 1, billedSegments: 2, costPerMessage: 0.05 },
  },
  { name: 'CRLF is one line break', text: 'a\r\nb', expect: { expandedChars: 3, lineBreaks: 1, odChars: 4, carrierUnits: 3 } },
  { name: 'a lone CR is one line break', text: 'a\rb', expect: { lineBreaks: 1, odChars: 4 } },
  { name: "the file's final line break is not part of the message", text: 'Hi\n\n', expect: { expandedChars: 2, lineBreaks: 0 } },
  // User-perceived characters vs UTF-16 code units.
  { name: 'emoji with skin tone: 1 character, 4 UCS-2 units', text: '\u{1F44D}\u{1F3FD}', expect: { encoding: 'UCS-2', expandedChars: 1, carrierUnits: 4 } },
  { name: 'ZWJ family: 1 character, 8 UCS-2 units', text: '\u{1F468}\u200d\u{1F469}\u200d\u{1F467}', expect: { expandedChars: 1, carrierUnits: 8, carrierSegments: 1 } },
  { name: 'e + combining acute: 1 character, not GSM-7', text: 'Jose\u0301', expect: { encoding: 'UCS-2', expandedChars: 4, literalChars: 4, carrierUnits: 5 } },
  { name: 'precomposed é is GSM-7', text: 'Jos\u00e9', expect: { encoding: 'GSM-7', expandedChars: 4, carrierUnits: 4 } },
  { name: 'emoji never split: 67 + emoji = 71 units, 2 segments', text: a(67) + '\u{1F44D}\u{1F3FD}', expect: { carrierUnits: 71, carrierSegments: 2 } },
  { name: '66 + emoji = 70 units, 1 segment', text: a(66) + '\u{1F44D}\u{1F3FD}', expect: { carrierUnits: 70, carrierSegments: 1 } },
  // Tags, default lengths.
  { name: '[NameF] is 10 characters', text: 'Hi [NameF]', expect: { literalChars: 3, expandedChars: 13, tags: [{ tag: 'NameF', length: 10, count: 1, source: 'default' }] } },
  { name: 'a tag in any case is the same tag', text: '[namef] [NAMEF]', expect: { expandedChars: 21, tags: [{ tag: 'NameF', length: 10, count: 2, source: 'default' }] } },
  { name: 'the statement spelling [nameF]', text: '---\nkind: statement\n---\n[nameF]', expect: { expandedChars: 10 } },
  { name: '[ConfirmCode] is 2', text: 'Reply [ConfirmCode]', expect: { expandedChars: 8 } },
  { name: '[ApptDate] is a short date (10), [ApptTime] 8', text: '[ApptDate] [ApptTime]', expect: { expandedChars: 19 } },
  { name: 'a link tag is a 30-character short link', text: '[ConfirmURL]', expect: { expandedChars: 30 } },
  { name: '[Premed] is empty by default', text: '[Premed]Call us.', expect: { expandedChars: 8, tags: [{ tag: 'Premed', length: 0, count: 1, source: 'default' }] } },
  { name: 'an unknown tag is sent as typed', text: '[Foo] x', expect: { literalChars: 7, expandedChars: 7, tags: [] } },
  { name: 'a catalog tag without a default uses its example', text: '[Credentials]', expect: { tags: [{ tag: 'Credentials', length: 'Maria: maria.garcia / Temp-4821'.length, count: 1, source: 'example' }] } },
  { name: 'front matter is not part of the message', text: '---\nkind: eReminder\n---\nHi', expect: { literalChars: 2, expandedChars: 2 } },
  // Configured lengths.
  { name: 'tagLengths overrides a default', text: 'Hi [NameF]', config: { tagLengths: { NameF: 3 } }, expect: { expandedChars: 6, tags: [{ tag: 'NameF', length: 3, count: 1, source: 'config' }] } },
  { name: 'tagLengths keys in any case', text: 'Hi [NameF]', config: { tagLengths: { namef: 4 } }, expect: { expandedChars: 7 } },
  { name: 'tagLengths: of two keys in other cases, the first one written counts', text: 'Hi [NameF]', config: { tagLengths: { NAMEF: 5, namef: 4 } }, expect: { expandedChars: 8 } },
  { name: 'tagLengths per mode: typical mode reads typical', text: '[OfficeName]', config: { tagLengths: { OfficeName: { typical: 12, worst: 40 } } }, expect: { expandedChars: 12 } },
  { name: 'tagLengths with worst only: typical keeps the default', text: '[OfficeName]', config: { tagLengths: { OfficeName: { worst: 80 } } }, expect: { expandedChars: 30 } },
  { name: 'tagLengths can name a tag the catalog lacks', text: '[Foo]', config: { tagLengths: { Foo: 7 } }, expect: { expandedChars: 7, tags: [{ tag: 'Foo', length: 7, count: 1, source: 'config' }] } },
  { name: 'an invalid tagLengths value is ignored', text: '[NameF]', config: { tagLengths: { NameF: -3 } }, expect: { expandedChars: 10 } },
  // Worst mode.
  { name: 'worst: [Premed] is a sentence', text: '[Premed]', config: { lengthMode: 'worst' }, expect: { lengthMode: 'worst', expandedChars: 100 } },
  { name: 'worst: long date, long names', text: '[NameF] [ApptDate] [OfficeName]', config: { lengthMode: 'worst' }, expect: { expandedChars: 20 + 1 + 29 + 1 + 60 } },
  { name: 'worst: configured worst length', text: '[OfficeName]', config: { lengthMode: 'worst', tagLengths: { OfficeName: { worst: 80 } } }, expect: { expandedChars: 80 } },
  { name: 'worst with typical configured above the default worst', text: '[OfficeName]', config: { lengthMode: 'worst', tagLengths: { OfficeName: { typical: 70 } } }, expect: { expandedChars: 70 } },
  // Aggregate [Appts]: one line per appointment, lines joined by line breaks.
  {
    name: '[Appts]: 2 lines of 85 and a line break',
    text: '---\nkind: eReminder\naggregate: true\n---\n[Appts]',
    expect: { expandedChars: 171, lineBreaks: 1, odChars: 172, odSegments: 2, tags: [{ tag: 'Appts', length: 171, count: 1, source: 'default' }] },
  },
  { name: '[Appts] with appointmentsPerFamily 3', text: '[Appts]', config: { appointmentsPerFamily: 3 }, expect: { expandedChars: 3 * 85 + 2, lineBreaks: 2 } },
  { name: '[Appts] with a configured line length', text: '[Appts]', config: { tagLengths: { Appts: 40 } }, expect: { expandedChars: 81 } },
  { name: '[Appts] worst', text: '[Appts]', config: { lengthMode: 'worst' }, expect: { expandedChars: 2 * 212 + 1 } },
  { name: '[FamilyList] joins names with ", "', text: '[FamilyList]', expect: { expandedChars: 22, lineBreaks: 0 } },
  // Cost: Open Dental's US prices and its own examples (160, 162, 321 characters).
  { name: 'cost of 160 characters', text: a(160), expect: { costPerMessage: 0.04, costPer1000: 40 } },
  { name: 'cost of 162 characters', text: a(162), expect: { costPerMessage: 0.05, costPer1000: 50 } },
  { name: 'cost of 321 characters', text: a(321), expect: { costPerMessage: 0.06, costPer1000: 60 } },
  { name: 'Canadian prices', text: a(321), config: { pricing: { perMessage: 0.05, perExtraSegment: 0.02 } }, expect: { costPerMessage: 0.09, pricing: { perMessage: 0.05, perExtraSegment: 0.02 } } },
  { name: 'a UCS-2 text is billed on carrier segments', text: CURLY + a(140), expect: { odSegments: 1, carrierSegments: 3, billedSegments: 3, costPerMessage: 0.06 } },
  { name: 'empty body: nothing to send', text: '---\nkind: eReminder\n---\n', expect: { expandedChars: 0, carrierSegments: 0, odSegments: 0, costPerMessage: 0 } },
];

describe('analyzeSms vectors', () => {
  for (const v of VECTORS) {
    test(v.name, () => {
      const result = analyze(v.text, v.config);
      const picked = Object.fromEntries(Object.keys(v.expect).map((k) => [k, result[k as keyof SmsAnalysis]]));
      assert.deepEqual(picked, v.expect);
    });
  }
});

describe('analyzeSms details', () => {
  test('a literal "{" at position 160 moves whole into the second segment', () => {
    const text = a(152) + '{' + a(10);
    const seg = segmentText(text);
    assert.equal(seg.encoding, 'GSM-7');
    assert.deepEqual(
      seg.segments.map((s) => [s.start, s.end, s.units]),
      [
        [0, 152, 152],
        [152, 163, 12],
      ],
    );
  });

  test('non-GSM characters are listed with file offsets, fixes and emoji', () => {
    const fm = '---\nkind: eReminder\n---\n';
    const text = `${fm}It\u2019s [NameF]\u2026 \u{1F44D}\u{1F3FD}\u00a0\u{1F468}\u200d\u{1F469}\u200d\u{1F467} e\u0301 \u00e1`;
    const r = analyze(text);
    const at = (c: string) => text.indexOf(c, fm.length);
    assert.deepEqual(r.nonGsmChars, [
      { char: '\u2019', offset: fm.length + 2, replacement: "'", emoji: false },
      { char: '\u2026', offset: fm.length + 12, replacement: '...', emoji: false },
      { char: '\u{1F44D}\u{1F3FD}', offset: at('\u{1F44D}'), emoji: true },
      { char: '\u00a0', offset: at('\u00a0'), replacement: ' ', emoji: false },
      { char: '\u{1F468}\u200d\u{1F469}\u200d\u{1F467}', offset: at('\u{1F468}'), emoji: true },
      { char: 'e\u0301', offset: at('e\u0301'), replacement: '\u00e9', emoji: false },
      { char: '\u00e1', offset: at('\u00e1'), emoji: false },
    ]);
    for (const c of r.nonGsmChars) assert.equal(text.slice(c.offset, c.offset + c.char.length), c.char);
  });

  test('ifGsm7 says what the text would cost with its non-GSM characters fixed', () => {
    const r = analyze(`Hi${CURLY} ${a(100)}`);
    assert.equal(r.encoding, 'UCS-2');
    assert.deepEqual(r.ifGsm7, { encoding: 'GSM-7', carrierSegments: 1, odSegments: 1, billedSegments: 1, costPerMessage: 0.04 });
    assert.equal(r.billedSegments, 2);
    assert.equal(analyze('plain').ifGsm7, undefined);
  });

  test('the result is plain JSON (an LSP response as is)', () => {
    const r = analyze(`Hi [NameF]${CURLY} [Appts] \u{1F44D}`);
    assert.deepEqual(JSON.parse(JSON.stringify(r)), r);
  });

  test('memoised per template and config; the lengthMode override gives a separate result', () => {
    const t = parseTemplate('[Premed]x');
    const c = resolveConfig([]);
    assert.equal(analyzeSms(t, c), analyzeSms(t, c));
    assert.equal(analyzeSms(t, c, { lengthMode: 'worst' }).expandedChars, 101);
    assert.equal(analyzeSms(t, c).expandedChars, 1);
  });

  test('Open Dental default eConfirmation text: 2 segments with its add-to-calendar link, 1 without', () => {
    const base = '[NameF] is scheduled for [ApptTime] on [ApptDate] at [OfficeName]. Reply [ConfirmCode] to confirm or call [OfficePhone].';
    assert.equal(analyze(base).expandedChars, 129);
    assert.equal(analyze(base).odSegments, 1);
    assert.equal(analyze(`${base} To add this to your calendar, visit [AddToCalendar].`).odSegments, 2);
  });

  test('formatMoney, formatCount, plural', () => {
    assert.equal(formatMoney(0.04), '$0.04');
    assert.equal(formatMoney(0.1), '$0.10');
    assert.equal(formatMoney(0.045), '$0.045');
    assert.equal(formatMoney(60), '$60.00');
    // Grouped, as the status bar always wrote it (issue 13: the preview and CLI wrote "$1470.00").
    assert.equal(formatMoney(1470), '$1,470.00');
    assert.equal(formatMoney(0.04 + 0.01 + 0.01), '$0.06');
    assert.equal(formatMoney(0.00375), '$0.00375');
    assert.equal(formatCount(1470), '1,470');
    assert.equal(formatCount(7), '7');
    assert.equal(plural(1, 'segment'), '1 segment');
    assert.equal(plural(0, 'segment'), '0 segments');
    assert.equal(plural(1470, 'character'), '1,470 characters');
    assert.equal(plural(2, 'was', 'were'), '2 were');
  });
});

describe('analyzeSms counts in bulk what segmentText counts character by character', () => {
  // analyzeSms never lists a text's characters: plain ones are counted by code, in bulk. Its
  // figures must still be those of the message as sent, split by segmentText (which the
  // calculator tests hold to Twilio's), before and after the non-GSM characters are fixed.
  const PIECES = [
    'a',
    'Hi ',
    'x'.repeat(70),
    'y'.repeat(150),
    '{',
    '\u20ac',
    '^',
    '\f',
    '\n',
    '\r\n',
    '\r',
    '\n\n',
    ' ',
    '.',
    'é',
    '\u00e1',
    CURLY,
    '\u2026',
    '\u00a0',
    '\u2028',
    '\u200b',
    '\u{1F44D}',
    '\u{1F44D}\u{1F3FD}',
    '\u{1F468}\u200d\u{1F469}\u200d\u{1F467}',
    'e\u0301',
    'x\u0301\u0301',
    `o${'\u0301'.repeat(80)}`,
    '\u0600a',
    '\uff21',
    '`',
    '\t',
    '\ud83d',
    '\u4e2d',
    '\u0915\u094d\u0937',
  ];
  const body = fc
    .array(fc.oneof({ weight: 9, arbitrary: fc.constantFrom(...PIECES) }, { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) }), { maxLength: 80 })
    // No brackets (tags expand) and a first letter (no front matter, no byte order mark).
    .map((parts) => `a${parts.join('').replace(/[[\]]/g, '(')}`);
  // The message: without the file's final line breaks, each "\r\n" or lone "\r" a "\n".
  const lineBreaks = (text: string) => text.replace(/\r\n?/g, '\n');
  const withoutFinalBreaks = (text: string) => text.replace(/[\r\n]+$/, '');

  test('encoding, characters, units and segments, and the same once fixed (ifGsm7)', () => {
    fc.assert(
      fc.property(body, (text) => {
        const r = analyze(text);
        const sent = lineBreaks(withoutFinalBreaks(text));
        const seg = segmentText(sent);
        assert.equal(r.encoding, seg.encoding);
        assert.equal(r.carrierUnits, seg.units);
        assert.equal(r.carrierSegments, seg.segments.length);
        assert.equal(r.expandedChars, countChars(sent));
        assert.equal(r.lineBreaks, (sent.match(/\n/g) ?? []).length);
        if (r.encoding === 'GSM-7') return assert.equal(r.ifGsm7, undefined);
        // The fixed message: each listed character replaced (a line separator by a line break
        // of its own), emoji removed, any other one an "x".
        const message = withoutFinalBreaks(text);
        let fixed = '';
        let at = 0;
        for (const c of r.nonGsmChars) {
          fixed += lineBreaks(message.slice(at, c.offset)) + (c.replacement ?? (c.emoji ? '' : 'x'));
          at = c.offset + c.char.length;
        }
        const fixedSeg = segmentText(fixed + lineBreaks(message.slice(at)));
        assert.equal(r.ifGsm7?.encoding, fixedSeg.encoding);
        assert.equal(r.ifGsm7?.carrierSegments, fixedSeg.segments.length);
      }),
      { seed: 6, numRuns: 2000, includeErrorInReport: true },
    );
  });

  test('a character longer than a segment counts the segments it fills: Z and 200 combining marks is 3', () => {
    // 201 UCS-2 code units: carriers split by code units, 67 a concatenated segment.
    const zalgo = `Z${'\u0301'.repeat(200)}`;
    assert.equal(analyze(zalgo).carrierUnits, 201);
    assert.equal(analyze(zalgo).carrierSegments, 3);
    const seg = segmentText(zalgo);
    assert.deepEqual(
      seg.segments.map((s) => s.units),
      [67, 67, 67],
    );
    assert.deepEqual(
      seg.segments.map((s) => [s.start, s.end]),
      [
        [0, 67],
        [67, 134],
        [134, 201],
      ],
    );
    // Text before it fills the first segment, and the cluster goes on from there: 10 + 201 units.
    assert.equal(analyze(`${'a'.repeat(9)} ${zalgo}`).carrierSegments, 4);
    assert.deepEqual(
      segmentText(`${'a'.repeat(9)} ${zalgo}`).segments.map((s) => s.units),
      [67, 67, 67, 10],
    );
    // Up to 70 units in all is still one segment; one more unit past that splits it.
    assert.equal(analyze(`Z${'\u0301'.repeat(69)}`).carrierSegments, 1);
    assert.deepEqual(
      segmentText(`Z${'\u0301'.repeat(67)}xyz`).segments.map((s) => s.units),
      [67, 4],
    );
    // A character that fits a segment still moves whole into the next one.
    assert.deepEqual(
      segmentText(`${'a'.repeat(60)}Z${'\u0301'.repeat(10)}`).segments.map((s) => s.units),
      [60, 11],
    );
    // A surrogate pair inside such a cluster is never split.
    const pairs = `\u{1F468}${'\u200d\u{1F469}'.repeat(30)}`;
    assert.ok(pairs.length > 67);
    for (const s of segmentText(pairs).segments) assert.ok(!/[\ud800-\udbff]$/.test(pairs.slice(s.start, s.end)), 'segment ends inside a surrogate pair');
    assert.equal(analyze(pairs).carrierSegments, segmentText(pairs).segments.length);
  });

  test('one character longer than a whole UCS-2 segment, then plain text', () => {
    // 81 code units (a letter and 80 marks) fill a segment past its 67; what follows starts the next.
    for (const n of [1, 60, 67, 68, 200]) {
      const text = `ao${'\u0301'.repeat(80)}${'x'.repeat(n)}`;
      assert.equal(analyze(text).carrierSegments, segmentText(text).segments.length, `${n} after`);
    }
  });
});
