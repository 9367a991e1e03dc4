// One path from a template source to its results, for every adapter: `odmsg check` (files
// and --db, templateChecker.ts), its worker threads, and the editor's workspace check
// (lsp/workspaceCheck.ts). A source is the text a reader got (a file, a database row, an
// editor buffer) with, for a file over its size limit, the size the reader measured; the
// config is its layers, lowest first. Reading and writing stay with the caller, which knows
// where the text lives.
import { resolveConfig, type OdmsgConfig } from '../engine/config';
import { fixAll } from '../engine/fix';
import { lint, type LintResult } from '../engine/lint';
import { maxFileSize } from '../engine/rules/file-too-large';
import type { Problem, Severity } from '../engine/types';
import type { TemplateText } from './readText';

export type TemplateSource = Pick<TemplateText, 'text' | 'fileSize'>;

export interface SeverityCounts {
  errors: number;
  warnings: number;
  infos: number;
}

export interface SourceCheck extends LintResult {
  /** The text with every safe fix applied, when fixes were asked for and changed it; `problems` are those of this text. */
  output?: string;
  counts: SeverityCounts;
}

/**
 * Lints a template source with its config layers; with `fix`, lints the fixed text and returns
 * it. `minSeverity`: the least severity the caller shows (see LintOptions); `counts` then
 * count only the problems of the rules that ran.
 */
export function checkSource(source: TemplateSource, layers: readonly (OdmsgConfig | undefined)[], options: { fix?: boolean; minSeverity?: Severity } = {}): SourceCheck {
  const { text, fileSize } = source;
  // Only the start of a file over maxFileSize was read (fileSize set): never fixed.
  const fixed = options.fix && fileSize === undefined ? fixAll(text, layers).output : text;
  const result = lint(fixed, layers, { fileSize, minSeverity: options.minSeverity });
  return { ...result, ...(fixed !== text ? { output: fixed } : {}), counts: countSeverities(result.problems) };
}

export function countSeverities(problems: readonly Problem[]): SeverityCounts {
  const counts: SeverityCounts = { errors: 0, warnings: 0, infos: 0 };
  for (const problem of problems) {
    if (problem.severity === 'error') counts.errors++;
    else if (problem.severity === 'warning') counts.warnings++;
    else counts.infos++;
  }
  return counts;
}

/** The size past which a reader keeps only a file's start (its front matter): `maxFileSize` under these layers. */
export function sizeLimitFor(layers: readonly (OdmsgConfig | undefined)[]): number {
  return maxFileSize(resolveConfig(layers));
}
