// One throwaway MariaDB per test file, loaded with the fixture databases:
// `opendental` (current schema, InnoDB), `od_old` (an older Open Dental: fewer columns,
// MyISAM), `od_no_languagepat` (a table missing), and the SELECT-only users.
import { fixtureSql, schemaSql, usersSql } from './fixture';
import { plantedHistory, sentInsertSql, SMS_SCHEMA } from './history';
import { startMariaDb, type MariaDb } from './mariadb';

export const DATABASES = { current: 'opendental', old: 'od_old', missingTable: 'od_no_languagepat' };
export const TABLES = ['apptreminderrule', 'preference', 'clinicpref', 'languagepat', 'clinic', 'signalod'];

export async function startFixtureDb(): Promise<MariaDb> {
  const db = await startMariaDb();
  try {
    await db.sql(`CREATE DATABASE ${DATABASES.current} CHARACTER SET utf8; CREATE DATABASE ${DATABASES.old} CHARACTER SET utf8; CREATE DATABASE ${DATABASES.missingTable} CHARACTER SET utf8;`);
    await db.sql(schemaSql() + fixtureSql(), DATABASES.current);
    await db.sql(schemaSql({ oldSchema: true }) + fixtureSql({ oldSchema: true }), DATABASES.old);
    await db.sql(
      schemaSql().replace(/CREATE TABLE languagepat[\s\S]*?;\n/, '') +
        fixtureSql()
          .split('\n')
          .filter((l) => !l.includes('languagepat'))
          .join('\n'),
      DATABASES.missingTable,
    );
    await db.sql(usersSql([DATABASES.current, DATABASES.old]));
  } catch (error) {
    await db.stop();
    throw error;
  }
  return db;
}

/**
 * The planted sent-text history (history.ts) in `opendental`, readable by the SELECT-only
 * user: what "odmsg: Texting health…" reads in the end-to-end suite.
 */
export async function plantHistory(db: MariaDb): Promise<void> {
  const grants = ['127.0.0.1', 'localhost'].map((host) => `GRANT SELECT ON ${DATABASES.current}.smstomobile TO 'odmsg_ro'@'${host}';`).join('\n');
  await db.sql(SMS_SCHEMA + sentInsertSql(plantedHistory()), DATABASES.current);
  await db.sql(`${grants}\nFLUSH PRIVILEGES;\n`);
}

/** CHECKSUM TABLE of every fixture table, as "db.table → checksum" lines. */
export async function checksums(db: MariaDb): Promise<string> {
  const lists = Object.values(DATABASES).map((d) =>
    TABLES.filter((t) => !(d === DATABASES.missingTable && t === 'languagepat'))
      .map((t) => `${d}.${t}`)
      .join(', '),
  );
  return (await Promise.all(lists.map((l) => db.sql(`CHECKSUM TABLE ${l} EXTENDED;`)))).join('');
}
