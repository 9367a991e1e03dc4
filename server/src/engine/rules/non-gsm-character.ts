import type { BracketIssue } from '../brackets';
import { severityFor } from '../config';
import type { Template } from '../parse';
import { codePoints, describeChar, isOdListed } from '../sms/characters';
import { formatCount, plural } from '../numbers';
import { analyzeSms, type SmsAnalysis } from '../sms/analyze';
import { isRunBreak, linkHintRuns } from '../links';
import { lineEndingOf } from '../text';
import type { Fix, Rule, Suggestion } from '../types';
import { unsupportedCharacter } from './unsupported-character';
import { described, removeTitle, replaceTitle } from '../fixTitles';
import { markupReportedByHtmlInSms } from './html-in-sms';
import type { MarkupSpan } from './util/markup';

/** Bracket mistakes with typed content: text inside them is a tag name gone wrong. */
const TAG_LIKE = new Set<BracketIssue['type']>(['spaces', 'invalid-name', 'doubled']);

export const nonGsmCharacter: Rule = {
  meta: {
    id: 'non-gsm-character',
    description: 'A character outside GSM-7 (curly quote, dash, ellipsis, special space, emoji, letter) that turns the text into UCS-2.',
    defaultSeverity: 'warning',
    fixable: 'fix',
    channels: ['sms'],
    rationale:
      'One character outside the GSM-7 alphabet makes carriers send the whole text in UCS-2, which fits 70 characters in a segment instead of 160, so the same text costs more segments. Curly quotes, en and em dashes, the ellipsis character and non-breaking spaces usually arrive by pasting from a word processor; the fix replaces them with the plain characters carriers\' "smart encoding" would use (a line or paragraph separator by a line break, written as the file\'s own line ending). Some of those plain characters (the apostrophe, straight quotes, accented letters) are GSM-7 but not on the list Open Dental documents for texts, which unsupported-character checks: while that rule is on, such a replacement is offered as a suggestion instead of applied, so a fix never trades one report for another; turn unsupported-character off to have them applied. The replacement is a suggestion too inside a mistyped tag ("[Appt Date]", which malformed-tag repairs), where it could make, end or move a link, where removing an invisible character would glue two words together, and where a longer stand-in ("..." for "…") would only lengthen a text that stays UCS-2 for another character. Emoji have no plain form: a suggestion removes one (with its skin tone or ZWJ sequence). A character inside HTML markup (`<a href=“…”>`) is left to html-in-sms while that rule is on, whose suggestion removes it with the tag: one problem per tag. Open Dental bills per 160-character segment, warns that non-English characters increase the size, and lists only plain letters, digits and some punctuation as characters texts may use (manual: textmsgfaq). In a per-appointment line (`aggregate: perAppointment`) the character does the same to the aggregate text the line is repeated in; the message says so instead of counting the line\'s own segments.',
  },
  check({ template, config, report }) {
    const analysis = analyzeSms(template, config);
    const found = analysis.nonGsmChars;
    if (found.length === 0) return;
    // A per-appointment line is no text of its own: its segments and price mean nothing, but
    // the character still turns every aggregate text it is repeated in into UCS-2. The price
    // and the other characters are the preview's and the hover's to show.
    const effect = template.perAppointment ? `makes the aggregate text that repeats this line UCS-2: ${UCS2_SEGMENT}.` : `makes this text UCS-2: ${costOf(analysis)}`;
    // unsupported-character holds texts to Open Dental's list, which is narrower than GSM-7
    // (no apostrophe, no quotes, no accented letters). Where it runs, a replacement outside that
    // list would only trade this report for one of its own: it is offered, not applied.
    const odListChecked = severityFor(config, unsupportedCharacter.meta.id, unsupportedCharacter.meta.defaultSeverity) !== 'off';
    const { text: fileText } = template;
    const listed = (r: string) => !odListChecked || isOdListed(r);
    // Where each replacement may be applied unattended: not inside a mistyped tag, where the
    // repair is malformed-tag's (an edit there could turn text the patient sees as typed into
    // a filled-in tag, and a line break would split the brackets), and not where removing an
    // invisible character glues two words together.
    const inTag = tagLikeLookup(template);
    // Nor where links can be: a stand-in there ("-" for "–" in "Call–t.co/x", '"' for "”" in
    // "ftp://h/p”[NameF]") can make a link longer, shorter or new, and "．" becomes the "."
    // of a domain ("example．com").
    const nearLink = linkLookup(template);
    const placed = found.map((c) => {
      const end = c.offset + c.char.length;
      return {
        inTag: inTag(c.offset),
        joins: (c.replacement === '' && joinsWords(fileText, c.offset, end)) || (c.replacement !== undefined && nearLink(c.offset, end, c.replacement)),
      };
    });
    // Whether the fixes make the whole text GSM-7: while some character stays, the text stays
    // UCS-2, and a longer stand-in ("..." for "…") would only make it longer.
    const becomesGsm = found.every((c, i) => c.replacement !== undefined && listed(c.replacement) && !placed[i].inTag && !placed[i].joins);
    let eol: string | undefined;
    // Texts repeat their characters: word each distinct one once.
    const wording = new Map<string, { message: string; fixDesc?: string; safe: boolean; codePoints: string }>();
    // One problem per HTML tag: a curly quote inside `<a href=“…”>` is html-in-sms's, whose
    // suggestion removes it with the tag (as unsupported-character leaves it the "<" and ">").
    // The character still counts for the text's encoding above: it is sent until the tag goes.
    const markup = markupReportedByHtmlInSms(template, config);
    for (const [i, c] of found.entries()) {
      if (markup.length > 0 && within(markup, c.offset)) continue;
      const start = c.offset;
      const end = start + c.char.length;
      let w = wording.get(c.char);
      if (!w) {
        const what = describeChar(c.char);
        const r = c.replacement;
        w = {
          message: `${what[0].toUpperCase()}${what.slice(1)} ${effect}`,
          fixDesc: r === undefined ? undefined : fixDesc(what, r),
          safe: r !== undefined && listed(r) && (becomesGsm || r.length <= c.char.length),
          codePoints: codePoints(c.char),
        };
        if (r !== undefined && !isOdListed(r) && odListChecked) w.fixDesc += ` (not among the characters Open Dental lists for texts)`;
        wording.set(c.char, w);
      }
      let fix: (Fix & { desc: string }) | undefined;
      const suggestions: Suggestion[] = [];
      if (c.replacement !== undefined) {
        // A line break is written as the file's own (CRLF in a CRLF file).
        const text = c.replacement.includes('\n') ? c.replacement.replaceAll('\n', (eol ??= lineEndingOf(template.text))) : c.replacement;
        if (placed[i].inTag) {
          // A line break would split the brackets in two: the suggestion removes it instead.
          const breaks = c.replacement === '\n';
          suggestions.push({ desc: breaks ? removeTitle(described(describeChar(c.char))) : w.fixDesc!, fix: { range: [start, end], text: breaks ? '' : text } });
        } else if (w.safe && !placed[i].joins) fix = { range: [start, end], text, desc: w.fixDesc! };
        else suggestions.push({ desc: w.fixDesc!, fix: { range: [start, end], text } });
      }
      // Only the emoji itself: a suggestion stays inside its problem's range.
      if (c.emoji) suggestions.push({ desc: removeTitle(described(describeChar(c.char))), fix: { range: [start, end], text: '' } });
      report({
        message: w.message,
        start,
        end,
        fix,
        suggestions: suggestions.length > 0 ? suggestions : undefined,
        details: { char: c.char, codePoints: w.codePoints, encoding: analysis.encoding },
      });
    }
  },
};

const UCS2_SEGMENT = '70 characters a segment instead of 160';

/** "2 segments instead of 1.", or what UCS-2 does where the count stays the same. */
function costOf(a: SmsAnalysis): string {
  const now = a.billedSegments;
  const gsm = a.ifGsm7?.billedSegments ?? now;
  return now > gsm ? `${plural(now, 'segment')} instead of ${formatCount(gsm)}.` : `${UCS2_SEGMENT}.`;
}

/**
 * Removing text[start, end) would glue two visible characters together: an invisible
 * character there ("fr\u200bee", "Visit\u200bbit.ly") may be the only word break, and the
 * words a reader and a carrier's filter see would change. Next to white space it never is.
 */
function joinsWords(text: string, start: number, end: number): boolean {
  return start > 0 && end < text.length && /\S/u.test(text[start - 1]) && /\S/u.test(text[end]);
}

/**
 * Whether replacing text[start, end) by `replacement` could change the links: the character
 * joins its neighbours into one run (it is no run break) and the run holds a hint of a link,
 * or the stand-in brings one ("." ":" "/") with more of the run after it. Asked in
 * increasing offsets, so one pointer walks the runs once.
 */
function linkLookup(template: Template): (start: number, end: number, replacement: string) => boolean {
  const { text } = template;
  const runs = linkHintRuns(text, template.bodyStart, text.length);
  let k = 0;
  return (start, end, replacement) => {
    if (isRunBreak(text.charCodeAt(start))) return false;
    while (k < runs.length && runs[k].end <= start) k++;
    if (k < runs.length && runs[k].start <= start) return true;
    return /[.:/]/.test(replacement) && end < text.length && !isRunBreak(text.charCodeAt(end));
  };
}

/**
 * Whether an offset is inside a mistyped tag (`[Appt Date]`, `[Name.F]`, `[[NameF]]`). Asked
 * in increasing offsets, so one pointer walks the bracket issues once.
 */
function tagLikeLookup(template: Template): (offset: number) => boolean {
  const spans = template.bracketIssues.filter((issue) => TAG_LIKE.has(issue.type)).sort((a, b) => a.start - b.start);
  let k = 0;
  return (offset) => {
    while (k < spans.length && spans[k].end <= offset) k++;
    return k < spans.length && spans[k].start < offset;
  };
}

function fixDesc(what: string, replacement: string): string {
  if (replacement === '') return removeTitle(described(what));
  const by = { '\n': 'a line break', ' ': 'a space' }[replacement];
  return replaceTitle(described(what), by ? described(by) : replacement);
}

/** Whether the offset is inside one of the spans (in text order, not overlapping): a binary search. */
function within(spans: readonly MarkupSpan[], offset: number): boolean {
  let low = 0;
  let high = spans.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (offset < spans[mid].start) high = mid - 1;
    else if (offset >= spans[mid].end) low = mid + 1;
    else return true;
  }
  return false;
}
