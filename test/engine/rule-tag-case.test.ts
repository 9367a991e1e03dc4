import { OD_DEFAULT_CASES } from './odDefaults';
import { testRule } from './ruleTester';

const SMS = '---\nkind: eConfirmation\nchannel: sms\n---\n';

testRule('tag-case', {
  valid: [
    ...OD_DEFAULT_CASES,
    '---\nkind: statement\n---\n[nameF], your balance is [StatementBalance].',
    '---\nkind: confirmationList\n---\n[NameF], see you [date] at [time].',
    '---\nkind: webSchedASAP\n---\nOpening on [Date] at [Time]: [ASAPURL]',
    '---\nkind: webSchedNotify\n---\nAppointment scheduled for [FName] on [ApptDate] [ApptTime], [date] [time] at [OfficeName], [OfficeAddress]',
    '---\nkind: statement\nchannel: email\nsubject: Statement\n---\nDear [nameFL], [nameFLnoPref] [nameFnoPref]: [monthlyCardsOnFile] [StatementInsuranceEst]',
    // Without a kind, any spelling Open Dental documents is fine.
    '[nameF] and [NameF]; [date] and [Date].',
    // Unknown tags are unknown-tag's.
    `${SMS}[namefx]`,
    { text: `${SMS}[namef]`, config: { rules: { 'tag-case': 'off' } } },
  ],
  invalid: [
    {
      text: `${SMS}[namef] is scheduled for [ApptTime] on [ApptDate]. Reply [ConfirmCode] to confirm or call [OfficePhone].`,
      errors: [{ titles: ['Replace "[namef]" with "[NameF]"'], text: '[namef]', severity: 'warning', message: /\[NameF\]/, start: SMS.length, end: SMS.length + 7 }],
      output: `${SMS}[NameF] is scheduled for [ApptTime] on [ApptDate]. Reply [ConfirmCode] to confirm or call [OfficePhone].`,
    },
    {
      name: 'statements write [nameF]',
      text: '---\nkind: statement\n---\n[NameF], your balance is [statementbalance].',
      errors: [{ text: '[NameF]', message: /\[nameF\]/ }, { text: '[statementbalance]' }],
      output: '---\nkind: statement\n---\n[nameF], your balance is [StatementBalance].',
    },
    {
      // FormConfirmList replaces with case-sensitive String.Replace: [Date] reaches the patient as typed.
      name: 'the confirmation list writes [date] and [time], and a wrong case there is an error',
      text: '---\nkind: confirmationList\n---\nSee you [Date] at [TIME].',
      errors: [
        { text: '[Date]', severity: 'error', message: /^Write \[Date\] as \[date\]: Confirmation List matches tag case exactly and sends \[Date\] as typed\.$/ },
        { text: '[TIME]', severity: 'error' },
      ],
      output: '---\nkind: confirmationList\n---\nSee you [date] at [time].',
    },
    {
      name: 'a configured severity is kept where the case is exact',
      text: '---\nkind: confirmationList\n---\n[namef], see you [date].',
      config: { rules: { 'tag-case': 'warning' } },
      errors: [{ text: '[namef]', severity: 'warning' }],
      output: '---\nkind: confirmationList\n---\n[NameF], see you [date].',
    },
    {
      // Appointments.ReplaceAppointment uses String.Replace; Patients.ReplacePatient ignores case.
      name: 'Web Sched Notify: appointment tags are case-sensitive, patient tags are not',
      text: '---\nkind: webSchedNotify\n---\n[fname] on [apptdate] [Time]',
      errors: [
        { text: '[fname]', severity: 'warning' },
        { text: '[apptdate]', severity: 'error' },
        { text: '[Time]', severity: 'error' },
      ],
      output: '---\nkind: webSchedNotify\n---\n[FName] on [ApptDate] [time]',
    },
    {
      // MsgToPayTagReplacer checks Contains(MSG_TO_PAY_TAG) before it replaces the tag.
      name: 'Message-to-Pay: [MsgToPayURL] only in its own case',
      text: '---\nkind: messageToPay\n---\nPay at [msgtopayurl] - [OfficeName]',
      errors: [{ text: '[msgtopayurl]', severity: 'error' }],
      output: '---\nkind: messageToPay\n---\nPay at [MsgToPayURL] - [OfficeName]',
    },
    {
      name: 'statement emails write [nameFL]',
      text: '---\nkind: statement\nchannel: email\nsubject: Statement\n---\nDear [NameFL],',
      errors: [{ text: '[NameFL]', severity: 'warning', message: /\[nameFL\]/ }],
      output: '---\nkind: statement\nchannel: email\nsubject: Statement\n---\nDear [nameFL],',
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
