// ESLint-compatible JSON (the shape of `eslint --format json`), so tools that read ESLint
// results (CI annotators, review bots) read ours: severity 2 error, 1 warning, and 0 for
// info-level hints, which appear only with --info.
import { escapeJsonForTerminal } from '../escape';
import { countsOf } from '../results';
import type { Formatter } from './types';

const SEVERITY = { error: 2, warning: 1, info: 0 } as const;

export const json: Formatter = (results) => {
  const out = results.map((r) => {
    const counts = countsOf(r.messages);
    return {
      filePath: r.filePath,
      messages: r.messages.map((m) => ({
        ruleId: m.ruleId,
        severity: SEVERITY[m.severity],
        ...(m.fatal ? { fatal: true } : {}),
        message: m.message,
        line: m.line,
        column: m.column,
        endLine: m.endLine,
        endColumn: m.endColumn,
        ...(m.fix ? { fix: { range: m.fix.range, text: m.fix.text } } : {}),
        ...(m.suggestions ? { suggestions: m.suggestions.map((s) => ({ desc: s.desc, fix: { range: s.fix.range, text: s.fix.text } })) } : {}),
      })),
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
