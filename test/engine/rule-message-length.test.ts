import assert from 'node:assert/strict';
import { test } from 'node:test';
import { OD_DEFAULT_CASES } from './odDefaults';
import { OD_SMS_DEFAULT_CASES } from './odDefaultsSms';
import { problemsOf, testRule } from './ruleTester';

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
      errors: [{ message: /^3 segments, over the limit of 2: shorten by about 80 characters\.$/ }],
    },
    {
      name: '321 characters: 3 segments',
      text: `${SMS}${a(321)}`,
      errors: [
        {
          start: SMS.length,
          end: SMS.length + 321,
          severity: 'warning',
          message: /^3 segments, over the limit of 2: shorten by about 1 character\.$/,
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
      errors: [{ text: a(160), message: /shorten by about 1 character\./ }],
    },
    {
      name: 'tags count their assumed length',
      text: `${SMS}${a(300)} [OfficeName]`,
      errors: [{ message: /shorten by about 11 characters/ }],
    },
    {
      name: '[Appts] with 4 appointments',
      text: `${AGG}[Appts]`,
      config: { appointmentsPerFamily: 4 },
      errors: [{ text: '[Appts]', message: /shorten by about 26 characters/ }],
    },
    {
      name: 'worst mode: the premedication sentence and long names',
      text: `${SMS}[Premed]${a(300)}`,
      config: { lengthMode: 'worst' },
      errors: [{ message: /shorten by about 80 characters/ }],
    },
    {
      name: 'configured tag lengths',
      text: `${SMS}[OfficeName] ${a(280)}`,
      config: { tagLengths: { OfficeName: 60 } },
      errors: [{ message: /shorten by about 21 characters/ }],
    },
    {
      name: 'maxSegments 1',
      text: `${SMS}${a(200)}`,
      config: { maxSegments: 1 },
      errors: [{ message: /^2 segments, over the limit of 1: shorten by about 40 characters\.$/ }],
    },
    {
      name: 'UCS-2: 67 characters a segment',
      text: `${SMS}It\u2019s ${a(200)}`,
      errors: [{ message: /^4 segments in UCS-2, over the limit of 2: replace the characters outside GSM-7 \(non-gsm-character\)\.$/ }],
    },
    {
      name: 'UCS-2 and too long even in GSM-7: both remedies',
      text: `${SMS}It\u2019s ${a(400)}`,
      // 405 characters: 85 over 320; in UCS-2 the carrier's 2 × 67 = 134 units leave 271 over.
      errors: [{ message: /^7 segments in UCS-2, over the limit of 2: shorten by about 271 characters, or by 85 once the characters outside GSM-7 are replaced\.$/ }],
    },
    {
      name: 'custom pricing',
      text: `${SMS}${a(321)}`,
      config: { pricing: { perMessage: 0.05, perExtraSegment: 0.02 } },
      errors: [{ message: /^3 segments, over the limit of 2/ }],
    },
    {
      name: 'over 1600 characters: an error',
      text: `${SMS}${a(1000)}\n${a(600)}`,
      errors: [{ text: a(1000), severity: 'error', message: /^About 1,602 characters, over Open Dental's limit of 1,600: shorten by about 2 characters\.$/ }],
    },
    {
      name: 'over 1600 with a configured severity keeps it',
      text: `${SMS}${a(1601)}`,
      config: { rules: { 'message-length': 'warning' } },
      errors: [{ severity: 'warning', message: /over Open Dental's limit of 1,600/ }],
    },
  ],
});

// The price is a detail of the problem (the preview and the status bar show it), not part of
// its message: the configured pricing still reaches it.
test('message-length: the price per text, with custom pricing, is in the details', () => {
  const [problem] = problemsOf('message-length', `${SMS}${a(321)}`, { pricing: { perMessage: 0.05, perExtraSegment: 0.02 } });
  assert.deepEqual(problem.details, { chars: '321', segments: '3', encoding: 'GSM-7', costPerMessage: '$0.09' });
});
