// Finds replacement tags (`[NameF]`) and bracket mistakes in one left-to-right pass.
// Linear in the input: every index is visited a bounded number of times, whatever the
// bracket soup (`[[[[`, `]]]]`), so no input can make the scan slow.
import type { Span } from './frontMatter';

export interface TagToken extends Span {
  /** The name between the brackets, as typed. */
  name: string;
  nameStart: number;
}

export type BracketIssueType =
  /** `[` with no `]` before the line ends or another `[` starts. */
  | 'unclosed'
  /** `]` with no `[` before it. */
  | 'stray-close'
  /** `[[NameF]]`, `[[NameF]` or `[NameF]]`. */
  | 'doubled'
  /** White space inside the brackets: `[ NameF ]`, `[Appt Date]`. */
  | 'spaces'
  /** `[]`. */
  | 'empty'
  /** Characters a tag name never has: `[Name-F]`, `[Name.F]`. */
  | 'invalid-name';

export interface BracketIssue extends Span {
  type: BracketIssueType;
  /** What stands between the brackets (for `unclosed`: up to the end of the line or the next `[`). */
  content: string;
}

const NAME = /^[A-Za-z0-9_]+$/;

function isLineBreak(c: string | undefined): boolean {
  return c === '\n' || c === '\r';
}

export function scanBrackets(text: string, from: number, to: number, tags: TagToken[], issues: BracketIssue[]): void {
  let i = from;
  while (i < to) {
    const c = text[i];
    if (c === ']') {
      issues.push({ type: 'stray-close', start: i, end: i + 1, content: '' });
      i++;
      continue;
    }
    if (c !== '[') {
      i++;
      continue;
    }
    // Doubled opening bracket: `[[Name]]` or `[[Name]`.
    if (text[i + 1] === '[') {
      const close = findClose(text, i + 2, to);
      if (close >= 0 && NAME.test(text.slice(i + 2, close).trim())) {
        const end = text[close + 1] === ']' && close + 1 < to ? close + 2 : close + 1;
        issues.push({ type: 'doubled', start: i, end, content: text.slice(i + 2, close).trim() });
        i = end;
        continue;
      }
      issues.push({ type: 'unclosed', start: i, end: i + 1, content: '' });
      i++;
      continue;
    }
    const close = findClose(text, i + 1, to);
    if (close < 0 || text[close] !== ']') {
      // Unclosed: the issue spans the bracket and the word typed after it.
      const stop = close < 0 ? lineEnd(text, i + 1, to) : close;
      const content = text.slice(i + 1, stop);
      const word = /^[A-Za-z0-9_]*/.exec(content)![0];
      issues.push({ type: 'unclosed', start: i, end: i + 1 + word.length, content });
      i = i + 1;
      continue;
    }
    const content = text.slice(i + 1, close);
    if (NAME.test(content)) {
      if (text[close + 1] === ']' && close + 1 < to) {
        issues.push({ type: 'doubled', start: i, end: close + 2, content });
        i = close + 2;
        continue;
      }
      tags.push({ name: content, start: i, end: close + 1, nameStart: i + 1 });
    } else if (content.length === 0) {
      issues.push({ type: 'empty', start: i, end: close + 1, content });
    } else if (/^[A-Za-z0-9_\s]+$/.test(content)) {
      issues.push({ type: 'spaces', start: i, end: close + 1, content });
    } else {
      issues.push({ type: 'invalid-name', start: i, end: close + 1, content });
    }
    i = close + 1;
  }
}

/** Index of the next `]` or `[` on the same line, or -1 at a line break or `to`. */
function findClose(text: string, from: number, to: number): number {
  for (let j = from; j < to; j++) {
    const c = text[j];
    if (c === ']' || c === '[') return j;
    if (isLineBreak(c)) return -1;
  }
  return -1;
}

function lineEnd(text: string, from: number, to: number): number {
  let j = from;
  while (j < to && !isLineBreak(text[j])) j++;
  return j;
}
