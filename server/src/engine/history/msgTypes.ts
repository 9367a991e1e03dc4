// smstomobile.MsgType (Open Dental's enum SmsMessageSource, OpenDentBusiness/TableTypes/
// SmsToMobile.cs): what sent a text, and which odmsg kinds of template it can have come from.

export const MANUAL_MSG_TYPE = 1;

/** MsgType → Open Dental's description and the odmsg kinds whose text templates it sends. */
export const MSG_TYPES: ReadonlyMap<number, { label: string; kinds: readonly string[] }> = new Map([
  [1, { label: 'Manual', kinds: [] }],
  [2, { label: 'Recall Manual', kinds: ['webSchedRecall'] }],
  [3, { label: 'eReminder', kinds: ['eReminder', 'generalMessage'] }],
  [4, { label: 'Test', kinds: [] }],
  [5, { label: 'Confirmation', kinds: ['confirmationList'] }],
  [6, { label: 'eConfirmation', kinds: ['eConfirmation'] }],
  [7, { label: 'Recall Auto', kinds: ['webSchedRecall'] }],
  [8, { label: 'ASAP Manual', kinds: ['webSchedASAP'] }],
  [9, { label: 'ASAP Auto', kinds: ['webSchedASAP'] }],
  [10, { label: 'Verification', kinds: ['webSchedNotify'] }],
  [11, { label: 'Statements', kinds: ['statement', 'messageToPay'] }],
  [12, { label: 'Verify WSNP', kinds: ['webSchedNotify'] }],
  [13, { label: 'Headmaster', kinds: [] }],
  [14, { label: 'No Reply', kinds: [] }],
  [15, { label: 'OD Mobile', kinds: [] }],
  [16, { label: 'Appointment Thank You', kinds: ['thankYou', 'newPatientThankYou'] }],
  [17, { label: 'Confirmation Auto Reply', kinds: ['eConfirmationAutoReply'] }],
  [18, { label: 'Opt In Prompt', kinds: [] }],
  [19, { label: 'Stop Reply', kinds: [] }],
  [20, { label: 'Help Reply', kinds: [] }],
  [21, { label: 'Opt In Reply', kinds: [] }],
  [22, { label: 'Arrival', kinds: ['arrival', 'arrivalResponse'] }],
  [23, { label: 'BYOD Token', kinds: ['arrivalResponse'] }],
]);

/** "eReminder", or "MsgType 42" for a source this odmsg does not know. */
export function msgTypeLabel(msgType: number): string {
  return MSG_TYPES.get(msgType)?.label ?? `MsgType ${msgType}`;
}

/** SmsDeliveryStatus: 1 Pending, 2 DeliveryConf, 3 DeliveryUnconf, 4 FailWithCharge, 5 FailNoCharge. */
export type Outcome = 'pending' | 'delivered' | 'failed' | 'other';
export function outcomeOf(smsStatus: number): Outcome {
  if (smsStatus === 1) return 'pending';
  if (smsStatus === 2 || smsStatus === 3) return 'delivered';
  if (smsStatus === 4 || smsStatus === 5) return 'failed';
  return 'other';
}

/** A phone number shown as its last four digits ("***4567"), unless the user asked for it whole. */
export function maskPhone(phone: string, show = false): string {
  if (show) return phone;
  const digits = phone.replace(/\D/g, '');
  return `***${digits.slice(-4)}`;
}
