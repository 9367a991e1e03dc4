// Open Dental's own default templates (source: ApptReminderRules.CreateDefaultReminderRule),
// with the front matter that says which slot each one fills. They must lint clean.
export interface DefaultTemplate {
  name: string;
  text: string;
}

const fm = (kind: string, channel: 'sms' | 'email', extra = '') => `---\nkind: ${kind}\nchannel: ${channel}\n${extra}---\n`;

export const OD_DEFAULTS: DefaultTemplate[] = [
  {
    name: 'eReminder text',
    text: `${fm('eReminder', 'sms')}Appointment Reminder: [NameF] is scheduled for [ApptTime] on [ApptDate] at [ClinicName]. If you have questions call [ClinicPhone].`,
  },
  {
    name: 'eReminder email',
    text: `${fm('eReminder', 'email', 'subject: Appointment Reminder\n')}[NameF] is scheduled for [ApptTime] on [ApptDate] at [OfficeName]. If you have questions, call [OfficePhone].`,
  },
  {
    name: 'eReminder aggregate text',
    text: `${fm('eReminder', 'sms', 'aggregate: true\n')}Appointment Reminder:\n[Appts]\nIf you have questions call [ClinicPhone].`,
  },
  {
    name: 'eConfirmation text',
    text: `${fm('eConfirmation', 'sms')}[NameF] is scheduled for [ApptTime] on [ApptDate] at [OfficeName]. Reply [ConfirmCode] to confirm or call [OfficePhone].`,
  },
  {
    name: 'eConfirmation text without front matter',
    text: '[NameF] is scheduled for [ApptTime] on [ApptDate] at [OfficeName]. Reply [ConfirmCode] to confirm or call [OfficePhone].',
  },
  {
    name: 'eConfirmation email',
    text: `${fm('eConfirmation', 'email', 'subject: Appointment Confirmation\n')}[NameF] is scheduled for [ApptTime] on [ApptDate] at [OfficeName]. Click [ConfirmURL] to confirm or call [OfficePhone].`,
  },
  {
    name: 'eConfirmation aggregate text',
    text: `${fm('eConfirmation', 'sms', 'aggregate: true\n')}[Appts]\nReply [ConfirmCode] to confirm or call [OfficePhone].`,
  },
  {
    name: 'eConfirmation per-appointment line',
    text: `${fm('eConfirmation', 'sms')}[NameF] is scheduled for [ApptTime] on [ApptDate] at [ClinicName].`,
  },
  {
    name: 'eConfirmation per-appointment line, marked as one',
    text: `${fm('eConfirmation', 'sms', 'aggregate: perAppointment\n')}[NameF] is scheduled for [ApptTime] on [ApptDate] at [ClinicName].`,
  },
  {
    name: 'Patient Portal invite email',
    text:
      `${fm('patientPortalInvite', 'email', 'subject: Patient Portal Invitation\n')}[NameF],\n\nIn preparation for your upcoming dental appointment at [OfficeName], we invite you to log in to our Patient Portal. ` +
      'There you can view your scheduled appointments, view your treatment plan, send a message to your provider, and view your account balance. ' +
      'Visit [PatientPortalURL] and use this temporary user name and password to log in:\n\nUser name: [UserName]\nPassword: [Password]\n\n' +
      'If you have any questions, please give us a call at [OfficePhone], and we would be happy to answer any of your questions.',
  },
];

/** The defaults as `valid` entries for a rule table. */
export const OD_DEFAULT_CASES = OD_DEFAULTS.map((d) => ({ text: d.text, name: `Open Dental default: ${d.name}` }));
