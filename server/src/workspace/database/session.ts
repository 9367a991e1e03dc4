// One read-only database session: mysql2 (loaded here only, when a command needs the
// database), utf8mb4, exact big integers as strings (replicated databases use random 64-bit
// keys), `SET SESSION TRANSACTION READ ONLY` and one consistent snapshot for every read.
// The only statements this module sends are SET, START TRANSACTION, SELECT and ROLLBACK.
import type { Connection as CallbackConnection } from 'mysql2';
import type { Connection } from 'mysql2/promise';
import { DbError, describeTarget, PASSWORD_VARIABLE, type DbTarget } from './url';

export interface ReadOnlySession {
  /** Rows of a SELECT, as objects keyed by column name. */
  select(sql: string, params?: readonly unknown[]): Promise<Record<string, unknown>[]>;
  /**
   * Each row of a SELECT handed to `visit` as the server sends it (mysql2's query stream),
   * never all at once: for tables too large to hold, such as the sent texts.
   */
  eachRow(sql: string, params: readonly unknown[], visit: (row: Record<string, unknown>) => void): Promise<void>;
  close(): Promise<void>;
  readonly target: DbTarget;
}

interface MysqlError {
  code?: string;
  errno?: number;
  sqlMessage?: string;
  message?: string;
}

/** The end of the login failure's line for the command line, where the password comes from the environment. */
export const PASSWORD_HINT = ` (give the password in ${PASSWORD_VARIABLE})`;

/** One clear line for a driver error, naming host and database, never the password. */
export function explainDbError(error: unknown, target: DbTarget): DbError {
  const e = (error ?? {}) as MysqlError;
  const where = describeTarget(target);
  const detail = (e.sqlMessage ?? e.message ?? String(error)).replace(/[\u0000-\u001f\u007f]/g, ' ');
  const password = target.password;
  const clean = (text: string) => (password ? text.split(password).join('***') : text);
  switch (e.code) {
    case 'ECONNREFUSED':
      return new DbError(`Cannot connect to ${where}: nothing is listening there.`);
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return new DbError(`Cannot connect to ${where}: unknown host "${target.host}".`);
    case 'ENOENT':
      return new DbError(`Cannot connect to ${where}: no such socket.`);
    case 'ETIMEDOUT':
      return new DbError(`Cannot connect to ${where}: the connection timed out.`);
    case 'ER_ACCESS_DENIED_ERROR':
    case 'ER_ACCESS_DENIED_NO_PASSWORD_ERROR':
      return new DbError(`Cannot log in to ${where} as "${target.user}": wrong user or password${PASSWORD_HINT}.`, 'login');
    case 'ER_BAD_DB_ERROR':
      return new DbError(`Cannot read ${where}: no such database.`);
    case 'ER_DBACCESS_DENIED_ERROR':
      return new DbError(`Cannot read ${where}: user "${target.user}" may not use this database.`);
    case 'ER_NO_SUCH_TABLE':
      return new DbError(`Cannot read ${where}: ${clean(detail)} (is it an Open Dental database?).`);
    case 'ER_TABLEACCESS_DENIED_ERROR':
    case 'ER_COLUMNACCESS_DENIED_ERROR':
      return new DbError(`Cannot read ${where}: ${clean(detail)} (grant SELECT on the tables the README lists).`);
    default:
      return new DbError(`Cannot read ${where}: ${clean(detail)}.`);
  }
}

export async function openReadOnlySession(target: DbTarget): Promise<ReadOnlySession> {
  const mysql = await import('mysql2/promise');
  let connection: Connection;
  try {
    connection = await mysql.createConnection({
      host: target.host,
      port: target.port,
      socketPath: target.socket,
      user: target.user,
      password: target.password,
      database: target.database,
      charset: 'utf8mb4',
      supportBigNumbers: true,
      bigNumberStrings: true,
      dateStrings: true,
      multipleStatements: false,
      connectTimeout: 15_000,
    });
  } catch (error) {
    throw explainDbError(error, target);
  }
  // A late error on an idle connection must not become an unhandled 'error' event.
  connection.on('error', () => undefined);
  try {
    await connection.query('SET SESSION TRANSACTION READ ONLY');
    await connection.query('START TRANSACTION WITH CONSISTENT SNAPSHOT, READ ONLY');
  } catch (error) {
    connection.destroy();
    throw explainDbError(error, target);
  }
  return {
    target,
    async select(sql, params = []) {
      if (!/^\s*SELECT\b/i.test(sql)) throw new Error(`not a SELECT: ${sql.slice(0, 40)}`);
      try {
        const [rows] = await connection.query({ sql, values: params as unknown[] });
        return rows as Record<string, unknown>[];
      } catch (error) {
        throw explainDbError(error, target);
      }
    },
    eachRow(sql, params, visit) {
      if (!/^\s*SELECT\b/i.test(sql)) return Promise.reject(new Error(`not a SELECT: ${sql.slice(0, 40)}`));
      // The promise wrapper has no stream(); the callback connection underneath does. Rows are
      // handed over as they are parsed, synchronously: no promise per row, nothing buffered.
      const callbackConnection = (connection as unknown as { connection: CallbackConnection }).connection;
      return new Promise<void>((resolve, reject) => {
        const rows = callbackConnection.query({ sql, values: params as unknown[] }).stream({ highWaterMark: 1024 });
        rows.on('data', (row: Record<string, unknown>) => {
          try {
            visit(row);
          } catch (error) {
            rows.destroy();
            reject(error instanceof Error ? error : new Error(String(error)));
          }
        });
        rows.on('error', (error) => reject(explainDbError(error, target)));
        rows.on('end', () => resolve());
      });
    },
    async close() {
      try {
        await connection.query('ROLLBACK');
        await connection.end();
      } catch {
        connection.destroy();
      }
    },
  };
}
