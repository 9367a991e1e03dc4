// The pure pieces of `odmsg doctor` (engine/history): the statistics that decide a template is
// filtered, the bursts of pending texts, the matcher from sent texts back to templates, and the
// masking of phone numbers.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { isoLocal, pendingBursts, weekOf } from '../../server/src/engine/history/bursts';
import { bestMatch, compileMatcher, fits, normalizeText } from '../../server/src/engine/history/matcher';
import { maskPhone, msgTypeLabel, MSG_TYPES, outcomeOf } from '../../server/src/engine/history/msgTypes';
import { compareFailures, fisherGreater, logGamma, wilson } from '../../server/src/engine/history/proportions';
import { KINDS } from '../../server/src/engine/catalog';

const close = (actual: number, expected: number, tolerance = 1e-4) => assert.ok(Math.abs(actual - expected) <= tolerance, `${actual} ≠ ${expected}`);

describe('statistics', () => {
  test('Wilson score intervals match the published values', () => {
    const none = wilson(0, 10);
    close(none.low, 0);
    close(none.high, 0.2775);
    const half = wilson(5, 10);
    close(half.low, 0.2366);
    close(half.high, 0.7634);
    const planted = wilson(60, 400);
    assert.equal(planted.rate, 0.15);
    close(planted.low, 0.1183);
    close(planted.high, 0.1883);
    assert.deepEqual(wilson(0, 0), { texts: 0, failed: 0, rate: 0, low: 0, high: 1 });
  });

  test('logGamma is ln((n-1)!)', () => {
    close(logGamma(1), 0, 1e-12);
    close(logGamma(11), Math.log(3_628_800), 1e-9);
    close(logGamma(0.5), Math.log(Math.sqrt(Math.PI)), 1e-12);
  });

  test('one-sided Fisher exact test: textbook tables', () => {
    // 3 of 4 against 1 of 4: (C(4,3)·C(4,1) + C(4,4)·C(4,0)) / C(8,4) = 17/70.
    close(fisherGreater(3, 4, 1, 4), 17 / 70, 1e-12);
    // The lady tasting tea: all four right, 1/70.
    close(fisherGreater(4, 4, 0, 4), 1 / 70, 1e-12);
    assert.equal(fisherGreater(0, 50, 3, 500), 1);
    assert.equal(fisherGreater(2, 10, 0, 0), 1, 'nothing to compare with: no evidence');
  });

  test('one-sided Fisher exact test: the upper and lower tails add up to one at large counts', () => {
    for (const [a, nA, b, nB] of [
      [60, 400, 50, 5000],
      [6, 600, 50, 5000],
      [120, 40_000, 900, 300_000],
      [3, 20, 1, 900],
    ]) {
      const upper = fisherGreater(a, nA, b, nB);
      // P(failures_A ≥ a) = 1 − P(delivered_A ≥ nA − a + 1), the same table read by deliveries.
      const delivered = nA - a + (nB - b);
      const lower = fisherGreater(nA - a + 1, nA, delivered - (nA - a + 1), nB);
      close(upper + lower, 1, 1e-9);
    }
  });

  test('1% over 600 texts is not filtered; 15% over 400 against a 1% baseline is', () => {
    const atBaseline = compareFailures(6, 600, 50, 5000);
    assert.equal(atBaseline.significant, false);
    assert.ok(atBaseline.pValue > 0.3);
    const filtered = compareFailures(60, 400, 50, 5000);
    assert.equal(filtered.significant, true);
    assert.ok(filtered.pValue < 1e-20);
    close(filtered.rest.rate, 0.01, 1e-12);
  });

  test('too few texts, or a difference too small to matter, is not filtered', () => {
    assert.equal(compareFailures(20, 99, 50, 5000).significant, false, 'under 100 texts');
    assert.equal(compareFailures(20, 99, 50, 5000, 20).significant, true, 'a lower minimum for manual texts');
    // 1.5% against 1% over a million texts: significant, but not twice the rest nor 2 points.
    const slight = compareFailures(15_000, 1_000_000, 10_000, 1_000_000);
    assert.ok(slight.pValue < 1e-10);
    assert.equal(slight.significant, false);
  });
});

describe('pending bursts', () => {
  test('slots within 30 minutes join into one burst per clinic; a later one stands apart', () => {
    const bursts = pendingBursts([
      { clinic: '2', first: '2026-11-29 08:20:00', last: '2026-11-29 08:29:00', texts: 5 },
      { clinic: '2', first: '2026-11-29 08:00:00', last: '2026-11-29 08:09:00', texts: 4 },
      { clinic: '2', first: '2026-11-29 08:40:00', last: '2026-11-29 08:41:00', texts: 1 },
      { clinic: '2', first: '2026-11-29 10:00:00', last: '2026-11-29 10:00:00', texts: 1 },
      { clinic: '1', first: '2026-11-29 08:05:00', last: '2026-11-29 08:06:00', texts: 2 },
    ]);
    assert.deepEqual(bursts, [
      { clinic: '1', from: '2026-11-29 08:05:00', to: '2026-11-29 08:06:00', texts: 2 },
      { clinic: '2', from: '2026-11-29 08:00:00', to: '2026-11-29 08:41:00', texts: 10 },
      { clinic: '2', from: '2026-11-29 10:00:00', to: '2026-11-29 10:00:00', texts: 1 },
    ]);
  });

  test('weeks start on Monday; local times become ISO 8601', () => {
    assert.equal(weekOf('2026-11-30'), '2026-11-30');
    assert.equal(weekOf('2026-12-02 23:59:59'), '2026-11-30');
    assert.equal(weekOf('2026-12-06'), '2026-11-30', 'Sunday ends the week');
    assert.equal(weekOf('2026-12-07'), '2026-12-07');
    assert.equal(isoLocal('2026-12-02 08:15:00'), '2026-12-02T08:15:00');
  });
});

describe('matching sent texts to templates', () => {
  const reminder = compileMatcher('Reminder: [NameF] is scheduled for [ApptTime] on [ApptDate] at [OfficeName]. Call [OfficePhone].', 'reminder');

  test('each tag is a wildcard; the literal text must be there, in order', () => {
    assert.deepEqual(reminder.pieces, ['Reminder: ', ' is scheduled for ', ' on ', ' at ', '. Call ', '.']);
    assert.ok(fits(reminder, 'Reminder: Ana is scheduled for 9:00 AM on 12/03/2026 at Downtown Dental. Call (555) 555-0100.'));
    assert.ok(fits(reminder, 'Reminder:  is scheduled for  on  at . Call .'), 'a tag may be filled with nothing');
    assert.ok(!fits(reminder, 'Reminder: Ana is booked for 9:00 AM on 12/03/2026 at Downtown Dental. Call (555) 555-0100.'), 'a changed word');
    assert.ok(!fits(reminder, 'Reminder: Ana is scheduled for 9:00 AM on 12/03/2026 at Downtown Dental. Call (555) 555-0100. Reply STOP'), 'text after the end');
    assert.ok(!fits(reminder, 'Reminder: .'), 'the pieces may not overlap');
  });

  test('a tag in any case is replaced, as Open Dental does; an unknown tag is sent as typed', () => {
    const m = compileMatcher('Hi [namef], see you [Sometime]!', 'x');
    assert.deepEqual(m.pieces, ['Hi ', ', see you [Sometime]!']);
    assert.ok(fits(m, 'Hi Ana, see you [Sometime]!'));
    assert.ok(!fits(m, 'Hi Ana, see you Tuesday!'));
  });

  test('line breaks and surrounding white space do not decide', () => {
    const m = compileMatcher('Hi [NameF]!\r\nSee you soon.\r\n', 'x');
    assert.ok(fits(m, normalizeText('Hi Ana!\nSee you soon.')));
    assert.equal(normalizeText(' a\r\nb\rc \n'), 'a\nb\nc');
  });

  test('the most specific template wins; a text of no template stays unmatched', () => {
    const generic = compileMatcher('[NameF], [Appts]', 'aggregate');
    const plain = compileMatcher('Plain text, no tags.', 'plain');
    assert.equal(bestMatch([generic, reminder], 'Reminder: Ana is scheduled for 9:00 AM on 12/03/2026 at X. Call 1.')?.value, 'reminder');
    assert.equal(bestMatch([plain, reminder], 'Plain text, no tags.')?.value, 'plain');
    assert.equal(bestMatch([plain, reminder], 'Plain text, no tags. '), undefined, 'compared after normalizing, which the caller does');
    assert.equal(bestMatch([reminder], 'Your appointment is tomorrow.'), undefined);
  });
});

describe('MsgType, SmsStatus and phone numbers', () => {
  test('every kind a MsgType names is a kind odmsg knows', () => {
    for (const [type, { kinds }] of MSG_TYPES) for (const kind of kinds) assert.ok(KINDS.has(kind), `MsgType ${type}: ${kind}`);
    assert.equal(msgTypeLabel(3), 'eReminder');
    assert.equal(msgTypeLabel(99), 'MsgType 99');
  });

  test('outcomes of SmsDeliveryStatus', () => {
    assert.deepEqual([0, 1, 2, 3, 4, 5].map(outcomeOf), ['other', 'pending', 'delivered', 'delivered', 'failed', 'failed']);
  });

  test('phone numbers keep their last four digits unless asked', () => {
    assert.equal(maskPhone('+1 (555) 000-1234'), '***1234');
    assert.equal(maskPhone('+15550001234', true), '+15550001234');
  });
});
