// What a check run produces, in the shape the formatters read: positions are 1-based lines
// and UTF-16 columns (ESLint's and SARIF's convention), ends exclusive.
import type { SmsAnalysis } from '../engine/sms/analyze';
import type { Problem, Severity, Suggestion } from '../engine/types';
import type { LineIndex } from '../engine/text';

export interface Message {
  /** Null for a file that could not be checked at all (see `fatal`). */
  ruleId: string | null;
  severity: Severity;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** The safe fix, as offsets into the checked text (ESLint's `fix`). */
  fix?: { range: [number, number]; text: string; desc: string };
  suggestions?: Suggestion[];
  /** The file could not be read or its config could not be used: exit code 2. */
  fatal?: boolean;
}

export interface FileResult {
  /** Absolute path, or "<stdin>" for unnamed standard input. */
  filePath: string;
  /** What to show: relative to the current folder. */
  displayPath: string;
  messages: Message[];
  /** The text as read (after a --fix: before the fixes). */
  source?: string;
  /** The fixed text, when --fix or --fix-dry-run changed it. */
  output?: string;
  /**
   * With --stats: the engine's SMS analysis of the text as checked (after --fix), the numbers
   * of the editor's status bar; null for an email template or a file too large to check.
   * Absent without --stats, and for files that could not be checked.
   */
  stats?: SmsAnalysis | null;
}

export interface Counts {
  errorCount: number;
  warningCount: number;
  infoCount: number;
  fatalErrorCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
}

export function toMessage(problem: Problem, lines: LineIndex): Message {
  const start = lines.positionAt(problem.start);
  const end = lines.positionAt(problem.end);
  const message: Message = {
    ruleId: problem.ruleId,
    severity: problem.severity,
    message: problem.message,
    line: start.line + 1,
    column: start.character + 1,
    endLine: end.line + 1,
    endColumn: end.character + 1,
  };
  // Set when there are, in this order (not spread in: an object per message for nothing).
  if (problem.fix) message.fix = { range: problem.fix.range, text: problem.fix.text, desc: problem.fix.desc };
  if (problem.suggestions && problem.suggestions.length > 0) message.suggestions = problem.suggestions;
  return message;
}

export function fatalMessage(message: string, position?: { line: number; column: number; endLine: number; endColumn: number }): Message {
  const { line, column, endLine, endColumn } = position ?? { line: 1, column: 1, endLine: 1, endColumn: 1 };
  return { ruleId: null, severity: 'error', message, fatal: true, line, column, endLine, endColumn };
}

export function countsOf(messages: readonly Message[]): Counts {
  const counts: Counts = { errorCount: 0, warningCount: 0, infoCount: 0, fatalErrorCount: 0, fixableErrorCount: 0, fixableWarningCount: 0 };
  for (const m of messages) {
    if (m.fatal) counts.fatalErrorCount++;
    if (m.severity === 'error') {
      counts.errorCount++;
      if (m.fix) counts.fixableErrorCount++;
    } else if (m.severity === 'warning') {
      counts.warningCount++;
      if (m.fix) counts.fixableWarningCount++;
    } else counts.infoCount++;
  }
  return counts;
}

export function totalCounts(results: readonly FileResult[]): Counts {
  return countsOf(results.flatMap((r) => r.messages));
}

/** What a format shows: `--quiet` keeps errors only; info shows only where `includeInfo`. */
export function visibleResults(results: readonly FileResult[], quiet: boolean, includeInfo: boolean): FileResult[] {
  return results.map((r) => ({
    ...r,
    messages: r.messages.filter((m) => m.fatal || m.severity === 'error' || (!quiet && (m.severity === 'warning' || includeInfo))),
  }));
}
