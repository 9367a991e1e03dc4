// The `--db` URL: mysql://user[:password]@host[:port]/database[?socket=<path>]. The password
// may come from ODMSG_DB_PASSWORD instead; it is never part of any message odmsg prints.

export interface DbTarget {
  host: string;
  port: number;
  /** A local socket: used instead of host and port. */
  socket?: string;
  user: string;
  password?: string;
  database: string;
}

/** Why a database command failed, for a caller that acts on it (VS Code forgets a refused password). */
export type DbFailure = 'login' | 'other';

/**
 * A database command's failure (reaching or reading the database, writing the pulled folder):
 * one line, exit code 2. Thrown inside server/out/database.js and caught in cli.js, another
 * bundle with its own copy of this class: callers test `isDbError`, not `instanceof`.
 */
export class DbError extends Error {
  override readonly name = 'DbError';
  constructor(
    message: string,
    readonly failure: DbFailure = 'other',
  ) {
    super(message);
  }
}

export function isDbError(error: unknown): error is DbError {
  return error instanceof Error && error.name === 'DbError';
}

export const PASSWORD_VARIABLE = 'ODMSG_DB_PASSWORD';

export function parseDbUrl(raw: string, env: NodeJS.ProcessEnv): DbTarget {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new DbError('--db needs a URL like mysql://user@host:3306/opendental (the password in ODMSG_DB_PASSWORD).');
  }
  if (url.protocol !== 'mysql:' && url.protocol !== 'mariadb:') throw new DbError(`--db needs a mysql:// URL, not ${url.protocol}//.`);
  const database = decodeURIComponent(url.pathname.replace(/^\//, ''));
  if (!database || database.includes('/')) throw new DbError('--db: the URL must name the database, e.g. mysql://user@host/opendental.');
  const user = decodeURIComponent(url.username);
  if (!user) throw new DbError('--db: the URL must name the user, e.g. mysql://odmsg_ro@host/opendental.');
  const port = url.port ? Number(url.port) : 3306;
  const password = url.password ? decodeURIComponent(url.password) : env[PASSWORD_VARIABLE];
  const socket = url.searchParams.get('socket') ?? undefined;
  return { host: url.hostname || 'localhost', port, socket: socket || undefined, user, password: password === '' ? undefined : password, database };
}

/** "database opendental on 127.0.0.1:3306" (or on a socket): for messages, without the password. */
export function describeTarget(target: DbTarget): string {
  return `database "${target.database}" on ${target.socket ? `socket ${target.socket}` : `${target.host}:${target.port}`}`;
}
