// Positions and ranges from the client are checked before use: LSP positions are
// non-negative integers, and a fractional or negative one (or a string) would turn into an
// offset between two characters, a corrupted document and diagnostics at `character: null`.
import { ErrorCodes, ResponseError, type Position, type Range, type TextDocumentContentChangeEvent } from 'vscode-languageserver';

function isIndex(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

export function isPosition(value: unknown): value is Position {
  if (typeof value !== 'object' || value === null) return false;
  const { line, character } = value as Record<string, unknown>;
  return isIndex(line) && isIndex(character);
}

export function isRange(value: unknown): value is Range {
  if (typeof value !== 'object' || value === null) return false;
  const { start, end } = value as Record<string, unknown>;
  return isPosition(start) && isPosition(end);
}

/** A content change the document can apply: the whole text, or a valid range and its text. */
export function isContentChange(value: unknown): value is TextDocumentContentChangeEvent {
  if (typeof value !== 'object' || value === null) return false;
  const change = value as Record<string, unknown>;
  if (typeof change.text !== 'string') return false;
  return !('range' in change) || change.range === undefined || isRange(change.range);
}

function invalid(what: string): ResponseError<void> {
  return new ResponseError(ErrorCodes.InvalidParams, `${what} must have a line and character that are non-negative integers.`);
}

/** Throws InvalidParams unless `params.position` is a valid position. */
export function requirePosition(params: unknown): void {
  const position = typeof params === 'object' && params !== null ? (params as { position?: unknown }).position : undefined;
  if (!isPosition(position)) throw invalid('The position');
}

/** Throws InvalidParams unless `params.range` is a valid range. */
export function requireRange(params: unknown): void {
  const range = typeof params === 'object' && params !== null ? (params as { range?: unknown }).range : undefined;
  if (!isRange(range)) throw invalid('The range');
}
