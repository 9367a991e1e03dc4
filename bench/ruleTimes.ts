// Per-rule engine time on the bench corpus, in this process: parse, each rule alone, and lint
// as a whole, best of a few rounds, in CPU time (the machine is shared: wall time varies more).
// For attributing the check's time (a CPU profile of the CLI spreads it over shared helpers);
// not a target. These are warm figures: a one-pass CLI run also pays for the JIT's warm-up.
// Run it bundled, as the CLI runs (tsx's transform is slower), e.g.:
//   npx esbuild bench/ruleTimes.ts --bundle --platform=node --main-fields=module,main --outfile=/tmp/ruleTimes.js
//   node /tmp/ruleTimes.js bench/corpus/templates [rounds]
import * as fs from 'node:fs';
import * as path from 'node:path';
import { resolveConfig } from '../server/src/engine/config';
import { lint, runRules } from '../server/src/engine/lint';
import { parseTemplate } from '../server/src/engine/parse';
import { RULES } from '../server/src/engine/registry';
import { listFiles } from './generate';

const TEMPLATES = process.argv[2] ?? path.join(__dirname, 'corpus', 'templates');

const texts = listFiles(TEMPLATES).map((f) => fs.readFileSync(f, 'utf8'));
const rounds = Number(process.argv[3] ?? 5);
const config = resolveConfig([]);

function best(run: () => void): number {
  let min = Infinity;
  for (let i = 0; i < rounds; i++) {
    const started = process.cpuUsage();
    run();
    const used = process.cpuUsage(started);
    min = Math.min(min, (used.user + used.system) / 1000);
  }
  return min;
}

const rows: [string, number][] = [];
rows.push(['lint (all)', best(() => texts.forEach((t) => lint(t)))]);
rows.push(['parseTemplate', best(() => texts.forEach((t) => parseTemplate(t)))]);
for (const rule of RULES) {
  // A fresh parse's lazy parts (words, lines) are counted against the first rule that asks.
  const fresh = texts.map(parseTemplate);
  rows.push([rule.meta.id, best(() => fresh.forEach((t) => runRules(t, config, [rule])))]);
}
const total = rows.slice(2).reduce((a, [, v]) => a + v, 0);
for (const [name, msTaken] of rows) console.log(`${name.padEnd(24)} ${msTaken.toFixed(1).padStart(8)} ms`);
console.log(`${'rules summed'.padEnd(24)} ${total.toFixed(1).padStart(8)} ms  (${texts.length} templates)`);
