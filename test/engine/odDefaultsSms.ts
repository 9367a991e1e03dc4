// Open Dental's default texts (the SMS slots of odDefaults.ts), for rule tables that check
// texts only. The SMS rules must pass them.
import { OD_DEFAULTS, odDefaultText } from './odDefaults';

export const OD_SMS_DEFAULTS = OD_DEFAULTS.filter((d) => d.channel === 'sms');

export const OD_SMS_DEFAULT_CASES = OD_SMS_DEFAULTS.map((d) => ({ text: odDefaultText(d), name: `Open Dental default: ${d.name}` }));
