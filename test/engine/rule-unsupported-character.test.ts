import { OD_DEFAULT_CASES } from './odDefaults';
import { OD_SMS_DEFAULT_CASES } from './odDefaultsSms';
import { testRule } from './ruleTester';

const SMS = '---\nkind: eReminder\nchannel: sms\n---\n';

testRule('unsupported-character', {
  valid: [
    ...OD_DEFAULT_CASES,
    ...OD_SMS_DEFAULT_CASES,
    `${SMS}Letters, digits 0123456789 and . , : ; ! ? ( ) ~ = + - _ \\ / @ $ # & % are all on the list.`,
    `${SMS}Line breaks\r\nare\nfine.`,
    `${SMS}[NameF], [ApptDate] [UnknownTag]: brackets of tags are tags.`,
    { text: `${SMS}Hi [NameF from [[OfficeName]] at [Appt Date].`, name: "mistyped tags are malformed-tag's" },
    { text: `${SMS}It\u2019s \u201cfine\u201d \u2014 \u00e1`, name: "characters outside GSM-7 are non-gsm-character's" },
    { text: '---\nkind: eReminder\nchannel: email\n---\nDon\'t "quote" *me*', name: 'email is not checked' },
    { text: `${SMS}Don't`, config: { rules: { 'unsupported-character': 'off' } }, name: 'turned off' },
  ],
  invalid: [
    {
      name: 'a contraction: written out',
      text: `${SMS}Don't forget your appointment.`,
      errors: [{ titles: ['Replace "Don\'t" with "Do not"'], text: "Don't", severity: 'info', message: /^Write "Do not": "'" is not among the characters Open Dental lists for texts\.$/ }],
      suggestions: [`${SMS}Do not forget your appointment.`],
    },
    {
      name: 'contractions keep their case',
      text: `${SMS}WE'RE open. I'm here. you'll see.`,
      errors: [{ text: "WE'RE" }, { text: "I'm" }, { text: "you'll" }],
      suggestions: [`${SMS}WE ARE open. I'm here. you'll see.`],
    },
    {
      name: "'s and 'd are ambiguous: no suggestion",
      text: `${SMS}It's Dr. Smith's office. You'd like it.`,
      errors: [{ text: "'" }, { text: "'" }, { text: "'" }],
    },
    {
      name: 'quotes and asterisks',
      text: `${SMS}A "special" *reminder*`,
      errors: [{ text: '"', message: /^'"' is not among/ }, { text: '"' }, { text: '*' }, { text: '*' }],
    },
    {
      name: 'brackets that are not a tag become parentheses',
      text: `${SMS}Open [9am-5pm] today`,
      errors: [{ text: '[' }, { text: ']' }],
      suggestions: [`${SMS}Open (9am-5pm] today`],
    },
    {
      name: 'a stray closing bracket',
      text: `${SMS}Option 1] call us`,
      errors: [{ text: ']' }],
      suggestions: [`${SMS}Option 1) call us`],
    },
    {
      name: 'curly braces',
      text: `${SMS}{note}`,
      errors: [{ text: '{' }, { text: '}' }],
      suggestions: [`${SMS}(note}`],
    },
    {
      name: 'Spanish opening marks can go',
      text: `${SMS}\u00bfNecesita ayuda? \u00a1Llame!`,
      errors: [{ text: '\u00bf' }, { text: '\u00a1' }],
      suggestions: [`${SMS}Necesita ayuda? \u00a1Llame!`],
    },
    {
      name: 'accented letters in GSM-7: no suggestion',
      text: `${SMS}Jos\u00e9 Mu\u00f1oz`,
      errors: [{ text: '\u00e9', message: /it lists unaccented letters only/ }, { text: '\u00f1' }],
    },
    {
      name: 'other GSM-7 symbols',
      text: `${SMS}2 < 3 > 1 5\u20ac \u00a35 2^3 a|b \u00a7`,
      errors: [{ text: '<' }, { text: '>' }, { text: '\u20ac' }, { text: '\u00a3' }, { text: '^' }, { text: '|' }, { text: '\u00a7' }],
    },
    {
      // One problem per tag: html-in-sms reports "<b>" and its suggestion removes the "<" and ">".
      name: 'inside HTML markup, left to html-in-sms',
      text: `${SMS}<b>Hi</b> <a href="[URL]">book</a> <!-- * --> 5 > 4`,
      errors: [{ text: '>', start: SMS.length + 48 }],
    },
    {
      name: 'inside HTML markup while html-in-sms is off: reported here',
      text: `${SMS}<b>Hi</b>`,
      config: { rules: { 'html-in-sms': 'off' } },
      errors: [{ text: '<' }, { text: '>' }, { text: '<' }, { text: '>' }],
    },
    {
      name: 'the form feed is named',
      text: `${SMS}a\fb`,
      errors: [{ text: '\f', message: /^A form feed \(U\+000C\) is not among/ }],
    },
    {
      name: 'raised to warning',
      text: `${SMS}A *note*`,
      config: { rules: { 'unsupported-character': 'warning' } },
      errors: [
        { text: '*', severity: 'warning' },
        { text: '*', severity: 'warning' },
      ],
    },
  ],
});
