import { testRule } from './ruleTester';

const email = (subject: string) => `---\nkind: eReminder\nchannel: email\nsubject: ${subject}\n---\nSee you [ApptDate] at [OfficeName].`;
const LONG = `Appointment Reminder for [NameF] ${'x'.repeat(200)}`;

testRule('email-subject-length', {
  valid: [
    email('Appointment Reminder'),
    email('a'.repeat(200)),
    // Characters, not UTF-16 units: 200 emoji are 200 characters.
    email('😀'.repeat(200)),
    email(''),
    '---\nkind: eReminder\nchannel: email\n---\nNo subject line at all.',
    // Texts have no subject.
    `---\nkind: eReminder\nsubject: ${'a'.repeat(300)}\n---\nSee you [ApptDate] at [OfficeName].`,
    { text: email('a'.repeat(201)), config: { rules: { 'email-subject-length': 'off' } } },
  ],
  invalid: [
    {
      text: email('a'.repeat(201)),
      errors: [{ text: 'a'.repeat(201), severity: 'error', message: /^Subject of 201 characters, over 200: shorten it by 1\.$/ }],
    },
    {
      name: 'a quoted subject is measured without its quotes',
      text: email(`"${LONG}"`),
      errors: [{ text: `"${LONG}"`, message: new RegExp(`^Subject of ${[...LONG].length} characters`) }],
    },
  ],
});
