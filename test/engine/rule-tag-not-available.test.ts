import { testRule } from './ruleTester';

const fm = (lines: string) => `---\n${lines}\n---\n`;
const REMINDER = fm('kind: eReminder');
const REMINDER_EMAIL = fm('kind: eReminder\nchannel: email');
const ASAP = fm('kind: webSchedASAP');
const LIST = fm('kind: confirmationList');
const STATEMENT = fm('kind: statement');
const NOTIFY = fm('kind: webSchedNotify');
const CONFIRM_LINE = fm('kind: eConfirmation\nchannel: sms\naggregate: perAppointment');

testRule('tag-not-available', {
  valid: [
    // Each kind's own tags.
    `${fm('kind: eConfirmation')}[NameF] is scheduled for [ApptTime] on [ApptDate] at [OfficeName]. Reply [ConfirmCode] to confirm or call [OfficePhone].`,
    `${REMINDER}[NameF], see you [ApptDate] at [ApptTime]. [Premed]Add it to your calendar: [AddToCalendar] - [OfficeName]`,
    `${fm('kind: arrival')}Reply [Arrived] when you arrive at [ClinicName].`,
    `${ASAP}[NameF], an opening on [Date] at [Time] at [OfficeName]. Claim it: [ASAPURL] or [AsapURL]`,
    `${LIST}[NameF], please confirm [date] at [time] with [OfficeName]: [FamilyApptList]`,
    `${STATEMENT}[nameF], your [currentMonth] statement: [StatementURL] [MsgToPayURL] - [OfficeName]`,
    `${fm('kind: webSchedRecall')}[NameF] is due on [DueDate]: [URL] - [PracticeName]`,
    `${fm('kind: newPatientThankYou')}[NameF], please fill out [NewPatWebFormURL] before [ApptDate].`,
    // Open Dental's default confirmation reply adds [AddToCalendar] (source CreateDefaultReminderRule).
    `${fm('kind: eConfirmationAutoReply')}Thank you for confirming with [OfficeName]. To add this to your calendar, visit [AddToCalendar].`,
    `${fm('kind: patientPortalInvite')}[NameF], before your visit on [ApptDate]: [PatientPortalURL] [UserName] [Password]`,
    // Aggregate templates may use [Appts]; the portal invite's aggregate email [Credentials].
    `${fm('kind: eReminder\naggregate: true')}Appointment Reminder:\n[Appts]\nCall [ClinicPhone].`,
    `${fm('kind: patientPortalInvite\naggregate: true')}Logins:\n[Credentials]`,
    `${fm('aggregate: true')}[Appts]`,
    // A per-appointment line uses the kind's own tags (Open Dental's default lines).
    `${CONFIRM_LINE}[NameF] is scheduled for [ApptTime] on [ApptDate] at [ClinicName].`,
    `${fm('kind: eReminder\naggregate: perAppointment')}[NameF] is scheduled for [ApptTime] on [ApptDate] at [ClinicName]. Add to calendar: [AddToCalendar]`,
    `${CONFIRM_LINE}[NamePreferredOrFirst] at [ApptTimeAskedArrive], [ProvName]. [ConfirmCode]`,
    // Email-only tags in email.
    `${REMINDER_EMAIL}[NameF], see you [ApptDate].\n\n[EmailDisclaimer]`,
    // No kind: only the channel and aggregate checks apply.
    '[NameF], reply [ConfirmCode] or [Arrived]. [Premed] [Date] [URL]',
    // Kinds without a documented tag list are not checked.
    `${fm('kind: manual')}Reply [ConfirmCode]`,
    // Statements fill TagReplacer's common tags too (MsgToPayTagReplacer derives from it).
    `${STATEMENT}[NamePreferredOrFirst], your statement from [ProvName]: [StatementURL] - [OfficeName]`,
    // Web Sched Notify: Patients.ReplacePatient, Appointments.ReplaceAppointment, Clinics.ReplaceOffice.
    `${NOTIFY}Appointment scheduled for [FName] on [ApptDate] [ApptTime] at [OfficeName], [OfficeAddress]`,
    `${NOTIFY}[NamePreferredOrFirst], [ApptDayOfWeek] [date] at [time]: [ApptProcsList] Fax [OfficeFax]`,
    `${ASAP}[NameF], an opening on [Date] at [Time] at [OfficeName], [OfficeAddress]. Fax [OfficeFax].`,
    // The Confirmation List family message fills [FamilyApptList] only.
    `${fm('kind: confirmationList\naggregate: true')}Your family's appointments:\n[FamilyApptList]`,
    // The eClipboard check-in text.
    `${fm('kind: eClipboardCheckIn')}[NameF], check in for [ApptTime] at [OfficeName]: [eClipboardBYOD]`,
    // PHI in a text is phi-tag-in-sms' to report; unknown tags unknown-tag's.
    `${REMINDER}[NameF] [LName] at [OfficeName]`,
    `${REMINDER}[ConfirmCod] [Whatever]`,
    { text: `${REMINDER}Reply [ConfirmCode]`, config: { rules: { 'tag-not-available': 'off' } } },
  ],
  invalid: [
    {
      name: '[ConfirmCode] outside eConfirmation',
      text: `${REMINDER}Hi [NameF], reply [ConfirmCode] to confirm.`,
      errors: [
        {
          titles: ['Remove "[ConfirmCode]"'],
          text: '[ConfirmCode]',
          severity: 'error',
          message: /^\[ConfirmCode\] is not filled in eReminder messages: the patient sees it as typed\.$/,
          details: { reason: 'kind', filledIn: 'eConfirmation' },
        },
      ],
      suggestions: [`${REMINDER}Hi [NameF], reply to confirm.`],
    },
    {
      name: '[Premed] outside eReminder',
      text: `${fm('kind: eConfirmation')}[Premed]Reply [ConfirmCode] to confirm.`,
      errors: [{ text: '[Premed]', message: /not filled in eConfirmation messages/, details: { filledIn: 'eReminder' } }],
      suggestions: [`${fm('kind: eConfirmation')}Reply [ConfirmCode] to confirm.`],
    },
    {
      name: '[Arrived] outside arrival',
      text: `${REMINDER}Reply [Arrived] when here.`,
      errors: [{ text: '[Arrived]', message: /not filled in eReminder messages/, details: { filledIn: 'Arrival' } }],
      suggestions: [`${REMINDER}Reply when here.`],
    },
    {
      name: 'Web Sched ASAP names the slot [Date] and [Time]',
      text: `${ASAP}Opening on [ApptDate] at [ApptTime]: [ASAPURL]`,
      errors: [{ text: '[ApptDate]', message: /not filled in Web Sched ASAP messages/, details: { filledIn: 'eReminder, eConfirmation, eConfirmation auto reply and 8 more' } }, { text: '[ApptTime]' }],
      suggestions: [`${ASAP}Opening on [Date] at [ApptTime]: [ASAPURL]`, `${ASAP}Opening on at [ApptTime]: [ASAPURL]`],
    },
    {
      name: 'equivalents are spelled for the kind: [time] in a Confirmation List',
      text: `${LIST}Confirm [ApptTime] with [OfficeName]`,
      errors: [{ text: '[ApptTime]' }],
      suggestions: [`${LIST}Confirm [time] with [OfficeName]`, `${LIST}Confirm with [OfficeName]`],
    },
    {
      name: 'Web Sched Notify names the office with Clinics.ReplaceOffice: [OfficeName], not [ClinicName]',
      text: `${NOTIFY}Booked at [ClinicName], [OfficeAddress]`,
      errors: [{ text: '[ClinicName]', message: /not filled in Web Sched Notify messages/ }],
      suggestions: [`${NOTIFY}Booked at [OfficeName], [OfficeAddress]`, `${NOTIFY}Booked at, [OfficeAddress]`],
    },
    {
      name: 'Web Sched Notify fills no [ApptTimeAskedArrive] (Appointments.ReplaceAppointment)',
      text: `${NOTIFY}Please arrive at [ApptTimeAskedArrive].`,
      errors: [{ text: '[ApptTimeAskedArrive]' }],
      suggestions: [`${NOTIFY}Please arrive at.`],
    },
    {
      name: 'the Patient Portal aggregate email fills [Credentials], not [Appts]',
      text: `${fm('kind: patientPortalInvite\nchannel: email\naggregate: true')}Logins:\n[Credentials]\n[Appts]`,
      errors: [{ text: '[Appts]', message: /not filled in Patient Portal invite messages/ }],
      suggestions: [`${fm('kind: patientPortalInvite\nchannel: email\naggregate: true')}Logins:\n[Credentials]\n`],
    },
    {
      name: 'the Confirmation List family message fills only [FamilyApptList]',
      text: `${fm('kind: confirmationList\naggregate: true')}[NameF]: [FamilyApptList]`,
      errors: [
        {
          text: '[NameF]',
          severity: 'error',
          message: /^\[NameF\] is sent as typed in the Confirmation List aggregate template: the family message \(ConfirmPostcardFamMessage\) fills only \[FamilyApptList\]\.$/,
        },
      ],
      suggestions: [`${fm('kind: confirmationList\naggregate: true')}: [FamilyApptList]`],
    },
    {
      name: 'Web Sched ASAP names the office [OfficeName]',
      text: `${ASAP}[ClinicName] has an opening: [ASAPURL]`,
      errors: [{ text: '[ClinicName]' }],
      suggestions: [`${ASAP}[OfficeName] has an opening: [ASAPURL]`, `${ASAP}has an opening: [ASAPURL]`],
    },
    {
      name: 'portal login tags in a text, kind unknown',
      text: 'Your login: [UserName]',
      errors: [{ text: '[UserName]', message: /^\[UserName\] is filled only in emails: in a text the patient sees it as typed\.$/ }],
      suggestions: ['Your login:'],
    },
    {
      name: '[EmailDisclaimer] in a text',
      text: `${REMINDER}See you soon. [EmailDisclaimer]`,
      errors: [{ text: '[EmailDisclaimer]', message: /only in emails/ }],
      suggestions: [`${REMINDER}See you soon.`],
    },
    {
      name: '[Appts] outside an aggregate template (the editor also offers "Set aggregate: true")',
      text: `${REMINDER}Your visits: [Appts]`,
      errors: [{ text: '[Appts]', message: /only in aggregate templates/ }],
      suggestions: [`${REMINDER}Your visits:`],
    },
    {
      name: '[Appts] in a per-appointment line: the line is what fills [Appts] (no "Set aggregate: true" here)',
      text: `${CONFIRM_LINE}[NameF] at [ApptTime] [Appts]`,
      errors: [
        {
          text: '[Appts]',
          severity: 'error',
          message: /^\[Appts\] is not filled in a per-appointment line: the patient sees it as typed; put it in the aggregate template\.$/,
        },
      ],
      suggestions: [`${CONFIRM_LINE}[NameF] at [ApptTime]`],
    },
    {
      name: '[Appts] in a per-appointment line, kind unknown',
      text: `${fm('aggregate: perAppointment')}[NameF]: [Appts]`,
      errors: [{ text: '[Appts]', message: /not filled in a per-appointment line/ }],
      suggestions: [`${fm('aggregate: perAppointment')}[NameF]:`],
    },
    {
      name: "[Credentials] in the portal invite's per-appointment line",
      text: `${fm('kind: patientPortalInvite\naggregate: perAppointment')}[NameF]: [Credentials]`,
      errors: [{ text: '[Credentials]', message: /not filled in a per-appointment line/ }],
      suggestions: [`${fm('kind: patientPortalInvite\naggregate: perAppointment')}[NameF]:`],
    },
    {
      name: "a per-appointment line is still held to its kind's tags",
      text: `${CONFIRM_LINE}[NameF] at [ApptTime]. [Premed]`,
      errors: [{ text: '[Premed]', message: /not filled in eConfirmation messages/ }],
      suggestions: [`${CONFIRM_LINE}[NameF] at [ApptTime].`],
    },
    {
      name: '[Appts] without front matter',
      text: 'Your visits: [Appts]',
      errors: [{ text: '[Appts]' }],
      suggestions: ['Your visits:'],
    },
    {
      name: '[Appts] in a kind without it',
      text: `${ASAP}[Appts]`,
      errors: [{ text: '[Appts]', message: /not filled in Web Sched ASAP/ }],
      suggestions: [ASAP],
    },
    {
      name: '[Credentials] outside the aggregate portal invite',
      text: `${fm('kind: patientPortalInvite')}Logins: [Credentials]`,
      errors: [{ text: '[Credentials]', message: /aggregate/ }],
      suggestions: [`${fm('kind: patientPortalInvite')}Logins:`],
    },
    {
      name: 'a PHI tag in an email of a kind that does not fill it',
      text: `${REMINDER_EMAIL}Dear [NameF] [LName],`,
      errors: [{ text: '[LName]', message: /not filled in eReminder messages/, details: { filledIn: 'Web Sched Notify' } }],
      suggestions: [`${REMINDER_EMAIL}Dear [NameF],`],
    },
    {
      name: 'the email subject is checked too',
      text: `${fm('kind: eReminder\nchannel: email\nsubject: Reply [ConfirmCode] now')}See you [ApptDate].`,
      errors: [{ text: '[ConfirmCode]' }],
      suggestions: [`${fm('kind: eReminder\nchannel: email\nsubject: Reply now')}See you [ApptDate].`],
    },
    {
      name: 'removing a tag that is the whole subject keeps the front matter intact',
      text: `${fm('kind: eReminder\nchannel: email\nsubject: [URL]')}See you [ApptDate].`,
      errors: [{ text: '[URL]' }],
      suggestions: [`${fm('kind: eReminder\nchannel: email\nsubject: ')}See you [ApptDate].`],
    },
    {
      name: 'any case: tag-case fixes the case, this rule the kind',
      text: `${REMINDER}Reply [confirmcode]`,
      errors: [{ text: '[confirmcode]', message: /^\[confirmcode\] is not filled/ }],
      suggestions: [`${REMINDER}Reply`],
    },
  ],
});
