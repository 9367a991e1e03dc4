// Front matter edits: the quick fixes that write the file's own settings. Apart from fix.ts,
// which lints, because the rules' helpers (domain.ts) build these fixes: rules → lint would be
// an import cycle.
import type { Template } from './parse';
import type { Fix } from './types';
import { bomLength } from './bom';

/** Sets `key: value` in the front matter, creating the block or the line as needed. */
export function setFrontMatterValue(template: Template, key: string, value: string): Fix {
  const fm = template.frontMatter;
  if (!fm || fm.span.end === fm.span.start) {
    const at = bomLength(template.text);
    const eol = fm?.eol ?? detectEol(template.text);
    return { range: [at, at], text: `---${eol}${key}: ${value}${eol}---${eol}` };
  }
  const entry = fm.entries.find((e) => e.key === key);
  if (entry) {
    // An empty value (`kind:`) has its span right after the colon: keep "key: value" spacing.
    const afterColon = entry.valueSpan.start === entry.valueSpan.end && template.text[entry.valueSpan.start - 1] === ':';
    return { range: [entry.valueSpan.start, entry.valueSpan.end], text: afterColon ? ` ${value}` : value };
  }
  return { range: [fm.closingStart, fm.closingStart], text: `${key}: ${value}${fm.eol}` };
}

/** Turns a rule off for this file in front matter `rules:`. */
export function disableRuleFix(template: Template, ruleId: string): Fix {
  const fm = template.frontMatter;
  if (!fm || fm.span.end === fm.span.start) {
    const at = bomLength(template.text);
    const eol = fm?.eol ?? detectEol(template.text);
    return { range: [at, at], text: `---${eol}rules:${eol}  ${ruleId}: off${eol}---${eol}` };
  }
  const rules = fm.entries.find((e) => e.key === 'rules');
  if (!rules) return { range: [fm.closingStart, fm.closingStart], text: `rules:${fm.eol}  ${ruleId}: off${fm.eol}` };
  const existing = rules.children.find((c) => c.key === ruleId);
  if (existing) return { range: [existing.valueSpan.start, existing.valueSpan.end], text: 'off' };
  const raw = template.text.slice(rules.valueSpan.start, rules.valueSpan.end);
  if (raw.startsWith('{') && raw.endsWith('}')) {
    const inner = raw.slice(1, -1).trim();
    return { range: [rules.valueSpan.start, rules.valueSpan.end], text: inner ? `{ ${inner}, ${ruleId}: off }` : `{ ${ruleId}: off }` };
  }
  if (raw !== '') return { range: [rules.valueSpan.start, rules.valueSpan.end], text: `{ ${ruleId}: off }` };
  const last = rules.children[rules.children.length - 1];
  const indent = last ? template.text.slice(last.line.start, last.keySpan.start) : '  ';
  const at = last ? last.line.end : rules.line.end;
  return { range: [at, at], text: `${fm.eol}${indent}${ruleId}: off` };
}

function detectEol(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}
