import type { Template } from '../parse';
import { bodyPieces } from '../sms/analyze';
import { expandContraction, isOdAllowed, OD_SAFE_REPLACEMENTS, quoteChar } from '../sms/characters';
import { isGsm7 } from '../sms/gsm';
import { splitChars } from '../sms/segments';
import type { Rule, Suggestion } from '../types';

/** Bracket mistakes that are mistyped tags: malformed-tag repairs them; they are not text. */
const MISTYPED_TAGS = new Set(['doubled', 'spaces', 'unclosed']);

export const unsupportedCharacter: Rule = {
  meta: {
    id: 'unsupported-character',
    description: 'A GSM-7 character outside the list Open Dental documents for texts (apostrophe, quotes, "*", brackets outside tags, accented letters).',
    defaultSeverity: 'info',
    fixable: 'suggestion',
    channels: ['sms'],
    rationale:
      'Open Dental lists the characters a text may use: letters, digits, space and . , : ; ! ? ( ) ~ = + - _ \\ / @ $ # & %, and says "if other characters are used the message will fail" (manual: textmsgfaq). That list is stricter than GSM-7: it leaves out the apostrophe, quotes, "*", brackets, "<", ">", "^", "|", "€", "£" and the accented letters GSM-7 has (é, ñ, ü...). Many offices send apostrophes without trouble, so the rule is info by default; raise it to warning or error to hold texts to the documented list. Characters outside GSM-7 are reported by non-gsm-character instead. Suggestions are offered only where the replacement keeps the meaning: a contraction written out ("you\'re" to "you are"), a bracket as a parenthesis, and the Spanish opening marks ¿ and ¡ removed.',
  },
  check({ template, report }) {
    const skip = mistypedTagMask(template);
    const words = template.words;
    for (const piece of bodyPieces(template).pieces) {
      if (piece.kind !== 'text') continue;
      const raw = template.text.slice(piece.start, piece.end);
      for (const c of splitChars(raw)) {
        if (!isGsm7(c.text) || isOdAllowed(c.text)) continue;
        const start = piece.start + c.start;
        if (skip[start]) continue;
        const base = `${quoteChar(c.text)} is not among the characters Open Dental lists for texts${/\p{L}/u.test(c.text) ? ' (it lists unaccented letters only)' : ''}; it says texts with other characters fail.`;
        if (c.text === "'") {
          const word = wordAround(words, start);
          const expanded = word && word.text.length <= 24 && expandContraction(word.text); // contractions are short: a 100 KB "word" is not one
          if (word && expanded) {
            report({
              message: `"${word.text}": ${base}`,
              start: word.start,
              end: word.end,
              suggestions: [{ desc: `Write "${expanded}"`, fix: { range: [word.start, word.end], text: expanded } }],
            });
            continue;
          }
        }
        const replacement = OD_SAFE_REPLACEMENTS.get(c.text);
        const suggestions: Suggestion[] | undefined =
          replacement === undefined
            ? undefined
            : [{ desc: replacement === '' ? `Remove ${quoteChar(c.text)}` : `Replace ${quoteChar(c.text)} with "${replacement}"`, fix: { range: [start, start + 1], text: replacement } }];
        report({ message: base, start, end: start + c.text.length, suggestions });
      }
    }
  },
};

/** 1 at each offset inside a mistyped tag. */
function mistypedTagMask(template: Template): Uint8Array {
  const mask = new Uint8Array(template.text.length);
  for (const issue of template.bracketIssues) if (MISTYPED_TAGS.has(issue.type)) mask.fill(1, issue.start, issue.end);
  return mask;
}

/** The word with `offset` strictly inside it (not its first or last character); words are sorted. */
function wordAround(words: Template['words'], offset: number): Template['words'][number] | undefined {
  let low = 0;
  let high = words.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const w = words[mid];
    if (w.end <= offset) low = mid + 1;
    else if (w.start > offset) high = mid - 1;
    else return w.start < offset && offset < w.end - 1 ? w : undefined;
  }
  return undefined;
}
