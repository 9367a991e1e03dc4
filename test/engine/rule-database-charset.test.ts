import { testRule } from './ruleTester';

const sms = (body: string) => `---\nkind: eReminder\nchannel: sms\n---\n${body}`;
const email = (subject: string, body: string) => `---\nkind: eReminder\nchannel: email\nsubject: ${subject}\n---\n${body}`;
const utf8 = { databaseCharset: 'utf8mb3' };

testRule('database-charset', {
  valid: [
    // No charset known (a template that is not from a database): nothing to say.
    sms('See you soon 😀 at [OfficeName].'),
    // A 4-byte column stores anything.
    { text: sms('See you soon 😀 at [OfficeName].'), config: { databaseCharset: 'utf8mb4' } },
    // Accented letters, curly quotes and dashes are in the BMP: 3-byte utf8 keeps them.
    { text: sms('¡Hola [NameF]! Su cita — mañana — en “[OfficeName]”.'), config: utf8 },
    { text: sms('See you soon 😀 at [OfficeName].'), config: { ...utf8, rules: { 'database-charset': 'off' } } },
  ],
  invalid: [
    {
      name: 'an emoji in a 3-byte utf8 column',
      text: sms('See you soon 😀 at [OfficeName].'),
      config: utf8,
      errors: [{ text: '😀', severity: 'error', message: /^"😀" \(U\+1F600\) does not fit the utf8mb3 database column: the patient gets "\?"; write it in words\.$/ }],
    },
    {
      name: 'MySQL calls it utf8 too; a ZWJ family and a flag are one report each',
      text: sms('Family 👨‍👩‍👧 from 🇺🇸 welcome.'),
      config: { databaseCharset: 'UTF8' },
      errors: [{ text: '👨‍👩‍👧' }, { text: '🇺🇸' }],
    },
    {
      name: 'in an email subject and body',
      text: email('Reminder 🦷', 'See you 🦷 [ApptDate] at [OfficeName].'),
      config: utf8,
      errors: [{ text: '🦷' }, { text: '🦷' }],
    },
    {
      name: 'a rare letter outside the BMP, not only emoji',
      text: sms('Name 𠜎 at [OfficeName].'),
      config: utf8,
      errors: [{ text: '𠜎', message: /U\+2070E/ }],
    },
  ],
});
