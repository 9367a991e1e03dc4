// Where each template lives in Open Dental's tables, and which odmsg template it is: the
// kind, channel and aggregate slot of every apptreminderrule column and template preference
// (../shared/reference/open-dental-database.md), with the window box it is typed into.

export type Aggregate = 'true' | 'perAppointment' | undefined;

export interface SlotInfo {
  /** The locator's and file name's word for the slot: "text", "email aggregate", … */
  slot: string;
  kind: string;
  channel: 'sms' | 'email';
  aggregate?: Aggregate;
  /** The column (or preference) holding the body. */
  body: string;
  /** The column (or preference) holding the email subject, if any. */
  subject?: string;
  /** Where Open Dental shows the box, after the window: "Text", "Email › Body", … */
  box: string;
}

export interface RuleTypeInfo {
  /** Open Dental's name of the rule type, as its Automated Messaging window shows it. */
  label: string;
  kind?: string;
  slots: SlotInfo[];
}

/** The slots of a rule whose texts go out as `kind` (eReminder, thankYou, …). */
function messageSlots(kind: string, sms = true, email = true): SlotInfo[] {
  const slots: SlotInfo[] = [];
  if (sms) {
    slots.push({ slot: 'text', kind, channel: 'sms', body: 'TemplateSMS', box: 'Text Message' });
    slots.push({ slot: 'text aggregate', kind, channel: 'sms', aggregate: 'true', body: 'TemplateSMSAggShared', box: 'Advanced Settings › Aggregated Text Message' });
    slots.push({ slot: 'text per appointment', kind, channel: 'sms', aggregate: 'perAppointment', body: 'TemplateSMSAggPerAppt', box: 'Advanced Settings › Aggregated Text Message per appointment' });
  }
  if (email) {
    slots.push({ slot: 'email', kind, channel: 'email', body: 'TemplateEmail', subject: 'TemplateEmailSubject', box: 'Email (subject and body)' });
    slots.push({
      slot: 'email aggregate',
      kind,
      channel: 'email',
      aggregate: 'true',
      body: 'TemplateEmailAggShared',
      subject: 'TemplateEmailSubjAggShared',
      box: 'Advanced Settings › Aggregated Email (subject and body)',
    });
    slots.push({ slot: 'email per appointment', kind, channel: 'email', aggregate: 'perAppointment', body: 'TemplateEmailAggPerAppt', box: 'Advanced Settings › Aggregated Email per appointment' });
  }
  return slots;
}

/** ApptReminderType (OpenDentBusiness/TableTypes/ApptReminderRule.cs) by TypeCur. */
export const RULE_TYPES: ReadonlyMap<number, RuleTypeInfo> = new Map<number, RuleTypeInfo>([
  [0, { label: 'eReminder', kind: 'eReminder', slots: messageSlots('eReminder') }],
  [
    1,
    {
      label: 'eConfirmation',
      kind: 'eConfirmation',
      slots: [
        ...messageSlots('eConfirmation'),
        { slot: 'auto reply', kind: 'eConfirmationAutoReply', channel: 'sms', body: 'TemplateAutoReply', box: 'Advanced Settings › Auto Reply' },
        { slot: 'auto reply aggregate', kind: 'eConfirmationAutoReply', channel: 'sms', aggregate: 'true', body: 'TemplateAutoReplyAgg', box: 'Advanced Settings › Aggregated Auto Reply' },
        { slot: 'failure auto reply', kind: 'eConfirmationAutoReply', channel: 'sms', body: 'TemplateFailureAutoReply', box: 'Advanced Settings › Failure Auto Reply' },
      ],
    },
  ],
  [2, { label: 'eReminder (future day)', kind: 'eReminder', slots: messageSlots('eReminder') }],
  [3, { label: 'Patient Portal Invite', kind: 'patientPortalInvite', slots: messageSlots('patientPortalInvite', false, true) }],
  [4, { label: 'Auto Thank-You', kind: 'thankYou', slots: messageSlots('thankYou') }],
  [
    5,
    {
      label: 'Arrival',
      kind: 'arrival',
      slots: [
        ...messageSlots('arrival', true, false),
        { slot: 'arrival response', kind: 'arrivalResponse', channel: 'sms', body: 'TemplateAutoReply', box: 'Arrival Response' },
        { slot: 'arrival response aggregate', kind: 'arrivalResponse', channel: 'sms', body: 'TemplateAutoReplyAgg', box: 'Advanced Settings › Aggregated Arrival Response' },
        { slot: 'come-in text', kind: 'arrivalResponse', channel: 'sms', body: 'TemplateComeInMessage', box: 'Come In Message' },
      ],
    },
  ],
  // Birthday texts come from an email hosting template, not from these columns.
  [6, { label: 'Birthday', slots: [] }],
  [7, { label: 'General Message', kind: 'generalMessage', slots: messageSlots('generalMessage') }],
  [8, { label: 'Web Sched Recall', kind: 'webSchedRecall', slots: messageSlots('webSchedRecall') }],
  [9, { label: 'New Patient Thank-You', kind: 'newPatientThankYou', slots: messageSlots('newPatientThankYou') }],
  [10, { label: 'Message-to-Pay', kind: 'messageToPay', slots: messageSlots('messageToPay') }],
]);

/** Every template column of apptreminderrule (the reader lists those a database lacks). */
export const RULE_TEMPLATE_COLUMNS = [
  'TemplateSMS',
  'TemplateEmailSubject',
  'TemplateEmail',
  'TemplateSMSAggShared',
  'TemplateSMSAggPerAppt',
  'TemplateEmailSubjAggShared',
  'TemplateEmailAggShared',
  'TemplateEmailAggPerAppt',
  'TemplateAutoReply',
  'TemplateAutoReplyAgg',
  'TemplateFailureAutoReply',
  'TemplateComeInMessage',
];

/** Clinic preferences that make a clinic use the practice's rules of a type instead of its own. */
export const USE_DEFAULTS_PREFS: ReadonlyMap<string, number> = new Map([
  ['ApptConfirmUseDefaults', 1],
  ['ApptArrivalUseDefaults', 5],
  ['ApptGeneralMessageUseDefaults', 7],
]);

export interface PrefSlot extends SlotInfo {
  /** The window (after Setup): "eServices › Web Sched › Recalls", … */
  window: string;
  /** The preference's value is JSON {"Template": "…"} (Message-to-Pay email). */
  json?: boolean;
}

function pref(window: string, kind: string, channel: 'sms' | 'email', body: string, box: string, extra: Partial<PrefSlot> = {}): PrefSlot {
  return { window, kind, channel, body, box, slot: channel === 'sms' ? 'text' : 'email', ...extra };
}

const RECALL = 'eServices › Web Sched › Recalls';
const ASAP = 'eServices › Web Sched › ASAP';
const VERIFY = 'eServices › Web Sched › Notifications';
const CONFIRM = 'Confirmation List setup';
const BILLING = 'Billing defaults';
const PAYMENT = 'eServices › Payment Portal';

/** Template preferences, grouped subject with body. */
export const PREF_SLOTS: readonly PrefSlot[] = [
  pref(RECALL, 'webSchedRecall', 'sms', 'WebSchedMessageText', 'Reminder 1 › Text'),
  pref(RECALL, 'webSchedRecall', 'sms', 'WebSchedMessageText2', 'Reminder 2 › Text'),
  pref(RECALL, 'webSchedRecall', 'sms', 'WebSchedMessageText3', 'Reminder 3 › Text'),
  pref(RECALL, 'webSchedRecall', 'email', 'WebSchedMessage', 'Reminder 1 › Email', { subject: 'WebSchedSubject' }),
  pref(RECALL, 'webSchedRecall', 'email', 'WebSchedMessage2', 'Reminder 2 › Email', { subject: 'WebSchedSubject2' }),
  pref(RECALL, 'webSchedRecall', 'email', 'WebSchedMessage3', 'Reminder 3 › Email', { subject: 'WebSchedSubject3' }),
  pref(RECALL, 'webSchedRecall', 'sms', 'WebSchedAggregatedTextMessage', 'Aggregated › Text', { aggregate: 'true', slot: 'text aggregate' }),
  pref(RECALL, 'webSchedRecall', 'email', 'WebSchedAggregatedEmailBody', 'Aggregated › Email', { aggregate: 'true', subject: 'WebSchedAggregatedEmailSubject', slot: 'email aggregate' }),
  pref(ASAP, 'webSchedASAP', 'sms', 'WebSchedAsapTextTemplate', 'Text Message Template'),
  pref(ASAP, 'webSchedASAP', 'email', 'WebSchedAsapEmailTemplate', 'Email Template', { subject: 'WebSchedAsapEmailSubj' }),
  pref('ASAP List › Text', 'webSchedASAP', 'sms', 'ASAPTextTemplate', 'Text template'),
  ...['Recall', 'NewPat', 'ASAP', 'ExistingPat'].flatMap((what) => [
    pref(VERIFY, 'webSchedNotify', 'sms', `WebSchedVerify${what}Text`, `${what} › Text`),
    pref(VERIFY, 'webSchedNotify', 'email', `WebSchedVerify${what}EmailBody`, `${what} › Email`, { subject: `WebSchedVerify${what}EmailSubj` }),
  ]),
  pref(CONFIRM, 'confirmationList', 'sms', 'ConfirmTextMessage', 'Text Message'),
  pref(CONFIRM, 'confirmationList', 'sms', 'ConfirmTextFamMessage', 'Family Text Message', { aggregate: 'true', slot: 'text aggregate' }),
  pref(CONFIRM, 'confirmationList', 'email', 'ConfirmEmailMessage', 'Email Message', { subject: 'ConfirmEmailSubject' }),
  pref(CONFIRM, 'confirmationList', 'email', 'ConfirmEmailFamMessage', 'Family Email Message', { aggregate: 'true', slot: 'email aggregate' }),
  pref('Reactivation setup', 'reactivation', 'email', 'ReactivationEmailMessage', 'Email Message', { subject: 'ReactivationEmailSubject' }),
  pref('Reactivation setup', 'reactivation', 'email', 'ReactivationEmailFamMsg', 'Family Email Message', { slot: 'email family' }),
  pref(BILLING, 'statement', 'sms', 'BillingDefaultsSmsTemplate', 'Text Message'),
  pref(BILLING, 'statement', 'email', 'BillingEmailBodyText', 'Email Message', { subject: 'BillingEmailSubject' }),
  pref(PAYMENT, 'messageToPay', 'sms', 'PaymentPortalMsgToPayTextMessageTemplate', 'Message-to-Pay › Text'),
  pref(PAYMENT, 'messageToPay', 'email', 'PaymentPortalMsgToPayEmailMessageTemplate', 'Message-to-Pay › Email', { subject: 'PaymentPortalMsgToPaySubjectTemplate', json: true }),
  pref('eServices › eClipboard', 'arrivalResponse', 'sms', 'EClipboardByodSmsTemplate', 'BYOD text'),
];

/** Every preference name the reader asks for. */
export const TEMPLATE_PREF_NAMES: readonly string[] = [...new Set(PREF_SLOTS.flatMap((p) => (p.subject ? [p.body, p.subject] : [p.body])))];
