// `odmsg doctor --db <url>`: the analysis runs in the database bundle (workspace/database/
// doctor, with mysql2); this prints its DoctorReport as text or JSON. Exit codes like check:
// 0 nothing at warning level or above, 1 findings, 2 the run failed.
import type { DoctorReport } from '../protocol/doctor';
import { parseDbUrl } from '../workspace/database/url';
import { loadDatabase } from './database';
import type { DoctorCommand, DoctorFormat } from './doctorArgs';
import { doctorText } from './doctorText';
import { escapeJsonForTerminal } from './escape';
import type { Io } from './run';

/** One renderer per --format (doctorArgs.ts lists the formats). */
const RENDERERS: Record<DoctorFormat, (report: DoctorReport, command: DoctorCommand) => string> = {
  text: (report, command) => doctorText(report, command.days),
  json: (report) => `${escapeJsonForTerminal(JSON.stringify(report, null, 2))}\n`,
};

export async function runDoctorCommand(command: DoctorCommand, io: Io): Promise<number> {
  const target = parseDbUrl(command.db, io.env);
  const report = await loadDatabase().runDoctor(target, { days: command.days, clinics: command.clinics, showPhoneNumbers: command.showPhoneNumbers });
  io.out(RENDERERS[command.format](report, command));
  return report.findings.some((f) => f.severity !== 'info') ? 1 : 0;
}
