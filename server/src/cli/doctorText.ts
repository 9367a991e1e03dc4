// `odmsg doctor`'s report for a person: the window and totals, then the findings grouped by
// clinic (the clinic with the worst finding first, the worst finding first within it), then
// what to do about each kind of finding, once. Everything from the database is escaped
// (escape.ts); phone numbers arrive masked (the analysis masks them), texts never arrive.
import type { DoctorReport, Finding, FindingSeverity } from '../protocol/doctor';
import { formatCount, formatMoney, plural } from '../engine/numbers';
import { escapeForTerminal } from './escape';

const RANK: Record<FindingSeverity, number> = { error: 0, warning: 1, info: 2 };
/** Failing numbers listed per clinic; the rest are counted. */
const MAX_NUMBERS_SHOWN = 20;

function pct(rate: number): string {
  return `${(rate * 100).toFixed(1)}%`;
}

function pValue(p: number): string {
  return p < 1e-4 ? p.toExponential(1) : p.toFixed(4);
}

function details(f: Finding): string[] {
  switch (f.id) {
    case 'pending-texts':
      return [];
    case 'failing-phone-number':
      return f.failureTexts.length > 0 ? [`failure: ${f.failureTexts.join(' | ')}`] : [];
    case 'filtered-template':
      return [
        `failed: ${pct(f.templateRate.rate)} (95% CI ${pct(f.templateRate.low)}–${pct(f.templateRate.high)}) against ${pct(f.baseline.rate)} (${pct(f.baseline.low)}–${pct(f.baseline.high)}); ${f.test}: p = ${pValue(f.pValue)}`,
        `${f.template.ruleNumber !== undefined ? `rule ${f.template.ruleNumber}` : `preference ${f.template.prefName}`}, ${f.template.kind}${f.template.language ? `, language ${f.template.language}` : ''}`,
        ...(f.problems.length > 0 ? f.problems.map((p) => `odmsg: ${p.ruleId}: ${p.message}`) : ['odmsg finds no problem in its wording: look at what it links to, or ask Open Dental support.']),
      ];
    case 'links-in-manual-texts':
      return [
        `failed: with a link ${pct(f.withLinks.rate)} (95% CI ${pct(f.withLinks.low)}–${pct(f.withLinks.high)}), without ${pct(f.withoutLinks.rate)} (${pct(f.withoutLinks.low)}–${pct(f.withoutLinks.high)}); ${f.test}: p = ${pValue(f.pValue)}`,
        ...(f.domains.length > 0 ? [`domains: ${f.domains.map((d) => `${d.domain} (${formatCount(d.texts)})`).join(', ')}`] : []),
      ];
    case 'cost':
      return [];
  }
}

function groupName(clinic: number | undefined): string {
  if (clinic === undefined) return 'Whole office';
  return clinic === 0 ? 'No clinic (practice defaults)' : `Clinic ${clinic}`;
}

export function doctorText(report: DoctorReport, days: number): string {
  const e = (text: string) => escapeForTerminal(text);
  const out: string[] = [];
  const t = report.totals;
  out.push(`odmsg doctor: the texts sent from ${report.window.from} to ${report.window.to} (${plural(days, 'day')})${report.clinics ? `, clinics ${report.clinics.join(', ')}` : ''}`);
  out.push(`${plural(t.texts, 'text')}: ${formatCount(t.delivered)} delivered, ${formatCount(t.failed)} failed, ${formatCount(t.pending)} pending; charged ${formatMoney(Math.round(t.chargeUSD * 100) / 100)}.`);
  if (report.unmatched.length > 0) {
    const n = report.unmatched.reduce((s, u) => s + u.texts, 0);
    out.push(`${plural(n, 'text')} fit no current template (changed since, or typed by hand): ${report.unmatched.map((u) => `${e(u.kind)} ${formatCount(u.texts)}`).join(', ')}.`);
  }

  const groups = new Map<string, Finding[]>();
  for (const f of report.findings) {
    const key = f.clinicNum === undefined ? '' : String(f.clinicNum);
    const list = groups.get(key) ?? [];
    list.push(f);
    groups.set(key, list);
  }
  const worst = (list: Finding[]) => Math.min(...list.map((f) => RANK[f.severity]));
  const ordered = [...groups.entries()].sort(
    ([, a], [, b]) => worst(a) - worst(b) || b.reduce((s, f) => s + (RANK[f.severity] === worst(b) ? f.count : 0), 0) - a.reduce((s, f) => s + (RANK[f.severity] === worst(a) ? f.count : 0), 0),
  );
  for (const [key, list] of ordered) {
    out.push('', `${groupName(key === '' ? undefined : Number(key))}:`);
    list.sort((a, b) => RANK[a.severity] - RANK[b.severity] || b.count - a.count);
    // What each template cost is information: one line for them all here; json lists each.
    const costs = list.filter((f) => f.id === 'cost' && f.severity === 'info');
    // A clinic with hundreds of bad numbers: the worst ones here, every one in json.
    const numbers = list.filter((f) => f.id === 'failing-phone-number');
    const hidden = new Set<Finding>(numbers.slice(MAX_NUMBERS_SHOWN));
    for (const f of list) {
      if ((costs.includes(f) && costs.length > 1) || hidden.has(f)) continue;
      out.push(`  ${f.severity.padEnd(7)} ${f.id}  ${e(f.message)}`);
      for (const line of details(f)) out.push(`          ${e(line)}`);
    }
    if (hidden.size > 0) out.push(`  warning failing-phone-number  ${plural(hidden.size, 'other number')} failed twice or more (--format json lists each).`);
    if (costs.length > 1) {
      const texts = costs.reduce((n, f) => n + (f.id === 'cost' ? f.texts : 0), 0);
      const charged = costs.reduce((n, f) => n + (f.id === 'cost' ? f.chargeUSD : 0), 0);
      out.push(`  info    cost  ${plural(costs.length, 'other template')}: ${plural(texts, 'text')}, ${formatMoney(Math.round(charged * 100) / 100)}, nothing to save (--format json lists each).`);
    }
  }

  const ids = [...new Set(report.findings.filter((f) => f.severity !== 'info').map((f) => f.id))];
  if (ids.length > 0) {
    out.push('', 'What to do (Open Dental\'s "Integrated Texting Troubleshooting"):');
    for (const id of ids) out.push(`  ${id}: ${e(report.findings.find((f) => f.id === id)!.advice)}`);
  }
  const count = (s: FindingSeverity) => report.findings.filter((f) => f.severity === s).length;
  out.push('', report.findings.length === 0 ? 'No findings.' : `${plural(count('error'), 'error')}, ${plural(count('warning'), 'warning')}, ${formatCount(count('info'))} info.`);
  return `${out.join('\n')}\n`;
}
