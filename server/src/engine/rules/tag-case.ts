import { canonicalSpellings, KINDS, tagByName, tagCaseIsExact } from '../catalog';
import type { Rule } from '../types';
import { replaceTitle } from '../fixTitles';

export const tagCase: Rule = {
  meta: {
    id: 'tag-case',
    description: 'A known tag spelled in a case Open Dental does not document ([namef] for [NameF]); an error where Open Dental matches the case exactly ([Date] for [date] in a Confirmation List).',
    defaultSeverity: 'warning',
    fixable: 'fix',
    channels: ['sms', 'email'],
    rationale:
      'Most of Open Dental\'s tag replacement ignores case (ReplaceTags.ReplaceOneTag, a case-insensitive regular expression), but not all of it: the Confirmation List replaces its tags with case-sensitive String.Replace (FormConfirmList), Web Sched Notify does so for the appointment tags (Appointments.ReplaceAppointment: [ApptDate], [date], [ApptTime], [time], [ApptDayOfWeek], [ApptProcsList]), and statements and Message-to-Pay look for [MsgToPayURL] and [monthlyCardsOnFile] with a case-sensitive Contains before replacing them (MsgToPayTagReplacer). There a tag in another case is not filled: the patient sees "[Date]" as typed, so the report is an error unless the rule\'s severity is configured. Elsewhere a wrong case still works, and the report is a warning to write each tag the way Open Dental documents it for the kind (e.g. [nameF] in statements, [NameF] elsewhere; the manual calls hand-typed fields case-sensitive, manual: emailtemplates, webschedverify). Which kinds and tags are case-sensitive is data (kinds.json `tagCase`, tags.json `exactCase`; see docs/tags.md). When the template names no kind, any documented spelling is accepted.',
  },
  check({ template, report, configured }) {
    for (const tag of template.tags) {
      const info = tagByName(tag.name);
      if (!info) continue;
      const spellings = canonicalSpellings(info, template.kind);
      if (spellings.includes(tag.name)) continue;
      const fixed = `[${spellings[0]}]`;
      const exact = tagCaseIsExact(info, template.kind);
      // Open Dental's name for the kind ("Auto Thank-You"), never the front matter id.
      const odName = template.kind ? (KINDS.get(template.kind)?.odName ?? template.kind) : undefined;
      report({
        message: exact ? `Write [${tag.name}] as ${fixed}: ${odName} matches tag case exactly and sends [${tag.name}] as typed.` : `Write [${tag.name}] as ${fixed}${odName ? ` in ${odName} templates` : ''}.`,
        start: tag.start,
        end: tag.end,
        fix: { range: [tag.start, tag.end], text: fixed, desc: replaceTitle(template.text.slice(tag.start, tag.end), fixed) },
        severity: exact && !configured ? 'error' : undefined,
      });
    }
  },
};
