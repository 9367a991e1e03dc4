// The office set (test/eval/office-texts.json): texts a dental office sends. A careful
// office's text gets no carrier-wording alarm; each alarm a text does get is listed in its
// labels with why, and every listed alarm is really raised (a label never outlives its cause).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { alarmsOf, CARRIER_WORDING_RULES, missingAlarms, readOfficeSet, unjustifiedAlarms } from '../eval/carrierWording';

const texts = readOfficeSet();

describe('office set', () => {
  it('holds at least 200 texts of every kind of office message, with unique ids', () => {
    assert.ok(texts.length >= 200, `${texts.length} texts`);
    const categories = new Set(texts.map((t) => t.category));
    for (const c of ['reminder', 'confirmation', 'recall', 'billing', 'post-op', 'new-patient', 'spanish']) assert.ok(categories.has(c), `no ${c} texts`);
    assert.equal(new Set(texts.map((t) => t.id)).size, texts.length, 'duplicate ids');
  });

  it('labels name carrier-wording rules and say why', () => {
    for (const t of texts) {
      for (const a of t.alarms ?? []) {
        assert.ok((CARRIER_WORDING_RULES as readonly string[]).includes(a.rule), `${t.id}: ${a.rule} is not a carrier-wording rule`);
        assert.ok(a.why.length > 10, `${t.id}: the label for "${a.text}" says no why`);
        assert.ok(t.text.includes(a.text), `${t.id}: "${a.text}" is not in the text`);
      }
    }
  });

  for (const t of texts) {
    it(`${t.id}: only the labelled alarms`, () => {
      const alarms = alarmsOf(t.text, t.kind);
      assert.deepEqual(unjustifiedAlarms(t, alarms), [], `unjustified alarm on ${JSON.stringify(t.text)}`);
      assert.deepEqual(missingAlarms(t, alarms), [], `labelled alarm not raised on ${JSON.stringify(t.text)}`);
    });
  }
});
