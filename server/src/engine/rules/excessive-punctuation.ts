import type { Rule } from '../types';
import { replaceTitle } from '../fixTitles';

// Runs of `!`/`?` (including `?!`) and of `$`: carriers' spam filters score them.
const RUN = /[!?]{2,}|\${2,}/g;

export const excessivePunctuation: Rule = {
  meta: {
    id: 'excessive-punctuation',
    description: 'Runs of punctuation such as "!!", "??", "?!" or "$$".',
    defaultSeverity: 'warning',
    fixable: 'fix',
    channels: ['sms', 'email'],
    rationale: 'Carriers filter texts that carry runs of "!!", "??" or "$$"; Open Dental cannot unblock a filtered text and advises rewording it (manual: textintegratedtroubleshooting).',
  },
  check({ template, report }) {
    for (const match of template.prose.matchAll(RUN)) {
      const start = match.index;
      const end = start + match[0].length;
      const single = match[0][0];
      report({
        message: `"${match[0]}" reads as spam: write one "${single}".`,
        start,
        end,
        fix: { range: [start, end], text: single, desc: replaceTitle(match[0], single) },
      });
    }
  },
};
