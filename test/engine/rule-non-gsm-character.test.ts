import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fixAll } from '../../server/src/engine/fix';
import { OD_DEFAULT_CASES } from './odDefaults';
import { OD_SMS_DEFAULT_CASES } from './odDefaultsSms';
import { problemsOf, testRule } from './ruleTester';

const SMS = '---\nkind: eReminder\nchannel: sms\n---\n';
const LINE = '---\nkind: eReminder\nchannel: sms\naggregate: perAppointment\n---\n';
// 98 characters with typical tag lengths: one GSM-7 segment, two in UCS-2.
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
      name: 'curly apostrophe: 2 segments instead of 1',
      text: `${SMS}${LONG}`,
      errors: [{ text: '\u2019', severity: 'warning', message: /^"\u2019" \(curly apostrophe\) is not in GSM-7 and turns this text into UCS-2: 2 segments instead of 1 \(\$0\.05 instead of \$0\.04 a text\)\.$/ }],
      output: `${SMS}${LONG.replace('\u2019', "'")}`,
    },
    {
      name: 'in a per-appointment line: the aggregate text becomes UCS-2, and the line\'s own segments are not counted',
      text: `${LINE}${LONG}`,
      errors: [{ text: '\u2019', severity: 'warning', message: /^"\u2019" \(curly apostrophe\) is not in GSM-7 and makes the aggregate text that repeats this line UCS-2: a segment there holds 70 characters instead of 160\.$/ }],
      output: `${LINE}${LONG.replace('\u2019', "'")}`,
    },
    {
      name: 'a short text stays one segment, but says why it matters',
      text: `${SMS}It\u2019s [NameF]`,
      errors: [{ text: '\u2019', message: /UCS-2: a segment then holds 70 characters instead of 160 \(still 1 segment at this length\)/ }],
      output: `${SMS}It's [NameF]`,
    },
    {
      name: 'word-processor punctuation: smart-encoding replacements',
      text: `${SMS}\u201cSee you\u201d 9\u201310 AM \u2014 don\u2018t be late\u2026`,
      errors: [
        { text: '\u201c', message: /left double quotation mark.*\(as do 5 other characters here\)/ },
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
        { text: '\u00a0', message: /^A non-breaking space \(U\+00A0\) is not in GSM-7/ },
        { text: '\u2009', message: /thin space/ },
        { text: '\u202f' },
        { text: '\u3000' },
        { text: '\t', message: /^A tab \(U\+0009\)/ },
      ],
      output: `${SMS}10:30 AM at Main St now please`,
    },
    {
      name: 'invisible characters are removed',
      text: `${SMS}Call\u200b us\u00ad now`,
      errors: [{ text: '\u200b', message: /zero-width space/ }, { text: '\u00ad', message: /soft hyphen/ }],
      output: `${SMS}Call us now`,
    },
    {
      name: 'full-width letters and the minus sign',
      text: `${SMS}\uff21\uff22\uff23 \u2212 5`,
      errors: [{ text: '\uff21' }, { text: '\uff22' }, { text: '\uff23' }, { text: '\u2212' }],
      output: `${SMS}ABC - 5`,
    },
    {
      name: 'emoji: no fix, a suggestion removes it',
      text: `${SMS}See you soon \u{1F44B}`,
      errors: [{ text: '\u{1F44B}', message: /^The emoji "\u{1F44B}" is not in GSM-7/u }],
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
      name: 'a decomposed letter is composed (é is GSM-7)',
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
      name: 'configured as error',
      text: '---\nkind: eReminder\nrules:\n  non-gsm-character: error\n---\nIt\u2019s',
      errors: [{ text: '\u2019', severity: 'error' }],
      output: "---\nkind: eReminder\nrules:\n  non-gsm-character: error\n---\nIt's",
    },
  ],
});

test('non-gsm-character: after fix-all only characters without a GSM-7 form are left', () => {
  const text = `${SMS}\u201cHi\u201d \u2013 it\u2019s\u00a0time\u2026 Jose\u0301 \u{1F44D}`;
  const fixed = fixAll(text).output;
  assert.equal(fixed, `${SMS}"Hi" - it's time... Jos\u00e9 \u{1F44D}`);
  assert.deepEqual(
    problemsOf('non-gsm-character', fixed).map((p) => fixed.slice(p.start, p.end)),
    ['\u{1F44D}'],
  );
});
