import { formatCount, formatMoney as dollars, plural } from '../numbers';
import { analyzeSms, type SmsAnalysis } from '../sms/analyze';
import { OD_MAX_CHARS, OD_SEGMENT_CHARS } from '../sms/pricing';
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
    // The fact, then the fix: how far over, and what it takes to get back under. The figures
    // behind it (assumed tag lengths, line breaks counting two, the price) are in the docs,
    // the preview and the details.
    const message = over
      ? `About ${plural(a.odChars, 'character')}, over Open Dental's limit of ${formatCount(OD_MAX_CHARS)}: shorten by about ${plural(a.odChars - OD_MAX_CHARS, 'character')}.`
      : `${plural(a.billedSegments, 'segment')}${a.encoding === 'UCS-2' ? ' in UCS-2' : ''}, over the limit of ${formatCount(maxSegments)}: ${remedy(a, maxSegments)}.`;
    report({
      message,
      ...line,
      severity: over && !configured ? 'error' : undefined,
      details: { chars: String(a.odChars), segments: String(a.billedSegments), encoding: a.encoding, costPerMessage: dollars(a.costPerMessage) },
    });
  },
};

/** Characters a UCS-2 segment holds: 70 in a text of one segment, 67 once it is split. */
const UCS2_SINGLE = 70;
const UCS2_SPLIT = 67;

/**
 * What brings the text back to `maxSegments`: in GSM-7, shortening it by what Open Dental's
 * count is over; in UCS-2, replacing the characters outside GSM-7 when that is enough, else
 * shortening by what the larger of Open Dental's and the carrier's count is over (and by how
 * much less once the characters are replaced). "About": tag lengths are assumed.
 */
function remedy(a: SmsAnalysis, maxSegments: number): string {
  const gsmExcess = Math.max(1, a.odChars - OD_SEGMENT_CHARS * maxSegments);
  if (a.encoding !== 'UCS-2') return `shorten by about ${plural(gsmExcess, 'character')}`;
  if (a.ifGsm7 && a.ifGsm7.billedSegments <= maxSegments) return 'replace the characters outside GSM-7 (non-gsm-character)';
  const ucs2Units = maxSegments === 1 ? UCS2_SINGLE : UCS2_SPLIT * maxSegments;
  const ucs2Excess = Math.max(1, a.odChars - OD_SEGMENT_CHARS * maxSegments, a.carrierUnits - ucs2Units);
  return `shorten by about ${plural(ucs2Excess, 'character')}, or by ${formatCount(gsmExcess)} once the characters outside GSM-7 are replaced`;
}

/** The body's first line with text on it, without its surrounding white space. */
function firstLine(template: Template): { start: number; end: number } | undefined {
  const { text, bodyStart } = template;
  const match = /\S[^\r\n]*/.exec(text.slice(bodyStart));
  if (!match) return undefined;
  const start = bodyStart + match.index;
  return { start, end: start + match[0].trimEnd().length };
}
