// "At the end of the message": where the missing-tag rules report and add their text.
// That is after the body's last visible character: before trailing white space and, in an
// HTML email, before the closing </body> tag.
import type { Span } from '../../frontMatter';
import type { Template } from '../../parse';
import type { Fix } from '../../types';

const BODY_CLOSE = /<\/body\s*>/gi;

/** Offset just after the message's last visible character (the body start when it is empty). */
export function messageEnd(template: Template): number {
  let end = template.text.length;
  if (template.channel === 'email') {
    const closes = [...template.body.matchAll(BODY_CLOSE)];
    if (closes.length > 0) end = template.bodyStart + closes[closes.length - 1].index;
  }
  while (end > template.bodyStart && /\s/.test(template.text[end - 1])) end--;
  return end;
}

/** The last line of the message, trimmed: where a "something is missing" problem is shown. */
export function lastLine(template: Template): Span {
  const end = messageEnd(template);
  let start = end;
  while (start > template.bodyStart && template.text[start - 1] !== '\n' && template.text[start - 1] !== '\r') start--;
  while (start < end && /\s/.test(template.text[start])) start++;
  return { start, end };
}

/**
 * Adds `sentence` at the end of the message, after a full stop when the message ends in a
 * word, a number or a tag ("… call [OfficePhone]. Reply [ConfirmCode] to confirm.").
 */
export function appendSentence(template: Template, sentence: string): Fix {
  const at = messageEnd(template);
  const last = template.text[at - 1];
  const separator = at === template.bodyStart ? '' : /[\p{L}\p{N}\])]/u.test(last) ? '. ' : ' ';
  return { range: [at, at], text: separator + sentence };
}

/** Adds `suffix` (which starts with its own separator) at the end of the message. */
export function appendSuffix(template: Template, suffix: string): Fix {
  const at = messageEnd(template);
  return { range: [at, at], text: at === template.bodyStart ? suffix.trimStart() : suffix };
}
