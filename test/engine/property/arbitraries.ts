// Generators for the engine's property tests and `npm run fuzz`: arbitrary Unicode,
// template-shaped text, and tag soup built from the pieces every rule looks at.
import fc from 'fast-check';
import kindsData from '../../../server/src/engine/data/kinds.json';
import tagsData from '../../../server/src/engine/data/tags.json';

export const KIND_IDS = Object.keys(kindsData.kinds);
export const TAG_NAMES = tagsData.tags.map((t) => t.name);

/** Any UTF-16 code unit, lone surrogates included: what an editor buffer can hold. */
export const anyCodeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));

export const anyUnicode = fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), fc.string({ unit: anyCodeUnit, maxLength: 300 }), fc.string({ unit: 'grapheme', maxLength: 200 }));

/** Pieces of templates: tags and tag mistakes, front matter lines, links, trigger words, odd characters. */
const PIECES: readonly string[] = [
  '[',
  ']',
  '[[',
  ']]',
  '[]',
  '[ ]',
  '[NameF]',
  '[nameF]',
  '[NAMEF]',
  '[[NameF]]',
  '[NameF]]',
  '[[ApptDate]',
  '[Name F]',
  '[Appt Date]',
  '[Name-F]',
  '[Name.F]',
  '[ ApptTime ]',
  '[ConfirmCode]',
  '[ConfirmURL]',
  '[SSN]',
  '[Birthdate]',
  '[ClinicName]',
  '[OfficePhone]',
  '[Appts]',
  '[FamilyList]',
  '[StatementURL]',
  '[UnknownTag]',
  '---',
  '---\n',
  '---\r\n',
  '\n---\n',
  'kind: eReminder\n',
  'kind: eConfirmation\n',
  'kind: nonsense\n',
  'channel: email\n',
  'channel: sms\n',
  'channel: fax\n',
  'subject: Your visit [ApptDate]\n',
  'subject:\n',
  'aggregate: true\n',
  'aggregate: perAppointment\n',
  'rules:\n',
  '  excessive-punctuation: off\n',
  '  all-caps: error\n',
  'rules: { all-caps: off, spam-phrases: info }\n',
  'rules: {\n',
  '  bogus\n',
  'key without colon\n',
  '# comment\n',
  ': value\n',
  '!!',
  '??',
  '?!',
  '!?!?',
  '$$',
  '$$$',
  '!',
  '?',
  '$',
  '...',
  '…',
  '—',
  '–',
  '“',
  '”',
  '‘',
  '’',
  '"',
  "'",
  '`',
  'FREE',
  'free',
  'Free',
  'act now',
  'ACT NOW',
  'winner',
  'click here',
  'limited time',
  'cash',
  'guaranteed',
  'no obligation',
  'feel free to call',
  'fluoride-free',
  'pain-free',
  'free parking',
  'URGENT',
  'CALL NOW',
  'AM',
  'PM',
  'DDS',
  'OK',
  'STOP',
  'Reply STOP to opt out',
  'Reply C to confirm',
  'HELP',
  'START',
  'UNSUBSCRIBE',
  'antibiotic',
  'one hour before',
  'www.example.com',
  'https://example.com/a?b=c#d',
  'http://x.y',
  'example.com/x',
  'bit.ly/abc',
  'tinyurl.com/x',
  't.co/x',
  'ftp://h/p',
  'mailto:a@b.c',
  'a@b.com',
  'https://',
  'www.',
  '.com',
  'http://[NameF].com',
  'https://[ConfirmURL]',
  '(555) 555-1234',
  '555-555-1234',
  '+1 800 555 0199',
  '1-800-DENTIST',
  '2024-05-01',
  '10:30 AM',
  ' ',
  '  ',
  '\t',
  '\n',
  '\r\n',
  '\r',
  '\n\n',
  '\u00a0',
  '\u200b',
  '\ufeff',
  '\u001f',
  '\u0000',
  '\u2028',
  '\ud83d',
  '\ude00',
  '😀',
  '🦷',
  '👨‍👩‍👧',
  'é',
  'e\u0301',
  'ß',
  'İ',
  'ﬃ',
  '€',
  '^',
  '{',
  '}',
  '\\',
  '|',
  '~',
  '*',
  '<b>',
  '</b>',
  '&amp;',
  'Hi',
  'Hello',
  'your',
  'appointment',
  'is',
  'on',
  'at',
  'Dr.',
  'Smith',
  'Bright Smiles Dental',
  'tomorrow',
  'please',
  'call',
  "don't",
  'we’re',
  'x'.repeat(40),
  'A'.repeat(30),
  '1234567890',
  // Line breaks in other forms, inside tags too, and HTML line breaks between sentences.
  '\u2029',
  '[Appt\u2028Date]',
  '[Appt\u00a0Time]',
  '<br>',
  '<br/>',
  '<p>',
  '</p>',
  'today.',
  'See you',
  // Names every object inherits, as front matter keys, values, rule ids and entities.
  'constructor: x\n',
  'toString:\n',
  '__proto__: y\n',
  'hasOwnProperty: 1\n',
  'channel: constructor\n',
  'aggregate: valueOf\n',
  'kind: __proto__\n',
  '  constructor: off\n',
  '  __proto__: off\n',
  'rules: { toString: off, __proto__: warn }\n',
  '&constructor;',
  '&__proto__;',
  'rules: { all-caps: off } # why\n',
];

export const piece = fc.oneof(
  { weight: 12, arbitrary: fc.constantFrom(...PIECES) },
  { weight: 2, arbitrary: fc.constantFrom(...TAG_NAMES).map((n) => `[${n}]`) },
  { weight: 1, arbitrary: fc.constantFrom(...KIND_IDS).map((k) => `kind: ${k}\n`) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
  { weight: 1, arbitrary: fc.string({ unit: anyCodeUnit, maxLength: 4 }) },
);

/** Random concatenations of template pieces: mostly tag soup and near-templates. */
export const tagSoup = fc.array(piece, { maxLength: 80 }).map((parts) => parts.join(''));

/** A well-formed front matter block (sometimes) followed by a body of pieces. */
export const template = fc
  .record({
    kind: fc.option(fc.constantFrom(...KIND_IDS), { nil: undefined }),
    channel: fc.option(fc.constantFrom('sms', 'email'), { nil: undefined }),
    subject: fc.option(
      tagSoup.map((s) => s.replace(/[\r\n]/g, ' ').slice(0, 80)),
      { nil: undefined },
    ),
    rules: fc.option(fc.constantFrom('  all-caps: off\n', '  excessive-punctuation: error\n', '  spam-phrases: info\n'), { nil: undefined }),
    eol: fc.constantFrom('\n', '\r\n'),
    bom: fc.boolean(),
    body: tagSoup,
  })
  .map(({ kind, channel, subject, rules, eol, bom, body }) => {
    const lines: string[] = [];
    if (kind) lines.push(`kind: ${kind}`);
    if (channel) lines.push(`channel: ${channel}`);
    if (subject !== undefined) lines.push(`subject: ${subject}`);
    if (rules) lines.push('rules:', rules.trimEnd());
    const front = lines.length > 0 ? `---${eol}${lines.join(eol)}${eol}---${eol}` : '';
    return `${bom ? '\ufeff' : ''}${front}${body}`;
  });

// Known and NOT held back (for spam-phrases, a wording rule owned elsewhere): its compound
// exception ("fluoride-free") reads the word before "-free" as ASCII, so composing "e\u0301"
// right before one ("e\u0301fluoride-free" -> "éfluoride-free", with unsupported-character
// off) makes "free" promotional: 0 -> 1. Found by `ODMSG_FUZZ_SEED=4242 npm run fuzz`; the
// fixed seed of `npm test` does not meet it.

/** Templates and tag soup for the property that fix-all makes no rule report more. */
export const fixSafetyInput = fc.oneof(tagSoup, template);

/** Everything the engine must survive, weighted toward text that reaches the rules. */
export const anyInput = fc.oneof({ weight: 2, arbitrary: anyUnicode }, { weight: 3, arbitrary: tagSoup }, { weight: 4, arbitrary: template });

/**
 * Adversarial inputs for time-linearity checks: each one repeats a unit that keeps a scanner
 * (brackets, front matter, links, word lists, phrase matching) in a partial-match state.
 * `build(n)` makes about n characters.
 */
export interface Adversary {
  name: string;
  build(size: number): string;
}

function repeatTo(unit: string, size: number): string {
  return unit.repeat(Math.max(1, Math.ceil(size / unit.length))).slice(0, size);
}

function repeated(name: string, unit: string, prefix = ''): Adversary {
  return { name, build: (size) => prefix + repeatTo(unit, size) };
}

export const ADVERSARIES: readonly Adversary[] = [
  repeated('open brackets', '['),
  repeated('close brackets', ']'),
  repeated('doubled brackets', '[['),
  repeated('bracket + word, never closed', '[NameF '),
  repeated('bracket soup', '[[a]]]['),
  repeated('tags', '[NameF]'),
  repeated('tags and links', '[NameF] www.example.com/a '),
  repeated('tag-looking links', 'http://[NameF].com/'),
  repeated('front matter lines, unclosed', 'key: value\n', '---\n'),
  repeated('front matter rules block, unclosed', '  rule-x: off\n', '---\nrules:\n'),
  repeated('front matter delimiters', '---\n'),
  repeated('one huge word', 'a'),
  repeated('one huge capital word', 'A'),
  repeated('capital words', 'FREE '),
  repeated('near-miss phrases', 'act limited click free no '),
  repeated('repeated spam phrases', 'act now click here limited time '),
  repeated('punctuation runs', '!?'),
  repeated('dollar runs', '$'),
  repeated('dots', 'a.'),
  repeated('dots without letters', '.'),
  repeated('scheme prefixes', 'http://'),
  repeated('www prefixes', 'www.'),
  repeated('long host', 'a-b.', 'https://'),
  repeated('long path', '/a', 'https://example.com'),
  repeated('long query', '&a=b', 'https://example.com/?'),
  repeated('shortener look-alikes', 'bit.ly.'),
  repeated('emails', 'a@b.'),
  repeated('digits', '5'),
  repeated('phone-like', '555-'),
  repeated('spaces', ' '),
  repeated('line breaks', '\n'),
  repeated('CRLF', '\r\n'),
  repeated('emoji', '😀'),
  repeated('combining marks', 'e\u0301\u0301'),
  repeated('smart quotes and dashes', '“’—…'),
  repeated('lone surrogates', '\ud83d'),
  repeated('words', 'hello '),
  repeated('apostrophes', "a'"),
  repeated('contractions', "you're "),
  repeated('html-looking', '<b>x</b>'),
];
