// The status bar item for a text template: "$(comment) 2 segments · GSM-7" (the segments billed
// and the encoding; "$(comment) ≈ 85 chars per appointment · GSM-7" for a per-appointment line,
// which is no text of its own, so has no segments or price), on the warning background when the
// text is UCS-2 or bills more than `maxSegments`. The tooltip leads with the same headline as the
// preview, then the breakdown. Rendered on the server and sent in `odmsg/analysis`, so the client
// lays out nothing and every surface formats money and counts with the same engine/numbers.ts.
import { formatCount, formatMoney, plural } from '../engine/numbers';
import type { SmsAnalysis } from '../engine/sms/analyze';

const ICON = '$(comment)';

export function statusBarText(a: SmsAnalysis, maxSegments: number): { text: string; tooltip: string; warning: boolean } {
  const text = a.perAppointment ? `${ICON} ≈ ${formatCount(a.odChars)} chars per appointment · ${a.encoding}` : `${ICON} ${plural(a.billedSegments, 'segment')} · ${a.encoding}`;
  const warning = a.encoding === 'UCS-2' || (!a.perAppointment && a.billedSegments > maxSegments);
  return { text, tooltip: breakdown(a, maxSegments), warning };
}

/** The tooltip: the headline, then where the characters come from, the encoding and the segment counts. */
function breakdown(a: SmsAnalysis, maxSegments: number): string {
  const rows = [`| Literal text | ${formatCount(a.literalChars)} |`];
  for (const t of a.tags) {
    const source = t.source === 'config' ? ' (config)' : '';
    rows.push(`| \\[${t.tag}\\]${t.count > 1 ? ` ×${t.count}` : ''}${source} | ${t.count > 1 ? `${t.count} × ${t.length}` : t.length} |`);
  }
  rows.push(`| **After the tags are filled in** | **${formatCount(a.expandedChars)}** |`);
  if (a.lineBreaks > 0) rows.push(`| Line breaks count two for Open Dental | ${formatCount(a.odChars)} |`);

  const capacity = a.encoding === 'GSM-7' ? '160 characters a segment, 153 once split' : '70 characters a segment, 67 once split';
  const table = ['| | characters |', '|:--|--:|', ...rows];
  if (a.perAppointment) {
    return [
      `**≈ ${formatCount(a.odChars)} characters per appointment** (per-appointment line estimate, ${a.lengthMode} tag lengths)`,
      '',
      ...table,
      '',
      `Encoding: **${a.encoding}**${nonGsmNote(a)}${a.encoding === 'UCS-2' ? ': the aggregate text that repeats this line is UCS-2 too' : ''}`,
      '',
      "Not a text of its own: Open Dental repeats this line once per appointment inside the aggregate text's \\[Appts\\], so segments and cost are the aggregate template's.",
      `The aggregate template's estimate assumes \\[Appts\\] lines of \`tagLengths.Appts\` characters; to use this line's, set \`"tagLengths": { "Appts": ${a.expandedChars} }\` in .odmsgrc.json.`,
      '',
      'Click for the preview.',
    ].join('\n');
  }
  const billedBy = a.encoding === 'GSM-7' ? "Open Dental's count is billed" : 'the larger is billed';
  const lines = [
    `**${plural(a.billedSegments, 'segment')} billed · ${formatMoney(a.costPerMessage)} a message · ${formatMoney(a.costPer1000)} per 1,000** (${a.lengthMode} tag lengths)`,
    ...(a.billedSegments > maxSegments ? ['', `More than ${plural(maxSegments, 'segment')} (\`maxSegments\`).`] : []),
    '',
    ...table,
    '',
    `Encoding: **${a.encoding}** (${capacity})${nonGsmNote(a)}`,
    '',
    `Carriers send ${plural(a.carrierSegments, 'segment')}; Open Dental counts ${plural(a.odSegments, 'segment')} of 160 characters (a line break counts two); ${billedBy}. Price: ${formatMoney(a.pricing.perMessage)} + ${formatMoney(a.pricing.perExtraSegment)} per extra segment.`,
  ];
  if (a.ifGsm7) lines.push('', `In plain GSM-7 characters: ${plural(a.ifGsm7.billedSegments, 'segment')}, ${formatMoney(a.ifGsm7.costPerMessage)} a message`);
  lines.push('', 'Click for the preview.');
  return lines.join('\n');
}

function nonGsmNote(a: SmsAnalysis): string {
  if (a.nonGsmChars.length === 0) return '';
  const chars = [...new Set(a.nonGsmChars.map((c) => c.char))];
  const shown = chars
    .slice(0, 5)
    .map((c) => (c.includes('`') ? `\`\` ${c} \`\`` : `\`${c}\``))
    .join(' ');
  return `: forced by ${shown}${chars.length > 5 ? ' …' : ''}`;
}
