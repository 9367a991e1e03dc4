// Applying fixes: sorted, overlapping ones skipped (never merged), and fix-all repeated
// until nothing fixable is left, so running it twice changes nothing the second time.
import type { OdmsgConfig } from './config';
import { parseFrontMatter } from './frontMatter';
import { lint } from './lint';
import type { Template } from './parse';
import type { Fix, Problem } from './types';

export interface AppliedFixes {
  output: string;
  applied: Fix[];
  /** Fixes left out because they overlap one applied before them. */
  skipped: Fix[];
}

export function applyFixes(text: string, fixes: readonly Fix[]): AppliedFixes {
  const sorted = [...fixes].sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  const applied: Fix[] = [];
  const skipped: Fix[] = [];
  let output = '';
  let cursor = 0;
  let lastEnd = -1;
  let lastWasInsert = false;
  for (const fix of sorted) {
    const [start, end] = fix.range;
    const insertAtSamePoint = start === end && lastWasInsert && start === lastEnd;
    if (start < lastEnd || insertAtSamePoint || start < 0 || end > text.length || end < start) {
      skipped.push(fix);
      continue;
    }
    output += text.slice(cursor, start) + fix.text;
    cursor = end;
    lastEnd = end;
    lastWasInsert = start === end;
    applied.push(fix);
  }
  output += text.slice(cursor);
  return { output, applied, skipped };
}

/** The safe fixes of these problems (suggestions are never applied unattended). */
export function fixesOf(problems: readonly Problem[]): Fix[] {
  return problems.flatMap((p) => (p.fix ? [{ range: p.fix.range, text: p.fix.text }] : []));
}

export interface FixAllResult {
  output: string;
  /** How many fixes were applied over all passes. */
  fixed: number;
  passes: number;
  /** The first pass's edits: enough when `passes` is 1. */
  firstPass: Fix[];
}

const MAX_PASSES = 10;

/** Applies every safe fix, re-linting between passes until no fix applies (at most 10 passes). */
export function fixAll(text: string, layers: readonly (OdmsgConfig | undefined)[] = []): FixAllResult {
  let output = text;
  let fixed = 0;
  let passes = 0;
  let firstPass: Fix[] = [];
  while (passes < MAX_PASSES) {
    const fixes = fixesOf(lint(output, layers).problems);
    if (fixes.length === 0) break;
    const result = applyFixes(output, fixes);
    if (result.applied.length === 0 || result.output === output) break;
    if (passes === 0) firstPass = result.applied;
    output = result.output;
    fixed += result.applied.length;
    passes++;
  }
  return { output, fixed, passes, firstPass };
}

/** One edit turning `before` into `after`: the span between their common prefix and suffix. */
export function minimalEdit(before: string, after: string): Fix | undefined {
  if (before === after) return undefined;
  let prefix = 0;
  const max = Math.min(before.length, after.length);
  while (prefix < max && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (suffix < max - prefix && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) suffix++;
  return { range: [prefix, before.length - suffix], text: after.slice(prefix, after.length - suffix) };
}

/** The edits for fix-all: the individual fixes when one pass suffices, else one minimal edit. */
export function fixAllEdits(text: string, layers: readonly (OdmsgConfig | undefined)[] = []): Fix[] {
  const result = fixAll(text, layers);
  if (result.passes <= 1) return result.firstPass;
  const edit = minimalEdit(text, result.output);
  return edit ? [edit] : [];
}

// --- Front matter edits (quick fixes that write the file's own settings) -------------
// Such an edit must never change the message: everything after the front matter is sent to
// patients. Where the front matter is broken (opened but never closed, a `rules:` map not
// closed) there is no edit that is surely outside the message, so none is offered; and every
// edit is checked by re-reading the front matter before it is handed out.

/** Whether the file has a front matter block that opens but never closes. */
function unclosed(template: Template): boolean {
  const fm = template.frontMatter;
  return fm !== undefined && fm.span.end === fm.span.start;
}

/** A new block at the top of a file without front matter (after its byte order mark). */
function newBlock(template: Template, lines: string[]): Fix {
  const at = template.text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const eol = detectEol(template.text);
  return { range: [at, at], text: `---${eol}${lines.join(eol)}${eol}---${eol}` };
}

/**
 * `fix` when, applied, it leaves a closed front matter and the message after it exactly as
 * it was; undefined otherwise. The last guard: the builders below are meant never to fail it.
 */
export function keepingMessage(template: Template, fix: Fix): Fix | undefined {
  const after = applyFixes(template.text, [fix]);
  if (after.applied.length !== 1) return undefined;
  const fm = parseFrontMatter(after.output);
  if (!fm || fm.span.end === fm.span.start) return undefined;
  return after.output.slice(fm.span.end) === template.text.slice(template.bodyStart) ? fix : undefined;
}

/**
 * Sets `key: value` in the front matter, creating the block or the line as needed;
 * undefined where the front matter is broken (no edit would be sure to stay out of the message).
 */
export function setFrontMatterValue(template: Template, key: string, value: string): Fix | undefined {
  const fm = template.frontMatter;
  if (unclosed(template)) return undefined;
  if (!fm) return keepingMessage(template, newBlock(template, [`${key}: ${value}`]));
  const entry = fm.entries.find((e) => e.key === key);
  if (entry) {
    // An empty value (`kind:`) has its span right after the colon: keep "key: value" spacing.
    const afterColon = entry.valueSpan.start === entry.valueSpan.end && template.text[entry.valueSpan.start - 1] === ':';
    return keepingMessage(template, { range: [entry.valueSpan.start, entry.valueSpan.end], text: afterColon ? ` ${value}` : value });
  }
  return keepingMessage(template, { range: [fm.closingStart, fm.closingStart], text: `${key}: ${value}${fm.eol}` });
}

/**
 * Turns a rule off for this file in front matter `rules:`, keeping every setting and comment
 * already there; undefined where the front matter or its `rules:` value is broken.
 */
export function disableRuleFix(template: Template, ruleId: string): Fix | undefined {
  const fm = template.frontMatter;
  if (unclosed(template)) return undefined;
  if (!fm) return keepingMessage(template, newBlock(template, ['rules:', `  ${ruleId}: off`]));
  const rules = fm.entries.find((e) => e.key === 'rules');
  if (!rules) return keepingMessage(template, { range: [fm.closingStart, fm.closingStart], text: `rules:${fm.eol}  ${ruleId}: off${fm.eol}` });
  const existing = rules.children.find((c) => c.key === ruleId);
  if (existing) return keepingMessage(template, { range: [existing.valueSpan.start, existing.valueSpan.end], text: 'off' });
  const raw = template.text.slice(rules.valueSpan.start, rules.valueSpan.end);
  if (raw.startsWith('{') && raw.endsWith('}')) {
    // Into the map, before its "}": what is in it stays as written.
    const inner = raw.slice(1, -1);
    if (inner.trim() === '') return keepingMessage(template, { range: [rules.valueSpan.start, rules.valueSpan.end], text: `{ ${ruleId}: off }` });
    const at = rules.valueSpan.start + 1 + inner.trimEnd().length;
    const comma = inner.trimEnd().endsWith(',') ? ' ' : ', ';
    return keepingMessage(template, { range: [at, at], text: `${comma}${ruleId}: off` });
  }
  // `rules: all`, `rules: { unclosed`: no reading of what is there to keep.
  if (raw !== '') return undefined;
  const last = rules.children[rules.children.length - 1];
  const indent = last ? template.text.slice(last.line.start, last.keySpan.start) : '  ';
  const at = last ? last.line.end : rules.line.end;
  return keepingMessage(template, { range: [at, at], text: `${fm.eol}${indent}${ruleId}: off` });
}

function detectEol(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}
