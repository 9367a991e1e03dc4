import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fixAll } from '../../server/src/engine/fix';
import { OD_DEFAULT_CASES } from './odDefaults';
import { OD_SMS_DEFAULT_CASES } from './odDefaultsSms';
import { problemsOf, testRule } from './ruleTester';

const SMS = '---\nkind: eReminder\nchannel: sms\n---\n';
const LINE = '---\nkind: eReminder\nchannel: sms\naggregate: perAppointment\n---\n';
// 98 characters with typical tag lengths: one GSM-7 segment, two in UCS-2.
/** An office that sends apostrophes and quotes: unsupported-character off, so their fixes apply. */
const ODLIST_OFF = { rules: { 'unsupported-character': 'off' as const } };
const LONG = 'Hi [NameF], it\u2019s time for your cleaning at [OfficeName]. Call [OfficePhone].';

testRule('non-gsm-character', {
  valid: [
    ...OD_DEFAULT_CASES,
    ...OD_SMS_DEFAULT_CASES,
    `${SMS}GSM-7 has these: \u00e9 \u00e8 \u00f1 \u00fc \u00c7 \u00df \u00a3 \u00a5 \u20ac { } [ ] ~ | ^ \\ and "quotes" too.`,
    `${SMS}Line breaks\r\nin CRLF\nand LF are GSM-7.`,
    { text: '---\nkind: eReminder\nchannel: email\nsubject: It\u2019s time\n---\nIt\u2019s time \u2014 see you soon\u2026 \u{1F44D}', name: 'email is not checked' },
    { text: `${SMS}It\u2019s time`, config: { rules: { 'non-gsm-character': 'off' } }, name: 'turned off' },
    { text: '---\nkind: eReminder\nchannel: sms\nsubject: It\u2019s time\n---\nHi [NameF] from [OfficeName].', name: 'front matter is not the message' },
  ],
  invalid: [
    {
      name: 'curly apostrophe while unsupported-character is on (default): the apostrophe is a suggestion, not applied',
      text: `${SMS}${LONG}`,
      errors: [
        {
          titles: ['Replace "’" (curly apostrophe) with "\'" (not among the characters Open Dental lists for texts)'],
          text: '\u2019',
          severity: 'warning',
          message: /^"\u2019" \(curly apostrophe\) makes this text UCS-2/,
        },
      ],
      suggestions: [`${SMS}${LONG.replace('\u2019', "'")}`],
    },
    {
      // One problem per HTML tag: html-in-sms reports the tag and its suggestion removes the quotes with it.
      name: 'inside HTML markup, left to html-in-sms',
      text: `${SMS}<a href=\u201c[URL]\u201d>book</a> it\u2019s`,
      errors: [{ text: '\u2019', start: SMS.length + 27 }],
      suggestions: [`${SMS}<a href=\u201c[URL]\u201d>book</a> it's`],
    },
    {
      name: 'inside HTML markup while html-in-sms is off: reported here',
      text: `${SMS}<a href=\u201c[URL]\u201d>book</a>`,
      config: { rules: { 'html-in-sms': 'off' } },
      errors: [{ text: '\u201c' }, { text: '\u201d' }],
      suggestions: [`${SMS}<a href="[URL]\u201d>book</a>`],
    },
    {
      name: 'curly apostrophe: 2 segments instead of 1',
      config: ODLIST_OFF,
      text: `${SMS}${LONG}`,
      errors: [{ text: '\u2019', severity: 'warning', message: /^"\u2019" \(curly apostrophe\) makes this text UCS-2: 2 segments instead of 1\.$/ }],
      output: `${SMS}${LONG.replace('\u2019', "'")}`,
    },
    {
      name: "in a per-appointment line: the aggregate text becomes UCS-2, and the line's own segments are not counted",
      config: ODLIST_OFF,
      text: `${LINE}${LONG}`,
      errors: [
        {
          text: '\u2019',
          severity: 'warning',
          message: /^"\u2019" \(curly apostrophe\) makes the aggregate text that repeats this line UCS-2: 70 characters a segment instead of 160\.$/,
        },
      ],
      output: `${LINE}${LONG.replace('\u2019', "'")}`,
    },
    {
      name: 'a short text stays one segment, but says why it matters',
      config: ODLIST_OFF,
      text: `${SMS}It\u2019s [NameF]`,
      errors: [{ text: '\u2019', message: /makes this text UCS-2: 70 characters a segment instead of 160\.$/ }],
      output: `${SMS}It's [NameF]`,
    },
    {
      name: 'word-processor punctuation at default severities: dashes are fixed; quotes are suggestions, and while they keep the text UCS-2 so is the longer "..."',
      text: `${SMS}\u201cSee you\u201d 9\u201310 AM \u2014 don\u2018t be late\u2026`,
      errors: [{ text: '\u201c' }, { text: '\u201d' }, { text: '\u2013' }, { text: '\u2014' }, { text: '\u2018' }, { text: '\u2026' }],
      output: `${SMS}\u201cSee you\u201d 9-10 AM - don\u2018t be late\u2026`,
      suggestions: [`${SMS}"See you\u201d 9\u201310 AM \u2014 don\u2018t be late\u2026`],
    },
    {
      name: 'word-processor punctuation: smart-encoding replacements',
      config: ODLIST_OFF,
      text: `${SMS}\u201cSee you\u201d 9\u201310 AM \u2014 don\u2018t be late\u2026`,
      errors: [
        { text: '\u201c', message: /^"\u201c" \(left double quotation mark\) makes this text UCS-2/ },
        { text: '\u201d' },
        { text: '\u2013', message: /en dash/ },
        { text: '\u2014', message: /em dash/ },
        { text: '\u2018' },
        { text: '\u2026', message: /ellipsis/ },
      ],
      output: `${SMS}"See you" 9-10 AM - don't be late...`,
    },
    {
      name: 'non-breaking, thin and other spaces become plain spaces',
      text: `${SMS}10:30\u00a0AM at\u2009Main\u202fSt\u3000now\tplease`,
      errors: [
        { text: '\u00a0', message: /^A non-breaking space \(U\+00A0\) makes this text UCS-2/ },
        { text: '\u2009', message: /thin space/ },
        { text: '\u202f' },
        { text: '\u3000' },
        { text: '\t', message: /^A tab \(U\+0009\)/ },
      ],
      output: `${SMS}10:30 AM at Main St now please`,
    },
    {
      name: 'an invisible character between two letters is the only word break there: removing it is a suggestion',
      text: `${SMS}Get fr\u200bee\u200bwhitening`,
      errors: [{ text: '\u200b' }, { text: '\u200b' }],
      suggestions: [`${SMS}Get free\u200bwhitening`],
    },
    {
      name: 'a dash right next to a link: "-" would become part of the link\'s host, so a suggestion',
      text: `${SMS}Call\u2013t.co/x or 9\u201310 AM`,
      errors: [{ text: '\u2013' }, { text: '\u2013' }],
      output: `${SMS}Call\u2013t.co/x or 9-10 AM`,
      suggestions: [`${SMS}Call-t.co/x or 9\u201310 AM`],
    },
    {
      name: 'invisible characters are removed',
      text: `${SMS}Call\u200b us\u00ad now`,
      errors: [
        { text: '\u200b', message: /zero-width space/ },
        { text: '\u00ad', message: /soft hyphen/ },
      ],
      output: `${SMS}Call us now`,
    },
    {
      name: 'full-width letters and the minus sign',
      text: `${SMS}\uff21\uff22\uff23 \u2212 5`,
      errors: [{ text: '\uff21' }, { text: '\uff22' }, { text: '\uff23' }, { text: '\u2212' }],
      output: `${SMS}ABC - 5`,
    },
    {
      name: 'a stand-in where a link can be is a suggestion: it could make, end or move the link',
      text: `${SMS}ftp://h/p\u201d[NameF] example\uff0ecom soon\u2026 Bye\u2026`,
      config: ODLIST_OFF,
      errors: [{ text: '\u201d' }, { text: '\uff0e' }, { text: '\u2026' }, { text: '\u2026' }],
      output: `${SMS}ftp://h/p\u201d[NameF] example\uff0ecom soon\u2026 Bye\u2026`,
      suggestions: [`${SMS}ftp://h/p"[NameF] example\uff0ecom soon\u2026 Bye\u2026`],
    },
    {
      name: 'full-width brackets have no stand-in: "[" and "]" would make a tag, "<" and ">" markup',
      text: `${SMS}\uff3bFoo\uff3d \uff1cb\uff1e`,
      config: ODLIST_OFF,
      errors: [{ text: '\uff3b' }, { text: '\uff3d' }, { text: '\uff1c' }, { text: '\uff1e' }],
    },
    {
      name: 'emoji: no fix, a suggestion removes it',
      text: `${SMS}See you soon \u{1F44B}`,
      errors: [{ text: '\u{1F44B}', message: /^The emoji "\u{1F44B}" makes this text UCS-2/u }],
      suggestions: [`${SMS}See you soon `],
    },
    {
      name: 'emoji with a skin tone is one character',
      text: `${SMS}Thanks \u{1F44D}\u{1F3FD}!`,
      errors: [{ text: '\u{1F44D}\u{1F3FD}' }],
      suggestions: [`${SMS}Thanks !`],
    },
    {
      name: 'a ZWJ family is one character',
      text: `${SMS}Family day \u{1F468}\u200d\u{1F469}\u200d\u{1F467} at [OfficeName]`,
      errors: [{ text: '\u{1F468}\u200d\u{1F469}\u200d\u{1F467}' }],
      suggestions: [`${SMS}Family day  at [OfficeName]`],
    },
    {
      name: 'flag and keycap',
      text: `${SMS}\u{1F1FA}\u{1F1F8} 1\ufe0f\u20e3`,
      errors: [{ text: '\u{1F1FA}\u{1F1F8}' }, { text: '1\ufe0f\u20e3' }],
      suggestions: [`${SMS} 1\ufe0f\u20e3`],
    },
    {
      name: "a decomposed letter while unsupported-character is on: composing it is a suggestion (é is not on Open Dental's list)",
      text: `${SMS}Jose\u0301`,
      errors: [{ text: 'e\u0301' }],
      suggestions: [`${SMS}Jos\u00e9`],
    },
    {
      name: 'a decomposed letter is composed (é is GSM-7)',
      config: ODLIST_OFF,
      text: `${SMS}Jose\u0301`,
      errors: [{ text: 'e\u0301', message: /typed as 2 code points \(U\+0065 U\+0301\)/ }],
      output: `${SMS}Jos\u00e9`,
    },
    {
      name: 'letters outside GSM-7 have no fix',
      text: `${SMS}Se\u00f1or Garc\u00eda, gr\u00e2ce`,
      errors: [{ text: '\u00ed', message: /"\u00ed" \(U\+00ED\)/ }, { text: '\u00e2' }],
    },
    {
      name: 'CJK',
      text: `${SMS}\u6f22\u5b57`,
      errors: [{ text: '\u6f22' }, { text: '\u5b57' }],
    },
    {
      name: 'a line separator becomes a line break',
      text: `${SMS}See you soon.\u2028Call [OfficePhone]`,
      errors: [{ text: '\u2028', message: /^A line separator \(U\+2028\) makes this text UCS-2/ }],
      output: `${SMS}See you soon.\nCall [OfficePhone]`,
    },
    {
      name: 'in a CRLF file the line break written is CRLF',
      text: '---\r\nkind: eReminder\r\nchannel: sms\r\n---\r\nSee you soon.\u2028Call us.\u2029Bye',
      errors: [{ text: '\u2028' }, { text: '\u2029', message: /paragraph separator/ }],
      output: '---\r\nkind: eReminder\r\nchannel: sms\r\n---\r\nSee you soon.\r\nCall us.\r\nBye',
    },
    {
      name: 'a CRLF body without front matter gets CRLF too',
      text: 'Hi [NameF],\r\nsee you soon.\u2028Call us.',
      errors: [{ text: '\u2028' }],
      output: 'Hi [NameF],\r\nsee you soon.\r\nCall us.',
    },
    {
      name: 'a line separator inside a mistyped tag: no fix that splits the tag, a suggestion removes it',
      text: `${SMS}See you [Appt\u2028Date] at [ApptTime].`,
      errors: [{ text: '\u2028' }],
      suggestions: [`${SMS}See you [ApptDate] at [ApptTime].`],
    },
    {
      name: 'other replacements inside a mistyped tag are suggestions: malformed-tag repairs the tag',
      text: `${SMS}See you [Appt\u00a0Date] or [Appt\u200bTime].`,
      config: ODLIST_OFF,
      errors: [{ text: '\u00a0' }, { text: '\u200b' }],
      suggestions: [`${SMS}See you [Appt Date] or [Appt\u200bTime].`],
    },
    {
      name: 'configured as error',
      config: ODLIST_OFF,
      text: '---\nkind: eReminder\nrules:\n  non-gsm-character: error\n---\nIt\u2019s',
      errors: [{ text: '\u2019', severity: 'error' }],
      output: "---\nkind: eReminder\nrules:\n  non-gsm-character: error\n---\nIt's",
    },
  ],
});

test('non-gsm-character: after fix-all only characters without a safe GSM-7 form are left', () => {
  const text = `${SMS}\u201cHi\u201d \u2013 it\u2019s\u00a0time\u2026 Jose\u0301`;
  // At default severities the quotes, the apostrophe and é are left for the writer: they are
  // GSM-7 but outside Open Dental's list, which unsupported-character checks. The text stays
  // UCS-2 for them, so "…" stays too ("..." would only make it longer).
  const byDefault = fixAll(text).output;
  assert.equal(byDefault, `${SMS}\u201cHi\u201d - it\u2019s time\u2026 Jose\u0301`);
  assert.deepEqual(problemsOf('unsupported-character', byDefault), []);
  const fixed = fixAll(text, [ODLIST_OFF]).output;
  assert.equal(fixed, `${SMS}"Hi" - it's time... Jos\u00e9`);
  assert.deepEqual(problemsOf('non-gsm-character', fixed, ODLIST_OFF), []);
  // An emoji keeps the text UCS-2 whatever else is fixed: "…" stays beside it.
  const withEmoji = fixAll(`${text} \u{1F44D}`, [ODLIST_OFF]).output;
  assert.equal(withEmoji, `${SMS}"Hi" - it's time\u2026 Jos\u00e9 \u{1F44D}`);
  assert.deepEqual(
    problemsOf('non-gsm-character', withEmoji, ODLIST_OFF).map((p) => withEmoji.slice(p.start, p.end)),
    ['\u2026', '\u{1F44D}'],
  );
});
