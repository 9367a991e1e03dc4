import { OD_DEFAULT_CASES } from './odDefaults';
import { testRule } from './ruleTester';

const SMS = '---\nkind: eConfirmation\nchannel: sms\n---\n';

testRule('prefer-confirm-code', {
  valid: [
    ...OD_DEFAULT_CASES,
    `${SMS}Reply [ConfirmCode] to confirm, or call [OfficePhone].`,
    // Email may carry the link: Open Dental's own default confirmation email does.
    '---\nkind: eConfirmation\nchannel: email\n---\nClick [ConfirmURL] to confirm or call [OfficePhone].',
    // A kind sent only by email defaults to the email channel.
    '---\nkind: patientPortalInvite\n---\nVisit [PatientPortalURL] to log in. [ConfirmURL]',
    { text: `${SMS}Click [ConfirmURL] to confirm.`, config: { rules: { 'prefer-confirm-code': 'off' } }, name: 'turned off in .odmsgrc' },
    { text: '---\nkind: eConfirmation\nrules:\n  prefer-confirm-code: off\n---\nClick [ConfirmURL] to confirm.', name: 'turned off in front matter' },
    `${SMS}The words ConfirmURL and click here without brackets are not the tag.`,
  ],
  invalid: [
    {
      name: 'a bare tag is replaced',
      text: `${SMS}Confirm: [ConfirmURL]`,
      errors: [{ titles: ['Replace "[ConfirmURL]" with "[ConfirmCode]"'], text: '[ConfirmURL]', severity: 'warning', message: /\[ConfirmCode\]/ }],
      output: `${SMS}Confirm: [ConfirmCode]`,
    },
    {
      name: 'click → reply, range covers the reworded span',
      text: `${SMS}[NameF] is scheduled for [ApptTime] on [ApptDate]. To confirm, click [ConfirmURL] or call [OfficePhone].`,
      errors: [{ text: 'click [ConfirmURL]', start: SMS.length + 63, end: SMS.length + 81 }],
      output: `${SMS}[NameF] is scheduled for [ApptTime] on [ApptDate]. To confirm, reply [ConfirmCode] or call [OfficePhone].`,
    },
    {
      name: 'capital kept; "click here to confirm:" keeps its purpose',
      text: `${SMS}Hi [NameF]! Click here to confirm: [ConfirmURL]`,
      errors: [{ text: 'Click here to confirm: [ConfirmURL]' }],
      output: `${SMS}Hi [NameF]! Reply [ConfirmCode] to confirm`,
    },
    {
      text: `${SMS}Please tap the link below to confirm your appointment - [ConfirmURL]. Thanks!`,
      errors: [{ text: 'tap the link below to confirm your appointment - [ConfirmURL]' }],
      output: `${SMS}Please reply [ConfirmCode] to confirm your appointment. Thanks!`,
    },
    {
      name: 'gerund: by visiting → by replying',
      text: `${SMS}Confirm by visiting [ConfirmURL].`,
      errors: [{ text: 'visiting [ConfirmURL]' }],
      output: `${SMS}Confirm by replying [ConfirmCode].`,
    },
    {
      text: `${SMS}To confirm go to [ConfirmURL]`,
      errors: [{ text: 'go to [ConfirmURL]' }],
      output: `${SMS}To confirm reply [ConfirmCode]`,
    },
    {
      name: 'shouted verb at a sentence start → "Reply"',
      text: `${SMS}CLICK [ConfirmURL] to confirm.`,
      errors: [{ text: 'CLICK [ConfirmURL]' }],
      output: `${SMS}Reply [ConfirmCode] to confirm.`,
    },
    {
      name: 'a verb inside another word is not a call to action',
      text: `${SMS}Our reuse [ConfirmURL]`,
      errors: [{ text: '[ConfirmURL]' }],
      output: `${SMS}Our reuse [ConfirmCode]`,
    },
    {
      name: 'the call to action does not reach across a tag',
      text: `${SMS}Click [NameF] [ConfirmURL]`,
      errors: [{ text: '[ConfirmURL]' }],
      output: `${SMS}Click [NameF] [ConfirmCode]`,
    },
    {
      name: 'any case of the tag; tag-case fixes its own problem separately',
      text: `${SMS}click [confirmurl]`,
      errors: [{ text: 'click [confirmurl]' }],
      output: `${SMS}reply [ConfirmCode]`,
    },
    {
      name: 'without front matter a template is a text',
      text: 'Tap [ConfirmURL] to confirm.\r\nCall [OfficePhone] with questions.',
      errors: [{ start: 0, end: 16 }],
      output: 'Reply [ConfirmCode] to confirm.\r\nCall [OfficePhone] with questions.',
    },
    {
      name: 'BOM and CRLF',
      text: '\ufeff---\r\nkind: eConfirmation\r\n---\r\nClick [ConfirmURL]!',
      errors: [{ text: 'Click [ConfirmURL]' }],
      output: '\ufeff---\r\nkind: eConfirmation\r\n---\r\nReply [ConfirmCode]!',
    },
    {
      name: 'two tags, two problems',
      text: `${SMS}Open [ConfirmURL] or [ConfirmURL]`,
      errors: [{ text: 'Open [ConfirmURL]' }, { text: '[ConfirmURL]' }],
      output: `${SMS}Reply [ConfirmCode] or [ConfirmCode]`,
    },
    {
      name: 'severity from config',
      text: `${SMS}Click [ConfirmURL]`,
      config: { rules: { 'prefer-confirm-code': 'error' } },
      errors: [{ severity: 'error' }],
      output: `${SMS}Reply [ConfirmCode]`,
    },
  ],
});
