import { OD_DEFAULT_CASES } from './odDefaults';
import { testRule } from './ruleTester';

const SMS = '---\nkind: eConfirmation\nchannel: sms\n---\n';

testRule('tag-case', {
  valid: [
    ...OD_DEFAULT_CASES,
    '---\nkind: statement\n---\n[nameF], your balance is [StatementBalance].',
    '---\nkind: confirmationList\n---\n[NameF], see you [date] at [time].',
    '---\nkind: webSchedASAP\n---\nOpening on [Date] at [Time]: [ASAPURL]',
    // Without a kind, any spelling Open Dental documents is fine.
    '[nameF] and [NameF]; [date] and [Date].',
    // Unknown tags are unknown-tag's.
    `${SMS}[namefx]`,
    { text: `${SMS}[namef]`, config: { rules: { 'tag-case': 'off' } } },
  ],
  invalid: [
    {
      text: `${SMS}[namef] is scheduled for [ApptTime] on [ApptDate]. Reply [ConfirmCode] to confirm or call [OfficePhone].`,
      errors: [{ text: '[namef]', severity: 'warning', message: /\[NameF\]/, start: SMS.length, end: SMS.length + 7 }],
      output: `${SMS}[NameF] is scheduled for [ApptTime] on [ApptDate]. Reply [ConfirmCode] to confirm or call [OfficePhone].`,
    },
    {
      name: 'statements write [nameF]',
      text: '---\nkind: statement\n---\n[NameF], your balance is [statementbalance].',
      errors: [{ text: '[NameF]', message: /\[nameF\]/ }, { text: '[statementbalance]' }],
      output: '---\nkind: statement\n---\n[nameF], your balance is [StatementBalance].',
    },
    {
      name: 'the confirmation list writes [date] and [time]',
      text: '---\nkind: confirmationList\n---\nSee you [Date] at [TIME].',
      errors: [{ text: '[Date]' }, { text: '[TIME]' }],
      output: '---\nkind: confirmationList\n---\nSee you [date] at [time].',
    },
    {
      name: 'no kind: an undocumented case gets the canonical name',
      text: '[NAMEF], [apptdate]!',
      errors: [{ text: '[NAMEF]' }, { text: '[apptdate]' }],
      output: '[NameF], [ApptDate]!',
    },
    {
      name: 'email subject, BOM and CRLF, punctuation around tags',
      text: '\ufeff---\r\nkind: eReminder\r\nchannel: email\r\nsubject: ([officename])\r\n---\r\n"[nameF]",',
      errors: [{ text: '[officename]' }, { text: '[nameF]' }],
      output: '\ufeff---\r\nkind: eReminder\r\nchannel: email\r\nsubject: ([OfficeName])\r\n---\r\n"[NameF]",',
    },
  ],
});
