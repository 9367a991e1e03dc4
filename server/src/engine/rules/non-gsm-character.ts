import { codePoints, describeChar, isDecomposed } from '../sms/characters';
import { formatCount, formatMoney as dollars, plural } from '../numbers';
import { analyzeSms, type SmsAnalysis } from '../sms/analyze';
import type { Rule } from '../types';

export const nonGsmCharacter: Rule = {
  meta: {
    id: 'non-gsm-character',
    description: 'A character outside GSM-7 (curly quote, dash, ellipsis, special space, emoji, letter) that turns the text into UCS-2.',
    defaultSeverity: 'warning',
    fixable: 'fix',
    channels: ['sms'],
    rationale:
      'One character outside the GSM-7 alphabet makes carriers send the whole text in UCS-2, which fits 70 characters in a segment instead of 160, so the same text costs more segments. Curly quotes, en and em dashes, the ellipsis character and non-breaking spaces usually arrive by pasting from a word processor; the fix replaces them with the plain characters carriers\' "smart encoding" would use. Emoji have no plain form: a suggestion removes one (with its skin tone or ZWJ sequence). Open Dental bills per 160-character segment, warns that non-English characters increase the size, and lists only plain letters, digits and some punctuation as characters texts may use (manual: textmsgfaq). In a per-appointment line (`aggregate: perAppointment`) the character does the same to the aggregate text the line is repeated in; the message says so instead of counting the line\'s own segments.',
  },
  check({ template, config, report }) {
    const analysis = analyzeSms(template, config);
    const found = analysis.nonGsmChars;
    if (found.length === 0) return;
    const others = found.length - 1;
    const also = others > 0 ? ` (as do ${plural(others, 'other character')} here)` : '';
    // A per-appointment line is no text of its own: its segments and price mean nothing, but
    // the character still turns every aggregate text it is repeated in into UCS-2.
    const effect = template.perAppointment
      ? `makes the aggregate text that repeats this line UCS-2${also}: a segment there holds 70 characters instead of 160.`
      : `turns this text into UCS-2${also}: ${costOf(analysis)}`;
    // Texts repeat their characters: word each distinct one once.
    const wording = new Map<string, { message: string; fixDesc?: string; codePoints: string }>();
    for (const c of found) {
      const start = c.offset;
      const end = start + c.char.length;
      let w = wording.get(c.char);
      if (!w) {
        const what = describeChar(c.char);
        w = {
          message: `${what[0].toUpperCase()}${what.slice(1)} is not in GSM-7 and ${effect}`,
          fixDesc: c.replacement === undefined ? undefined : isDecomposed(c.char) ? `Write "${c.replacement}" as one character` : fixDesc(what, c.replacement),
          codePoints: codePoints(c.char),
        };
        wording.set(c.char, w);
      }
      report({
        message: w.message,
        start,
        end,
        fix: c.replacement === undefined ? undefined : { range: [start, end], text: c.replacement, desc: w.fixDesc! },
        // Only the emoji itself: a suggestion stays inside its problem's range.
        suggestions: c.emoji ? [{ desc: `Remove the emoji "${c.char}"`, fix: { range: [start, end], text: '' } }] : undefined,
        details: { char: c.char, codePoints: w.codePoints, encoding: analysis.encoding },
      });
    }
  },
};

/** "2 segments instead of 1 ($0.05 instead of $0.04 a text)." or why it still matters. */
function costOf(a: SmsAnalysis): string {
  const now = a.billedSegments;
  const gsm = a.ifGsm7?.billedSegments ?? now;
  if (now > gsm) {
    return `${plural(now, 'segment')} instead of ${formatCount(gsm)} (${dollars(a.costPerMessage)} instead of ${dollars(a.ifGsm7!.costPerMessage)} a text).`;
  }
  return `a segment then holds 70 characters instead of 160 (still ${plural(now, 'segment')} at this length).`;
}

function fixDesc(what: string, replacement: string): string {
  if (replacement === '') return `Remove ${what}`;
  if (replacement === '\n') return `Replace ${what} with a line break`;
  if (replacement === ' ') return `Replace ${what} with a space`;
  return `Replace ${what} with "${replacement}"`;
}
