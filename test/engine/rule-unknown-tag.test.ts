import { OD_DEFAULT_CASES } from './odDefaults';
import { testRule } from './ruleTester';

const SMS = '---\nkind: eConfirmation\nchannel: sms\n---\n';

const ASAP_SMS = '---\nkind: webSchedASAP\nchannel: sms\n---\n';

testRule('unknown-tag', {
  valid: [
    ...OD_DEFAULT_CASES,
    // Any case of a known tag is known (tag-case reports the spelling).
    `${SMS}[namef] [APPTDATE] [apptTime]`,
    // Kind-specific vocabularies.
    '---\nkind: webSchedRecall\n---\n[NameF], you are due on [DueDate]. [URL] [FamilyList]',
    '---\nkind: webSchedASAP\n---\nAn opening on [Date] at [Time]: [ASAPURL]',
    '---\nkind: statement\n---\n[nameF], your balance is [StatementBalance]: [StatementShortURL]',
    '---\nkind: confirmationList\n---\n[NameF], see you [date] at [time].',
    // Bracket problems are malformed-tag's, not this rule's.
    `${SMS}[Appt Date] [] [[NameF]] [OfficePhone`,
    { text: `${SMS}[ApptDte]`, config: { rules: { 'unknown-tag': 'off' } } },
  ],
  invalid: [
    {
      text: `${SMS}[NameF] is scheduled for [ApptTime] on [ApptDte]. Reply [ConfirmCode] to confirm or call [OfficePhone].`,
      errors: [{ titles: ['Replace "[ApptDte]" with "[ApptDate]"'], text: '[ApptDte]', severity: 'error', message: /^Unknown tag \[ApptDte\], sent as typed: did you mean \[ApptDate\]\?$/ }],
      suggestions: [`${SMS}[NameF] is scheduled for [ApptTime] on [ApptDate]. Reply [ConfirmCode] to confirm or call [OfficePhone].`],
    },
    {
      name: 'case-insensitive distance; suggestion in the canonical spelling',
      text: `${SMS}Hi [namf]!`,
      errors: [{ text: '[namf]', message: /\[NameF\]/ }],
      suggestions: [`${SMS}Hi [NameF]!`],
    },
    {
      name: 'swapped letters count as one edit',
      text: `${SMS}Call [OfficePhnoe].`,
      errors: [{ text: '[OfficePhnoe]' }],
      suggestions: [`${SMS}Call [OfficePhone].`],
    },
    {
      name: "the kind's spelling: statement writes [nameF]",
      text: '---\nkind: statement\n---\n[Name], your statement is ready.',
      errors: [{ text: '[Name]' }],
      suggestions: ['---\nkind: statement\n---\n[nameF], your statement is ready.'],
    },
    {
      // Web Sched ASAP fills [NameF] but not [NameFL] (AsapComms.ReplacesTemplateTags).
      name: 'a tag the kind may use wins over a closer one it may not',
      text: `${ASAP_SMS}Hi [NamFL]`,
      errors: [{ text: '[NamFL]' }],
      suggestions: [`${ASAP_SMS}Hi [NameF]`],
    },
    {
      name: 'without a kind the closest tag wins',
      text: 'Hi [NamFL]',
      errors: [{ text: '[NamFL]' }],
      suggestions: ['Hi [NameFL]'],
    },
    {
      name: 'no guess when nothing is close',
      text: `${SMS}[FirstName] [Foo] [X]`,
      errors: [{ text: '[FirstName]', message: /^Unknown tag \[FirstName\], sent as typed\.$/ }, { text: '[Foo]' }, { text: '[X]' }],
    },
    {
      name: 'short names do not "correct" to unrelated tags',
      text: `${SMS}Room [A1]`,
      errors: [{ text: '[A1]' }],
    },
    {
      name: 'tags next to punctuation; email subject; CRLF',
      text: '---\r\nkind: eReminder\r\nchannel: email\r\nsubject: Hi [Nmaef],\r\n---\r\n([ApptDat]).',
      errors: [{ text: '[Nmaef]' }, { text: '[ApptDat]' }],
      suggestions: ['---\r\nkind: eReminder\r\nchannel: email\r\nsubject: Hi [NameF],\r\n---\r\n([ApptDat]).'],
    },
  ],
});
