// Front matter edits: the quick fixes that write the file's own settings. Apart from fix.ts,
// which lints, because the rules' helpers (domain.ts) build these fixes: rules → lint would be
// an import cycle.
//
// Such an edit must never change the message: everything after the front matter is sent to
// patients. Where the front matter is broken (opened but never closed, a `rules:` map not
// closed) there is no edit that is surely outside the message, so none is offered; and every
// edit is checked by re-reading the front matter before it is handed out.
import { parseFrontMatter } from './frontMatter';
import type { Template } from './parse';
import type { Fix } from './types';
import { bomLength } from './bom';

/** Whether the file has a front matter block that opens but never closes. */
function unclosed(template: Template): boolean {
  const fm = template.frontMatter;
  return fm !== undefined && fm.span.end === fm.span.start;
}

/** A new block at the top of a file without front matter (after its byte order mark). */
function newBlock(template: Template, lines: string[]): Fix {
  const at = bomLength(template.text);
  const eol = detectEol(template.text);
  return { range: [at, at], text: `---${eol}${lines.join(eol)}${eol}---${eol}` };
}

/**
 * `fix` when, applied, it leaves a closed front matter and the message after it exactly as
 * it was; undefined otherwise. The last guard: the builders below are meant never to fail it.
 */
export function keepingMessage(template: Template, fix: Fix): Fix | undefined {
  const [start, end] = fix.range;
  if (start < 0 || end < start || end > template.text.length) return undefined;
  const output = template.text.slice(0, start) + fix.text + template.text.slice(end);
  const fm = parseFrontMatter(output);
  if (!fm || fm.span.end === fm.span.start) return undefined;
  return output.slice(fm.span.end) === template.text.slice(template.bodyStart) ? fix : undefined;
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
