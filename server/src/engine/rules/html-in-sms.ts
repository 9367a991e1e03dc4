import { own } from '../ownKeys';
import type { Template } from '../parse';
import type { Rule } from '../types';
import { described, removeTitle, replaceTitle } from '../fixTitles';
import { markupSpans, type MarkupSpan } from './util/markup';
import { severityFor, type ResolvedConfig } from '../config';

const NAMED: Readonly<Record<string, string>> = { nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** What an entity stands for; empty for names we do not know. */
function decodeEntity(entity: string): string {
  const body = entity.slice(1, -1);
  if (body[0] !== '#') return own(NAMED, body.toLowerCase()) ?? '';
  const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
  if (code === 0xa0) return ' ';
  return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
}

const WORDLIKE = /[\p{L}\p{N}\]]/u;

/**
 * Tags that end a line or a block where HTML shows them: "[ApptTime].<br>Call" reads as two
 * lines, so dropping the tag must leave at least a space ("[ApptTime]. Call"), whatever is
 * on either side.
 */
const LINE_BREAKING = /^<\/?(?:br|p|div|li|ul|ol|tr|td|th|table|h[1-6]|hr|blockquote|pre|section|article|header|footer|dl|dt|dd|address)(?=[\s/>])/i;

/**
 * The words to keep for a tag: the Open Dental tags and links inside it (`<a href="[URL]">`
 * keeps [URL]), and a space where dropping the tag would glue two words ("Hi<br>there").
 */
function tagReplacement(template: Template, start: number, end: number): string {
  const kept = [...template.tags, ...template.links]
    .filter((t) => start <= t.start && t.end <= end)
    .sort((a, b) => a.start - b.start)
    .map((t) => template.text.slice(t.start, t.end));
  const before = template.text[start - 1] ?? '';
  const after = template.text[end] ?? '';
  const inner = kept.join(' ');
  if (LINE_BREAKING.test(template.text.slice(start, end))) {
    // Between two visible characters a line break becomes a space; next to white space, or at
    // either end of the text, nothing is needed.
    const visible = (c: string) => c !== '' && /\S/u.test(c);
    const lead = inner && visible(before) ? ' ' : '';
    const trail = (inner ? visible(after) : visible(before) && visible(after)) ? ' ' : '';
    return lead + inner + trail;
  }
  const lead = inner && WORDLIKE.test(before) ? ' ' : '';
  const trail = (inner || WORDLIKE.test(before)) && WORDLIKE.test(after) ? ' ' : '';
  return lead + inner + trail;
}

function removalDesc(raw: string, replacement: string): string {
  if (replacement === '') return removeTitle(raw);
  return replaceTitle(raw, replacement === ' ' ? described('a space') : replacement);
}

export const htmlInSms: Rule = {
  meta: {
    id: 'html-in-sms',
    description: 'HTML tags or entities (<b>, <br>, &nbsp;) in a text.',
    defaultSeverity: 'error',
    fixable: 'suggestion',
    channels: ['sms'],
    rationale:
      'Email bodies in Open Dental are HTML, but a text is plain: markup copied from an email template reaches the patient as "<b>" or "&nbsp;" (manual: editrule, emailhtml). "<" and ">" are also outside the characters Open Dental lists for texts, and it says texts with other characters fail (manual: textmsgfaq); a tag is one problem, reported here, not three (unsupported-character leaves the characters inside it alone while this rule is on). The suggestion strips the markup and keeps the words: entities become the character they stand for, tags and links inside a tag (<a href="[URL]">) are kept, and a line break or paragraph tag (<br>, <p>, </p>) between two sentences leaves a space, so they are not joined.',
  },
  check({ template, report }) {
    for (const { start, end } of markupSpans(template)) {
      const raw = template.text.slice(start, end);
      const entity = raw[0] === '&';
      const shown = raw.length > 40 ? `${raw.slice(0, 37)}…` : raw;
      if (entity) {
        const character = decodeEntity(raw);
        report({
          message: `HTML entity "${raw}" is sent as typed: ${character.trim() ? `write "${character}"` : character ? 'write a space' : 'remove it'}.`,
          start,
          end,
          suggestions: [{ desc: removalDesc(raw, character), fix: { range: [start, end], text: character } }],
        });
      } else {
        const replacement = tagReplacement(template, start, end);
        report({
          message: `HTML markup "${shown}" is sent as typed: ${replacement === ' ' ? 'replace it with a space' : replacement ? `keep only ${replacement.trim()}` : 'remove it'}.`,
          start,
          end,
          suggestions: [{ desc: removalDesc(raw, replacement), fix: { range: [start, end], text: replacement } }],
        });
      }
    }
  },
};

/**
 * The markup this rule reports in the template under the config ([] while it is off). The
 * character rules leave what is inside it to this rule, whose suggestion removes it with the
 * tag: "<b>" is one problem, not three.
 */
export function markupReportedByHtmlInSms(template: Template, config: ResolvedConfig): MarkupSpan[] {
  return severityFor(config, htmlInSms.meta.id, htmlInSms.meta.defaultSeverity) !== 'off' ? markupSpans(template) : [];
}
