import assert from 'node:assert/strict';
import { it } from 'node:test';
import { applyFixes } from '../../server/src/engine/fix';
import { disableRuleFix } from '../../server/src/engine/frontMatterEdits';
import { lint } from '../../server/src/engine/lint';
import { parseTemplate } from '../../server/src/engine/parse';
import { OD_DEFAULT_CASES } from './odDefaults';
import { testRule } from './ruleTester';

const BODY = 'See you [ApptDate].';

testRule('invalid-front-matter', {
  valid: [
    ...OD_DEFAULT_CASES,
    BODY,
    `---\n---\n${BODY}`,
    `---\nkind: eReminder\nchannel: SMS\naggregate: FALSE\nlanguage: es-MX\nsubject: Hi\n# a comment\n---\n${BODY}`,
    `---\nkind: eReminder\nrules:\n  all-caps: off\n  spam-phrases: Warning\n  tag-case: error\n---\n${BODY}`,
    `---\nkind: eReminder\nrules: { all-caps: off, no-raw-links: info }\n---\n${BODY}`,
    `---\nkind: "eConfirmation"\nchannel: 'sms'\n---\n${BODY}`,
    '\ufeff---\r\nkind: eReminder\r\nchannel: email\r\n---\r\nHello',
    // No channel: the kind's own channel is used, so an email-only kind is fine.
    `---\nkind: patientPortalInvite\n---\n${BODY}`,
    // The per-appointment line of a kind with aggregate templates, in any case.
    `---\nkind: eConfirmation\nchannel: sms\naggregate: perAppointment\n---\n[NameF] is scheduled for [ApptTime] on [ApptDate] at [ClinicName].`,
    `---\nkind: eReminder\naggregate: PERAPPOINTMENT\n---\n${BODY}`,
    `---\naggregate: perappointment\n---\n${BODY}`,
    { text: `---\nkind: eRemindr\n---\n${BODY}`, config: { rules: { 'invalid-front-matter': 'off' } } },
  ],
  invalid: [
    {
      name: 'aggregate: true for a kind without aggregate templates',
      text: `---\nkind: manual\naggregate: true\n---\n${BODY}`,
      errors: [{ titles: ['Change to "false"'], text: 'true', message: /no aggregate templates/ }],
      suggestions: [`---\nkind: manual\naggregate: false\n---\n${BODY}`],
    },
    {
      name: 'aggregate: perAppointment for a kind without aggregate templates, flagged as aggregate: true is',
      text: `---\nkind: manual\naggregate: perappointment\n---\n${BODY}`,
      errors: [{ text: 'perappointment', severity: 'error', message: /^Manual Text Message has no aggregate templates: "aggregate: perAppointment" does not apply; write "aggregate: false"\.$/ }],
      suggestions: [`---\nkind: manual\naggregate: false\n---\n${BODY}`],
    },
    {
      name: 'an aggregate value that is none of the three: all of them named',
      text: `---\naggregate: maybe\n---\n${BODY}`,
      errors: [{ text: 'maybe', message: /^Unknown aggregate value "maybe": use true, false or perAppointment\.$/ }],
    },
    // Aliases of perAppointment (any case), and a misspelling of it.
    ...['per-appointment', 'Line', 'perappt', 'perApointmnet'].map((typed) => ({
      name: `aggregate: ${typed} means perAppointment`,
      text: `---\nkind: eConfirmation\naggregate: ${typed}\n---\n${BODY}`,
      errors: [{ text: typed, message: /^Unknown aggregate value ".+": did you mean "perAppointment"\?$/ }],
      suggestions: [`---\nkind: eConfirmation\naggregate: perAppointment\n---\n${BODY}`],
    })),
    {
      name: 'channel: fax',
      text: `---\nkind: eConfirmation\nchannel: fax\n---\n${BODY}`,
      errors: [{ text: 'fax', severity: 'error', message: /^Unknown channel "fax": use sms or email\.$/ }],
    },
    {
      name: 'a channel alias',
      text: `---\nchannel: text\n---\n${BODY}`,
      errors: [{ text: 'text', message: /did you mean "sms"\?/ }],
      suggestions: [`---\nchannel: sms\n---\n${BODY}`],
    },
    {
      name: 'unknown key, close to a known one',
      text: `---\nkidn: eReminder\n---\n${BODY}`,
      errors: [{ text: 'kidn', message: /^Unknown front matter key "kidn": did you mean "kind"\?$/ }],
      suggestions: [`---\nkind: eReminder\n---\n${BODY}`],
    },
    {
      name: 'keys are case-sensitive',
      text: `---\nKind: eReminder\nsubjet: Hi\nfoo: bar\n---\n${BODY}`,
      errors: [{ text: 'Kind' }, { text: 'subjet' }, { text: 'foo', message: /^Unknown front matter key "foo": use kind, .+\.$/ }],
      suggestions: [`---\nkind: eReminder\nsubjet: Hi\nfoo: bar\n---\n${BODY}`],
    },
    {
      name: 'unknown kind, close and by case',
      text: `---\nkind: eRemindr\n---\n${BODY}`,
      errors: [{ text: 'eRemindr', message: /^Unknown kind "eRemindr": did you mean "eReminder"\?$/ }],
      suggestions: [`---\nkind: eReminder\n---\n${BODY}`],
    },
    {
      text: `---\nkind: econfirmation\n---\n${BODY}`,
      errors: [{ text: 'econfirmation' }],
      suggestions: [`---\nkind: eConfirmation\n---\n${BODY}`],
    },
    {
      name: 'unknown kind, nothing close',
      text: `---\nkind: birthday\n---\n${BODY}`,
      errors: [{ text: 'birthday' }],
    },
    {
      name: 'empty values',
      text: `---\nkind:\nchannel:   \n---\n${BODY}`,
      errors: [{ text: 'kind', message: /needs a value/ }, { text: 'channel' }],
    },
    {
      name: 'aggregate',
      text: `---\naggregate: yes\n---\n${BODY}`,
      errors: [{ text: 'yes', message: /did you mean "true"\?/ }],
      suggestions: [`---\naggregate: true\n---\n${BODY}`],
    },
    {
      name: 'rules: unknown rule and severity',
      text: `---\nrules:\n  all-cap: off\n  spam-phrases: warn\n  tag-case: loud\n---\n${BODY}`,
      errors: [
        { text: 'all-cap', message: /^Unknown rule "all-cap": did you mean "all-caps"\?$/ },
        { text: 'warn', message: /"warning"/ },
        { text: 'loud', message: /^Unknown severity "loud": use off, info, warning or error\.$/ },
      ],
      suggestions: [`---\nrules:\n  all-caps: off\n  spam-phrases: warn\n  tag-case: loud\n---\n${BODY}`],
    },
    {
      name: 'rules: inline map',
      text: `---\nrules: { all-caps: warnng, nope: off }\n---\n${BODY}`,
      errors: [{ text: 'warnng', message: /did you mean "warning"\?/ }, { text: 'nope' }],
      suggestions: [`---\nrules: { all-caps: warning, nope: off }\n---\n${BODY}`],
    },
    {
      name: 'rules: a rule without a severity',
      text: `---\nrules:\n  all-caps:\n---\n${BODY}`,
      errors: [{ text: 'all-caps', message: /needs a severity/ }],
    },
    {
      name: 'rules: not a block or a map',
      text: `---\nrules: all-caps\n---\n${BODY}`,
      errors: [{ text: 'all-caps', message: /indented block/ }],
    },
    {
      name: 'an indented block under another key',
      text: `---\nsubject:\n  kind: eReminder\n---\n${BODY}`,
      errors: [{ text: '  kind: eReminder', message: /Only "rules"/ }],
    },
    {
      name: 'a key set twice',
      text: `---\nkind: eReminder\nkind: eConfirmation\n---\n${BODY}`,
      errors: [{ text: 'kind', start: 20, message: /set twice/ }],
    },
    {
      name: 'a kind sent only by email, on the sms channel',
      text: `---\nkind: patientPortalInvite\nchannel: sms\n---\n${BODY}`,
      errors: [{ text: 'sms', message: /email only/ }],
      suggestions: [`---\nkind: patientPortalInvite\nchannel: email\n---\n${BODY}`],
    },
    {
      name: 'a kind sent only by text, on the email channel',
      text: `---\nkind: arrival\nchannel: email\n---\n${BODY}`,
      errors: [{ text: 'email', message: /sms only/ }],
      suggestions: [`---\nkind: arrival\nchannel: sms\n---\n${BODY}`],
    },
    {
      name: 'a language that is not a code',
      text: `---\nlanguage: Spanish please\n---\n${BODY}`,
      errors: [{ text: 'Spanish please' }],
    },
    {
      name: 'parser issues: a line that is not key: value',
      text: `---\nkind eReminder\n---\n${BODY}`,
      errors: [{ text: 'kind eReminder', message: /Expected "key: value"/ }],
    },
    {
      name: 'parser issues: no closing line',
      text: `---\nkind: eReminder\n${BODY}`,
      errors: [{ text: '---', start: 0, message: /no closing/ }],
    },
    {
      name: 'parser issues: an indented line that belongs to no block',
      text: `---\nkind: eReminder\n  all-caps: off\n---\n${BODY}`,
      errors: [{ text: '  all-caps: off', message: /belongs to no block/ }],
    },
    {
      name: 'CRLF and BOM',
      text: '\ufeff---\r\nkind: eReminder\r\nchanel: sms\r\n---\r\nHello',
      errors: [{ text: 'chanel', start: 23 }],
      suggestions: ['\ufeff---\r\nkind: eReminder\r\nchannel: sms\r\n---\r\nHello'],
    },
  ],
});

it('"Turn off rule in this file" writes front matter this rule accepts, and turns the rule off', () => {
  const shapes = [
    'Hi [NameF]!! TOMORROW',
    '\ufeffHi [NameF]!! TOMORROW\r\n',
    '---\nkind: eReminder\n---\nHi [NameF]!! TOMORROW',
    '---\r\nkind: eReminder\r\nrules:\r\n  tag-case: warning\r\n---\r\nHi [NameF]!! TOMORROW',
    '---\nkind: eReminder\nrules: { tag-case: warning }\n---\nHi [NameF]!! TOMORROW',
    '---\nkind: eReminder\nrules:\n  all-caps: error\n---\nHi [NameF]!! TOMORROW',
  ];
  for (const text of shapes) {
    for (const ruleId of ['all-caps', 'excessive-punctuation']) {
      const before = lint(text).problems.filter((p) => p.ruleId === ruleId);
      assert.ok(before.length > 0, `${ruleId} reports on ${JSON.stringify(text)}`);
      const fix = disableRuleFix(parseTemplate(text), ruleId);
      assert.ok(fix, `an edit for ${JSON.stringify(text)}`);
      const off = applyFixes(text, [fix]).output;
      const after = lint(off).problems;
      assert.deepEqual(
        after.filter((p) => p.ruleId === ruleId || p.ruleId === 'invalid-front-matter').map((p) => p.message),
        [],
        JSON.stringify(off),
      );
      assert.equal(
        parseTemplate(off).body.trim(),
        parseTemplate(text)
          .body.replace(/^\ufeff/, '')
          .trim(),
        'the message is untouched',
      );
    }
  }
});
