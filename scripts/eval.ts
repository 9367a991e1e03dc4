// `npm run eval`: how often the carrier-wording rules fire, on real texts.
//   - SMS Spam Collection (../shared/data/sms-spam-collection/, CC BY 4.0; Almeida, Gómez Hidalgo
//     & Yamakami, DocEng'11): recall on its spam, false-alarm rate on its ham. Each message is
//     linted as a text a person typed (front matter `kind: manual`, `channel: sms`).
//   - The office set (test/eval/office-texts.json): texts a dental office sends, each linted as
//     its labelled kind (default manual), channel sms; an alarm its labels do not justify is a
//     false alarm.
// A text counts once per rule however many times the rule fires on it; "all" is any of the five.
// Options: --write   also write test/eval/figures.json (the rule docs quote it: npm run generate)
//          --show N  list up to N false alarms on ham and N missed spam per rule
import * as fs from 'node:fs';
import * as path from 'node:path';
import { computeFigures, FIGURES_FILE, type Figures } from '../test/eval/figures';
import { findSmsSpamCollection } from '../test/eval/carrierWording';

const args = process.argv.slice(2);
const showIndex = args.indexOf('--show');
const show = showIndex >= 0 ? Number(args[showIndex + 1] ?? 10) : 0;

const { file, looked } = findSmsSpamCollection();
if (!file) {
  console.error(
    `The SMS Spam Collection is missing: looked for\n${looked.map((l) => `  ${l}`).join('\n')}\n` + 'Set ODMSG_SMS_SPAM_COLLECTION to the SMSSpamCollection file. Only the office set is measured.\n',
  );
  // Half the figures are missing: a script that runs the eval must notice.
  process.exitCode = 1;
}
const figures = computeFigures(file, show);

const pct = (n: number, of: number) => (of === 0 ? '–' : `${((100 * n) / of).toFixed(1)}%`);
const rows: string[][] = [['rule', 'spam recall', 'ham false alarms', 'office false alarms', 'office justified hits']];
for (const [rule, f] of Object.entries(figures.rules)) {
  rows.push([
    rule,
    figures.collection ? `${pct(f.spamHits!, figures.collection.spam)} (${f.spamHits}/${figures.collection.spam})` : 'missing',
    figures.collection ? `${pct(f.hamHits!, figures.collection.ham)} (${f.hamHits}/${figures.collection.ham})` : 'missing',
    `${f.officeFalseAlarms}/${figures.office.texts}`,
    `${f.officeJustified}`,
  ]);
}
const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
for (const [i, r] of rows.entries()) {
  console.log(
    r
      .map((cell, c) => cell.padEnd(widths[c]))
      .join('  ')
      .trimEnd(),
  );
  if (i === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
}
console.log(`\nSMS Spam Collection: ${figures.collection ? `${figures.collection.spam} spam, ${figures.collection.ham} ham (${file})` : `MISSING (looked for ${looked.join(', ')})`}`);
console.log(`Office set: ${figures.office.texts} texts (test/eval/office-texts.json)`);
const all = figures.rules.all;
if (figures.collection) {
  const recallOk = all.spamHits! / figures.collection.spam >= 0.85;
  const falseOk = all.hamHits! / figures.collection.ham <= 0.05;
  console.log(`Targets (all rules): recall ≥ 85% ${recallOk ? 'met' : 'NOT met'}; false alarms ≤ 5% ${falseOk ? 'met' : 'NOT met'}`);
}
console.log(`Office set: ${all.officeFalseAlarms === 0 ? 'no unjustified alarm' : `${all.officeFalseAlarms} text(s) with an unjustified alarm`}`);

if (show > 0) for (const line of figures.examples ?? []) console.log(line);

if (args.includes('--write')) {
  if (!figures.collection) {
    console.error('Not writing figures.json without the SMS Spam Collection.');
    process.exitCode = 1;
  } else {
    const { examples: _examples, ...kept } = figures;
    fs.writeFileSync(FIGURES_FILE, `${JSON.stringify(kept satisfies Omit<Figures, 'examples'>, null, 2)}\n`);
    console.log(`\nWrote ${path.relative(process.cwd(), FIGURES_FILE)}`);
  }
}
