import { OD_DEFAULT_CASES } from './odDefaults';
import { testRule } from './ruleTester';

const SMS = '---\nkind: eConfirmation\nchannel: sms\n---\n';

testRule('malformed-tag', {
  valid: [
    ...OD_DEFAULT_CASES,
    `${SMS}[NameF]: see you [ApptDate]([ApptTime]).`,
    // Unknown but well-formed tags are unknown-tag's.
    `${SMS}[ApptDte]`,
    { text: `${SMS}[NameF`, config: { rules: { 'malformed-tag': 'off' } } },
  ],
  invalid: [
    {
      name: 'unclosed at the end of the text',
      text: `${SMS}[NameF] is scheduled for [ApptTime] on [ApptDate]. Reply [ConfirmCode] to confirm or call [OfficePhone`,
      errors: [{ titles: ['Replace "[OfficePhone" with "[OfficePhone]"'], text: '[OfficePhone', severity: 'error', message: /^Unclosed "\[", sent as typed: write \[OfficePhone\]\.$/ }],
      suggestions: [`${SMS}[NameF] is scheduled for [ApptTime] on [ApptDate]. Reply [ConfirmCode] to confirm or call [OfficePhone]`],
    },
    {
      name: 'unclosed before the next tag, in the canonical spelling',
      text: `${SMS}Hi [namef [ApptDate]`,
      errors: [{ text: '[namef' }],
      suggestions: [`${SMS}Hi [NameF] [ApptDate]`],
    },
    {
      name: 'unclosed before a line break (CRLF)',
      text: 'Hi [NameF,\r\nsee you soon',
      errors: [{ text: '[NameF', start: 3, end: 9 }],
      suggestions: ['Hi [NameF],\r\nsee you soon'],
    },
    {
      name: 'unclosed with the wrong closer',
      text: `${SMS}Call [OfficePhone) today`,
      errors: [{ text: '[OfficePhone)' }],
      suggestions: [`${SMS}Call [OfficePhone] today`],
    },
    {
      name: 'unclosed, not a tag: no suggestion',
      text: `${SMS}Bring [your insurance card`,
      errors: [{ text: '[your' }],
    },
    {
      name: 'doubled brackets',
      text: `${SMS}Hi [[NameF]], [[ApptDate] and [ApptTime]].`,
      errors: [{ text: '[[NameF]]', message: /Doubled/ }, { text: '[[ApptDate]' }, { text: '[ApptTime]]' }],
      suggestions: [`${SMS}Hi [NameF], [[ApptDate] and [ApptTime]].`],
    },
    {
      name: 'doubled, wrong case: canonical spelling',
      text: '---\nkind: statement\n---\n[[NAMEF]]',
      errors: [{ text: '[[NAMEF]]' }],
      suggestions: ['---\nkind: statement\n---\n[nameF]'],
    },
    {
      name: 'spaces inside the brackets',
      text: `${SMS}[ NameF ], see you [Appt Date] at [appt time].`,
      errors: [{ text: '[ NameF ]', message: /no spaces.*\[NameF\]/ }, { text: '[Appt Date]' }, { text: '[appt time]' }],
      suggestions: [`${SMS}[NameF], see you [Appt Date] at [appt time].`],
    },
    {
      name: 'spaces, not a tag: no suggestion',
      text: `${SMS}[see note]`,
      errors: [{ text: '[see note]' }],
    },
    {
      name: 'empty brackets: no obvious repair',
      text: `${SMS}Hi [], see you.`,
      errors: [{ text: '[]', message: /Empty/ }],
    },
    {
      name: 'invalid characters',
      text: `${SMS}[Name-F] on [Appt.Date] at [Time!]`,
      errors: [{ text: '[Name-F]', message: /letters, digits/ }, { text: '[Appt.Date]' }, { text: '[Time!]' }],
      suggestions: [`${SMS}[NameF] on [Appt.Date] at [Time!]`],
    },
    {
      name: 'a stray "]" is removed with one neighbouring space',
      text: `${SMS}See you ] soon.`,
      errors: [{ text: ']', message: /^Stray "\]", sent as typed: remove it\.$/ }],
      suggestions: [`${SMS}See you soon.`],
    },
    {
      name: 'a stray "]" next to a word',
      text: `${SMS}NameF], hello`,
      errors: [{ text: ']' }],
      suggestions: [`${SMS}NameF, hello`],
    },
    {
      name: 'in an email subject',
      text: '---\nkind: eReminder\nchannel: email\nsubject: [[OfficeName]] reminder\n---\nHello.',
      errors: [{ text: '[[OfficeName]]' }],
      suggestions: ['---\nkind: eReminder\nchannel: email\nsubject: [OfficeName] reminder\n---\nHello.'],
    },
  ],
});
