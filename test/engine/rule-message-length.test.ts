import { OD_DEFAULT_CASES } from './odDefaults';
import { OD_SMS_DEFAULT_CASES } from './odDefaultsSms';
import { testRule } from './ruleTester';

const SMS = '---\nkind: eReminder\nchannel: sms\n---\n';
const AGG = '---\nkind: eReminder\nchannel: sms\naggregate: true\n---\n';
const LINE = '---\nkind: eReminder\nchannel: sms\naggregate: perAppointment\n---\n';
const a = (n: number) => 'a'.repeat(n);

testRule('message-length', {
  valid: [
    ...OD_DEFAULT_CASES,
    ...OD_SMS_DEFAULT_CASES,
    { text: `${SMS}${a(320)}`, name: '320 characters: 2 segments' },
    { text: `${SMS}${a(159)}\n${a(159)}`, name: '318 characters and a line break (counts two): 320' },
    { text: `${SMS}${a(320)}\n\n`, name: "the file's final line breaks are not sent" },
    { text: `${AGG}[Appts]\nReply [ConfirmCode]`, name: '[Appts] with 2 appointments' },
    { text: `${SMS}${a(400)}`, config: { maxSegments: 3 }, name: 'maxSegments 3' },
    { text: `---\nkind: eReminder\nchannel: email\n---\n${a(2000)}`, name: 'email is not checked' },
    { text: `${SMS}[Premed]${a(300)}`, name: '[Premed] is empty in typical mode' },
    // A per-appointment line is not a text of its own: the aggregate template's estimate
    // counts it (as [Appts]) once per appointment.
    { text: `${LINE}[NameF] is scheduled for [ApptTime] on [ApptDate] at [ClinicName].`, name: "Open Dental's default per-appointment line" },
    { text: `${LINE}${a(400)}`, name: 'a per-appointment line is not judged as a text, however long' },
    { text: `${LINE}${a(2000)}`, name: 'not even past 1600 characters' },
  ],
  invalid: [
    {
      name: 'a misspelt per-appointment value leaves the single template, which is judged as a text',
      text: `---\nkind: eReminder\naggregate: per-appointment\n---\n${a(400)}`,
      errors: [{ message: /^About 400 characters/ }],
    },
    {
      name: '321 characters: 3 segments',
      text: `${SMS}${a(321)}`,
      errors: [
        {
          start: SMS.length,
          end: SMS.length + 321,
          severity: 'warning',
          message:
            /^About 321 characters once the tags are filled in \(typical tag lengths; a line break counts two\): 3 segments, more than 2, at \$0\.06 a text\. Carriers recommend at most 320 characters\.$/,
        },
      ],
    },
    {
      name: 'reported on the first line with text',
      text: `${SMS}\n  Hello there  \n${a(400)}`,
      errors: [{ text: 'Hello there' }],
    },
    {
      name: 'line breaks count two',
      text: `${SMS}${a(160)}\n${a(159)}`,
      errors: [{ text: a(160), message: /About 321 characters/ }],
    },
    {
      name: 'tags count their assumed length',
      text: `${SMS}${a(300)} [OfficeName]`,
      errors: [{ message: /About 331 characters/ }],
    },
    {
      name: '[Appts] with 4 appointments',
      text: `${AGG}[Appts]`,
      config: { appointmentsPerFamily: 4 },
      errors: [{ text: '[Appts]', message: /About 346 characters/ }],
    },
    {
      name: 'worst mode: the premedication sentence and long names',
      text: `${SMS}[Premed]${a(300)}`,
      config: { lengthMode: 'worst' },
      errors: [{ message: /About 400 characters once the tags are filled in \(worst tag lengths/ }],
    },
    {
      name: 'configured tag lengths',
      text: `${SMS}[OfficeName] ${a(280)}`,
      config: { tagLengths: { OfficeName: 60 } },
      errors: [{ message: /About 341 characters/ }],
    },
    {
      name: 'maxSegments 1',
      text: `${SMS}${a(200)}`,
      config: { maxSegments: 1 },
      errors: [{ message: /2 segments, more than 1, at \$0\.05/ }],
    },
    {
      name: 'UCS-2: 67 characters a segment',
      text: `${SMS}It\u2019s ${a(200)}`,
      errors: [{ message: /About 205 characters .*: 4 segments, more than 2, at \$0\.07 a text, because a character outside GSM-7 \(see non-gsm-character\) leaves 67 characters a segment\.$/ }],
    },
    {
      name: 'custom pricing',
      text: `${SMS}${a(321)}`,
      config: { pricing: { perMessage: 0.05, perExtraSegment: 0.02 } },
      errors: [{ message: /at \$0\.09 a text/ }],
    },
    {
      name: 'over 1600 characters: an error',
      text: `${SMS}${a(1000)}\n${a(600)}`,
      errors: [{ text: a(1000), severity: 'error', message: /^About 1,602 characters .*: Open Dental blocks texts over 1,600 characters\.$/ }],
    },
    {
      name: 'over 1600 with a configured severity keeps it',
      text: `${SMS}${a(1601)}`,
      config: { rules: { 'message-length': 'warning' } },
      errors: [{ severity: 'warning', message: /blocks texts over 1,600/ }],
    },
  ],
});
