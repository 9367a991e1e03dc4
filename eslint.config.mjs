// ESLint (flat config), `npm run lint` (in `npm test`, --max-warnings 0): ESLint's recommended
// rules everywhere and typescript-eslint's recommended rules over the TypeScript. Import cycles
// and layer boundaries are dependency-cruiser's job (npm run test:layers), formatting Prettier's
// (npm run format).
//
// Not type-aware: recommendedTypeChecked took 38 s against 9.5 s here (2 shared cores) and
// reports 540 findings, 332 of them no-floating-promises on node:test's test()/describe().
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', '.cache/', '**/out/', 'bench/corpus/', '.vscode-test/', '.scratch/', '*.vsix'] },
  js.configs.recommended,
  {
    files: ['**/*.ts'],
    extends: [tseslint.configs.recommended],
    rules: {
      // `const { examples: _examples, ...kept } = figures` drops a key by destructuring: the
      // dropped binding is the point, not an oversight.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
    },
  },
  // Deliberate require() calls, each for a reason an import cannot serve:
  {
    // Loaded only when threads are used: about 10 ms on every CLI start otherwise.
    files: ['server/src/cli/parallel.ts'],
    rules: { '@typescript-eslint/no-require-imports': ['error', { allow: ['^node:worker_threads$'] }] },
  },
  {
    // mocha's suites register in require order inside run() (checkWorkspace last); bench
    // --stats loads the engine only when asked.
    files: ['test/e2e/*/index.ts', 'bench/generate.ts'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Output never echoes control characters raw: the code that escapes or rejects them
    // (terminal paths, paste sheets, database values, hidden characters in rules) and the
    // tests that look for ANSI colour codes match them on purpose.
    rules: { 'no-control-regex': 'off' },
  },
  {
    // ASTRAL_RUN matches UTF-16 code units on purpose (no u flag): the variation selectors in
    // its class stand alone there, not combined with what precedes them.
    files: ['server/src/engine/rules/database-charset.ts'],
    rules: { 'no-misleading-character-class': 'off' },
  },
  {
    files: ['**/*.{js,cjs}'],
    languageOptions: { sourceType: 'commonjs', globals: globals.node },
  },
  {
    files: ['**/*.mjs'],
    languageOptions: { globals: globals.node },
  },
);
