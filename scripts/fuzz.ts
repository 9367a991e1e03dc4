// `npm run fuzz`: the engine's properties (test/engine/property/) and the CLI's output on
// hostile file names and text (test/cli/property/) for far longer than `npm test` runs them,
// with a fresh seed each time unless ODMSG_FUZZ_SEED is set.
// Usage: tsx scripts/fuzz.ts [--seconds N] [--runs N]
import fc from 'fast-check';
import { ADVERSARIES, anyInput, anyUnicode, fixSafetyInput, tagSoup, template } from '../test/engine/property/arbitraries';
import { checkAll, checkCharacterRulesAgree, checkFixAll, checkFixAllNoNewProblems, checkLarge, checkProblems, lintCpuTime } from '../test/engine/property/invariants';
import { CONFIG_ADVERSARIES, checkConfigText, configCpuTime, configText } from '../test/engine/property/configs';
import { anyLayers, fixSafetyLayers, LAYER_SETS } from '../test/engine/property/layers';
import { checkOutputsSafe, hostileName, hostileText } from '../test/cli/property/hostileOutput';

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

const seconds = option('seconds', 120);
const runs = option('runs', 1_000_000);
const seed = Number(process.env.ODMSG_FUZZ_SEED ?? Date.now() % 2 ** 31);

const properties: [string, fc.IPropertyWithHooks<never>][] = [
  ['arbitrary Unicode', fc.property(anyUnicode, anyLayers, (text, layers) => void checkProblems(text, layers)) as never],
  ['tag soup and templates', fc.property(fc.oneof(tagSoup, template), anyLayers, (text, layers) => checkAll(text, layers)) as never],
  ['fix-all makes no rule report more', fc.property(fixSafetyInput, fixSafetyLayers, (text, layers) => checkFixAllNoNewProblems(text, layers)) as never],
  ['character rules agree', fc.property(fc.oneof(tagSoup, template), anyLayers, (text, layers) => checkCharacterRulesAgree(text, layers)) as never],
  ['every trigger at once', fc.property(fc.array(anyInput, { minLength: 2, maxLength: 12 }), anyLayers, (parts, layers) => checkFixAll(parts.join(' '), layers)) as never],
  ['config texts', fc.property(configText, (text) => checkConfigText(text)) as never],
  ['hostile file names and text in every output format', fc.property(fc.array(fc.record({ name: hostileName, text: hostileText }), { minLength: 1, maxLength: 6 }), (files) => checkOutputsSafe(files)) as never],
  ['long inputs', fc.property(fc.array(anyInput, { minLength: 50, maxLength: 400 }), (parts) => checkLarge(parts.join(''), [LAYER_SETS[1][0]])) as never],
];

let failed = false;
const budget = (seconds * 1000) / (properties.length + 1);
console.log(`fuzz: seed ${seed}, ${seconds} s`);
for (const [name, property] of properties) {
  const details = fc.check(property, { seed, numRuns: runs, interruptAfterTimeLimit: budget, markInterruptAsFailure: false, includeErrorInReport: true });
  if (details.failed) {
    failed = true;
    console.log(
      `✖ ${name}: counterexample ${JSON.stringify(details.counterexample)}\n  ${String((details.errorInstance as Error | undefined)?.message ?? 'interrupted or too many skips')
        .split('\n')
        .slice(0, 12)
        .join('\n  ')}`,
    );
  } else {
    console.log(`✔ ${name}: ${details.numRuns} runs`);
  }
}

// Linearity at a larger scale than npm test: 100 KB against 400 KB (the latter under the
// default maxFileSize only for 1-byte characters; others take the file-too-large path).
const layers = [{ ...LAYER_SETS[1][0], maxFileSize: 1 << 30 }];
lintCpuTime('warm up [NameF] www.example.com FREE!! act now'.repeat(200), 20, layers);
for (const adversary of ADVERSARIES) {
  let small = lintCpuTime(adversary.build(100_000), 2, layers);
  let large = lintCpuTime(adversary.build(400_000), 1, layers);
  if (large / small >= 12) {
    small = Math.min(small, lintCpuTime(adversary.build(100_000), 2, layers));
    large = Math.min(large, lintCpuTime(adversary.build(400_000), 1, layers));
  }
  const ratio = large / Math.max(small, 0.5);
  // Same rule as the bounded test: ×4 is linear, up to ×8 with garbage collection, ×16 quadratic.
  const bad = large > 50 && ratio >= 12;
  failed ||= bad;
  console.log(`${bad ? '✖' : '✔'} ${adversary.name.padEnd(38)} ${small.toFixed(0).padStart(6)} ms / 100 KB ${large.toFixed(0).padStart(7)} ms / 400 KB  ×${ratio.toFixed(1)}`);
}

// Config attacks (a .odmsgrc.json any pull request can add): 250 KB against 1 MB.
for (const adversary of CONFIG_ADVERSARIES) {
  const smallText = adversary.build(250_000);
  const largeText = adversary.build(1_000_000);
  let small = configCpuTime(smallText, 2);
  let large = configCpuTime(largeText, 1);
  if (large / small >= 12) {
    small = Math.min(small, configCpuTime(smallText, 2));
    large = Math.min(large, configCpuTime(largeText, 1));
  }
  const ratio = large / Math.max(small, 0.5);
  const bad = large > 50 && ratio >= 12;
  failed ||= bad;
  console.log(`${bad ? '✖' : '✔'} ${adversary.name.padEnd(38)} ${small.toFixed(0).padStart(6)} ms / 250 KB ${large.toFixed(0).padStart(7)} ms / 1 MB  ×${ratio.toFixed(1)}`);
}
process.exitCode = failed ? 1 : 0;
