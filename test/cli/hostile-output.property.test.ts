// Property test for issue 12, item 4: generated hostile file names and template text (control
// characters, line and paragraph separators, workflow commands old and new, percent escapes,
// problem-matcher positions, names of 255 bytes and more) through every format. Bounded here
// with a fixed seed; `npm run fuzz` runs the same property far longer.
import { test } from 'node:test';
import fc from 'fast-check';
import { checkOutputsSafe, hostileName, hostileText } from './property/hostileOutput';

const seed = Number(process.env.ODMSG_FUZZ_SEED ?? 20261201);

// Inputs that once broke the invariant, always run first.
const REGRESSIONS: [{ name: string; text: string }[]][] = [
  [[{ name: 'evil\n::error file=x.odmsg,line=1::pwned.odmsg', text: '---\nkind: eReminder\n---\n[Na\u001bme] ##[error]x\n::error::y\n' }]],
  [
    [
      { name: 'a:1:1 error b.odmsg', text: 'Hi [NameF]!!' },
      { name: '::warning::x.odmsg', text: ' ::notice::z [Bad\u2028Tag]' },
    ],
  ],
];

test('every format stays safe and exact on hostile file names and template text', () => {
  fc.assert(
    fc.property(fc.array(fc.record({ name: hostileName, text: hostileText }), { minLength: 1, maxLength: 4 }), (files) => checkOutputsSafe(files)),
    { seed, numRuns: 200, includeErrorInReport: true, examples: REGRESSIONS },
  );
});
