import { testRule } from './ruleTester';

const fm = (lines: string) => `---\n${lines}\n---\n`;
const CONFIRM = fm('kind: eConfirmation');
const ARRIVAL = fm('kind: arrival');
const PAY = fm('kind: messageToPay');

testRule('missing-required-tag', {
  valid: [
    // Open Dental's defaults (source CreateDefaultReminderRule).
    `${CONFIRM}[NameF] is scheduled for [ApptTime] on [ApptDate] at [OfficeName]. Reply [ConfirmCode] to confirm or call [OfficePhone].`,
    `${fm('kind: eConfirmation\naggregate: true')}[Appts]\nReply [ConfirmCode] to confirm or call [OfficePhone].`,
    `${ARRIVAL}[NameF] is scheduled for [ApptTime] on [ApptDate] at [ClinicName]. When you arrive, please respond with [Arrived]. If you have questions call [ClinicPhone].`,
    `${fm('kind: arrival\naggregate: true')}[Appts]\nWhen you arrive, please respond with [Arrived]. If you have questions call [ClinicPhone].`,
    `${fm('kind: generalMessage\naggregate: true')}Thank you for your visit to [OfficeName]. If you have questions call [OfficePhone].`,
    `${fm('kind: eConfirmationAutoReply\naggregate: true')}Thank you for confirming your appointments with [OfficeName].`,
    // [ConfirmURL] also lets the patient confirm (prefer-confirm-code asks for the code).
    `${CONFIRM}Confirm: [ConfirmURL]`,
    // The confirm requirement is for texts; emails confirm with a link of their own choosing.
    `${fm('kind: eConfirmation\nchannel: email')}See you [ApptDate] at [OfficeName].`,
    // Any case counts (tag-case fixes the case).
    `${CONFIRM}Reply [confirmcode] to confirm.`,
    `${PAY}[nameF], pay your balance: [MsgToPayURL]`,
    `${fm('kind: messageToPay\nchannel: email')}<p>Pay here: <a href="[MsgToPayURL]">[MsgToPayURL]</a></p>`,
    `${fm('kind: webSchedRecall\naggregate: true')}Dental checkups due: [FamilyListURLs]. Visit links to schedule appointments or call [OfficePhone].`,
    `${fm('kind: webSchedRecall\naggregate: true\nchannel: email')}These family members are due: [FamilyList]`,
    `${fm('kind: confirmationList\naggregate: true')}Please confirm: [FamilyApptList]`,
    `${fm('kind: patientPortalInvite\naggregate: true')}Logins:\n[Credentials]`,
    `${fm('aggregate: true')}[Appts]`,
    // Kinds without requirements, no kind at all, and non-aggregate templates.
    'Hello from [OfficeName]',
    `${fm('kind: eReminder')}See you [ApptDate] - [OfficeName]`,
    `${fm('kind: statement')}[nameF], your statement: [StatementURL]`,
    { text: `${CONFIRM}See you soon.`, config: { rules: { 'missing-required-tag': 'off' } } },
    // A per-appointment line needs nothing: the aggregate template around it carries
    // [Appts], [ConfirmCode] and [Arrived]. First, Open Dental's default eConfirmation line.
    {
      name: "Open Dental's default per-appointment eConfirmation line",
      text: `${fm('kind: eConfirmation\nchannel: sms\naggregate: perAppointment')}[NameF] is scheduled for [ApptTime] on [ApptDate] at [ClinicName].`,
    },
    `${fm('kind: arrival\naggregate: perAppointment')}[NameF] is scheduled for [ApptTime] on [ApptDate] at [ClinicName].`,
    `${fm('kind: messageToPay\naggregate: perAppointment')}[nameF]: [StatementBalance]`,
    `${fm('kind: patientPortalInvite\naggregate: perAppointment')}[NameF]`,
    `${fm('aggregate: perAppointment')}[NameF] at [ApptTime]`,
    `${fm('kind: eConfirmation\nchannel: email\naggregate: PerAppointment')}<li>[NameF], [ApptDate] at [ApptTime]</li>`,
  ],
  invalid: [
    {
      name: 'eConfirmation text without a way to confirm',
      text: `${CONFIRM}[NameF] is scheduled for [ApptTime] at [OfficeName]`,
      errors: [
        {
          titles: ['Add "Reply [ConfirmCode] to confirm." at the end'],
          text: '[NameF] is scheduled for [ApptTime] at [OfficeName]',
          severity: 'warning',
          message: /^Add \[ConfirmCode\] or \[ConfirmURL\]: without one the patient has no way to confirm\.$/,
        },
      ],
      suggestions: [`${CONFIRM}[NameF] is scheduled for [ApptTime] at [OfficeName]. Reply [ConfirmCode] to confirm.`],
    },
    {
      name: 'the call to action follows a full stop, and goes before trailing line breaks',
      text: `${CONFIRM}See you on [ApptDate].\nCall [OfficePhone] with questions.\n\n`,
      errors: [{ text: 'Call [OfficePhone] with questions.' }],
      suggestions: [`${CONFIRM}See you on [ApptDate].\nCall [OfficePhone] with questions. Reply [ConfirmCode] to confirm.\n\n`],
    },
    {
      name: 'arrival text without [Arrived]',
      text: `${ARRIVAL}[NameF], text us when you are here: [OfficePhone]`,
      errors: [{ message: /^Add \[Arrived\]: without it the patient has no code to reply when they arrive\.$/ }],
      suggestions: [`${ARRIVAL}[NameF], text us when you are here: [OfficePhone]. Reply [Arrived] when you arrive.`],
    },
    {
      name: 'aggregate arrival without [Appts] and without [Arrived]: two problems',
      text: `${fm('kind: arrival\naggregate: true')}Please respond when you arrive.`,
      errors: [{ message: /^Add \[Arrived\]/ }, { message: /^Add \[Appts\]: it is where the family's appointments are listed\.$/ }],
      suggestions: [`${fm('kind: arrival\naggregate: true')}Please respond when you arrive. Reply [Arrived] when you arrive.`],
    },
    {
      name: 'aggregate template with no kind',
      text: `${fm('aggregate: true')}Appointment Reminder:`,
      errors: [{ message: /^Add \[Appts\]: it is where the family's appointments are listed\.$/ }],
      suggestions: [`${fm('aggregate: true')}Appointment Reminder: Appointments: [Appts]`],
    },
    {
      name: 'Message-to-Pay without its link, in an email: added before </body>',
      text: `${fm('kind: messageToPay\nchannel: email')}<html><body><p>Your balance is [StatementBalance].</p>\n</body></html>`,
      errors: [{ text: '<html><body><p>Your balance is [StatementBalance].</p>', message: /^Add \[MsgToPayURL\]: it is the payment link the message exists for\.$/ }],
      suggestions: [`${fm('kind: messageToPay\nchannel: email')}<html><body><p>Your balance is [StatementBalance].</p> Pay online: [MsgToPayURL]\n</body></html>`],
    },
    {
      name: 'grouped Confirmation List without [FamilyApptList]',
      text: `${fm('kind: confirmationList\naggregate: true')}Please confirm your family's appointments`,
      errors: [{ message: /^Add \[FamilyApptList\]: it is where the family's appointments are listed when families are grouped\.$/ }],
      suggestions: [`${fm('kind: confirmationList\naggregate: true')}Please confirm your family's appointments. [FamilyApptList]`],
    },
    {
      name: 'aggregate Web Sched Recall without a family list',
      text: `${fm('kind: webSchedRecall\naggregate: true')}Checkups due. Call [OfficePhone].`,
      errors: [{ message: /^Add \[FamilyListURLs\] or \[FamilyList\]:/ }],
      suggestions: [`${fm('kind: webSchedRecall\naggregate: true')}Checkups due. Call [OfficePhone]. Due for a checkup: [FamilyListURLs]`],
    },
    {
      name: 'aggregate Patient Portal invite without [Credentials]',
      text: `${fm('kind: patientPortalInvite\naggregate: true')}Visit [PatientPortalURL]:`,
      errors: [{ message: /^Add \[Credentials\]:/ }],
      suggestions: [`${fm('kind: patientPortalInvite\naggregate: true')}Visit [PatientPortalURL]: [Credentials]`],
    },
    {
      name: 'a misspelt per-appointment value leaves the single template, which needs its tag',
      text: `${fm('kind: eConfirmation\naggregate: per-appointment')}[NameF] at [ApptTime]`,
      errors: [{ message: /^Add \[ConfirmCode\] or \[ConfirmURL\]:/ }],
      suggestions: [`${fm('kind: eConfirmation\naggregate: per-appointment')}[NameF] at [ApptTime]. Reply [ConfirmCode] to confirm.`],
    },
    {
      name: 'an empty body',
      text: CONFIRM,
      errors: [{ start: CONFIRM.length, end: CONFIRM.length }],
      suggestions: [`${CONFIRM}Reply [ConfirmCode] to confirm.`],
    },
  ],
});
