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
    // The CLI tests match ANSI colour codes (\u001b[) on purpose.
    files: ['test/**/*.ts'],
    rules: { 'no-control-regex': 'off' },
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
