// More of Open Dental's own default texts (source: ApptReminderRules.CreateDefaultReminderRule),
// the SMS slots odDefaults.ts leaves out: with [Premed] and the add-to-calendar sentence, the
// auto-replies, arrivals, thank-you and general messages. The SMS rules must pass them.
const fm = (kind: string, extra = '') => `---\nkind: ${kind}\nchannel: sms\n${extra}---\n`;
const CAL = ' To add this to your calendar, visit [AddToCalendar].';
const CAL_PER_APPT = ' Add to calendar: [AddToCalendar]';

export const OD_SMS_DEFAULTS: { name: string; text: string }[] = [
  { name: 'eReminder text with premed and calendar', text: `${fm('eReminder')}Appointment Reminder: [NameF] is scheduled for [ApptTime] on [ApptDate] at [ClinicName]. [Premed]If you have questions call [ClinicPhone].${CAL}` },
  { name: 'eReminder aggregate text with premed', text: `${fm('eReminder', 'aggregate: true\n')}Appointment Reminder:\n[Appts]\n [Premed]If you have questions call [ClinicPhone].` },
  { name: 'eReminder per-appointment line with calendar', text: `${fm('eReminder')}[NameF] is scheduled for [ApptTime] on [ApptDate] at [ClinicName].${CAL_PER_APPT}` },
  { name: 'eReminder per-appointment line with calendar, marked as one', text: `${fm('eReminder', 'aggregate: perAppointment\n')}[NameF] is scheduled for [ApptTime] on [ApptDate] at [ClinicName].${CAL_PER_APPT}` },
  { name: 'eConfirmation text with calendar', text: `${fm('eConfirmation')}[NameF] is scheduled for [ApptTime] on [ApptDate] at [OfficeName]. Reply [ConfirmCode] to confirm or call [OfficePhone].${CAL}` },
  { name: 'eConfirmation auto-reply', text: `${fm('eConfirmationAutoReply')}Thank you for confirming your appointment with [OfficeName].  We look forward to seeing you.${CAL}` },
  { name: 'eConfirmation aggregate auto-reply', text: `${fm('eConfirmationAutoReply', 'aggregate: true\n')}Thank you for confirming your appointments with [OfficeName].  We look forward to seeing you${CAL_PER_APPT}` },
  { name: 'eConfirmation failure auto-reply', text: `${fm('eConfirmationAutoReply')}There was an error confirming your appointment with [OfficeName]. Please call [OfficePhone] to confirm.` },
  { name: 'thank-you text', text: `${fm('thankYou')}[NameF], thank you for scheduling with [OfficeName] on [ApptDate] at [ApptTime].${CAL}` },
  { name: 'thank-you aggregate text', text: `${fm('thankYou', 'aggregate: true\n')}Thank you for scheduling these appointments: [Appts]` },
  { name: 'new patient thank-you text', text: `${fm('newPatientThankYou')}[NameF] has an appointment coming up. Please fill out this form prior to the appointment [NewPatWebFormURL] ` },
  { name: 'new patient aggregate text', text: `${fm('newPatientThankYou', 'aggregate: true\n')}Thank you for scheduling your appointments. \nPlease fill out these forms for each patient: [Appts]` },
  { name: 'arrival text', text: `${fm('arrival')}[NameF] is scheduled for [ApptTime] on [ApptDate] at [ClinicName]. When you arrive, please respond with [Arrived]. If you have questions call [ClinicPhone].` },
  { name: 'arrival aggregate text', text: `${fm('arrival', 'aggregate: true\n')}[Appts]\nWhen you arrive, please respond with [Arrived]. If you have questions call [ClinicPhone].` },
  { name: 'arrival response', text: `${fm('arrivalResponse')}Please remain outside the office.  You will be contacted shortly to come in for your appointment.` },
  { name: 'come-in text', text: `${fm('arrivalResponse')}Your appointment is ready. Please come in.` },
  { name: 'general message text', text: `${fm('generalMessage')}Thank you for your visit to [OfficeName]. If you have questions call [OfficePhone].` },
];

export const OD_SMS_DEFAULT_CASES = OD_SMS_DEFAULTS.map((d) => ({ text: d.text, name: `Open Dental default: ${d.name}` }));
