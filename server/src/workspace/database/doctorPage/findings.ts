// One finding of the doctor report as HTML: its message, the count behind it, the evidence
// its kind carries (rates with their confidence intervals, the masked number, the template's
// problems) and the troubleshooting page's advice. Every field is escaped (html.ts).
import { formatCount, plural } from '../../../engine/numbers';
import type { Finding, FindingSeverity, Rate, TemplateRef } from '../../../protocol/doctor';
import { percent } from '../doctor/findings';
import { dollars, escape, pValue, when } from './html';

export const SEVERITY_ORDER: Record<FindingSeverity, number> = { error: 0, warning: 1, info: 2 };

/** What each kind of finding counts (protocol/doctor.ts `count`). */
const COUNTED: Record<Finding['id'], string> = {
  'pending-texts': 'Texts pending',
  'failing-phone-number': 'Failed texts',
  'filtered-template': 'Texts',
  'links-in-manual-texts': 'Texts with a link',
  cost: 'Texts',
};

/** "15% of 400 texts failed (95% CI 12%–19%)". */
export function rateText(rate: Rate, what = 'failed'): string {
  return `${percent(rate.rate)} of ${plural(rate.texts, 'text')} ${what} (95% CI ${percent(rate.low)}–${percent(rate.high)})`;
}

function row(label: string, value: string): string {
  return `<tr><th scope="row">${escape(label)}</th><td>${value}</td></tr>`;
}

function templateRows(template: TemplateRef, anchor: string | undefined): string {
  const stored = template.ruleNumber !== undefined ? `rule ${escape(template.ruleNumber)}` : template.prefName !== undefined ? `preference ${escape(template.prefName)}` : '';
  const chart = anchor ? ` <a href="#${escape(anchor)}">chart</a>` : '';
  return (
    row('Template', `<code>${escape(template.locator)}</code>${chart}`) + row('Kind', escape(template.kind)) + (stored ? row('Stored in', stored) : '') + row('Language', escape(template.language || 'default'))
  );
}

/** The test as the analysis names it (with its thresholds), then what it gave here. */
function testText(test: string, p: number): string {
  return `${escape(test)}; here ${escape(pValue(p))}`;
}

function list(items: string[]): string {
  return items.length > 0 ? `<ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul>` : '';
}

/** The rows only this kind of finding has. */
function evidence(finding: Finding, anchorOf: (t: TemplateRef) => string | undefined): string {
  switch (finding.id) {
    case 'pending-texts':
      return row('Sent', `${escape(when(finding.from))} – ${escape(when(finding.to))}`);
    case 'failing-phone-number':
      return (
        row('Phone', `<code class="phone">${escape(finding.phone)}</code>`) +
        row('Patient', `PatNum <code>${escape(finding.patNum)}</code>`) +
        row('Last failed', escape(when(finding.lastFailed))) +
        row('Failure texts', list(finding.failureTexts.map((t) => `<q>${escape(t)}</q>`)) || 'none recorded')
      );
    case 'filtered-template':
      return (
        templateRows(finding.template, anchorOf(finding.template)) +
        row('This template', escape(rateText(finding.templateRate))) +
        row('The office’s other texts', escape(rateText(finding.baseline))) +
        row('Test', testText(finding.test, finding.pValue)) +
        row('odmsg’s problems', list(finding.problems.map((p) => `<code>${escape(p.ruleId)}</code> ${escape(p.message)}`)) || 'none: the wording looks fine to odmsg')
      );
    case 'links-in-manual-texts':
      return (
        row('With a link', escape(rateText(finding.withLinks))) +
        row('Without', escape(rateText(finding.withoutLinks))) +
        row('Test', testText(finding.test, finding.pValue)) +
        row('Link domains', list(finding.domains.map((d) => `<code>${escape(d.domain)}</code> ${escape(plural(d.texts, 'text'))}`)) || 'none')
      );
    case 'cost':
      return (
        templateRows(finding.template, anchorOf(finding.template)) +
        row('Sent', `${escape(plural(finding.texts, 'text'))}, ${escape(plural(finding.parts, 'segment'))}, ${escape(dollars(finding.chargeUSD))}`) +
        row('Segments per text', `${escape(finding.segmentsPerText.toFixed(2))} sent; odmsg estimates ${escape(formatCount(finding.estimatedSegments))} (${escape(finding.encoding)})`) +
        row('Saving', `${escape(dollars(finding.monthlySavingUSD))} a month`)
      );
    default:
      return '';
  }
}

export function findingHtml(finding: Finding, anchorOf: (t: TemplateRef) => string | undefined): string {
  const severity = Object.hasOwn(SEVERITY_ORDER, finding.severity) ? finding.severity : 'info';
  return `<article class="finding ${severity}">
<h4><span class="badge">${escape(severity)}</span> <code>${escape(finding.id)}</code> ${escape(finding.message)}</h4>
<table class="facts">${row(Object.hasOwn(COUNTED, finding.id) ? COUNTED[finding.id] : 'Count', escape(formatCount(finding.count)))}${evidence(finding, anchorOf)}</table>
<p class="advice"><b>What to do:</b> ${escape(finding.advice)}</p>
</article>`;
}
