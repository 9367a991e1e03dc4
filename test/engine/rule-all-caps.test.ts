import { OD_DEFAULT_CASES } from './odDefaults';
import { testRule } from './ruleTester';

const SMS = '---\nkind: eConfirmation\nchannel: sms\n---\n';

testRule('all-caps', {
  valid: [
    ...OD_DEFAULT_CASES,
    // Reply keywords are meant to be in capitals.
    `${SMS}Reply [ConfirmCode] to confirm, HELP for help or STOP to opt out. Text START to opt back in.`,
    `${SMS}Reply YES to confirm. Reply END, QUIT, CANCEL, UNSUBSCRIBE or STOPALL to stop; OPTIN or UNSTOP to resume.`,
    // Acronyms, credentials, times and time zones.
    `${SMS}Dr. Lee, DDS, and Dr. Ruiz, DMD, see you at 10:30 AM EST. Bring your PPO card and photo ID; HIPAA forms ASAP.`,
    `${SMS}Your CBCT scan and TMJ consult are set. FAQ: brightsmiles.com/faq`,
    // Plural acronyms, short words, single letters, codes with digits.
    `${SMS}We take most PPOs and HMOS. OK? Reply C to confirm. Room B12, code A1C, suite 4B.`,
    // Tags are not words.
    `${SMS}[NameF], [ApptDate] at [ApptTime].`,
    // Words in a link are not words.
    `---\nkind: eConfirmation\nchannel: email\n---\nSee HTTPS://BRIGHTSMILES.COM/FORMS`,
    // Title case and mixed case are fine.
    `${SMS}Bright Smiles Dental – McDonald Family Dentistry, iPhone users welcome.`,
    { text: `${SMS}See you at NYU Dental and the UCLA clinic.`, config: { acronyms: ['nyu', 'UCLA'] }, name: 'config acronyms (any case)' },
    { text: `${SMS}See you TOMORROW.`, config: { rules: { 'all-caps': 'off' } } },
    { text: '---\nkind: eConfirmation\nrules:\n  all-caps: off\n---\nSee you TOMORROW.', name: 'off in front matter' },
  ],
  invalid: [
    {
      text: `${SMS}[NameF], see you TOMORROW at [ApptTime]. Reply [ConfirmCode] to confirm, HELP for help or STOP to opt out. Dr. Lee, DDS`,
      errors: [{ text: 'TOMORROW', severity: 'warning', message: /TOMORROW/, start: SMS.length + 17, end: SMS.length + 25 }],
      output: `${SMS}[NameF], see you Tomorrow at [ApptTime]. Reply [ConfirmCode] to confirm, HELP for help or STOP to opt out. Dr. Lee, DDS`,
    },
    {
      name: 'every shouted word; punctuation and tags around them',
      text: `${SMS}PLEASE CALL US! [NameF]:IMPORTANT,[OfficeName]`,
      errors: [{ text: 'PLEASE' }, { text: 'CALL' }, { text: 'IMPORTANT' }],
      output: `${SMS}Please Call US! [NameF]:Important,[OfficeName]`,
    },
    {
      name: 'Unicode capitals',
      text: `${SMS}ÉTÉ: ÜBER SÜß? ÇA VA. ΓΕΙΑ`,
      errors: [{ text: 'ÉTÉ' }, { text: 'ÜBER' }, { text: 'ΓΕΙΑ' }],
      output: `${SMS}Été: Über SÜß? ÇA VA. Γεια`,
    },
    {
      name: 'combining accents',
      text: `${SMS}E\u0301TE\u0301 visit`,
      errors: [{ text: 'E\u0301TE\u0301' }],
      output: `${SMS}E\u0301te\u0301 visit`,
    },
    {
      name: 'apostrophes stay',
      text: `${SMS}DON'T be late; WE’RE waiting.`,
      errors: [{ text: "DON'T" }, { text: 'WE’RE' }],
      output: `${SMS}Don't be late; We’re waiting.`,
    },
    {
      name: 'subject line of an email',
      text: '---\nkind: eReminder\nchannel: email\nsubject: REMINDER from [OfficeName]\n---\nSee you soon.',
      errors: [{ text: 'REMINDER' }],
      output: '---\nkind: eReminder\nchannel: email\nsubject: Reminder from [OfficeName]\n---\nSee you soon.',
    },
    {
      name: 'front matter is not message text; BOM and CRLF',
      text: '\ufeff---\r\nkind: eReminder\r\nchannel: sms\r\n---\r\nSEE you [ApptDate].\r\n',
      errors: [{ text: 'SEE', start: 42, end: 45 }],
      output: '\ufeff---\r\nkind: eReminder\r\nchannel: sms\r\n---\r\nSee you [ApptDate].\r\n',
    },
    {
      name: 'keywords are exact words: STOPPED is not STOP',
      text: `${SMS}STOPPED by? HELPFUL tips`,
      errors: [{ text: 'STOPPED' }, { text: 'HELPFUL' }],
      output: `${SMS}Stopped by? Helpful tips`,
    },
  ],
});
