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
    // The eClipboard check-in text is appended to the arrival response, a reply to the patient.
    `${fm('kind: eClipboardCheckIn')}Check in here: [eClipboardBYOD]`,
    // The Confirmation List family message fills only [FamilyApptList]: no tag could name the
    // office there, so the office is named in words and the rule stays quiet.
    `${fm('kind: confirmationList\naggregate: true')}Please call to confirm: [FamilyApptList]`,
    // A per-appointment line is a piece of the aggregate text, which may name the office
    // around its [Appts]: the line is not judged on its own.
    `${fm('kind: eConfirmation\nchannel: sms\naggregate: perAppointment')}[NameF] is scheduled for [ApptTime] on [ApptDate] at [ClinicName].`,
    `${fm('kind: eReminder\naggregate: perAppointment')}[NameF] on [ApptDate] at [ApptTime]`,
    `${fm('aggregate: perAppointment')}[NameF] on [ApptDate] at [ApptTime]`,
    // Emails have a sender address.
    `${fm('kind: eReminder\nchannel: email')}See you [ApptDate].`,
    { text: `${REMINDER}See you [ApptDate].`, config: { rules: { 'missing-sender-id': 'off' } } },
  ],
  invalid: [
    {
      name: 'an aggregate template is still judged (this one has neither [Appts] nor an office name)',
      text: `${fm('kind: eReminder\naggregate: true')}Appointment Reminder: see you soon`,
      errors: [{ titles: ['Add "- [OfficeName]" at the end'], text: 'Appointment Reminder: see you soon' }],
      suggestions: [`${fm('kind: eReminder\naggregate: true')}Appointment Reminder: see you soon - [OfficeName]`],
    },
    {
      name: 'a reminder that names no office',
      text: `${REMINDER}[NameF], see you on [ApptDate]. Call [OfficePhone] with questions.`,
      errors: [
        {
          text: '[NameF], see you on [ApptDate]. Call [OfficePhone] with questions.',
          severity: 'info',
          message: /^Add \[OfficeName\] \(or \[ClinicName\]\): carriers expect the sender of a text to be named\.$/,
        },
      ],
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
