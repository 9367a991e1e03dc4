// Every file in examples/kinds is a clean template (single, aggregate or per-appointment
// line): Open Dental's own default wording where its source or the reference has one,
// realistic wording otherwise. All rules at their default severities (info included) must
// find nothing: the catalog may never flag what Open Dental itself sends.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { KINDS } from '../../server/src/engine/catalog';
import { lint } from '../../server/src/engine/lint';

const DIR = join(__dirname, '../../examples/kinds');
const files = readdirSync(DIR)
  .filter((f) => f.endsWith('.odmsg'))
  .sort();
const parsed = files.map((file) => ({ file, result: lint(readFileSync(join(DIR, file), 'utf8')) }));

describe('examples/kinds', () => {
  for (const { file, result } of parsed) {
    it(`${file} has no problems`, () => {
      const { template, problems } = result;
      assert.ok(template.kind, `${file} names a known kind`);
      const shown = problems.map((p) => `  ${p.ruleId} ${p.severity} ${JSON.stringify(template.text.slice(p.start, p.end))}: ${p.message}`).join('\n');
      assert.equal(problems.length, 0, `${file}:\n${shown}`);
    });

    it(`${file} is named <kind>[.<variant>].<channel>.odmsg after its front matter`, () => {
      const { template } = result;
      const parts = file.split('.');
      assert.equal(parts[0], template.kind);
      assert.equal(parts[parts.length - 2], template.channel);
      assert.equal(template.frontMatterEntry('channel')?.value, template.channel, 'the channel is written out');
      if (template.channel === 'email') assert.ok(template.subject?.value, 'an email has a subject');
      assert.equal(parts.includes('aggregate'), template.aggregate, 'aggregate examples say so in their name');
      assert.equal(parts.includes('perAppointment'), template.perAppointment, 'per-appointment lines say so in their name');
    });
  }

  it('every kind has an example for each of its channels', () => {
    for (const kind of KINDS.values()) {
      for (const channel of ['sms', 'email'] as const) {
        if (!kind[channel]) continue;
        assert.ok(
          parsed.some(({ result: r }) => r.template.kind === kind.id && r.template.channel === channel && !r.template.aggregate && !r.template.perAppointment),
          `no ${channel} example for ${kind.id}`,
        );
      }
    }
  });

  it('kinds with aggregate templates have aggregate examples where Open Dental has defaults', () => {
    const aggregates = new Set(parsed.filter(({ result: r }) => r.template.aggregate).map(({ result: r }) => r.template.kind));
    for (const kind of ['eReminder', 'eConfirmation', 'eConfirmationAutoReply', 'thankYou', 'newPatientThankYou', 'arrival', 'generalMessage', 'patientPortalInvite', 'webSchedRecall', 'confirmationList']) {
      assert.ok(aggregates.has(kind), `no aggregate example for ${kind}`);
    }
  });

  it('per-appointment lines have examples where Open Dental has default lines', () => {
    const lines = new Set(parsed.filter(({ result: r }) => r.template.perAppointment).map(({ result: r }) => `${r.template.kind}.${r.template.channel}`));
    for (const slot of ['eConfirmation.sms', 'eReminder.sms']) assert.ok(lines.has(slot), `no per-appointment example for ${slot}`);
  });
});
