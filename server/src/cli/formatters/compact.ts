// One line per problem: `file:line:col severity message (rule-id)`, the format of the first
// command line, easy to grep and to read with a VS Code problem matcher.
import type { Formatter } from './types';

export const compact: Formatter = (results) => {
  const lines: string[] = [];
  for (const result of results) {
    for (const m of result.messages) {
      lines.push(`${result.displayPath}:${m.line}:${m.column} ${m.severity} ${m.message}${m.ruleId ? ` (${m.ruleId})` : ''}`);
    }
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
};
