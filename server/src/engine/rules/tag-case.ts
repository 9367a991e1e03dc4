import { canonicalSpellings, tagByName } from '../catalog';
import type { Rule } from '../types';

export const tagCase: Rule = {
  meta: {
    id: 'tag-case',
    description: 'A known tag spelled in a case Open Dental does not document ([namef] for [NameF]).',
    defaultSeverity: 'warning',
    fixable: 'fix',
    channels: ['sms', 'email'],
    rationale:
      'Open Dental\'s source replaces tags without regard to case, but its manual calls hand-typed fields in email templates and Web Sched Notify case-sensitive (manual: emailtemplates, webschedverify). Writing each tag the way the manual documents it for the kind (e.g. [nameF] in statements, [NameF] elsewhere) works either way. When the template names no kind, any documented spelling is accepted.',
  },
  check({ template, report }) {
    for (const tag of template.tags) {
      const info = tagByName(tag.name);
      if (!info) continue;
      const spellings = canonicalSpellings(info, template.kind);
      if (spellings.includes(tag.name)) continue;
      const fixed = `[${spellings[0]}]`;
      report({
        message: `Write [${tag.name}] as ${fixed}${template.kind ? ` in ${template.kind} templates` : ''}.`,
        start: tag.start,
        end: tag.end,
        fix: { range: [tag.start, tag.end], text: fixed, desc: `Write ${fixed}` },
      });
    }
  },
};
