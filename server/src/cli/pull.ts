// `odmsg pull --db <url>`: every stored template into a folder (workspace/database/pull.ts,
// run in the database bundle), then what it did, on stderr. Exit 1 when a database change was
// held back by a local edit.
import * as path from 'node:path';
import type { PullReport } from '../workspace/database/pull';
import { parseDbUrl } from '../workspace/database/url';
import { loadDatabase } from './database';
import type { PullOptions } from './dbArgs';

export async function runPull(options: PullOptions, cwd: string, env: NodeJS.ProcessEnv): Promise<PullReport> {
  const target = parseDbUrl(options.db, env);
  return loadDatabase().runPull(target, options, cwd);
}

export function describePull(report: PullReport, out: string): string {
  const lines = report.notes.map((n) => `note: ${n}`);
  for (const file of report.kept) lines.push(`kept your edit: ${path.join(out, file)} was changed since the last pull and the database differs; not overwritten (--force overwrites).`);
  for (const file of report.removed) lines.push(`removed: ${path.join(out, file)} (no longer in the database)`);
  lines.push(
    `Pulled into ${out}: ${report.written.length} written, ${report.unchanged} unchanged, ${report.edited} edited here (unchanged in the database), ${report.kept.length} kept, ${report.removed.length} removed.`,
  );
  return `${lines.join('\n')}\n`;
}
