// The database commands' code and the mysql2 driver (~1 MB) are server/out/database.js, a
// bundle of its own that cli.js loads only when `check --db`, `pull` or `push` runs: start-up
// and `odmsg check` on files never read or compile it. From the sources (tsx) this requires
// the entry itself; the build (scripts/build.mjs) points it at ./database.js beside cli.js.
// The only way into the database bundle from the CLI (the layer check says so).
export type DatabaseBundle = typeof import('../databaseBundle/main');

export function loadDatabase(): DatabaseBundle {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a synchronous lazy load; the build points it at ./database.js
  return require('../databaseBundle/main') as DatabaseBundle;
}
