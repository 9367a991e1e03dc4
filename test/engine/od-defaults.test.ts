// Open Dental's own default templates (odDefaults.ts, each with the place in Open Dental's
// source that writes it) lint clean at their default severities: no warning, no error. The
// only report allowed is missing-sender-id's advice (info), and only on a default that really
// names no office.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { KINDS } from '../../server/src/engine/catalog';
import { lint } from '../../server/src/engine/lint';
import { OD_DEFAULTS, odDefaultText } from './odDefaults';

describe("Open Dental's default templates", () => {
  for (const d of OD_DEFAULTS) {
    it(`${d.name} is clean`, () => {
      const text = odDefaultText(d);
      const { template, problems } = lint(text);
      assert.equal(template.kind, d.kind);
      const unexpected = problems.filter((p) => !(p.ruleId === 'missing-sender-id' && p.severity === 'info' && !d.namesOffice));
      const shown = unexpected.map((p) => `  ${p.ruleId} ${p.severity} ${JSON.stringify(text.slice(p.start, p.end))}: ${p.message}`).join('\n');
      assert.equal(unexpected.length, 0, `${d.source}\n${shown}`);
    });
  }

  it('each default names its place in the source and a known kind, slot and channel', () => {
    for (const d of OD_DEFAULTS) {
      assert.match(d.source, /^(OpenDentBusiness|OpenDental)\/.+\.cs, \S+/, d.name);
      const kind = KINDS.get(d.kind);
      assert.ok(kind && kind[d.channel], `${d.name}: ${d.kind} has no ${d.channel} templates`);
      if (d.slot !== 'single') assert.ok(kind.aggregate, `${d.name}: ${d.kind} has no aggregate templates`);
      assert.equal(d.subject !== undefined, d.channel === 'email' && d.slot !== 'perAppointment', `${d.name}: emails have a subject; texts and per-appointment lines none`);
    }
  });

  it('cover every rule slot with and without the optional sentences Open Dental appends', () => {
    const names = new Set(OD_DEFAULTS.map((d) => d.name));
    assert.equal(names.size, OD_DEFAULTS.length, 'names are unique');
    assert.ok(OD_DEFAULTS.filter((d) => d.body.includes('[AddToCalendar]')).length >= 14, 'the [AddToCalendar] variants');
    assert.ok(OD_DEFAULTS.filter((d) => d.body.endsWith('[EmailDisclaimer]')).length >= 14, 'the [EmailDisclaimer] variants');
    for (const kind of [
      'eReminder',
      'eConfirmation',
      'eConfirmationAutoReply',
      'thankYou',
      'newPatientThankYou',
      'arrival',
      'arrivalResponse',
      'generalMessage',
      'patientPortalInvite',
      'webSchedRecall',
      'webSchedASAP',
      'webSchedNotify',
      'confirmationList',
      'statement',
      'messageToPay',
      'eClipboardCheckIn',
    ]) {
      assert.ok(
        OD_DEFAULTS.some((d) => d.kind === kind),
        `no default for ${kind}`,
      );
    }
  });

  it('the advice on a default that names no office is the only report, and is there', () => {
    // The Web Sched Recall texts end "call [PracticePhone]": Open Dental's default names no office.
    const recall = OD_DEFAULTS.find((d) => d.name.startsWith('Web Sched Recall text, reminder 1'))!;
    assert.deepEqual(
      lint(odDefaultText(recall)).problems.map((p) => `${p.ruleId} ${p.severity}`),
      ['missing-sender-id info'],
    );
  });
});
