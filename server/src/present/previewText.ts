// The text of the "odmsg: Preview message" document: the analysis at the top, then the message
// rendered with sample values, with a marker line where each carrier segment begins. Plain
// text, computed here so the client only shows it. A per-appointment line is no text of its
// own: it is shown whole, with its length and encoding but no segments or price.
import { KINDS } from '../engine/catalog';
import type { LintResult } from '../engine/lint';
import { formatCount, formatMoney, plural } from '../engine/numbers';
import { analyzeSms, renderPreview, type SmsAnalysis, type SmsPreview } from '../engine/sms/analyze';
import { describeChar } from '../engine/sms/characters';
import { countChars } from '../engine/sms/segments';

const RULE = '─'.repeat(12);

export function previewText(result: LintResult, name: string): string {
  const { template, config } = result;
  const kind = template.kind ? `, ${KINDS.get(template.kind)?.odName ?? template.kind}` : '';
  const preview = renderPreview(template, config);
  if (template.channel !== 'sms') {
    return [
      `odmsg preview: ${name} (email${kind})`,
      'An email: no encoding or segment limits apply.',
      ...sampleValuesLine(preview),
      ...(template.subject ? [`Subject: ${template.subject.value}`] : []),
      '',
      `${RULE} message ${RULE}`,
      preview.text,
      '',
    ].join('\n');
  }
  const analysis = analyzeSms(template, config);
  if (analysis.perAppointment) {
    return [
      `odmsg preview: ${name} (per-appointment line of an aggregate text${kind})`,
      "Open Dental repeats this line once per appointment inside the aggregate text's [Appts]: segments and cost are the aggregate template's.",
      ...lineEstimateLines(analysis),
      `This preview (sample values): ${formatCount(preview.chars)} chars · ${preview.encoding}`,
      ...sampleValuesLine(preview),
      '',
      `${RULE} line ${RULE}`,
      preview.text,
      '',
    ].join('\n');
  }
  return [`odmsg preview: ${name} (text message${kind})`, ...estimateLines(analysis), ...previewLines(preview), '', ...segmentBlocks(preview), ''].join('\n');
}

/** A per-appointment line's estimate: its length and encoding, which it passes on to the aggregate text. */
function lineEstimateLines(a: SmsAnalysis): string[] {
  const lines = ['', `Estimate (${a.lengthMode} tag lengths): ≈ ${formatCount(a.odChars)} chars per appointment · ${a.encoding}`, literalLine(a)];
  if (a.nonGsmChars.length > 0) lines.push(`  Outside GSM-7: ${nonGsmList(a)}; the aggregate text that repeats this line is UCS-2 too`);
  return lines;
}

function literalLine(a: SmsAnalysis): string {
  const tags = a.tags.map((t) => `[${t.tag}] ${t.length}${t.count > 1 ? ` ×${t.count}` : ''}`).join(', ');
  return `  ${formatCount(a.literalChars)} literal characters${tags ? `; tags assumed: ${tags}` : ''}`;
}

function nonGsmList(a: SmsAnalysis): string {
  return [...new Set(a.nonGsmChars.map((c) => describeChar(c.char)))].join(', ');
}

function estimateLines(a: SmsAnalysis): string[] {
  const capacity = a.encoding === 'GSM-7' ? '160 a segment, 153 once split' : '70 a segment, 67 once split';
  const lines = [
    '',
    `Estimate (${a.lengthMode} tag lengths): ≈ ${formatCount(a.odChars)} chars · ${plural(a.billedSegments, 'segment')} · ${a.encoding} · ${formatMoney(a.costPerMessage)} a text, ${formatMoney(a.costPer1000)} per 1,000`,
    literalLine(a),
    `  Carrier: ${plural(a.carrierSegments, 'segment')} (${a.encoding}, ${capacity}) · Open Dental billing: ${plural(a.odSegments, 'segment')} (160 characters, a line break counts two)`,
  ];
  if (a.nonGsmChars.length > 0) {
    const gsm = a.ifGsm7 ? `; in plain characters: ${plural(a.ifGsm7.billedSegments, 'segment')}, ${formatMoney(a.ifGsm7.costPerMessage)} a text` : '';
    lines.push(`  Outside GSM-7: ${nonGsmList(a)}${gsm}`);
  }
  return lines;
}

function previewLines(p: SmsPreview): string[] {
  return [`This preview (sample values): ${formatCount(p.chars)} chars · ${plural(p.segments.length, 'carrier segment')} · ${p.encoding} · ${formatMoney(p.costPerMessage)} a text`, ...sampleValuesLine(p)];
}

function sampleValuesLine(p: SmsPreview): string[] {
  const seen = new Map<string, string>();
  for (const t of p.tags) if (!seen.has(t.tag)) seen.set(t.tag, p.text.slice(t.start, t.end).replace(/\n/g, ' / '));
  if (seen.size === 0) return [];
  return [`  Sample values (config sampleValues): ${[...seen].map(([tag, value]) => `[${tag}] = ${value}`).join(' · ')}`];
}

/** The rendered message, each carrier segment under a marker line. */
function segmentBlocks(p: SmsPreview): string[] {
  if (p.segments.length === 0) return [`${RULE} (empty message) ${RULE}`];
  const out: string[] = [];
  p.segments.forEach((segment, i) => {
    const text = p.text.slice(segment.start, segment.end);
    out.push(`${RULE} segment ${i + 1} of ${p.segments.length} (${formatCount(countChars(text))} chars) ${RULE}`);
    out.push(text.endsWith('\n') ? text.slice(0, -1) : text);
  });
  return out;
}
