// Entry of server/out/database.js: the database commands and the mysql2 driver, in a bundle
// of their own so neither the language server nor the CLI's start-up carries them. Two users
// load it lazily: the CLI (cli/database.ts: `check --db`, `pull`, `push`, `doctor`) takes the functions
// below as they are; the VS Code client takes `editor`, the typed contract of
// protocol/database.ts, whose results are plain data (errors become outcomes, since an Error
// class of this bundle is not the client's).
import * as path from 'node:path';
import type { DatabaseCommands, DatabaseConnection, DatabaseOutcome } from '../protocol/database';
import { runDoctor } from '../workspace/database/doctor/index';
import { doctorPageHtml } from '../workspace/database/doctorPage/page';
import { readManifest } from '../workspace/database/manifest';
import { pasteSheetHtml, pasteSheetTexts } from '../workspace/database/pasteSheet';
import { runPull } from '../workspace/database/pull';
import { comparePush } from '../workspace/database/push';
import { PASSWORD_HINT } from '../workspace/database/session';
import { isDbError, type DbTarget } from '../workspace/database/url';

export { doctorPageHtml } from '../workspace/database/doctorPage/page';
export { runPull } from '../workspace/database/pull';
export { comparePush } from '../workspace/database/push';
export { pasteSheetHtml } from '../workspace/database/pasteSheet';
export { loadTemplates, sourceNotes } from '../workspace/database/source';
export { runDoctor } from '../workspace/database/doctor/index';

function target(connection: DatabaseConnection): DbTarget {
  const { host, port, socket, database, user, password } = connection;
  return { host: host || 'localhost', port: port || 3306, socket: socket || undefined, database, user, password: password || undefined };
}

/** A failure as one line; a bug's message too (the client shows it, never a stack). */
async function outcome<T>(work: () => Promise<T>): Promise<DatabaseOutcome<T>> {
  try {
    return { ok: true, value: await work() };
  } catch (error) {
    if (isDbError(error)) return { ok: false, failure: error.failure, message: error.message.replace(PASSWORD_HINT, '') };
    return { ok: false, failure: 'other', message: `odmsg: internal error: ${error instanceof Error ? error.message : String(error)}` };
  }
}

export const editor: DatabaseCommands = {
  pull: (request) =>
    outcome(async () => {
      const report = await runPull(target(request.connection), { out: request.folder, force: request.force === true }, request.folder);
      const manifest = readManifest(request.folder);
      return {
        files: Object.keys(manifest?.files ?? {}).sort(),
        written: report.written.length,
        unchanged: report.unchanged,
        edited: report.edited,
        kept: report.kept,
        removed: report.removed,
        notes: report.notes,
      };
    }),
  pasteSheet: (request) =>
    outcome(async () => {
      const result = await comparePush(target(request.connection), { dir: request.folder }, request.folder);
      const conflicts = result.items.filter((i) => i.status === 'conflict').length;
      return {
        html: pasteSheetHtml(result, request.frame),
        copyTexts: [...pasteSheetTexts(result)],
        changes: result.items.length - conflicts,
        conflicts,
        notes: result.notes,
      };
    }),
  doctor: (request) =>
    outcome(async () => {
      // Phone numbers stay masked in the editor: the CLI's --show-phone-numbers has no counterpart here.
      const report = await runDoctor(target(request.connection), { days: request.days, clinics: request.clinics?.map(String) });
      return { html: doctorPageHtml(report, request.frame), report };
    }),
  pulledFrom(folder) {
    try {
      const manifest = readManifest(path.resolve(folder));
      return manifest ? { host: manifest.database.host, database: manifest.database.name } : undefined;
    } catch {
      return undefined;
    }
  },
};
