// One line per problem: `file:line:col severity message (rule-id)`, the format of the first
// command line, easy to grep and to read with a VS Code problem matcher.
// File names and messages are escaped (escape.ts), so every problem is one line.
import * as path from 'node:path';
import { escapeForTerminal, pathForTerminal } from '../escape';
import type { Formatter } from './types';

/**
 * The problem matcher takes the first `:line:column severity ` of a line as the end of the
 * file name; one inside a name ("a:1:1 error b.odmsg") would end it early, so its colon is
 * shown escaped.
 */
const LOOKS_LIKE_POSITION = /:(?=\d+:\d+ (?:error|warning|info) )/g;

export function compactPath(displayPath: string): string {
  return pathForTerminal(displayPath, path.sep).replace(LOOKS_LIKE_POSITION, '\\x3a');
}

export const compact: Formatter = (results) => {
  const lines: string[] = [];
  for (const result of results) {
    const file = compactPath(result.displayPath);
    for (const m of result.messages) {
      lines.push(`${file}:${m.line}:${m.column} ${m.severity} ${escapeForTerminal(m.message)}${m.ruleId ? ` (${m.ruleId})` : ''}`);
    }
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
};
