// The span to delete when a suggestion removes something from running text (a link, a
// stray bracket, a tag): the thing itself plus one neighbouring space, so no double space or
// space before punctuation is left behind. The space must belong to the same message region:
// in `subject: [URL]` the space after the colon is front matter, not subject.
import type { Template } from '../../parse';
import { BOM } from '../../bom';

function isSpace(c: string | undefined): boolean {
  return c === ' ' || c === '\t';
}

function isBoundary(c: string | undefined): boolean {
  return c === undefined || c === '\n' || c === '\r' || /[.,;:!?)\]}<>]/.test(c);
}

/** [start, end) widened by at most one space: before the span, or after it at a line start. */
export function removalRange(template: Template, start: number, end: number): [number, number] {
  const { text } = template;
  const region = template.regions.find((r) => r.start <= start && end <= r.end) ?? { start: 0, end: text.length };
  const before = start > region.start ? text[start - 1] : undefined;
  const after = end < region.end ? text[end] : undefined;
  if (isSpace(before) && (isSpace(after) || isBoundary(after))) return [start - 1, end];
  const atLineStart = start === region.start || before === '\n' || before === '\r' || before === BOM;
  if (isSpace(after) && atLineStart) return [start, end + 1];
  return [start, end];
}
