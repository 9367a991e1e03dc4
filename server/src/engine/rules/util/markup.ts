// HTML markup in a text, as html-in-sms reports it: shared with unsupported-character, which
// leaves the "<", ">" and quotes inside a reported tag to html-in-sms (one problem per tag).
import type { Template } from '../../parse';

// An HTML comment, a start or end tag (`<b>`, `</p>`, `<br/>`, `<a href="…">`), or an entity
// (`&nbsp;`, `&#39;`, `&#x2019;`). Tags need a letter right after `<`, so "a < b" and "<3" pass.
// Comments and tags stop at the next "<", so no match attempt reads past it: linear whatever
// the text (a run of unclosed "<!--" is not quadratic).
const MARKUP = /<!--[^<>]*-->|<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>|&(?:#\d{1,7}|#x[0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/g;

export interface MarkupSpan {
  start: number;
  end: number;
}

/** The markup in the template's prose (outside front matter, tags and links), in text order. */
export function markupSpans(template: Template): MarkupSpan[] {
  const spans: MarkupSpan[] = [];
  for (const match of template.prose.matchAll(MARKUP)) spans.push({ start: match.index, end: match.index + match[0].length });
  return spans;
}
