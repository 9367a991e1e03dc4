// Engine values (offset ranges, problems, fixes) to LSP values (positions, diagnostics, edits).
// The whole problem travels in `Diagnostic.data`, so code actions need no server-side state.
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DiagnosticSeverity, TextDocumentEdit, TextEdit, type Diagnostic, type Range, type WorkspaceEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { docsPath } from '../engine/registry';
import type { Fix, Problem, ProblemAction, Severity, Suggestion } from '../engine/types';

export const SOURCE = 'odmsg';

/** What each diagnostic carries for stateless code actions; offsets are into `version`'s text. */
export interface DiagnosticData {
  ruleId: string;
  version: number;
  fix?: Fix & { desc: string };
  suggestions?: Suggestion[];
  actions?: ProblemAction[];
  details?: Record<string, string>;
}

const SEVERITIES: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

/**
 * The rule's docs page as a `file:` URI next to the bundle (server/out/server.js → package
 * root), so the link works offline and from an installed .vsix.
 */
export function ruleDocsUri(ruleId: string): string {
  // Built once per rule: pathToFileURL on every diagnostic was about 1 ms per check of a
  // 100 KB template with thousands of problems.
  let uri = docsUris.get(ruleId);
  if (uri === undefined) {
    uri = pathToFileURL(path.resolve(__dirname, '../..', docsPath(ruleId))).href;
    docsUris.set(ruleId, uri);
  }
  return uri;
}

const docsUris = new Map<string, string>();

export function rangeOf(document: TextDocument, start: number, end: number): Range {
  return { start: document.positionAt(start), end: document.positionAt(end) };
}

export function toDiagnostic(problem: Problem, document: TextDocument): Diagnostic {
  const data: DiagnosticData = {
    ruleId: problem.ruleId,
    version: document.version,
    fix: problem.fix,
    suggestions: problem.suggestions,
    actions: problem.actions,
    details: problem.details,
  };
  return {
    range: rangeOf(document, problem.start, problem.end),
    severity: SEVERITIES[problem.severity],
    source: SOURCE,
    code: problem.ruleId,
    codeDescription: { href: ruleDocsUri(problem.ruleId) },
    message: problem.message,
    data,
  };
}

/** The odmsg data of a diagnostic the client sent back, if it is one of ours and well formed. */
export function diagnosticDataOf(diagnostic: Diagnostic): DiagnosticData | undefined {
  if (diagnostic.source !== SOURCE) return undefined;
  const data = diagnostic.data as Partial<DiagnosticData> | undefined;
  if (!data || typeof data !== 'object' || typeof data.ruleId !== 'string' || typeof data.version !== 'number') return undefined;
  return data as DiagnosticData;
}

/** The well-formed actions of a diagnostic's data: it came back from the client, so each is checked. */
export function problemActionsOf(data: DiagnosticData): ProblemAction[] {
  if (!Array.isArray(data.actions)) return [];
  return data.actions.filter((action: unknown): action is ProblemAction => {
    if (typeof action !== 'object' || action === null) return false;
    const a = action as Record<string, unknown>;
    switch (a.kind) {
      case 'allowDomain':
        return typeof a.domain === 'string' && a.domain !== '';
      case 'setFrontMatter':
        return (a.key === 'aggregate' || a.key === 'channel') && typeof a.value === 'string';
      default:
        return false;
    }
  });
}

export function isFix(value: unknown): value is Fix {
  const fix = value as Fix | undefined;
  return typeof fix === 'object' && fix !== null && Array.isArray(fix.range) && fix.range.length === 2 && Number.isInteger(fix.range[0]) && Number.isInteger(fix.range[1]) && typeof fix.text === 'string';
}

export function toTextEdit(document: TextDocument, fix: Fix): TextEdit {
  return TextEdit.replace(rangeOf(document, fix.range[0], fix.range[1]), fix.text);
}

/** Edits bound to the document's version: a client refuses them once the buffer has moved on. */
export function versionedEdit(document: TextDocument, fixes: readonly Fix[]): WorkspaceEdit {
  const edits = fixes.map((fix) => toTextEdit(document, fix));
  return { documentChanges: [TextDocumentEdit.create({ uri: document.uri, version: document.version }, edits)] };
}
