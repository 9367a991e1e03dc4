// Every default template Open Dental ships, as it reaches an office today, with the place in
// Open Dental's source (OpenDental/opendental, branch 24_3) that writes it. They must lint
// clean (test/engine/od-defaults.test.ts): they are what most offices still send.
//
// Rule templates come from ApptReminderRules.CreateDefaultReminderRule, which appends
// " To add this to your calendar, visit [AddToCalendar]." (single texts, emails and the
// auto reply) and " Add to calendar: [AddToCalendar]" (per-appointment lines, aggregate auto
// reply) only when eConfirmations are on, and "\r\n\r\n\r\n[EmailDisclaimer]" to the email and
// aggregate email only when EmailDisclaimerIsOn: each variant is listed. Preference defaults
// come from the INSERT in OpenDentBusiness/Misc/ConvertDatabases*.cs, with every later UPDATE
// that touches the default value applied (each is named in `source`).
export type Slot = 'single' | 'aggregate' | 'perAppointment';

export interface OdDefault {
  name: string;
  kind: string;
  channel: 'sms' | 'email';
  slot: Slot;
  subject?: string;
  body: string;
  /** File and method (or conversion) in Open Dental's source that writes this default. */
  source: string;
  /**
   * False when the default itself names no office, so missing-sender-id may say so (info).
   * Emails and kinds that need no sender name never get that report either way.
   */
  namesOffice: boolean;
}

const RULES = 'OpenDentBusiness/Data Interface/ApptReminderRules.cs, CreateDefaultReminderRule';
const CAL = ' To add this to your calendar, visit [AddToCalendar].';
const CAL_LINE = ' Add to calendar: [AddToCalendar]';
const DISCLAIMER = '\r\n\r\n\r\n[EmailDisclaimer]';
const TEL = '<a href="tel:[OfficePhone]">[OfficePhone]</a>';

/** A rule slot with and without the add-to-calendar sentence (`cal` marks where it goes). */
function withCalendar(d: Omit<OdDefault, 'body'> & { body: (cal: string) => string }, cal: string): OdDefault[] {
  const { body, ...rest } = d;
  return [
    { ...rest, body: body('') },
    { ...rest, name: `${d.name}, with [AddToCalendar]`, body: body(cal) },
  ];
}

/** An email slot with and without the disclaimer Open Dental appends when EmailDisclaimerIsOn. */
function withDisclaimer(d: OdDefault): OdDefault[] {
  return [d, { ...d, name: `${d.name}, with [EmailDisclaimer]`, body: d.body + DISCLAIMER }];
}

const reminder: OdDefault[] = [
  ...withCalendar(
    {
      name: 'eReminder text',
      kind: 'eReminder',
      channel: 'sms',
      slot: 'single',
      source: `${RULES} (Reminder, TemplateSMS)`,
      namesOffice: true,
      body: (cal) => `Appointment Reminder: [NameF] is scheduled for [ApptTime] on [ApptDate] at [ClinicName]. [Premed]If you have questions call [ClinicPhone].${cal}`,
    },
    CAL,
  ),
  ...withCalendar(
    {
      name: 'eReminder email',
      kind: 'eReminder',
      channel: 'email',
      slot: 'single',
      subject: 'Appointment Reminder',
      source: `${RULES} (Reminder, TemplateEmail)`,
      namesOffice: true,
      body: (cal) => `[NameF],\n\nYour appointment is scheduled for [ApptTime] on [ApptDate] at [OfficeName].${cal} [Premed]If you have questions, call ${TEL}.`,
    },
    CAL,
  ).flatMap(withDisclaimer),
  {
    name: 'eReminder aggregate text',
    kind: 'eReminder',
    channel: 'sms',
    slot: 'aggregate',
    source: `${RULES} (Reminder, TemplateSMSAggShared)`,
    namesOffice: true,
    body: 'Appointment Reminder:\n[Appts]\n [Premed]If you have questions call [ClinicPhone].',
  },
  ...withCalendar(
    {
      name: 'eReminder per-appointment text line',
      kind: 'eReminder',
      channel: 'sms',
      slot: 'perAppointment',
      source: `${RULES} (Reminder, TemplateSMSAggPerAppt)`,
      namesOffice: true,
      body: (cal) => `[NameF] is scheduled for [ApptTime] on [ApptDate] at [ClinicName].${cal}`,
    },
    CAL_LINE,
  ),
  ...withDisclaimer({
    name: 'eReminder aggregate email',
    kind: 'eReminder',
    channel: 'email',
    slot: 'aggregate',
    subject: 'Appointment Reminder',
    source: `${RULES} (Reminder, TemplateEmailAggShared)`,
    namesOffice: true,
    body: `[Appts]\n[Premed]\nIf you have questions, call ${TEL}.`,
  }),
  ...withCalendar(
    {
      name: 'eReminder per-appointment email line',
      kind: 'eReminder',
      channel: 'email',
      slot: 'perAppointment',
      source: `${RULES} (Reminder, TemplateEmailAggPerAppt)`,
      namesOffice: true,
      body: (cal) => `[NameF] is scheduled for [ApptTime] on [ApptDate] at [ClinicName].${cal}`,
    },
    CAL_LINE,
  ),
];

const confirmation: OdDefault[] = [
  ...withCalendar(
    {
      name: 'eConfirmation text',
      kind: 'eConfirmation',
      channel: 'sms',
      slot: 'single',
      source: `${RULES} (ConfirmationFutureDay, TemplateSMS)`,
      namesOffice: true,
      body: (cal) => `[NameF] is scheduled for [ApptTime] on [ApptDate] at [OfficeName]. Reply [ConfirmCode] to confirm or call [OfficePhone].${cal}`,
    },
    CAL,
  ),
  ...withCalendar(
    {
      name: 'eConfirmation email',
      kind: 'eConfirmation',
      channel: 'email',
      slot: 'single',
      subject: 'Appointment Confirmation',
      source: `${RULES} (ConfirmationFutureDay, TemplateEmail)`,
      namesOffice: true,
      body: (cal) => `[NameF], \n\nYour appointment is scheduled for [ApptTime] on [ApptDate] at [OfficeName]. Click <a href="[ConfirmURL]">[ConfirmURL]</a> to confirm or call ${TEL}.${cal}`,
    },
    CAL,
  ).flatMap(withDisclaimer),
  {
    name: 'eConfirmation aggregate text',
    kind: 'eConfirmation',
    channel: 'sms',
    slot: 'aggregate',
    source: `${RULES} (ConfirmationFutureDay, TemplateSMSAggShared)`,
    namesOffice: true,
    body: '[Appts]\nReply [ConfirmCode] to confirm or call [OfficePhone].',
  },
  ...withCalendar(
    {
      name: 'eConfirmation per-appointment text line',
      kind: 'eConfirmation',
      channel: 'sms',
      slot: 'perAppointment',
      source: `${RULES} (ConfirmationFutureDay, TemplateSMSAggPerAppt)`,
      namesOffice: true,
      body: (cal) => `[NameF] is scheduled for [ApptTime] on [ApptDate] at [ClinicName].${cal}`,
    },
    CAL_LINE,
  ),
  ...withDisclaimer({
    name: 'eConfirmation aggregate email',
    kind: 'eConfirmation',
    channel: 'email',
    slot: 'aggregate',
    subject: 'Appointment Confirmation',
    source: `${RULES} (ConfirmationFutureDay, TemplateEmailAggShared)`,
    namesOffice: true,
    body: `[Appts]\nClick <a href="[ConfirmURL]">[ConfirmURL]</a> to confirm or call ${TEL}.`,
  }),
  ...withCalendar(
    {
      name: 'eConfirmation per-appointment email line',
      kind: 'eConfirmation',
      channel: 'email',
      slot: 'perAppointment',
      source: `${RULES} (ConfirmationFutureDay, TemplateEmailAggPerAppt)`,
      namesOffice: true,
      body: (cal) => `[NameF] is scheduled for [ApptTime] on [ApptDate] at [ClinicName].${cal}`,
    },
    CAL_LINE,
  ),
  ...withCalendar(
    {
      name: 'eConfirmation auto reply',
      kind: 'eConfirmationAutoReply',
      channel: 'sms',
      slot: 'single',
      source: `${RULES} (ConfirmationFutureDay, TemplateAutoReply)`,
      namesOffice: true,
      body: (cal) => `Thank you for confirming your appointment with [OfficeName].  We look forward to seeing you.${cal}`,
    },
    CAL,
  ),
  ...withCalendar(
    {
      name: 'eConfirmation aggregate auto reply',
      kind: 'eConfirmationAutoReply',
      channel: 'sms',
      slot: 'aggregate',
      source: `${RULES} (ConfirmationFutureDay, TemplateAutoReplyAgg)`,
      namesOffice: true,
      body: (cal) => `Thank you for confirming your appointments with [OfficeName].  We look forward to seeing you${cal}`,
    },
    CAL_LINE,
  ),
  {
    name: 'eConfirmation failure auto reply',
    kind: 'eConfirmationAutoReply',
    channel: 'sms',
    slot: 'single',
    source: `${RULES} (ConfirmationFutureDay, TemplateFailureAutoReply)`,
    namesOffice: true,
    body: 'There was an error confirming your appointment with [OfficeName]. Please call [OfficePhone] to confirm.',
  },
];

const PORTAL_BEFORE =
  '[NameF],\n\t\t\t\nIn preparation for your upcoming dental appointment at [OfficeName], we invite you to visit our <a href="[PatientPortalURL]">Patient Portal</a> to see your health information. \n' +
  'There you can view your scheduled appointments, view your treatment plan, send a message to your provider, and view your account balance. \n';
const PORTAL_AFTER =
  '[NameF],\n\t\t\t\nThank you for coming in to visit [OfficeName] today. As a follow up to your appointment, we invite you to visit our <a href="[PatientPortalURL]">Patient Portal</a> to see your health information. \n' +
  'There you can view your scheduled appointments, view your treatment plan, send a message to your provider, and view your account balance. \n';
const PORTAL_CALL = `If you have any questions, please give us a call at ${TEL}, and we would be happy to answer any of your questions.`;
const PORTAL_LINE = '[NameF]\nUser name: [UserName]\nPassword: [Password]\n';

const portal: OdDefault[] = [
  ...withDisclaimer({
    name: 'Patient Portal invite email (before the appointment)',
    kind: 'patientPortalInvite',
    channel: 'email',
    slot: 'single',
    subject: 'Patient Portal Invitation',
    source: `${RULES} (PatientPortalInvite, isBeforeAppointment, TemplateEmail)`,
    namesOffice: true,
    body: `${PORTAL_BEFORE}If this is your first time using Patient Portal, use the temporary username and password below to log in:\n\nUsername: [UserName]\nPassword: [Password]\n\n${PORTAL_CALL}`,
  }),
  ...withDisclaimer({
    name: 'Patient Portal invite aggregate email (before the appointment)',
    kind: 'patientPortalInvite',
    channel: 'email',
    slot: 'aggregate',
    subject: 'Patient Portal Invitation',
    source: `${RULES} (PatientPortalInvite, isBeforeAppointment, TemplateEmailAggShared)`,
    namesOffice: true,
    body: `${PORTAL_BEFORE.replace('appointment at', 'appointments at')}If this is your first time using Patient Portal, use these temporary usernames and passwords below to log in:\n\n[Credentials]\n${PORTAL_CALL}`,
  }),
  ...withDisclaimer({
    name: 'Patient Portal invite email (after the appointment)',
    kind: 'patientPortalInvite',
    channel: 'email',
    slot: 'single',
    subject: 'Patient Portal Invitation',
    source: `${RULES} (PatientPortalInvite, same day, TemplateEmail)`,
    namesOffice: true,
    body: `${PORTAL_AFTER}If this is your first time using Patient Portal, use this temporary username and password to log in:\n\nUsername: [UserName]\nPassword: [Password]\n\n${PORTAL_CALL}`,
  }),
  ...withDisclaimer({
    name: 'Patient Portal invite aggregate email (after the appointment)',
    kind: 'patientPortalInvite',
    channel: 'email',
    slot: 'aggregate',
    subject: 'Patient Portal Invitation',
    source: `${RULES} (PatientPortalInvite, same day, TemplateEmailAggShared)`,
    namesOffice: true,
    body: `${PORTAL_AFTER}Visit <a href="[PatientPortalURL]">Patient Portal</a> to see your health information.\nIf this is your first time using Patient Portal, use these temporary usernames and passwords to log in:\n\n[Credentials]\n${PORTAL_CALL}`,
  }),
  {
    name: 'Patient Portal invite per-person email line',
    kind: 'patientPortalInvite',
    channel: 'email',
    slot: 'perAppointment',
    source: `${RULES} (PatientPortalInvite, TemplateEmailAggPerAppt, both timings)`,
    namesOffice: false,
    body: PORTAL_LINE,
  },
];

const thankYou: OdDefault[] = [
  ...withCalendar(
    {
      name: 'Auto Thank-You text',
      kind: 'thankYou',
      channel: 'sms',
      slot: 'single',
      source: `${RULES} (ScheduleThankYou, TemplateSMS)`,
      namesOffice: true,
      body: (cal) => `[NameF], thank you for scheduling with [OfficeName] on [ApptDate] at [ApptTime].${cal}`,
    },
    CAL,
  ),
  ...withCalendar(
    {
      name: 'Auto Thank-You email',
      kind: 'thankYou',
      channel: 'email',
      slot: 'single',
      subject: 'Appointment Thank You',
      source: `${RULES} (ScheduleThankYou, TemplateEmail)`,
      namesOffice: true,
      body: (cal) => `[NameF],\n\nThank you for scheduling your appointment with [OfficeName] on [ApptDate] at [ApptTime].${cal} If you have questions, call ${TEL}.`,
    },
    CAL,
  ).flatMap(withDisclaimer),
  {
    name: 'Auto Thank-You aggregate text',
    kind: 'thankYou',
    channel: 'sms',
    slot: 'aggregate',
    source: `${RULES} (ScheduleThankYou, TemplateSMSAggShared)`,
    namesOffice: true,
    body: 'Thank you for scheduling these appointments: [Appts]',
  },
  ...withCalendar(
    {
      name: 'Auto Thank-You per-appointment text line',
      kind: 'thankYou',
      channel: 'sms',
      slot: 'perAppointment',
      source: `${RULES} (ScheduleThankYou, TemplateSMSAggPerAppt)`,
      namesOffice: true,
      body: (cal) => `[NameF] for [ApptTime] on [ApptDate] at [ClinicName].${cal}`,
    },
    CAL_LINE,
  ),
  ...withDisclaimer({
    name: 'Auto Thank-You aggregate email',
    kind: 'thankYou',
    channel: 'email',
    slot: 'aggregate',
    subject: 'Appointment Thank You',
    source: `${RULES} (ScheduleThankYou, TemplateEmailAggShared)`,
    namesOffice: true,
    body: `Thank you for scheduling these appointments: \n[Appts]\nIf you have questions, call ${TEL}.`,
  }),
  ...withCalendar(
    {
      name: 'Auto Thank-You per-appointment email line',
      kind: 'thankYou',
      channel: 'email',
      slot: 'perAppointment',
      source: `${RULES} (ScheduleThankYou, TemplateEmailAggPerAppt)`,
      namesOffice: true,
      body: (cal) => `[NameF] is scheduled for [ApptTime] on [ApptDate] at [ClinicName].${cal}`,
    },
    CAL_LINE,
  ),
];

const newPatient: OdDefault[] = [
  {
    name: 'New Patient Thank-You text',
    kind: 'newPatientThankYou',
    channel: 'sms',
    slot: 'single',
    source: `${RULES} (NewPatientThankYou, TemplateSMS)`,
    namesOffice: false,
    body: '[NameF] has an appointment coming up. Please fill out this form prior to the appointment [NewPatWebFormURL] ',
  },
  ...withDisclaimer({
    name: 'New Patient Thank-You email',
    kind: 'newPatientThankYou',
    channel: 'email',
    slot: 'single',
    subject: 'New Patient Thank You',
    source: `${RULES} (NewPatientThankYou, TemplateEmail)`,
    namesOffice: false,
    body: '[NameF] has an appointment coming up. Please fill out this form prior to the appointment <a href="[NewPatWebFormURL]">[NewPatWebFormURL]</a> ',
  }),
  {
    name: 'New Patient Thank-You aggregate text',
    kind: 'newPatientThankYou',
    channel: 'sms',
    slot: 'aggregate',
    source: `${RULES} (NewPatientThankYou, TemplateSMSAggShared)`,
    namesOffice: false,
    body: 'Thank you for scheduling your appointments. \nPlease fill out these forms for each patient: [Appts]',
  },
  {
    name: 'New Patient Thank-You per-appointment text line',
    kind: 'newPatientThankYou',
    channel: 'sms',
    slot: 'perAppointment',
    source: `${RULES} (NewPatientThankYou, TemplateSMSAggPerAppt)`,
    namesOffice: false,
    body: '[NameF] [NewPatWebFormURL]',
  },
  ...withDisclaimer({
    name: 'New Patient Thank-You aggregate email',
    kind: 'newPatientThankYou',
    channel: 'email',
    slot: 'aggregate',
    subject: 'New Patient, Thank you',
    source: `${RULES} (NewPatientThankYou, TemplateEmailAggShared)`,
    namesOffice: false,
    body: 'Thank you for scheduling your appointments. \nPlease fill out these forms for each patient:\n[Appts]',
  }),
  {
    name: 'New Patient Thank-You per-appointment email line',
    kind: 'newPatientThankYou',
    channel: 'email',
    slot: 'perAppointment',
    source: `${RULES} (NewPatientThankYou, TemplateEmailAggPerAppt)`,
    namesOffice: false,
    body: '[NameF] <a href="[NewPatWebFormURL]">[NewPatWebFormURL]</a>',
  },
];

const arrival: OdDefault[] = [
  {
    name: 'Arrival text',
    kind: 'arrival',
    channel: 'sms',
    slot: 'single',
    source: `${RULES} (Arrival, TemplateSMS)`,
    namesOffice: true,
    body: '[NameF] is scheduled for [ApptTime] on [ApptDate] at [ClinicName]. When you arrive, please respond with [Arrived]. If you have questions call [ClinicPhone].',
  },
  {
    name: 'Arrival aggregate text',
    kind: 'arrival',
    channel: 'sms',
    slot: 'aggregate',
    source: `${RULES} (Arrival, TemplateSMSAggShared)`,
    namesOffice: true,
    body: '[Appts]\nWhen you arrive, please respond with [Arrived]. If you have questions call [ClinicPhone].',
  },
  {
    name: 'Arrival per-appointment text line',
    kind: 'arrival',
    channel: 'sms',
    slot: 'perAppointment',
    source: `${RULES} (Arrival, TemplateSMSAggPerAppt)`,
    namesOffice: true,
    body: '[NameF] is scheduled for [ApptTime] on [ApptDate] at [ClinicName].',
  },
  {
    name: 'Arrival response',
    kind: 'arrivalResponse',
    channel: 'sms',
    slot: 'single',
    source: `${RULES} (Arrival, TemplateAutoReply)`,
    namesOffice: false,
    body: 'Please remain outside the office.  You will be contacted shortly to come in for your appointment.',
  },
  {
    name: 'Come-in text',
    kind: 'arrivalResponse',
    channel: 'sms',
    slot: 'single',
    source: `${RULES} (Arrival, TemplateComeInMessage)`,
    namesOffice: false,
    body: 'Your appointment is ready. Please come in.',
  },
];

const GENERAL_EMAIL = `Thank you for your visit to [OfficeName]. We look forward to seeing you again. If you have any questions, please call us at ${TEL}.`;
const general: OdDefault[] = [
  {
    name: 'General Message text',
    kind: 'generalMessage',
    channel: 'sms',
    slot: 'single',
    source: `${RULES} (GeneralMessage, TemplateSMS)`,
    namesOffice: true,
    body: 'Thank you for your visit to [OfficeName]. If you have questions call [OfficePhone].',
  },
  {
    name: 'General Message aggregate text',
    kind: 'generalMessage',
    channel: 'sms',
    slot: 'aggregate',
    source: `${RULES} (GeneralMessage, TemplateSMSAggShared)`,
    namesOffice: true,
    body: 'Thank you for your visit to [OfficeName]. If you have questions call [OfficePhone].',
  },
  ...withDisclaimer({
    name: 'General Message email',
    kind: 'generalMessage',
    channel: 'email',
    slot: 'single',
    subject: 'Thank You For Your Visit',
    source: `${RULES} (GeneralMessage, TemplateEmail)`,
    namesOffice: true,
    body: GENERAL_EMAIL,
  }),
  ...withDisclaimer({
    name: 'General Message aggregate email',
    kind: 'generalMessage',
    channel: 'email',
    slot: 'aggregate',
    subject: 'Thank You For Your Visit',
    source: `${RULES} (GeneralMessage, TemplateEmailAggShared)`,
    namesOffice: true,
    body: GENERAL_EMAIL,
  }),
];

const CD2 = 'OpenDentBusiness/Misc/ConvertDatabases2.cs';
const CD3 = 'OpenDentBusiness/Misc/ConvertDatabases3.cs';
const CD5 = 'OpenDentBusiness/Misc/ConvertDatabases5.cs';
const CD6 = 'OpenDentBusiness/Misc/ConvertDatabases6.cs';
const CD7 = 'OpenDentBusiness/Misc/ConvertDatabases7.cs';
const CD8 = 'OpenDentBusiness/Misc/ConvertDatabases8.cs';
/**
 * To19_2_1's conversion of the plain-text email preferences to HTML (ConvertDatabases6.cs, ConvertEmailTemplate): escapes < and >,
 * appends the disclaimer when EmailDisclaimerIsOn, makes [OfficePhone] a tel: link and, in WebSchedMessage 1-3, [URL] a link.
 */
const TO_HTML = `${CD6}, To19_2_1 (plain-text to HTML email conversion: [OfficePhone] becomes a tel: link)`;

const recall: OdDefault[] = ['WebSchedMessageText', 'WebSchedMessageText2', 'WebSchedMessageText3'].map((pref, i) => ({
  name: `Web Sched Recall text, reminder ${i + 1} (${pref})`,
  kind: 'webSchedRecall',
  channel: 'sms',
  slot: 'single',
  source: `${CD5}, To17_1_1 (INSERT ${pref}, MySQL)`,
  namesOffice: false,
  body: 'Dental checkup due for [NameF].\r\nVisit [URL] to schedule appointments or call [PracticePhone].',
}));
// Inserted plain in To15_1_1; To19_2_1 links [OfficePhone] and [URL].
const RECALL_EMAIL = `You or your family member is due for a regular dental check-up on [DueDate].  Please visit our online scheduler link below or call our office today at ${TEL} in order to schedule your appointment.\r\n<a href="[URL]">[URL]</a>`;
recall.push(
  ...['', '2', '3'].flatMap((n, i) =>
    withDisclaimer({
      name: `Web Sched Recall email, reminder ${i + 1} (WebSchedMessage${n})`,
      kind: 'webSchedRecall',
      channel: 'email',
      slot: 'single',
      subject: 'Dental Care Reminder for [NameF]',
      source: `${CD3}, To15_1_1 (INSERT WebSchedSubject${n}, WebSchedMessage${n}); ${TO_HTML.replace('tel: link', 'tel: link, [URL] a link')}`,
      namesOffice: false,
      body: RECALL_EMAIL,
    }),
  ),
);
recall.push(
  {
    name: 'Web Sched Recall aggregate text (WebSchedAggregatedTextMessage)',
    kind: 'webSchedRecall',
    channel: 'sms',
    slot: 'aggregate',
    source: `${CD5}, To17_1_1 (INSERT), then the 17.1 UPDATE before To17_2_1 that removes the full stop after [FamilyListURLs]`,
    namesOffice: false,
    body: 'Dental checkups due: [FamilyListURLs]\r\nVisit links to schedule appointments or call [OfficePhone].',
  },
  ...withDisclaimer({
    name: 'Web Sched Recall aggregate email (WebSchedAggregatedEmailBody)',
    kind: 'webSchedRecall',
    channel: 'email',
    slot: 'aggregate',
    subject: 'Dental Care Reminder',
    source: `${CD5}, To17_1_1 (INSERT WebSchedAggregatedEmailBody, WebSchedAggregatedEmailSubject); ${TO_HTML}`,
    namesOffice: false,
    body: `These family members are due for a dental checkup: \r\n[FamilyListURLs]\r\nPlease visit the links above or call our office today at ${TEL} to schedule your appointment.`,
  }),
);

const asap: OdDefault[] = [
  {
    name: 'Web Sched ASAP text (WebSchedAsapTextTemplate)',
    kind: 'webSchedASAP',
    channel: 'sms',
    slot: 'single',
    source: `${CD5}, To17_3_1 (INSERT WebSchedAsapTextTemplate)`,
    namesOffice: true,
    body: '[NameF], an appointment opening has become available on [Date] at [Time] at [OfficeName]. Visit [AsapURL] to reserve it.',
  },
  ...withDisclaimer({
    name: 'Web Sched ASAP email (WebSchedAsapEmailTemplate)',
    kind: 'webSchedASAP',
    channel: 'email',
    slot: 'single',
    subject: 'Dental Appointment Opening',
    source: `${CD5}, To17_3_1 (INSERT WebSchedAsapEmailTemplate, WebSchedAsapEmailSubj); ${CD6}, To19_2_1 (plain-text to HTML email conversion: [AsapURL] becomes a link)`,
    namesOffice: true,
    body: '[NameF], an appointment opening has become available on [Date] at [Time] at [OfficeName]. Visit <a href="[AsapURL]">[AsapURL]</a> to attempt to make an appointment for this new date and time.',
  }),
  {
    name: 'ASAP list text (ASAPTextTemplate)',
    kind: 'webSchedASAP',
    channel: 'sms',
    slot: 'single',
    source: `${CD5}, To17_3_1 (INSERT ASAPTextTemplate)`,
    namesOffice: true,
    body: '[NameF], an opening has come up on [Date] at [Time] at [OfficeName]. Please call [OfficePhone] to reserve this slot.',
  },
];

/** The Web Sched Notify email subject and body every notify type starts with (ConvertDatabases5.cs To17_4_1, To20_3_19). */
const NOTIFY_EMAIL_SUBJECT = 'Appointment Scheduling Confirmation';
const NOTIFY_EMAIL =
  'Hello [FName] [LName]. Your appointment has been scheduled on [ApptDate] [ApptTime] at [OfficeName], [OfficeAddress]. Please call [OfficePhone] if you have any questions about your appointment. We look forward to seeing you.';
const NOTIFY_TEXT = 'Appointment scheduled for [FName] on [ApptDate] [ApptTime] at [OfficeName], [OfficeAddress]';
const notify: OdDefault[] = [
  ...(['Recall', 'NewPat', 'ASAP'] as const).map((type): OdDefault => ({
    name: `Web Sched Notify text (WebSchedVerify${type}Text)`,
    kind: 'webSchedNotify',
    channel: 'sms',
    slot: 'single',
    source: `${CD5}, To17_4_1 (INSERT WebSchedVerify${type}Text), then To18_2_37 and ${CD6}, To18_3_18 (UPDATE: the second [ApptDate] becomes [ApptTime])`,
    namesOffice: true,
    body: NOTIFY_TEXT,
  })),
  ...(['Recall', 'NewPat', 'ASAP'] as const).flatMap((type) =>
    withDisclaimer({
      name: `Web Sched Notify email (WebSchedVerify${type}EmailBody)`,
      kind: 'webSchedNotify',
      channel: 'email',
      slot: 'single',
      subject: NOTIFY_EMAIL_SUBJECT,
      source: `${CD5}, To17_4_1 (INSERT WebSchedVerify${type}EmailSubj, WebSchedVerify${type}EmailBody); ${TO_HTML}`,
      namesOffice: true,
      body: NOTIFY_EMAIL.replace('[OfficePhone]', TEL),
    }),
  ),
  {
    // Inserted after the 18.3.18 fix, so it keeps the doubled [ApptDate].
    name: 'Web Sched Notify text (WebSchedVerifyExistingPatText)',
    kind: 'webSchedNotify',
    channel: 'sms',
    slot: 'single',
    source: `${CD6}, To20_3_19 (INSERT WebSchedVerifyExistingPatText)`,
    namesOffice: true,
    body: 'Appointment scheduled for [FName] on [ApptDate] [ApptDate] at [OfficeName], [OfficeAddress]',
  },
  {
    name: 'Web Sched Notify email (WebSchedVerifyExistingPatEmailBody)',
    kind: 'webSchedNotify',
    channel: 'email',
    slot: 'single',
    subject: NOTIFY_EMAIL_SUBJECT,
    source: `${CD6}, To20_3_19 (INSERT WebSchedVerifyExistingPatEmailSubj, WebSchedVerifyExistingPatEmailBody; template type 0, plain text)`,
    namesOffice: true,
    body: NOTIFY_EMAIL,
  },
];

// The Confirmation List replaces [NameF], [date], [time] and [FamilyApptList] case-sensitively (FormConfirmList).
const CONFIRM_FAMILY = 'We would like to confirm your appointments. [FamilyApptList].';
const confirmationList: OdDefault[] = [
  {
    // Names no office: missing-sender-id's advice (info) is the only report.
    name: 'Confirmation List text (ConfirmTextMessage)',
    kind: 'confirmationList',
    channel: 'sms',
    slot: 'single',
    source: `${CD2}, To12_3_1 (INSERT ConfirmTextMessage, with the Texted confirmation status)`,
    namesOffice: false,
    body: '[NameF], we would like to confirm your dental appointment on [date] at [time].',
  },
  {
    name: 'Confirmation List email (ConfirmEmailMessage)',
    kind: 'confirmationList',
    channel: 'email',
    slot: 'single',
    subject: 'Appointment Confirmation',
    source: `${CD2}, To6_8_1 (INSERT ConfirmEmailSubject, ConfirmEmailMessage)`,
    namesOffice: false,
    body: '[NameF], We would like to confirm your appointment on [date] at [time]',
  },
  {
    name: 'Confirmation List family email (ConfirmEmailFamMessage)',
    kind: 'confirmationList',
    channel: 'email',
    slot: 'aggregate',
    subject: 'Appointment Confirmation',
    source: `${CD7}, To20_5_2 (INSERT ConfirmEmailFamMessage; the subject is ConfirmEmailSubject, ${CD2} To6_8_1)`,
    namesOffice: false,
    body: CONFIRM_FAMILY,
  },
  {
    name: 'Confirmation List family text (ConfirmTextFamMessage)',
    kind: 'confirmationList',
    channel: 'sms',
    slot: 'aggregate',
    source: `${CD7}, To20_5_2 (INSERT ConfirmTextFamMessage)`,
    namesOffice: false,
    body: CONFIRM_FAMILY,
  },
];

const statement: OdDefault[] = [
  {
    name: 'Statement text (BillingDefaultsSmsTemplate)',
    kind: 'statement',
    channel: 'sms',
    slot: 'single',
    source: `${CD5}, To18_1_1 (INSERT BillingDefaultsSmsTemplate)`,
    namesOffice: true,
    body: 'A new statement from [OfficeName] is available. Visit [StatementShortURL] to view it.',
  },
  {
    // Sent as written (Statements.GetEmailMessageForStatement): To19_2_1's HTML conversion left these two out, and no disclaimer is appended.
    name: 'Statement email (BillingEmailSubject, BillingEmailBodyText)',
    kind: 'statement',
    channel: 'email',
    slot: 'single',
    subject: 'Statement for account [PatNum]',
    source: `${CD2}, To12_0_1 (INSERT BillingEmailSubject, BillingEmailBodyText)`,
    namesOffice: false,
    body: 'Statement attached for [nameFL], account number [PatNum]',
  },
];

const eClipboard: OdDefault[] = [
  {
    // Appended, one line per appointment, to the arrival response (EClipboardAppendByodToArrivalResponseSms).
    name: 'eClipboard check-in text (EClipboardByodSmsTemplate)',
    kind: 'eClipboardCheckIn',
    channel: 'sms',
    slot: 'single',
    source: `${CD6}, To20_3_1 (INSERT EClipboardByodSmsTemplate with [eClipboardLink]), then To20_3_3 (UPDATE: [eClipboardLink] becomes [eClipboardBYOD])`,
    namesOffice: false,
    body: 'Check-In [NameF] at [ApptTime]: [eClipboardBYOD]',
  },
];

const MSG_TO_PAY = 'Your balance with [ClinicName] is $[StatementBalance]. To make your payment, visit [MsgToPayURL].\r\n\r\nTo view your statement, go to [StatementURL].';
const messageToPay: OdDefault[] = [
  {
    name: 'Message-to-Pay text (PaymentPortalMsgToPayTextMessageTemplate)',
    kind: 'messageToPay',
    channel: 'sms',
    slot: 'single',
    source: `${CD8}, To24_1_1 (INSERT), then To24_1_11 (UPDATE removing the stray quote at the end)`,
    namesOffice: true,
    body: MSG_TO_PAY,
  },
  {
    name: 'Message-to-Pay email (PaymentPortalMsgToPayEmailMessageTemplate)',
    kind: 'messageToPay',
    channel: 'email',
    slot: 'single',
    subject: 'New Statement From [ClinicName]',
    source: `${CD8}, To24_1_1 (INSERT PaymentPortalMsgToPaySubjectTemplate and PaymentPortalMsgToPayEmailMessageTemplate, its JSON "Template")`,
    namesOffice: true,
    body: MSG_TO_PAY,
  },
];

export const OD_DEFAULTS: readonly OdDefault[] = [
  ...reminder,
  ...confirmation,
  ...portal,
  ...thankYou,
  ...newPatient,
  ...arrival,
  ...general,
  ...recall,
  ...asap,
  ...notify,
  ...confirmationList,
  ...statement,
  ...messageToPay,
  ...eClipboard,
];

const AGGREGATE_VALUE: Record<Slot, string | undefined> = { single: undefined, aggregate: 'true', perAppointment: 'perAppointment' };

/** The default as an .odmsg file: front matter naming its kind, channel, slot and subject, then the text. */
export function odDefaultText(d: OdDefault): string {
  const lines = [`kind: ${d.kind}`, `channel: ${d.channel}`];
  const aggregate = AGGREGATE_VALUE[d.slot];
  if (aggregate) lines.push(`aggregate: ${aggregate}`);
  if (d.subject !== undefined) lines.push(`subject: ${d.subject}`);
  return `---\n${lines.join('\n')}\n---\n${d.body}`;
}

/** The defaults as `valid` entries for a rule table, plus the eConfirmation text with no front matter at all. */
export const OD_DEFAULT_CASES = [
  ...OD_DEFAULTS.map((d) => ({ text: odDefaultText(d), name: `Open Dental default: ${d.name}` })),
  { text: confirmation[0].body, name: 'Open Dental default: eConfirmation text without front matter' },
];
