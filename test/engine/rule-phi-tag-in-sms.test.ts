import { testRule } from './ruleTester';

const fm = (lines: string) => `---\n${lines}\n---\n`;
const NOTIFY = fm('kind: webSchedNotify');
const REMINDER = fm('kind: eReminder');

testRule('phi-tag-in-sms', {
  valid: [
    `${REMINDER}[NameF], see you on [ApptDate] at [OfficeName].`,
    // Emails may carry PHI: Open Dental's Web Sched Notify picker offers it there.
    `${fm('kind: webSchedNotify\nchannel: email')}Dear [NameFL], born [Birthdate], at [Address], [City] [Zip].`,
    `${fm('kind: confirmationList\nchannel: email')}Dear [NameFL], please confirm [date].`,
    // Not tags, and look-alike tags that are not PHI.
    `${REMINDER}Your last name is on file. [NamePreferredOrFirst] [PatNum]`,
    { text: `${NOTIFY}[LName]`, config: { rules: { 'phi-tag-in-sms': 'off' } } },
  ],
  invalid: [
    {
      name: 'last name in a Web Sched Notify text (greyed out in the picker for texts)',
      text: `${NOTIFY}Hi [NameF] [LName], you are booked for [ApptDate].`,
      errors: [{ titles: ['Remove "[LName]"'], text: '[LName]', severity: 'error', message: /^Leave out \[LName\]: Open Dental keeps protected health information out of texts\.$/ }],
      suggestions: [`${NOTIFY}Hi [NameF], you are booked for [ApptDate].`],
    },
    {
      name: 'full names in a Confirmation List text (it lists [NameFL] for postcards and email)',
      text: `${fm('kind: confirmationList')}[NameFL], please confirm [date] at [time].`,
      errors: [{ text: '[NameFL]' }],
      suggestions: [`${fm('kind: confirmationList')}, please confirm [date] at [time].`],
    },
    {
      name: 'every PHI tag, any kind, any case',
      text: `${REMINDER}[NameLF] [WirelessPhone] [HmPhone] [WkPhone] [Birthdate] [Birthdate_yyyyMMdd] [SSN] [Address] [Address2] [City] [zip]`,
      errors: ['[NameLF]', '[WirelessPhone]', '[HmPhone]', '[WkPhone]', '[Birthdate]', '[Birthdate_yyyyMMdd]', '[SSN]', '[Address]', '[Address2]', '[City]', '[zip]'].map((text) => ({ text })),
      suggestions: [`${REMINDER}[WirelessPhone] [HmPhone] [WkPhone] [Birthdate] [Birthdate_yyyyMMdd] [SSN] [Address] [Address2] [City] [zip]`],
    },
    {
      name: 'no kind: a text is a text',
      text: 'Your birthday: [Birthdate]',
      errors: [{ text: '[Birthdate]' }],
      suggestions: ['Your birthday:'],
    },
  ],
});
