// The preview webview's page: what the patient gets. A text: one headline (segments billed,
// the price a message and per 1,000), the message bubble with the sample values, the segment
// marks and the characters outside GSM-7 highlighted, and the arithmetic behind the headline
// one click away. An email: its subject and body, HTML drawn in a sandboxed frame (no
// scripts, nothing loaded). Every figure is the engine's estimate (the status bar's).
import { formatCount, formatMoney, plural } from '../../engine/numbers';
import type { SmsAnalysis } from '../../engine/sms/analyze';
import type { EmailMessagePreview, MessagePreview, PreviewPart, SmsMessagePreview } from '../../engine/sms/preview';
import { bubbleHtml } from './bubble';
import { escapeHtml, pageHtml, type PageFrame } from './html';

const STYLE = `
.headline{font-size:1.15em;margin:.6em 0}
.warning{border-left:3px solid var(--vscode-editorWarning-foreground,#bf8803);padding-left:.6em}
.email{max-width:40rem;border:1px solid var(--vscode-panel-border,#ccc);border-radius:6px;padding:.6rem .9rem}
.email .subject{font-weight:600;padding-bottom:.4rem;border-bottom:1px solid var(--vscode-panel-border,#ccc)}
.email .text{white-space:pre-wrap;overflow-wrap:anywhere;padding-top:.5rem}
.email iframe{width:100%;height:60vh;border:0;background:#fff;margin-top:.5rem}
`;

/** The preview page of the template `name`. */
export function previewHtml(preview: MessagePreview, name: string, frame: PageFrame): string {
  const body = preview.channel === 'sms' ? smsBody(preview) : emailBody(preview);
  const what = preview.channel === 'sms' ? (preview.analysis.perAppointment ? 'Per-appointment line of an aggregate text' : 'Text message') : 'Email';
  const kind = preview.kindName ? ` · ${escapeHtml(preview.kindName)}` : '';
  return pageHtml({ title: `Preview: ${name}`, frame, style: STYLE, body: `<h1>${escapeHtml(name)}</h1>\n<p class="muted">${what}${kind}</p>\n${body}` });
}

/** The one headline, and why it is a warning when it is. */
export function smsHeadline(p: SmsMessagePreview): { text: string; warnings: string[] } {
  const a = p.analysis;
  const warnings: string[] = [];
  if (a.perAppointment) {
    if (a.encoding === 'UCS-2') warnings.push('A character outside GSM-7 makes the aggregate text that repeats this line UCS-2.');
    return { text: `≈ ${plural(a.odChars, 'character')} per appointment · ${a.encoding}`, warnings };
  }
  if (a.encoding === 'UCS-2') {
    const plain = a.ifGsm7 ? `; in plain characters ${plural(a.ifGsm7.billedSegments, 'segment')}, ${formatMoney(a.ifGsm7.costPerMessage)} a message` : '';
    warnings.push(`UCS-2: a character outside GSM-7 leaves 70 characters a segment instead of 160${plain}.`);
  }
  if (a.billedSegments > p.maxSegments) warnings.push(`More than ${plural(p.maxSegments, 'segment')} (maxSegments).`);
  return { text: `${plural(a.billedSegments, 'segment')} billed · ${formatMoney(a.costPerMessage)} a message · ${formatMoney(a.costPer1000)} per 1,000`, warnings };
}

function smsBody(p: SmsMessagePreview): string {
  const a = p.analysis;
  const { text, warnings } = smsHeadline(p);
  const warning = warnings.length > 0;
  const headline = `<div class="headline${warning ? ' warning' : ''}"><strong>${escapeHtml(text)}</strong>${warnings.map((w) => `<br><span>${escapeHtml(w)}</span>`).join('')}</div>`;
  const bubble = bubbleHtml(p.parts, { charNote: (c) => charNote(c, a) });
  return [headline, bubble, charList(p.parts, a), arithmetic(p)].join('\n');
}

function charNote(c: Extract<PreviewPart, { kind: 'char' }>, a: SmsAnalysis): string {
  const fix = c.replacement !== undefined && c.replacement !== '' ? ` Replace it with ${JSON.stringify(c.replacement)}.` : c.replacement === '' || c.emoji ? ' Remove it.' : ' Rephrase without it.';
  if (a.perAppointment) return `${c.name} is not in GSM-7: the aggregate text that repeats this line goes as UCS-2.${fix}`;
  const gsm = a.ifGsm7;
  const cost =
    gsm && gsm.billedSegments < a.billedSegments
      ? `${plural(a.billedSegments, 'segment')} (${formatMoney(a.costPerMessage)}) instead of ${gsm.billedSegments} (${formatMoney(gsm.costPerMessage)})`
      : `no extra segment yet, but 70 characters a segment instead of 160`;
  return `${c.name} is not in GSM-7: the whole text goes as UCS-2, ${cost}.${fix}`;
}

/** Each character outside GSM-7 once, with how often it occurs and what it costs. */
function charList(parts: readonly PreviewPart[], a: SmsAnalysis): string {
  const chars = new Map<string, { part: Extract<PreviewPart, { kind: 'char' }>; count: number }>();
  for (const part of parts) {
    if (part.kind !== 'char') continue;
    const seen = chars.get(part.text);
    if (seen) seen.count++;
    else chars.set(part.text, { part, count: 1 });
  }
  if (chars.size === 0) return '';
  const items = [...chars.values()].map(({ part, count }) => `<li><mark>${escapeHtml(part.text)}</mark>${count > 1 ? ` ×${count}` : ''} ${escapeHtml(charNote(part, a))}</li>`);
  return `<div class="bubble-legend"><p>Outside GSM-7:</p><ul>${items.join('')}</ul></div>`;
}

/** How the headline is reached: characters, tag lengths, encoding, both segment counts, price. */
function arithmetic(p: SmsMessagePreview): string {
  const a = p.analysis;
  const row = (what: string, n: string) => `<tr><td>${what}</td><td class="n">${n}</td></tr>`;
  const rows = [row('Literal characters', formatCount(a.literalChars))];
  for (const t of a.tags) {
    const source = t.source === 'config' ? ' (tagLengths)' : '';
    rows.push(row(`[${escapeHtml(t.tag)}] assumed${source}`, t.count > 1 ? `${t.count} × ${formatCount(t.length)}` : formatCount(t.length)));
  }
  rows.push(row('<b>After the tags are filled in</b>', `<b>${formatCount(a.expandedChars)}</b>`));
  if (a.lineBreaks > 0) rows.push(row('Open Dental’s count (a line break counts two)', formatCount(a.odChars)));
  const capacity = a.encoding === 'GSM-7' ? '160 a segment, 153 once split' : '70 a segment, 67 once split';
  const lines = [
    `<table>${rows.join('')}</table>`,
    `<p>Encoding: <b>${a.encoding}</b> (${capacity}).</p>`,
    '<p class="muted">The bubble shows sample values (setting <code>sampleValues</code>); the counts use the assumed tag lengths above (' +
      `<code>lengthMode</code> ${a.lengthMode}, <code>tagLengths</code>).</p>`,
  ];
  if (!a.perAppointment) {
    const rule = a.encoding === 'GSM-7' ? 'Open Dental’s count is billed' : 'the larger is billed';
    lines.splice(
      2,
      0,
      `<p>Carriers send ${plural(a.carrierSegments, 'segment')} (the marks in the bubble); Open Dental counts ${plural(a.odSegments, 'segment')} of 160 characters; ${rule}: <b>${formatCount(a.billedSegments)}</b>.</p>`,
      `<p>Price: ${formatMoney(a.pricing.perMessage)} a message${a.billedSegments > 1 ? ` + ${formatCount(a.billedSegments - 1)} × ${formatMoney(a.pricing.perExtraSegment)} (extra segments)` : ''} = ${formatMoney(a.costPerMessage)}; × 1,000 = ${formatMoney(a.costPer1000)}.</p>`,
    );
  } else {
    lines.push("<p>Not a text of its own: Open Dental repeats this line once per appointment inside the aggregate text's [Appts], so segments and cost are the aggregate template's.</p>");
  }
  return `<details><summary>How this is counted</summary>\n${lines.join('\n')}\n</details>`;
}

function emailBody(p: EmailMessagePreview): string {
  const subject = p.subject !== undefined ? `<div class="subject">${escapeHtml(p.subject)}</div>` : '<div class="subject muted">(no subject)</div>';
  // sandbox="" : no scripts, forms, pop-ups or navigation; the page's policy (no network) applies inside too.
  const body = p.html ? `<iframe sandbox="" title="Email body" srcdoc="${escapeHtml(p.body)}"></iframe>` : `<div class="text">${escapeHtml(p.body)}</div>`;
  const note = p.html ? '<p class="muted">HTML shown with scripts off and nothing loaded from the network.</p>' : '';
  return `<p class="muted">An email: no encoding or segment limits apply. Sample values in place of the tags.</p>\n<div class="email">${subject}${body}</div>\n${note}`;
}
