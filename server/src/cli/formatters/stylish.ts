// The default output, after ESLint's "stylish": problems grouped under each file, aligned
// in columns, and a summary line. Each problem starts with `path:line:column`, which VS
// Code's terminal (and most others) opens at the spot when clicked. With nothing to report
// it prints one line: how many templates were checked, and that nothing was found.
import { formatCount, plural } from '../../engine/numbers';
import { countsOf, type Counts } from '../results';
import * as path from 'node:path';
import { escapeForTerminal, pathForTerminal } from '../escape';
import type { Formatter } from './types';
import { widest } from '../widths';

const SEVERITY_WIDTH = 'warning'.length;

export const stylish: Formatter = (results, { colors, quiet, fixMode }) => {
  const withMessages = results.filter((r) => r.messages.length > 0);
  if (withMessages.length === 0) return results.length === 0 ? '' : `${colors.green(colors.bold(clean(results.length, quiet === true, fixMode)))}\n`;
  const all = withMessages.flatMap((r) => r.messages);
  // File names and messages escaped (escape.ts) before the columns are measured.
  const shown = new Map(all.map((m) => [m, escapeForTerminal(m.message)]));
  const files = new Map(withMessages.map((r) => [r, pathForTerminal(r.displayPath, path.sep)]));
  const location = (file: string, m: (typeof all)[number]) => `${file}:${m.line}:${m.column}`;
  // A long path widens its own lines only: the column stops at 60 characters.
  const positionWidth = widest(
    withMessages.flatMap((r) => r.messages.map((m) => location(files.get(r)!, m))),
    60,
  );
  const messageWidth = widest(shown.values(), 100);
  const out: string[] = [];
  for (const result of withMessages) {
    const file = files.get(result)!;
    out.push(colors.underline(file));
    for (const m of result.messages) {
      const message = shown.get(m)!;
      const position = colors.dim(location(file, m).padEnd(positionWidth));
      const color = m.severity === 'error' ? colors.red : m.severity === 'warning' ? colors.yellow : colors.blue;
      const severity = color(m.severity.padEnd(SEVERITY_WIDTH));
      const rule = m.ruleId ? colors.dim(m.ruleId) : '';
      const text = rule ? message.padEnd(messageWidth) : message;
      out.push(`  ${position}  ${severity}  ${text}${rule ? `  ${rule}` : ''}`.trimEnd());
    }
    out.push('');
  }
  out.push(...summary(countsOf(all), colors));
  return `${out.join('\n')}\n`;
};

/** "✔ 23 templates, no problems"; what --quiet hides and what --fix-dry-run has not written yet are not claimed. */
function clean(templates: number, quiet: boolean, fixMode: Parameters<Formatter>[1]['fixMode']): string {
  const none = quiet ? 'no errors' : 'no problems';
  return `\u2714 ${plural(templates, 'template')}, ${none}${fixMode === 'dry-run' ? ' once the fixes above are made' : ''}`;
}

function summary(c: Counts, colors: Parameters<Formatter>[1]['colors']): string[] {
  const total = c.errorCount + c.warningCount + c.infoCount;
  const parts = [plural(c.errorCount, 'error'), plural(c.warningCount, 'warning')];
  if (c.infoCount > 0) parts.push(`${formatCount(c.infoCount)} info`);
  const color = c.errorCount > 0 ? colors.red : c.warningCount > 0 ? colors.yellow : colors.blue;
  const mark = c.errorCount > 0 || c.warningCount > 0 ? '\u2716' : '\u2139';
  const lines = [color(colors.bold(`${mark} ${plural(total, 'problem')} (${parts.join(', ')})`))];
  if (c.fixableErrorCount > 0 || c.fixableWarningCount > 0) {
    const fixable = [c.fixableErrorCount > 0 ? plural(c.fixableErrorCount, 'error') : '', c.fixableWarningCount > 0 ? plural(c.fixableWarningCount, 'warning') : ''].filter(Boolean).join(' and ');
    lines.push(color(colors.bold(`  ${fixable} potentially fixable with the \`--fix\` option.`)));
  }
  return lines;
}
