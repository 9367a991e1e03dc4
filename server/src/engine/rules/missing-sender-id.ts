import { KINDS, tagByName, TAGS } from '../catalog';
import { tagUnavailability } from '../tagAvailability';
import type { Rule } from '../types';
import { appendSuffix, lastLine } from './util/messageEnd';
import { addAtEndTitle } from '../fixTitles';

/** Tags the fix may add, best first: [OfficeName] is the clinic's name with clinics on, else the practice's. */
const FIX_TAGS = ['OfficeName', 'ClinicName', 'PracticeName'].flatMap((name) => TAGS.filter((t) => t.name === name));

export const missingSenderId: Rule = {
  meta: {
    id: 'missing-sender-id',
    description: 'A text that names no office: no [OfficeName], [ClinicName] or [PracticeName].',
    defaultSeverity: 'info',
    fixable: 'suggestion',
    channels: ['sms'],
    // Whether a text names the office is a question about the message the patient gets: a
    // per-appointment line is one piece of the aggregate text, which can name the office
    // around its [Appts] (Open Dental's default aggregate eReminder names none: its lines do).
    wholeMessage: true,
    rationale:
      'Carriers expect the sender of a text to be identified, by an office or clinic name; unidentified texts look like spam and are more likely to be filtered, and Open Dental cannot unblock a filtered text (manual: textintegratedtroubleshooting, textmessages). The rule looks for a tag that names the office. [Appts] counts too: its per-appointment lines name the clinic in Open Dental\'s defaults. Kinds that answer the patient\'s own reply (eConfirmation auto replies, Arrival responses, the eClipboard check-in text appended to the arrival response), the New Patient Thank-You (sent together with the Auto Thank-You, manual: autothankyousetup) and manual texts (no documented tags: name the office in words) are not checked; the exemptions are data (kinds.json `senderIdentified`). A per-appointment line (`aggregate: perAppointment`) is not checked on its own: it is one piece of the aggregate text, and the office may be named around its [Appts]. A template whose slot fills no office tag (the Confirmation List family message fills only [FamilyApptList]) is not checked either: name the office in words there. The suggestion appends " - [OfficeName]".',
  },
  check({ template, report }) {
    const kind = template.kind === undefined ? undefined : KINDS.get(template.kind);
    if (kind?.senderIdentified) return;
    if (template.tags.some((t) => tagByName(t.name)?.identifiesSender)) return;
    // Only a tag this template's kind and slot fill can name the office; where none is (the
    // Confirmation List family message fills only [FamilyApptList]), the office is named in words.
    const tag = FIX_TAGS.find((t) => !tagUnavailability(t, template));
    if (!tag) return;
    const at = lastLine(template);
    const suffix = ` - [${tag.name}]`;
    report({
      message: 'Add [OfficeName] (or [ClinicName]): carriers expect the sender of a text to be named.',
      start: at.start,
      end: at.end,
      suggestions: [{ desc: addAtEndTitle(suffix.trim()), fix: appendSuffix(template, suffix) }],
    });
  },
};
