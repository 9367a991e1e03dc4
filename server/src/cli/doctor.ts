// `odmsg doctor --db <url>`: the analysis runs in the database bundle (workspace/database/
// doctor, with mysql2); this prints its DoctorReport as text or JSON, or as the self-contained
// HTML page of workspace/database/doctorPage (rendered by the same bundle, so cli.js does not
// carry it). The page goes to stdout like the other formats, or with --output to a file,
// written atomically: a report cut off by a full disk never replaces the last one.
// Exit codes like check: 0 nothing at warning level or above, 1 findings, 2 the run failed.
import * as path from 'node:path';
import type { DoctorReport } from '../protocol/doctor';
import { writeFileAtomic } from '../workspace/atomicWrite';
import { DbError, parseDbUrl } from '../workspace/database/url';
import { loadDatabase, type DatabaseBundle } from './database';
import type { DoctorCommand, DoctorFormat } from './doctorArgs';
import { doctorText } from './doctorText';
import { escapeForTerminal, escapeJsonForTerminal } from './escape';
import type { Io } from './run';

/** One renderer per --format (doctorArgs.ts lists the formats). */
const RENDERERS: Record<DoctorFormat, (report: DoctorReport, command: DoctorCommand, database: DatabaseBundle) => string> = {
  text: (report, command) => doctorText(report, command.days),
  json: (report) => `${escapeJsonForTerminal(JSON.stringify(report, null, 2))}\n`,
  // Every database value on the page is escaped, control characters included: safe on a terminal too.
  html: (report, _command, database) => database.doctorPageHtml(report),
};

export async function runDoctorCommand(command: DoctorCommand, io: Io): Promise<number> {
  const target = parseDbUrl(command.db, io.env);
  const database = loadDatabase();
  const report = await database.runDoctor(target, { days: command.days, clinics: command.clinics, showPhoneNumbers: command.showPhoneNumbers });
  const rendered = RENDERERS[command.format](report, command, database);
  if (command.output === undefined) io.out(rendered);
  else {
    try {
      writeFileAtomic(path.resolve(io.cwd, command.output), rendered);
    } catch (error) {
      throw new DbError(`Cannot write ${escapeForTerminal(command.output)}: ${(error as NodeJS.ErrnoException).code ?? String(error)}.`);
    }
    io.err(`Wrote the report ${escapeForTerminal(command.output)}\n`);
  }
  return report.findings.some((f) => f.severity !== 'info') ? 1 : 0;
}
