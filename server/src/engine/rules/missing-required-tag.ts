import { tagByName } from '../catalog';
import { requirementsFor } from '../tagAvailability';
import type { Rule } from '../types';
import { appendSentence, lastLine } from './util/messageEnd';
import { addAtEndTitle } from '../fixTitles';

function tagList(names: readonly string[]): string {
  const tags = names.map((n) => `[${n}]`);
  return tags.length === 1 ? tags[0] : `${tags.slice(0, -1).join(', ')} or ${tags[tags.length - 1]}`;
}

export const missingRequiredTag: Rule = {
  meta: {
    id: 'missing-required-tag',
    description: 'A template without the tag its kind depends on ([ConfirmCode] in an eConfirmation text, [Arrived] in an Arrival text, …).',
    defaultSeverity: 'warning',
    fixable: 'suggestion',
    channels: ['sms', 'email'],
    rationale:
      "Some messages only work with a particular tag: an eConfirmation text needs [ConfirmCode] (or [ConfirmURL]) or the patient cannot confirm (manual: editrule); an Arrival text needs [Arrived], the code the patient replies on arrival (manual: arrivalssetup); Message-to-Pay needs [MsgToPayURL] (manual: messagetopayedit); an aggregate template lists the family's appointments with [Appts] (manual: editrule), a grouped Confirmation List with [FamilyApptList] (manual: confirmationsetup), an aggregate Web Sched Recall with [FamilyListURLs] or [FamilyList] (manual: recallsetup) and an aggregate Patient Portal invite the logins with [Credentials]. Aggregate General Messages and confirmation auto replies need no list: Open Dental's own defaults have none. A per-appointment line (`aggregate: perAppointment`) needs none of these: it is repeated inside the aggregate template's [Appts], and the aggregate template carries [Appts], [ConfirmCode] and [Arrived]. The requirements are data (kinds.json). The suggestion adds the tag with a short call to action at the end of the message.",
  },
  check({ template, report }) {
    const used = new Set(template.tags.map((t) => tagByName(t.name)?.name));
    for (const requirement of requirementsFor(template)) {
      if (requirement.anyOf.some((name) => used.has(name))) continue;
      const at = lastLine(template);
      report({
        message: `Add ${tagList(requirement.anyOf)}: ${requirement.why}.`,
        start: at.start,
        end: at.end,
        suggestions: [{ desc: addAtEndTitle(requirement.insert), fix: appendSentence(template, requirement.insert) }],
      });
    }
  },
};
