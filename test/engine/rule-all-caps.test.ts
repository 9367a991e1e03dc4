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
    // Keywords the office chose for replies, right after the reply verb (issue 10).
    `${SMS}Running late? Text us HERE. Reply CONFIRM or RESCHEDULE, or reply with the word SMILE.`,
    `${SMS}Reply “HERE” to check in; responda CONFIRMAR para confirmar.`,
    `${SMS}Reply C or CONFIRM to confirm.`,
    // Brands, insurers and other short acronyms (issue 10): CVS, HSA, UHC, BCBS.
    `${SMS}Your prescription is at the CVS on Main St. We take BCBS, UHC and Delta Dental PPO plans; your HSA or FSA card works too.`,
    `${SMS}Bring your EOB and the NTI guard; the IRS form is optional.`,
    { text: `${SMS}See you at NYU Dental and the UCLA clinic.`, config: { acronyms: ['nyu', 'UCLA'] }, name: 'config acronyms (any case)' },
    { text: `${SMS}See you TOMORROW.`, config: { rules: { 'all-caps': 'off' } } },
    { text: '---\nkind: eConfirmation\nrules:\n  all-caps: off\n---\nSee you TOMORROW.', name: 'off in front matter' },
  ],
  invalid: [
    {
      text: `${SMS}[NameF], see you TOMORROW at [ApptTime]. Reply [ConfirmCode] to confirm, HELP for help or STOP to opt out. Dr. Lee, DDS`,
      errors: [{ titles: ['Replace "TOMORROW" with "tomorrow"'], text: 'TOMORROW', severity: 'warning', message: /TOMORROW/, start: SMS.length + 17, end: SMS.length + 25 }],
      output: `${SMS}[NameF], see you tomorrow at [ApptTime]. Reply [ConfirmCode] to confirm, HELP for help or STOP to opt out. Dr. Lee, DDS`,
    },
    {
      name: 'every shouted word; punctuation and tags around them',
      text: `${SMS}PLEASE CALL US! [NameF]:IMPORTANT,[OfficeName]`,
      errors: [{ text: 'PLEASE' }, { text: 'CALL' }, { text: 'IMPORTANT' }],
      output: `${SMS}Please call US! [NameF]:important,[OfficeName]`,
    },
    {
      name: 'Unicode capitals',
      text: `${SMS}ÉLÈVE: ÜBER SÜß? ÇA VA. ΓΕΙΑ`,
      errors: [{ text: 'ÉLÈVE' }, { text: 'ÜBER' }, { text: 'ΓΕΙΑ' }],
      output: `${SMS}Élève: über SÜß? ÇA VA. Γεια`,
    },
    {
      name: 'combining accents',
      text: `${SMS}E\u0301TE\u0301S visit`,
      errors: [{ text: 'E\u0301TE\u0301S' }],
      output: `${SMS}E\u0301te\u0301s visit`,
    },
    {
      name: 'a letter whose lower case is another letter: reported, not fixed',
      text: `${SMS}Welcome to İSTANBUL Dental.`,
      errors: [{ text: 'İSTANBUL' }],
      output: `${SMS}Welcome to İSTANBUL Dental.`,
    },
    {
      // Greek capitals that GSM-7 has, whose lower case it has not: lower-casing them unattended
      // would turn the text into UCS-2 (non-gsm-character). Found by the fix-safety property.
      name: 'capitals whose lower case leaves GSM-7: reported, not fixed, offered',
      text: `${SMS}See you at ΣΘΩΔ soon.`,
      errors: [{ text: 'ΣΘΩΔ' }],
      output: `${SMS}See you at ΣΘΩΔ soon.`,
      suggestions: [`${SMS}See you at σθωδ soon.`],
    },
    {
      name: 'apostrophes stay',
      text: `${SMS}DON'T be late; WE’RE waiting.`,
      errors: [{ text: "DON'T" }, { text: 'WE’RE' }],
      output: `${SMS}Don't be late; we’re waiting.`,
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
      name: 'issue 10: lower case inside a sentence',
      text: `${SMS}You have an appointment TOMORROW. Get FREE whitening!`,
      errors: [{ text: 'TOMORROW' }, { text: 'FREE' }],
      output: `${SMS}You have an appointment tomorrow. Get free whitening!`,
    },
    {
      name: 'issue 10: a capital at a sentence start, and after a line break',
      text: `${SMS}TOMORROW we open at 8.\nPLEASE arrive early. Thanks! SEE you soon`,
      errors: [{ text: 'TOMORROW' }, { text: 'PLEASE' }, { text: 'SEE' }],
      output: `${SMS}Tomorrow we open at 8.\nPlease arrive early. Thanks! See you soon`,
    },
    {
      name: 'day and month names keep their capital',
      text: `${SMS}See you MONDAY, JUNE 3, or on one of the SATURDAYS in JULY’S schedule.`,
      errors: [{ text: 'MONDAY' }, { text: 'JUNE' }, { text: 'SATURDAYS' }, { text: 'JULY’S' }],
      output: `${SMS}See you Monday, June 3, or on one of the Saturdays in July’s schedule.`,
    },
    {
      name: 'common short words are shouting; a keyword needs its reply verb right before it',
      text: `${SMS}Come in NOW. Reply to us TODAY, or reply to confirm or CALL us.`,
      errors: [{ text: 'NOW' }, { text: 'TODAY' }, { text: 'CALL' }],
      output: `${SMS}Come in now. Reply to us today, or reply to confirm or call us.`,
    },
    {
      name: 'keywords are exact words: STOPPED is not STOP',
      text: `${SMS}STOPPED by? HELPFUL tips`,
      errors: [{ text: 'STOPPED' }, { text: 'HELPFUL' }],
      output: `${SMS}Stopped by? Helpful tips`,
    },
  ],
});
