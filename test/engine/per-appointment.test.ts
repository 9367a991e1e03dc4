// The per-appointment line of an aggregate template (`aggregate: perAppointment`) through the
// whole engine: Open Dental's own default line is clean, the rules that judge a whole message
// stay out of it, and the rules that judge what the text says still apply.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { OdmsgConfig } from '../../server/src/engine/config';
import { lint } from '../../server/src/engine/lint';
import { RULE_IDS, RULES } from '../../server/src/engine/registry';
import { SEVERITY_SETTINGS, type SeveritySetting } from '../../server/src/engine/types';

const LINE = '---\nkind: eConfirmation\nchannel: sms\naggregate: perAppointment\n---\n';
/** Open Dental's default per-appointment eConfirmation text (source CreateDefaultReminderRule). */
const OD_DEFAULT_LINE = `${LINE}[NameF] is scheduled for [ApptTime] on [ApptDate] at [ClinicName].`;

const every = (severity: SeveritySetting): OdmsgConfig => ({ rules: Object.fromEntries(RULE_IDS.map((id) => [id, severity])) });
const show = (text: string) => lint(text).problems.map((p) => `${p.ruleId}: ${p.message}`);

describe('per-appointment lines', () => {
  it("Open Dental's default eConfirmation line has no problems, with every rule at every severity", () => {
    assert.deepEqual(show(OD_DEFAULT_LINE), []);
    for (const severity of SEVERITY_SETTINGS) {
      assert.deepEqual(
        lint(OD_DEFAULT_LINE, [every(severity)]).problems.map((p) => `${p.ruleId}: ${p.message}`),
        [],
        severity,
      );
    }
  });

  it('the same line as a single eConfirmation text still lacks [ConfirmCode] and an office name', () => {
    const single = OD_DEFAULT_LINE.replace('aggregate: perAppointment\n', '');
    assert.deepEqual(
      lint(single).problems.map((p) => p.ruleId),
      ['missing-required-tag'],
    );
    assert.deepEqual(
      lint(single.replace('[ClinicName]', 'the office'))
        .problems.map((p) => p.ruleId)
        .sort(),
      ['missing-required-tag', 'missing-sender-id'],
    );
  });

  it('only the rules that judge a whole message (its length, who sends it) skip the line', () => {
    assert.deepEqual(
      RULES.filter((r) => r.meta.wholeMessage).map((r) => r.meta.id),
      ['message-length', 'missing-sender-id'],
    );
  });

  it('the rules that judge what the text says still apply to the line', () => {
    const text = `${LINE}FREE whitening!! for [NameF] [LName] on [ApptDate]: bit.ly/x <b>[namef]</b> [ApptDte] [Appts]`;
    const reported = new Set(lint(text).problems.map((p) => p.ruleId));
    for (const ruleId of ['spam-phrases', 'all-caps', 'excessive-punctuation', 'phi-tag-in-sms', 'no-url-shorteners', 'html-in-sms', 'tag-case', 'unknown-tag', 'tag-not-available']) {
      assert.ok(reported.has(ruleId), `${ruleId}: ${[...reported].join(', ')}`);
    }
    for (const ruleId of ['message-length', 'missing-sender-id', 'missing-required-tag']) assert.ok(!reported.has(ruleId), ruleId);
  });

  it('the whole-message rules still judge the single and the aggregate template of the kind', () => {
    const long = 'a'.repeat(400);
    const judged = (slot: string, body: string) => {
      const ruleIds = lint(`---\nkind: eConfirmation\nchannel: sms\n${slot}---\n${body}`).problems.map((p) => p.ruleId);
      return ['message-length', 'missing-sender-id'].filter((id) => ruleIds.includes(id));
    };
    assert.deepEqual(judged('', `Reply [ConfirmCode] ${long}`), ['message-length', 'missing-sender-id']);
    assert.deepEqual(judged('aggregate: true\n', `Reply [ConfirmCode] ${long}. [Appts]`), ['message-length'], '[Appts] lines name the office');
    assert.deepEqual(judged('aggregate: perAppointment\n', long), []);
  });
});
