// GitHub Actions workflow commands: one `::error`/`::warning`/`::notice` line per problem,
// which the runner shows as annotations on the pull request's changed lines.
// Escaping follows the runner's toolkit (@actions/core): `%`, CR and LF everywhere, and
// `:` and `,` inside properties. Other control characters have no escape there, so they are
// first shown as the human formats show them (escape.ts): the message, and the file name
// but its line breaks, which the runner's %0A gives back exactly (so the annotation still
// finds a file whose name has one).
import * as path from 'node:path';
import { escapeForTerminal } from '../escape';
import type { Formatter } from './types';

const COMMAND = { error: 'error', warning: 'warning', info: 'notice' } as const;

function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export const github: Formatter = (results) => {
  const lines: string[] = [];
  for (const result of results) {
    // Annotations need the path from the repository root: the workflow's working folder.
    const file = result.displayPath.split(path.sep).join('/');
    for (const m of result.messages) {
      const properties = [
        `file=${escapeProperty(escapeForTerminal(file, { keepLineBreaks: true }))}`,
        `line=${m.line}`,
        `endLine=${m.endLine}`,
        `col=${m.column}`,
        `endColumn=${m.endColumn}`,
        `title=${escapeProperty(m.ruleId ? `odmsg (${m.ruleId})` : 'odmsg')}`,
      ];
      lines.push(`::${COMMAND[m.severity]} ${properties.join(',')}::${escapeData(escapeForTerminal(m.message))}`);
    }
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
};
