// ESLint-compatible JSON (the shape of `eslint --format json`), so tools that read ESLint
// results (CI annotators, review bots) read ours: severity 2 error, 1 warning, and 0 for
// info-level hints, which appear only with --info.
import { escapeJsonForTerminal } from '../escape';
import { countsOf, type Message } from '../results';
import type { Formatter } from './types';

const SEVERITY = { error: 2, warning: 1, info: 0 } as const;

export const json: Formatter = (results) => {
  const out = results.map((r) => {
    const counts = countsOf(r.messages);
    return {
      filePath: r.filePath,
      messages: r.messages.map(eslintMessage),
      suppressedMessages: [],
      errorCount: counts.errorCount,
      fatalErrorCount: counts.fatalErrorCount,
      warningCount: counts.warningCount,
      fixableErrorCount: counts.fixableErrorCount,
      fixableWarningCount: counts.fixableWarningCount,
      ...(r.output !== undefined ? { output: r.output } : {}),
      ...(r.stats !== undefined ? { stats: r.stats } : {}),
      usedDeprecatedRules: [],
    };
  });
  // The same JSON value, with no control character raw (escape.ts).
  return `${escapeJsonForTerminal(JSON.stringify(out))}\n`;
};

/**
 * One message in ESLint's shape: the keys in this order, the optional ones set only when
 * present (not spread in from a conditional object, which makes an object for nothing).
 */
function eslintMessage(m: Message): Record<string, unknown> {
  const out: Record<string, unknown> = { ruleId: m.ruleId, severity: SEVERITY[m.severity] };
  if (m.fatal) out.fatal = true;
  out.message = m.message;
  out.line = m.line;
  out.column = m.column;
  out.endLine = m.endLine;
  out.endColumn = m.endColumn;
  if (m.fix) out.fix = { range: m.fix.range, text: m.fix.text };
  if (m.suggestions) out.suggestions = m.suggestions.map((s) => ({ desc: s.desc, fix: { range: s.fix.range, text: s.fix.text } }));
  return out;
}
