// One line per problem: `file:line:col severity message (rule-id)`, the format of the first
// command line, easy to grep and to read with a VS Code problem matcher.
// File names and messages are escaped (escape.ts), so every problem is one line.
import * as path from 'node:path';
import { escapeForTerminal, pathForTerminal } from '../escape';
import type { Formatter } from './types';

export const compact: Formatter = (results) => {
  const lines: string[] = [];
  for (const result of results) {
    const file = pathForTerminal(result.displayPath, path.sep);
    for (const m of result.messages) {
      lines.push(`${file}:${m.line}:${m.column} ${m.severity} ${escapeForTerminal(m.message)}${m.ruleId ? ` (${m.ruleId})` : ''}`);
    }
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
};
