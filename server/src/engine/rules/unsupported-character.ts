import { wordStretch, type Template } from '../parse';
import { bodyPieces } from '../sms/bodyPieces';
import { expandContraction, isOdAllowed, isOdAllowedCode, OD_SAFE_REPLACEMENTS, quoteChar } from '../sms/characters';
import { scanGraphemes } from '../sms/graphemes';
import { gsmSeptetsOfCode, isGsm7 } from '../sms/gsm';
import type { ResolvedConfig } from '../config';
import type { Rule, Suggestion } from '../types';
import { described, removeTitle, replaceTitle, type Shown } from '../fixTitles';
import { markupReportedByHtmlInSms } from './html-in-sms';

/** Bracket mistakes that are mistyped tags: malformed-tag repairs them; they are not text. */
const MISTYPED_TAGS = new Set(['doubled', 'spaces', 'unclosed']);

/** A character in a fix title: the form feed by name, as it would not show. */
function titleChar(c: string): Shown {
  return c === '\f' ? described('a form feed (U+000C)') : c;
}

export const unsupportedCharacter: Rule = {
  meta: {
    id: 'unsupported-character',
    description: 'A GSM-7 character outside the list Open Dental documents for texts (apostrophe, quotes, "*", brackets outside tags, accented letters).',
    defaultSeverity: 'info',
    fixable: 'suggestion',
    channels: ['sms'],
    rationale:
      'Open Dental lists the characters a text may use: letters, digits, space and . , : ; ! ? ( ) ~ = + - _ \\ / @ $ # & %, and says "if other characters are used the message will fail" (manual: textmsgfaq). That list is stricter than GSM-7: it leaves out the apostrophe, quotes, "*", brackets, "<", ">", "^", "|", "€", "£" and the accented letters GSM-7 has (é, ñ, ü...). Many offices send apostrophes without trouble, so the rule is info by default; raise it to warning or error to hold texts to the documented list. Characters outside GSM-7 are reported by non-gsm-character instead, and the "<", ">" and quotes of HTML markup ("<b>", "<a href=…>") by html-in-sms, whose suggestion removes the tag (while that rule is off, they are reported here). Suggestions are offered only where the replacement keeps the meaning: a contraction written out ("you\'re" to "you are"), a bracket as a parenthesis, and the Spanish opening marks ¿ and ¡ removed.',
  },
  check({ template, config, report }) {
    const skip = skipMask(template, config);
    // The word around an apostrophe, from the stretch of word characters last looked at
    // (apostrophes come in text order: a stretch is walked once, however many it holds).
    let stretch: ReturnType<typeof wordStretch> | undefined;
    const wordAround = (offset: number) => {
      if (!stretch || offset < stretch.start || offset >= stretch.end) stretch = wordStretch(template.prose, offset);
      const w = stretch.word;
      // Only a word with the apostrophe strictly inside it (not its first or last character).
      return w && w.start < offset && offset < w.end - 1 ? w : undefined;
    };
    const check = (c: string, start: number) => {
      if (skip[start]) return;
      const base = `${quoteChar(c)} is not among the characters Open Dental lists for texts${/\p{L}/u.test(c) ? ' (it lists unaccented letters only)' : ''}`;
      if (c === "'") {
        const word = wordAround(start);
        const expanded = word && word.text.length <= 24 && expandContraction(word.text); // contractions are short: a 100 KB "word" is not one
        if (word && expanded) {
          report({
            message: `Write "${expanded}": ${base}.`,
            start: word.start,
            end: word.end,
            suggestions: [{ desc: replaceTitle(word.text, expanded), fix: { range: [word.start, word.end], text: expanded } }],
          });
          return;
        }
      }
      const replacement = OD_SAFE_REPLACEMENTS.get(c);
      const suggestions: Suggestion[] | undefined =
        replacement === undefined ? undefined : [{ desc: replacement === '' ? removeTitle(titleChar(c)) : replaceTitle(titleChar(c), replacement), fix: { range: [start, start + 1], text: replacement } }];
      const remedy = replacement === undefined ? '' : replacement === '' ? ': remove it' : `: write "${replacement}"`;
      report({ message: `${base}${remedy}.`, start, end: start + c.length, suggestions });
    };
    for (const piece of bodyPieces(template).pieces) {
      if (piece.kind !== 'text') continue;
      const raw = template.text.slice(piece.start, piece.end);
      // Characters are looked at by code where each code unit is one (nearly all of them):
      // only the ones to report become strings.
      scanGraphemes(
        raw,
        (start, end) => {
          for (let k = start; k < end; k++) {
            const u = raw.charCodeAt(k);
            if (gsmSeptetsOfCode(u) > 0 && !isOdAllowedCode(u)) check(raw[k], piece.start + k);
          }
        },
        (c, index) => {
          // "\r\n" is two characters here, both allowed.
          if (isGsm7(c) && !isOdAllowed(c)) check(c, piece.start + index);
        },
      );
    }
  },
};

/**
 * 1 at each offset left to another rule: inside a mistyped tag (malformed-tag's), and, while
 * html-in-sms runs, inside HTML markup, whose "<", ">" and quotes are that rule's one problem
 * ("<b>" is one problem, not three); its suggestion removes them with the tag. Most templates
 * have neither, and get an empty mask.
 */
function skipMask(template: Template, config: ResolvedConfig): Uint8Array {
  const spans: { start: number; end: number }[] = template.bracketIssues.filter((issue) => MISTYPED_TAGS.has(issue.type));
  spans.push(...markupReportedByHtmlInSms(template, config));
  const mask = new Uint8Array(spans.length > 0 ? template.text.length : 0);
  for (const span of spans) mask.fill(1, span.start, span.end);
  return mask;
}
