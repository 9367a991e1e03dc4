import { tagByName } from '../catalog';
import type { Rule } from '../types';
import { removeTagSuggestion } from './util/tagRemoval';

export const phiTagInSms: Rule = {
  meta: {
    id: 'phi-tag-in-sms',
    description: 'A tag holding protected health information ([LName], [Birthdate], [Address], phone numbers, …) in a text.',
    defaultSeverity: 'error',
    fixable: 'suggestion',
    channels: ['sms'],
    rationale:
      'Texting is not a secure way to send protected health information, so Open Dental will not put PHI fields into a text: its field picker greys them out for texts (manual: webschedverify; source Patients.ListPHIFields). The PHI tags are last name, full names ([NameFL], [NameLF]), phone numbers, birth date, SSN and address fields; they are marked `phi` in the tag catalog. Emails may use them. The suggestion removes the tag; [NameF] is the name a text may carry.',
  },
  check({ template, report }) {
    for (const token of template.tags) {
      const tag = tagByName(token.name);
      if (!tag?.phi) continue;
      report({
        message: `Leave out [${token.name}]: Open Dental keeps protected health information out of texts.`,
        start: token.start,
        end: token.end,
        suggestions: [removeTagSuggestion(template, token)],
      });
    }
  },
};
