import type { Colors } from '../color';
import type { FileResult } from '../results';

export interface FormatContext {
  cwd: string;
  colors: Colors;
  /** Whether info-level problems were asked for (--info). */
  info: boolean;
  /** Whether only errors are shown (--quiet): a clean summary then says "no errors". */
  quiet?: boolean;
  /** Whether fixes were written (--fix) or shown (--fix-dry-run). */
  fixMode: 'none' | 'fix' | 'dry-run';
}

/** Turns results (already filtered for --quiet and info) into the text to print. */
export type Formatter = (results: readonly FileResult[], context: FormatContext) => string;
