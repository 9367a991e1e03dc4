import type { TagToken } from '../brackets';
import { KINDS, tagByName, type TagInfo } from '../catalog';
import { equivalentTag, kindsFilling, tagUnavailability, type Unavailability } from '../tagAvailability';
import type { Template } from '../parse';
import type { ProblemAction, Rule, Suggestion } from '../types';
import { removeTagSuggestion } from './util/tagRemoval';
import { replaceTitle } from '../fixTitles';

/** "eConfirmation", or "eReminder, eConfirmation, Auto Thank-You and 6 more". */
function fillingKinds(tag: TagInfo): string {
  const names = kindsFilling(tag).map((k) => k.odName);
  if (names.length <= 4) return names.join(', ');
  return `${names.slice(0, 3).join(', ')} and ${names.length - 3} more`;
}

function message(typed: string, tag: TagInfo, why: Exclude<Unavailability, { reason: 'phi' }>): string {
  switch (why.reason) {
    case 'kind':
      return `${typed} is not filled in ${why.kind.odName} messages: the patient sees it as typed.`;
    case 'channel':
      return `${typed} is filled only in ${why.channels.includes('email') ? 'emails' : 'texts'}: in ${why.channels.includes('email') ? 'a text' : 'an email'} the patient sees it as typed.`;
    case 'aggregate':
      return `${typed} is filled only in aggregate templates ("aggregate: true"): here the patient sees it as typed.`;
    case 'slot':
      return `${typed} is sent as typed in the ${why.kind.odName} aggregate template: ${why.why}.`;
    case 'perAppointment':
      return `${typed} is not filled in a per-appointment line: the patient sees it as typed; put it in the aggregate template.`;
  }
}

function suggestions(template: Template, token: TagToken, tag: TagInfo, why: Unavailability): Suggestion[] {
  const out: Suggestion[] = [];
  if (why.reason === 'kind') {
    const equivalent = equivalentTag(tag, why.kind.id);
    if (equivalent) out.push({ desc: replaceTitle(template.text.slice(token.start, token.end), `[${equivalent}]`), fix: { range: [token.start, token.end], text: `[${equivalent}]` } });
  }
  out.push(removeTagSuggestion(template, token));
  return out;
}

/**
 * The front matter change that makes the tag filled, offered beside the suggestions: a tag
 * filled only in aggregate templates gets "Set aggregate: true", one filled only in emails
 * "Set channel: email", when the kind has such templates. Such a tag in a per-appointment line
 * (reason `perAppointment`) gets nothing: the line is a template of its own, and turning it
 * into the aggregate template would not put the tag where it belongs.
 */
function frontMatterChange(template: Template, why: Unavailability): ProblemAction[] | undefined {
  const kind = template.kind === undefined ? undefined : KINDS.get(template.kind);
  if (why.reason === 'aggregate' && (!kind || kind.aggregate)) return [{ kind: 'setFrontMatter', key: 'aggregate', value: 'true' }];
  if (why.reason === 'channel' && why.channels.join(',') === 'email' && (!kind || kind.email)) return [{ kind: 'setFrontMatter', key: 'channel', value: 'email' }];
  return undefined;
}

export const tagNotAvailable: Rule = {
  meta: {
    id: 'tag-not-available',
    description: "A known tag that Open Dental does not fill in this template's kind, channel or slot (single, aggregate or per-appointment template).",
    defaultSeverity: 'error',
    fixable: 'suggestion',
    channels: ['sms', 'email'],
    rationale:
      "Open Dental fills a different set of tags for each message kind, and a tag the kind does not fill is sent to the patient exactly as typed: [ConfirmCode] works only in eConfirmations, [Premed] only in eReminders, [Arrived] only in Arrivals, a Web Sched ASAP text names the open slot with [Date] and [Time], not [ApptDate] and [ApptTime], and a Web Sched Notify text names the office with [OfficeName], not [ClinicName] (manual: editrule, asapmsgs, arrivalssetup, webschedverify). What each kind fills is taken from the code that fills it (TagReplacer and the per-kind tag replacers, Patients.ReplacePatient, Appointments.ReplaceAppointment, Clinics.ReplaceOffice, AsapComms.ReplacesTemplateTags; docs/tags.md names the method for every tag). Patient Portal login tags and [EmailDisclaimer] are filled only in emails, and [Appts] only in aggregate templates (manual: editrule), though not in the Patient Portal invite's, which lists [Credentials] instead; the Confirmation List family message fills only [FamilyApptList]. Nor is [Appts] filled in the per-appointment line (`aggregate: perAppointment`): that line is what Open Dental repeats inside the aggregate template's [Appts], so setting `aggregate: true` there is not offered; the line may use the kind's other tags. The rule runs only when front matter names the kind (except for the channel and aggregate checks, which need no kind); manual texts, for which Open Dental documents no tags, are not checked. PHI tags in texts are left to phi-tag-in-sms. Suggestions: the tag meaning the same in this kind, where there is one ([Date] for [ApptDate] in Web Sched ASAP), or removing the tag.",
  },
  check({ template, report }) {
    for (const token of template.tags) {
      const tag = tagByName(token.name);
      if (!tag) continue;
      const why = tagUnavailability(tag, template);
      if (!why || why.reason === 'phi') continue;
      report({
        message: message(`[${token.name}]`, tag, why),
        start: token.start,
        end: token.end,
        suggestions: suggestions(template, token, tag, why),
        actions: frontMatterChange(template, why),
        details: why.reason === 'channel' ? { reason: why.reason, channel: why.channels.join(',') } : why.reason === 'kind' ? { reason: why.reason, filledIn: fillingKinds(tag) } : { reason: why.reason },
      });
    }
  },
};
