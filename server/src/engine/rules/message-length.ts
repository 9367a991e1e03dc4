import { formatCount, formatMoney as dollars } from '../numbers';
import { analyzeSms } from '../sms/analyze';
import { OD_MAX_CHARS } from '../sms/pricing';
import type { Template } from '../parse';
import type { Rule, RuleOption } from '../types';

const MAX_SEGMENTS: RuleOption<number> = {
  key: 'maxSegments',
  description: 'message-length warns when a text is estimated to take more segments than this. Default 2 (320 characters, what carriers recommend).',
  schema: { type: 'integer', minimum: 1, maximum: 1000, default: 2 },
  example: 2,
  read: ({ options: { maxSegments } }) => (typeof maxSegments === 'number' && Number.isInteger(maxSegments) && maxSegments >= 1 && maxSegments <= 1000 ? maxSegments : 2),
};

const OPTIONS = { maxSegments: MAX_SEGMENTS };

export const messageLength: Rule<typeof OPTIONS> = {
  meta: {
    id: 'message-length',
    description: 'A text estimated (after its tags are filled in) to run past `maxSegments` segments, or past the 1600 characters Open Dental blocks.',
    defaultSeverity: 'warning',
    raisesSeverity: true,
    fixable: 'none',
    channels: ['sms'],
    // Segments, the 1600-character limit and the price belong to a text as sent: a
    // per-appointment line is repeated inside the aggregate text's [Appts], whose length
    // (`appointmentsPerFamily` lines of assumed length) is checked in the aggregate template.
    wholeMessage: true,
    rationale:
      "Open Dental bills each 160 characters of a text as a segment, counts a line break as two characters, counts after the tags are filled in, and blocks texts over 1600 characters; carriers recommend at most 320 characters (manual: textmsgfaq). The rule estimates the length with assumed tag lengths (docs/tag-lengths.md; `tagLengths`, `lengthMode`, `appointmentsPerFamily`) and warns above `maxSegments` segments (default 2). Above 1600 characters it is an error unless its severity is configured. It is reported on the first line of the message, so the squiggle stays short; the preview shows where each segment ends. A per-appointment line (`aggregate: perAppointment`) is not checked on its own: it is not a text but one of the lines of the aggregate text's [Appts], which the aggregate template's estimate counts `appointmentsPerFamily` times.",
    options: OPTIONS,
  },
  check({ template, config, configured, options, report }) {
    const a = analyzeSms(template, config);
    const { maxSegments } = options;
    const over = a.odChars > OD_MAX_CHARS;
    if (!over && a.billedSegments <= maxSegments) return;
    const line = firstLine(template);
    if (!line) return;
    const estimate = `About ${formatCount(a.odChars)} characters once the tags are filled in (${a.lengthMode} tag lengths; a line break counts two)`;
    const message = over
      ? `${estimate}: Open Dental blocks texts over ${formatCount(OD_MAX_CHARS)} characters.`
      : a.encoding === 'UCS-2'
        ? `${estimate}: ${formatCount(a.billedSegments)} segments, more than ${formatCount(maxSegments)}, at ${dollars(a.costPerMessage)} a text, because a character outside GSM-7 (see non-gsm-character) leaves 67 characters a segment.`
        : `${estimate}: ${formatCount(a.billedSegments)} segments, more than ${formatCount(maxSegments)}, at ${dollars(a.costPerMessage)} a text. Carriers recommend at most 320 characters.`;
    report({
      message,
      ...line,
      severity: over && !configured ? 'error' : undefined,
      details: { chars: String(a.odChars), segments: String(a.billedSegments), encoding: a.encoding },
    });
  },
};

/** The body's first line with text on it, without its surrounding white space. */
function firstLine(template: Template): { start: number; end: number } | undefined {
  const { text, bodyStart } = template;
  const match = /\S[^\r\n]*/.exec(text.slice(bodyStart));
  if (!match) return undefined;
  const start = bodyStart + match.index;
  return { start, end: start + match[0].trimEnd().length };
}
