import { tagByName } from '../catalog';
import type { Rule } from '../types';
import { isSentenceStart, matchCase } from './util/caseStyle';
import { replaceTitle } from '../fixTitles';

// A call to action that only makes sense for a link, ending right before [ConfirmURL]:
// "click [ConfirmURL]", "Tap here to confirm: [ConfirmURL]", "by visiting [ConfirmURL]".
// Bounded window, no nested quantifiers: cheap whatever the text.
const CALL_TO_ACTION =
  /(?<verb>click(?:ing)?|tap(?:ping)?|press(?:ing)?|visit(?:ing)?|open(?:ing)?|follow(?:ing)?|us(?:e|ing)|go(?:ing)?\s+to|head(?:ing)?\s+to)(?:\s+on)?(?:\s+(?:the|this|our)\s+link)?(?:\s+(?:here|below))?(?<purpose>\s+to\s+confirm(?:\s+(?:your|the)\s+(?:appointment|appt|visit))?)?[ \t]*[:\-–—]?\s*$/iu;
const WINDOW = 80;
const LETTER = /[\p{L}\p{N}]/u;

export const preferConfirmCode: Rule = {
  meta: {
    id: 'prefer-confirm-code',
    description: 'Use [ConfirmCode] ("reply C") instead of the [ConfirmURL] link in texts.',
    defaultSeverity: 'warning',
    fixable: 'fix',
    channels: ['sms'],
    rationale:
      'Carriers can block texts that carry links, and Open Dental cannot unblock them. For eConfirmation texts Open Dental recommends [ConfirmCode], which asks the patient to reply a code such as "C", instead of the [ConfirmURL] link (manual: textintegratedtroubleshooting, editrule). The fix replaces the tag and rewords a link call to action ("click [ConfirmURL]") into "reply [ConfirmCode]".',
  },
  check({ template, report }) {
    for (const tag of template.tags) {
      if (tagByName(tag.name)?.name !== 'ConfirmURL') continue;
      const region = template.regions.find((r) => r.start <= tag.start && tag.end <= r.end);
      const windowStart = Math.max(region?.start ?? 0, tag.start - WINDOW);
      const match = CALL_TO_ACTION.exec(template.prose.slice(windowStart, tag.start));
      const startsWord = match && (match.index > 0 ? !LETTER.test(template.prose[windowStart + match.index - 1]) : !LETTER.test(template.prose[windowStart - 1] ?? ''));
      let start = tag.start;
      let replacement = '[ConfirmCode]';
      if (match && startsWord) {
        const verb = match.groups!.verb;
        start = windowStart + match.index;
        const reply = /ing$/i.test(verb.split(/\s/)[0]) ? 'replying' : 'reply';
        replacement = `${matchCase(verb, reply, isSentenceStart(template.prose, start, region?.start))} [ConfirmCode]${match.groups!.purpose ?? ''}`;
      }
      report({
        message: 'Use [ConfirmCode] instead of [ConfirmURL]: carriers can block texts with links.',
        start,
        end: tag.end,
        fix: { range: [start, tag.end], text: replacement, desc: replaceTitle(template.text.slice(start, tag.end), replacement) },
      });
    }
  },
};
