import { tagByName } from '../catalog';
import type { Rule } from '../types';
import { closestTag } from './util/tags';
import { replaceTitle } from '../fixTitles';

export const unknownTag: Rule = {
  meta: {
    id: 'unknown-tag',
    description: 'A bracketed word that is not an Open Dental replacement tag.',
    defaultSeverity: 'error',
    fixable: 'suggestion',
    channels: ['sms', 'email'],
    rationale:
      'Open Dental fills in only the replacement tags it knows; any other bracketed word is sent exactly as typed, so the patient sees "[ApptDte]" in the message (manual: editrule). The suggestion offers the closest known tag, preferring tags the template\'s kind may use.',
  },
  check({ template, report }) {
    for (const tag of template.tags) {
      if (tagByName(tag.name)) continue;
      const typed = `[${tag.name}]`;
      const guess = closestTag(tag.name, template.kind);
      report({
        message: `Unknown tag ${typed}, sent as typed${guess ? `: did you mean [${guess}]?` : '.'}`,
        start: tag.start,
        end: tag.end,
        suggestions: guess ? [{ desc: replaceTitle(template.text.slice(tag.start, tag.end), `[${guess}]`), fix: { range: [tag.start, tag.end], text: `[${guess}]` } }] : undefined,
      });
    }
  },
};
