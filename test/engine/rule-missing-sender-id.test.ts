import { testRule } from './ruleTester';

const fm = (lines: string) => `---\n${lines}\n---\n`;
const REMINDER = fm('kind: eReminder');

testRule('missing-sender-id', {
  valid: [
    `${REMINDER}[NameF], see you on [ApptDate] at [OfficeName].`,
    `${REMINDER}[NameF], see you on [ApptDate] at [ClinicName].`,
    `${fm('kind: statement')}[nameF], your statement from [PracticeName]: [StatementURL]`,
    // An aggregate text's [Appts] lines name the clinic in Open Dental's defaults.
    `${fm('kind: eConfirmation\naggregate: true')}[Appts]\nReply [ConfirmCode] to confirm or call [OfficePhone].`,
    // Replies to the patient's own text, the New Patient Thank-You (sent with the Auto Thank-You)
    // and manual texts are not checked.
    `${fm('kind: arrivalResponse')}Your appointment is ready. Please come in.`,
    `${fm('kind: eConfirmationAutoReply')}Thank you for confirming.`,
    `${fm('kind: newPatientThankYou')}[NameF] has an appointment coming up. Please fill out this form prior to the appointment [NewPatWebFormURL] `,
    `${fm('kind: manual')}Hi Maria, this is Bright Smiles Dental.`,
    // Emails have a sender address.
    `${fm('kind: eReminder\nchannel: email')}See you [ApptDate].`,
    { text: `${REMINDER}See you [ApptDate].`, config: { rules: { 'missing-sender-id': 'off' } } },
  ],
  invalid: [
    {
      name: 'a reminder that names no office',
      text: `${REMINDER}[NameF], see you on [ApptDate]. Call [OfficePhone] with questions.`,
      errors: [{ text: '[NameF], see you on [ApptDate]. Call [OfficePhone] with questions.', severity: 'info', message: /carriers expect the office to be named/ }],
      suggestions: [`${REMINDER}[NameF], see you on [ApptDate]. Call [OfficePhone] with questions. - [OfficeName]`],
    },
    {
      name: 'reported on the last line; the suffix goes before trailing white space',
      text: `${REMINDER}Reminder:\nSee you on [ApptDate]\n`,
      errors: [{ text: 'See you on [ApptDate]' }],
      suggestions: [`${REMINDER}Reminder:\nSee you on [ApptDate] - [OfficeName]\n`],
    },
    {
      name: 'no kind',
      text: 'Your cleaning is due.',
      errors: [{ text: 'Your cleaning is due.' }],
      suggestions: ['Your cleaning is due. - [OfficeName]'],
    },
    {
      name: 'a severity set in config wins',
      text: 'Your cleaning is due.',
      config: { rules: { 'missing-sender-id': 'warning' } },
      errors: [{ severity: 'warning' }],
      suggestions: ['Your cleaning is due. - [OfficeName]'],
    },
  ],
});
