// What "odmsg: Check all templates in workspace" tells the user when it is done. Written on the
// server and sent in the command's result, so the client formats no counts of its own.
import { formatCount, plural } from '../engine/numbers';

/** The counts it reads (protocol/commands.ts CheckWorkspaceCounts has them; present imports no protocol). */
interface Counts {
  folders: number;
  files: number;
  filesWithProblems: number;
  errors: number;
  warnings: number;
  infos: number;
  unreadable: number;
}

export function workspaceSummary(r: Counts): string {
  if (r.folders === 0) return 'odmsg: open a folder to check the templates in it.';
  if (r.files === 0) return 'odmsg: no .odmsg templates in the workspace (node_modules, dot-folders and .odmsgignore entries are skipped).';
  const found = [plural(r.errors, 'error'), plural(r.warnings, 'warning'), ...(r.infos > 0 ? [`${formatCount(r.infos)} info`] : [])].join(', ');
  const unreadable = r.unreadable > 0 ? ` ${plural(r.unreadable, 'file')} could not be read as UTF-8 text.` : '';
  const where = r.filesWithProblems > 0 ? ` in ${plural(r.filesWithProblems, 'file')}` : '';
  return `odmsg: checked ${plural(r.files, 'template')}: ${found}${where}.${unreadable}`;
}
