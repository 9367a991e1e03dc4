// The optional front matter block: `---` on the first line, `key: value` lines, `---`.
// A deliberately small format (not YAML): one level of `key: value`, plus an indented
// `rules:` block (or an inline `{ id: severity, … }` map) for per-file rule settings.
// The parser only finds structure; `invalid-front-matter` judges keys and values.
import { bomLength } from './bom';

export interface Span {
  start: number;
  end: number;
}

export interface FrontMatterEntry {
  key: string;
  value: string;
  /** The whole line, without its line break. */
  line: Span;
  keySpan: Span;
  /** The value, trimmed; empty span after the colon when there is no value. */
  valueSpan: Span;
  /** Entries of an indented block under this key (only `rules:` uses one). */
  children: FrontMatterEntry[];
}

export interface FrontMatterIssue {
  message: string;
  span: Span;
}

export interface FrontMatter {
  /** The block from the opening `---` to the end of the closing `---` line, line break included. */
  span: Span;
  /** Offset just after the opening `---` line: where new entries are inserted. */
  contentStart: number;
  /** Offset of the closing `---` line. */
  closingStart: number;
  entries: FrontMatterEntry[];
  issues: FrontMatterIssue[];
  /** The line break the file uses, so edits keep it. */
  eol: string;
}

interface RawLine {
  text: string;
  start: number;
  /** Offset after the line break (start of the next line). */
  next: number;
}

function* lines(text: string, from: number): Generator<RawLine> {
  let start = from;
  while (start < text.length) {
    let end = start;
    while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end++;
    let next = end;
    if (text[next] === '\r') next++;
    if (text[next] === '\n') next++;
    yield { text: text.slice(start, end), start, next };
    start = next;
  }
}

const DELIMITER = /^---[ \t]*$/;
const KEY_VALUE = /^([ \t]*)([^:#\s][^:]*?)[ \t]*:(.*)$/;

function entryFrom(line: RawLine, match: RegExpExecArray): FrontMatterEntry {
  const indent = match[1].length;
  const key = match[2];
  const keyStart = line.start + indent;
  const rawValue = match[3];
  const valueOffset = line.start + line.text.length - rawValue.length;
  const leading = rawValue.length - rawValue.trimStart().length;
  const value = rawValue.trim();
  const valueStart = valueOffset + leading;
  return {
    key,
    value: unquote(value),
    line: { start: line.start, end: line.start + line.text.length },
    keySpan: { start: keyStart, end: keyStart + key.length },
    valueSpan: { start: valueStart, end: valueStart + value.length },
    children: [],
  };
}

function unquote(value: string): string {
  const first = value[0];
  if (value.length >= 2 && (first === '"' || first === "'") && value[value.length - 1] === first) {
    return value.slice(1, -1);
  }
  return value;
}

/** Entries of an inline map `{ a: b, c: d }` as children, with their own spans. */
function inlineChildren(entry: FrontMatterEntry, text: string, issues: FrontMatterIssue[]): void {
  let raw = text.slice(entry.valueSpan.start, entry.valueSpan.end);
  if (!raw.startsWith('{')) return;
  // The map ends at its first "}"; a comment may follow it (`rules: { all-caps: off } # why`).
  const close = raw.indexOf('}');
  const after = close < 0 ? '' : raw.slice(close + 1).trim();
  if (close < 0 || (after !== '' && !after.startsWith('#'))) {
    issues.push({ message: `The map for "${entry.key}" is not closed with "}".`, span: entry.valueSpan });
    return;
  }
  if (after !== '') {
    raw = raw.slice(0, close + 1);
    entry.value = raw;
    entry.valueSpan = { start: entry.valueSpan.start, end: entry.valueSpan.start + raw.length };
  }
  let offset = entry.valueSpan.start + 1;
  for (const part of raw.slice(1, -1).split(',')) {
    const partStart = offset;
    offset += part.length + 1;
    if (part.trim() === '') continue;
    const colon = part.indexOf(':');
    const lead = part.length - part.trimStart().length;
    if (colon < 0) {
      issues.push({ message: `Expected "rule-id: severity" in "${part.trim()}".`, span: { start: partStart + lead, end: partStart + part.trimEnd().length } });
      continue;
    }
    const keyRaw = part.slice(0, colon);
    const valueRaw = part.slice(colon + 1);
    const keyStart = partStart + lead;
    const valueLead = valueRaw.length - valueRaw.trimStart().length;
    const valueStart = partStart + colon + 1 + valueLead;
    entry.children.push({
      key: unquote(keyRaw.trim()),
      value: unquote(valueRaw.trim()),
      line: entry.line,
      keySpan: { start: keyStart, end: keyStart + keyRaw.trim().length },
      valueSpan: { start: valueStart, end: valueStart + valueRaw.trim().length },
      children: [],
    });
  }
}

/** Finds and reads the front matter block; undefined when the file has none. */
export function parseFrontMatter(text: string): FrontMatter | undefined {
  const offset = bomLength(text);
  const iterator = lines(text, offset);
  const first = iterator.next();
  if (first.done || !DELIMITER.test(first.value.text)) return undefined;
  const opening = first.value;
  const eol = text.slice(opening.start + opening.text.length, opening.next) || '\n';
  const entries: FrontMatterEntry[] = [];
  const issues: FrontMatterIssue[] = [];
  let parent: FrontMatterEntry | undefined;
  for (const line of iterator) {
    if (DELIMITER.test(line.text)) {
      return { span: { start: opening.start, end: line.next }, contentStart: opening.next, closingStart: line.start, entries, issues, eol };
    }
    const trimmed = line.text.trim();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    const match = KEY_VALUE.exec(line.text);
    const lineSpan = { start: line.start, end: line.start + line.text.length };
    if (!match) {
      issues.push({ message: `Expected "key: value", found "${trimmed}".`, span: lineSpan });
      continue;
    }
    const entry = entryFrom(line, match);
    if (match[1].length > 0) {
      if (parent) parent.children.push(entry);
      else issues.push({ message: `"${entry.key}" is indented but belongs to no block.`, span: lineSpan });
      continue;
    }
    entries.push(entry);
    inlineChildren(entry, text, issues);
    parent = entry.value === '' ? entry : undefined;
  }
  // No closing line: the file has no usable front matter. Report it and treat
  // everything as the body, so nothing the user wrote is silently dropped.
  return {
    span: { start: opening.start, end: opening.start },
    contentStart: opening.next,
    closingStart: opening.next,
    entries: [],
    issues: [{ message: 'The front matter starts with "---" but has no closing "---" line.', span: { start: opening.start, end: opening.start + opening.text.length } }],
    eol,
  };
}
