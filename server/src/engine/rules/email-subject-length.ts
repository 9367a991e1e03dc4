import type { Rule } from '../types';

const MAX = 200;

export const emailSubjectLength: Rule = {
  meta: {
    id: 'email-subject-length',
    description: `An email subject (front matter \`subject:\`) over ${MAX} characters.`,
    defaultSeverity: 'error',
    fixable: 'none',
    channels: ['email'],
    rationale: `Each Open Dental email template has a one-line subject beside its body, and the subject goes through the same tag replacement (manual: editrule). odmsg reports a subject over ${MAX} characters, counted as typed (tags not yet filled in), which only gets longer when they are. The limit is odmsg's own: the Open Dental pages behind this project document none, and mail programs show far less of a subject than that. Shorten it; the body is the place for details.`,
  },
  check({ template, report }) {
    const subject = template.subject;
    if (!subject) return;
    const length = [...subject.value].length;
    if (length <= MAX) return;
    report({
      message: `Subject of ${length} characters, over ${MAX}: shorten it by ${length - MAX}.`,
      start: subject.start,
      end: subject.end,
    });
  },
};
