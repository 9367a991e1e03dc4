// formatMoney and formatCount write en-US amounts digit by digit where they can (making an
// Intl.NumberFormat loads ICU's number data, slow at start-up) and through Intl otherwise:
// held here to Intl.NumberFormat itself, on generated numbers of every kind and on the
// rounding edges (half a millionth, carries into the dollars).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { formatCount, formatMoney, plural } from '../../server/src/engine/numbers';

const MONEY = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', minimumFractionDigits: 2, maximumFractionDigits: 6 });
const COUNT = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

const params = { seed: Number(process.env.ODMSG_FUZZ_SEED ?? 6), numRuns: 20000, includeErrorInReport: true };

/** Prices as the engine makes them, amounts a millionth either side of a rounding edge, and any double. */
const amount = fc.oneof(
  fc.double(),
  fc.double({ min: 0, max: 1e16, noNaN: true }),
  fc.integer({ min: 0, max: 10_000_000 }).map((millionths) => millionths / 1e6),
  fc.tuple(fc.integer({ min: 0, max: 10_000_000 }), fc.constantFrom(5e-7, 4.9999e-7, 5.0001e-7, -5e-7)).map(([millionths, edge]) => millionths / 1e6 + edge),
  fc.integer({ min: 0, max: 1_000_000 }).map((cents) => cents / 100),
  fc.maxSafeInteger(),
);

test('formatMoney writes what Intl.NumberFormat writes', () => {
  fc.assert(
    fc.property(amount, (x) => assert.equal(formatMoney(x), MONEY.format(x), String(x))),
    params,
  );
  for (const x of [0, -0, 0.04, 0.045, 0.0000005, 0.0000015, 0.9999995, 999999.9999995, 1e15, 1e21, 1e-7, NaN, Infinity, -1.5, 0.1 + 0.2]) {
    assert.equal(formatMoney(x), MONEY.format(x), String(x));
  }
  assert.equal(formatMoney(1470), '$1,470.00');
  assert.equal(formatMoney(0.045), '$0.045');
});

test('formatCount and plural write what Intl.NumberFormat writes', () => {
  fc.assert(
    fc.property(fc.oneof(amount, fc.integer(), fc.maxSafeInteger()), (n) => assert.equal(formatCount(n), COUNT.format(n), String(n))),
    params,
  );
  for (const n of [0, -0, 2.5, -2.5, 999, 1000, -1000, 2 ** 53, NaN, -Infinity]) assert.equal(formatCount(n), COUNT.format(n), String(n));
  assert.equal(plural(1470, 'character'), '1,470 characters');
  assert.equal(plural(1, 'segment'), '1 segment');
});
