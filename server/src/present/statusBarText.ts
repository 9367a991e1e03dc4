// The status bar item's text and tooltip for a text template: "≈ 187 chars · 2 segments · GSM-7",
// with the breakdown as markdown ("≈ 85 chars per appointment · GSM-7" for a per-appointment
// line, which is no text of its own, so has no segments or price). Rendered on the server and
// sent in `odmsg/analysis`, so the client lays out nothing and every surface formats money and
// counts with the same engine/numbers.ts.
import { formatCount, formatMoney, plural } from '../engine/numbers';
import type { SmsAnalysis } from '../engine/sms/analyze';

export function statusBarText(a: SmsAnalysis): { text: string; tooltip: string } {
  const text = a.perAppointment ? `≈ ${formatCount(a.odChars)} chars per appointment · ${a.encoding}` : `≈ ${formatCount(a.odChars)} chars · ${plural(a.billedSegments, 'segment')} · ${a.encoding}`;
  return { text, tooltip: breakdown(a) };
}

/** The tooltip: where the characters come from, the encoding, both segment counts, the price. */
function breakdown(a: SmsAnalysis): string {
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
      `**odmsg: per-appointment line estimate** (${a.lengthMode} tag lengths)`,
      '',
      ...table,
      '',
      `Encoding: **${a.encoding}**${nonGsmNote(a)}${a.encoding === 'UCS-2' ? ': the aggregate text that repeats this line is UCS-2 too' : ''}`,
      '',
      "Not a text of its own: Open Dental repeats this line once per appointment inside the aggregate text's \\[Appts\\], so segments and cost are the aggregate template's.",
      `The aggregate template's estimate assumes \\[Appts\\] lines of \`tagLengths.Appts\` characters; to use this line's, set \`"tagLengths": { "Appts": ${a.expandedChars} }\` in .odmsgrc.json.`,
      '',
      'Click for the preview with sample values.',
    ].join('\n');
  }
  const lines = [
    `**odmsg: text message estimate** (${a.lengthMode} tag lengths)`,
    '',
    ...table,
    '',
    `Encoding: **${a.encoding}** (${capacity})${nonGsmNote(a)}`,
    '',
    `Segments: **${a.carrierSegments}** by carrier arithmetic · **${a.odSegments}** by Open Dental billing (160 characters, a line break counts two) · **${a.billedSegments}** billed`,
    '',
    `Cost: **${formatMoney(a.costPerMessage)}** a message · **${formatMoney(a.costPer1000)}** per 1,000 messages (${formatMoney(a.pricing.perMessage)} + ${formatMoney(a.pricing.perExtraSegment)} per extra segment)`,
  ];
  if (a.ifGsm7) lines.push('', `In plain GSM-7 characters: ${plural(a.ifGsm7.billedSegments, 'segment')}, ${formatMoney(a.ifGsm7.costPerMessage)} a message`);
  lines.push('', 'Click for the preview with sample values.');
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
