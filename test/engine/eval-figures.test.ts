// The figures the docs quote (test/eval/figures.json, rendered by `npm run generate`) are the
// ones the rules give now: a rule or data change that moves them must rewrite them
// (`npm run eval -- --write`, then `npm run generate`).
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { test } from 'node:test';
import { findSmsSpamCollection } from '../eval/carrierWording';
import { computeFigures, FIGURES_FILE, type Figures } from '../eval/figures';

const recorded = JSON.parse(fs.readFileSync(FIGURES_FILE, 'utf8')) as Figures;
const { file } = findSmsSpamCollection();

test('the recorded office-set figures are current', () => {
  const now = computeFigures(undefined);
  assert.deepEqual(now.office, recorded.office);
  for (const [rule, f] of Object.entries(now.rules)) {
    assert.deepEqual(
      { officeFalseAlarms: f.officeFalseAlarms, officeJustified: f.officeJustified },
      { officeFalseAlarms: recorded.rules[rule].officeFalseAlarms, officeJustified: recorded.rules[rule].officeJustified },
      `${rule}: run npm run eval -- --write, then npm run generate`,
    );
  }
});

test('the recorded SMS Spam Collection figures are current', { skip: file ? false : 'the SMS Spam Collection is not beside the repository (shared/data/sms-spam-collection)' }, () => {
  const { examples: _examples, ...now } = computeFigures(file);
  assert.deepEqual(now, recorded, 'run npm run eval -- --write, then npm run generate');
});
