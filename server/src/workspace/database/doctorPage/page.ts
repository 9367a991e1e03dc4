// `odmsg doctor --format html` and the "odmsg: Texting health…" webview: the DoctorReport as
// one self-contained page. A header with the window and the totals, then a section per
// clinic, worst first: its findings (worst first), then its templates, each with a chart of
// its delivery and failure rates by week and of its failure reasons. No network and no script:
// inline style and inline SVG only (charts.ts), so it works offline, as a file or in a webview
// whose policy allows only the nonce'd style sheet. Like the paste sheet (pasteSheet.ts), the
// policy and the nonce are the caller's: the client's webview frame or the standalone one.
import { createHash } from 'node:crypto';
import { formatCount, plural } from '../../../engine/numbers';
import { THEME_STYLE, pageHtml, type PageFrame } from '../../../present/webview/html';
import type { DoctorReport, Finding, TemplateHistory, TemplateRef } from '../../../protocol/doctor';
import { reasonsChart, weeksChart, weeksTable } from './charts';
import { sortFindings } from '../doctor/findings';
import { SEVERITY_ORDER, findingHtml } from './findings';
import { dollars, escape, share, when } from './html';
import { DOCTOR_STYLE } from './style';

/**
 * The file `--format html` writes: nothing loads, and the one style sheet applies by its hash,
 * so a style element that got in some other way would not (nor would a script: none is allowed).
 */
export const STANDALONE_FRAME: PageFrame = {
  contentSecurityPolicy: `default-src 'none'; style-src 'sha256-${createHash('sha256').update(`${THEME_STYLE}${DOCTOR_STYLE}`).digest('base64')}'`,
};

/** Findings without a clinic (the office's manual texts, say) come first among equals. */
const OFFICE = 'office';

interface ClinicGroup {
  key: string;
  title: string;
  findings: Finding[];
  templates: TemplateHistory[];
}

function clinicOf(finding: Finding): number | undefined {
  return finding.clinicNum ?? ('template' in finding ? finding.template.clinicNum : undefined);
}

/** The clinic's name as the locators spell it ("clinic 1 Downtown Dental › …"), else its number. */
function clinicTitle(clinicNum: number, templates: readonly TemplateRef[]): string {
  if (clinicNum === 0) return 'Practice defaults (no clinic)';
  const named = templates.find((t) => t.clinicNum === clinicNum && t.locator.startsWith(`clinic ${clinicNum} `));
  return named ? named.locator.split(' › ')[0].replace(/^clinic/, 'Clinic') : `Clinic ${clinicNum}`;
}

function failureShare(h: TemplateHistory): { texts: number; failed: number } {
  return h.weeks.reduce((sum, w) => ({ texts: sum.texts + w.texts, failed: sum.failed + w.failed }), { texts: 0, failed: 0 });
}

function templatesWorstFirst(a: TemplateHistory, b: TemplateHistory): number {
  const x = failureShare(a);
  const y = failureShare(b);
  const rate = (s: { texts: number; failed: number }) => (s.texts > 0 ? s.failed / s.texts : 0);
  return rate(y) - rate(x) || y.texts - x.texts || a.template.locator.localeCompare(b.template.locator);
}

function groups(report: DoctorReport): ClinicGroup[] {
  const refs = [...report.templates.map((t) => t.template), ...report.findings.flatMap((f) => ('template' in f ? [f.template] : []))];
  const byKey = new Map<string, ClinicGroup>();
  const group = (clinicNum: number | undefined) => {
    const key = clinicNum === undefined ? OFFICE : String(clinicNum);
    let found = byKey.get(key);
    if (!found) {
      found = { key, title: clinicNum === undefined ? 'Whole office' : clinicTitle(clinicNum, refs), findings: [], templates: [] };
      byKey.set(key, found);
    }
    return found;
  };
  for (const finding of report.findings) group(clinicOf(finding)).findings.push(finding);
  for (const history of report.templates) group(history.template.clinicNum).templates.push(history);
  const list = [...byKey.values()];
  for (const g of list) {
    sortFindings(g.findings);
    g.templates.sort(templatesWorstFirst);
  }
  // Worst first: the most severe finding, then the most texts behind findings, then the most failures.
  const worst = (g: ClinicGroup) => Math.min(3, ...g.findings.map((f) => SEVERITY_ORDER[f.severity] ?? 2));
  const weight = (g: ClinicGroup) => g.findings.reduce((sum, f) => sum + f.count, 0);
  const failed = (g: ClinicGroup) => g.templates.reduce((sum, t) => sum + failureShare(t).failed, 0);
  return list.sort((a, b) => worst(a) - worst(b) || weight(b) - weight(a) || failed(b) - failed(a) || (a.key === OFFICE ? -1 : b.key === OFFICE ? 1 : Number(a.key) - Number(b.key)));
}

function header(report: DoctorReport): string {
  const t = report.totals;
  const days = Math.round((Date.parse(report.window.to) - Date.parse(report.window.from)) / 86_400_000);
  const clinics = report.clinics && report.clinics.length > 0 ? `, clinics ${report.clinics.map((c) => escape(String(c))).join(', ')}` : '';
  const unmatched = report.unmatched.filter((u) => u.texts > 0);
  const unmatchedList = unmatched.length
    ? `<p>Matched to no current template (a changed template, or a text typed by hand): ${unmatched.map((u) => `${escape(u.kind)} ${escape(formatCount(u.texts))}`).join(', ')}.</p>`
    : '';
  return `<h1>Texting health</h1>
<p class="window">Texts sent ${escape(when(report.window.from))} to ${escape(when(report.window.to))}${Number.isFinite(days) && days > 0 ? ` (${escape(plural(days, 'day'))})` : ''}${clinics}</p>
<ul class="totals">
<li><b>${escape(formatCount(t.texts))}</b> texts</li>
<li><b>${share(t.delivered, t.texts)}</b> delivered (${escape(formatCount(t.delivered))})</li>
<li><b>${share(t.failed, t.texts)}</b> failed (${escape(formatCount(t.failed))})</li>
<li><b>${share(t.pending, t.texts)}</b> pending (${escape(formatCount(t.pending))})</li>
<li><b>${escape(dollars(t.chargeUSD))}</b> charged</li>
<li><b>${escape(formatCount(report.findings.length))}</b> ${report.findings.length === 1 ? 'finding' : 'findings'}</li>
</ul>
${unmatchedList}`;
}

function templateSection(history: TemplateHistory, anchor: string): string {
  const t = history.template;
  const { texts, failed } = failureShare(history);
  return `<section class="template" id="${escape(anchor)}">
<h4><code>${escape(t.locator)}</code></h4>
<p class="muted">${escape(t.kind)}${t.language ? `, ${escape(t.language)}` : ''}: ${escape(plural(texts, 'text'))}, ${share(failed, texts)} failed</p>
${weeksChart(history, t.locator)}
<details><summary>The weeks as a table</summary>${weeksTable(history.weeks)}</details>
<h5>Failure reasons</h5>
${reasonsChart(history.failureReasons)}
</section>`;
}

/** Phone numbers are shown as the report holds them; the page says which that is. */
function privacyNote(report: DoctorReport): string {
  const full = report.findings.some((f) => f.id === 'failing-phone-number' && (f.phone.match(/\d/g) ?? []).length > 4);
  return `<p class="muted">Made by odmsg from Open Dental's sent-text history on this computer; nothing was sent anywhere. ${
    full ? 'Phone numbers are shown in full (--show-phone-numbers).' : 'Phone numbers are masked to their last four digits.'
  } Manual texts are never shown, only counts and their links' domains.</p>`;
}

export function doctorPageHtml(report: DoctorReport, frame: PageFrame = STANDALONE_FRAME): string {
  const anchors = new Map<string, string>();
  report.templates.forEach((h, i) => anchors.set(h.template.locator, `template-${i}`));
  const anchorOf = (t: TemplateRef) => anchors.get(t.locator);
  const sections = groups(report).map((g) => {
    const findings = g.findings.length ? g.findings.map((f) => findingHtml(f, anchorOf)).join('\n') : '<p class="muted">No findings.</p>';
    const templates = g.templates.map((h) => templateSection(h, anchorOf(h.template)!)).join('\n');
    return `<section class="clinic">
<h2>${escape(g.title)}</h2>
<h3>Findings</h3>
${findings}
${templates ? `<h3>Templates</h3>\n${templates}` : ''}
</section>`;
  });
  // The page shell of every odmsg page (present/webview/html.ts); no script: the frame has none.
  const body = `${header(report)}
${sections.join('\n') || '<p>No texts in the window.</p>'}
${privacyNote(report)}`;
  return pageHtml({ title: 'odmsg texting health', frame: { contentSecurityPolicy: frame.contentSecurityPolicy, ...(frame.nonce ? { nonce: frame.nonce } : {}) }, style: DOCTOR_STYLE, body });
}
