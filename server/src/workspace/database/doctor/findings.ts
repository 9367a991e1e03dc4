// From the counts to the report's findings: which counts are a problem, how bad, and the
// plain-language sentence for each. No I/O: index.ts reads, this decides.
import type { CostFinding, FailingPhoneNumberFinding, Finding, FilteredTemplateFinding, LinksInManualTextsFinding, PendingTextsFinding, Rate } from '../../../protocol/doctor';
import { isoLocal, type Burst } from '../../../engine/history/bursts';
import { maskPhone } from '../../../engine/history/msgTypes';
import { compareFailures, FILTER_TEST, type Share } from '../../../engine/history/proportions';
import { formatCount, formatMoney, plural } from '../../../engine/numbers';
import { DEFAULT_PRICING } from '../../../engine/sms/options';
import { ADVICE } from './advice';
import { roundUSD, type FailingNumberRow } from './read';
import type { SentTally, TemplateTally } from './tally';
import type { TemplateIndex } from './templateIndex';

/** A burst this large (texts) is an error: the eConnector was down; fewer is a warning. */
export const PENDING_ERROR_TEXTS = 3;
/** A phone number with this many failed texts or more in the window is a finding. */
export const MIN_FAILURES = 2;
/** Manual texts with links need fewer texts than a template to be judged. */
export const MIN_MANUAL_TEXTS = 20;
/** A saving below this a month ($1) is information, not a warning. */
export const MIN_WARNING_SAVING_USD = 1;

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

export function percent(rate: number): string {
  return `${(rate * 100).toFixed(rate < 0.1 && rate > 0 ? 1 : 0)}%`;
}

function rateOf(share: Share): Rate {
  return { texts: share.texts, failed: share.failed, rate: share.rate, low: share.low, high: share.high };
}

/** Digits that look like a phone number in a failure text, masked like the numbers themselves. */
export function maskNumbersIn(text: string, show: boolean): string {
  return show ? text : text.replace(/\+?\d[\d ().-]{5,}\d/g, (m) => maskPhone(m));
}

export function pendingFindings(bursts: readonly Burst[]): PendingTextsFinding[] {
  return bursts.map((b) => ({
    id: 'pending-texts',
    severity: b.texts >= PENDING_ERROR_TEXTS ? 'error' : 'warning',
    message: `${plural(b.texts, 'text')} sent ${b.from === b.to ? `at ${b.from}` : `from ${b.from} to ${b.to}`} ${b.texts === 1 ? 'is' : 'are'} still Pending.`,
    advice: ADVICE['pending-texts'],
    count: b.texts,
    clinicNum: Number(b.clinic),
    from: isoLocal(b.from),
    to: isoLocal(b.to),
  }));
}

export function failingNumberFindings(rows: readonly FailingNumberRow[], show: boolean): FailingPhoneNumberFinding[] {
  return rows.map((r) => {
    const phone = maskPhone(r.phone, show);
    return {
      id: 'failing-phone-number',
      severity: 'warning',
      message: `Texts to ${phone} (patient ${r.patNum}) failed ${formatCount(r.failures)} times, last on ${r.lastFailed}.`,
      advice: ADVICE['failing-phone-number'],
      count: r.failures,
      clinicNum: Number(r.clinic),
      phone,
      patNum: r.patNum,
      failureTexts: r.reasons.map((x) => maskNumbersIn(x.text, show)).filter((x, i, all) => all.indexOf(x) === i),
      lastFailed: isoLocal(r.lastFailed),
    };
  });
}

/** Failed among the texts with an outcome (delivered or failed); Pending ones have none yet. */
function outcomeTexts(o: { delivered: number; failed: number }): number {
  return o.delivered + o.failed;
}

export function filteredTemplateFindings(tally: SentTally, index: TemplateIndex): FilteredTemplateFinding[] {
  const findings: FilteredTemplateFinding[] = [];
  const allTexts = outcomeTexts(tally.all);
  for (const t of tally.templates.values()) {
    const texts = outcomeTexts(t);
    const c = compareFailures(t.failed, texts, tally.all.failed - t.failed, allTexts - texts);
    if (!c.significant) continue;
    const ref = t.template.ref;
    findings.push({
      id: 'filtered-template',
      severity: 'error',
      message: `${percent(c.group.rate)} of the texts from ${ref.locator} failed (${formatCount(t.failed)} of ${formatCount(texts)}), against ${percent(c.rest.rate)} of the office's other texts: carriers are likely filtering it.`,
      advice: ADVICE['filtered-template'],
      count: texts,
      clinicNum: ref.clinicNum,
      template: ref,
      templateRate: rateOf(c.group),
      baseline: rateOf(c.rest),
      test: `${FILTER_TEST.name} (p < ${FILTER_TEST.alpha}, at least ${FILTER_TEST.minTexts} texts, at least ${FILTER_TEST.minRatio}× and ${FILTER_TEST.minDifference * 100} points above the rest)`,
      pValue: c.pValue,
      problems: index.lintOf(t.template).problems,
    });
  }
  return findings;
}

export function linksFinding(tally: SentTally): LinksInManualTextsFinding[] {
  const withLinks = outcomeTexts(tally.manualWithLinks);
  const without = outcomeTexts(tally.manualWithoutLinks);
  const c = compareFailures(tally.manualWithLinks.failed, withLinks, tally.manualWithoutLinks.failed, without, MIN_MANUAL_TEXTS);
  if (!c.significant) return [];
  const domains = [...tally.domains].map(([domain, texts]) => ({ domain, texts })).sort((a, b) => b.texts - a.texts || (a.domain < b.domain ? -1 : 1));
  return [
    {
      id: 'links-in-manual-texts',
      severity: 'warning',
      message: `${percent(c.group.rate)} of the manual texts with a link failed (${formatCount(tally.manualWithLinks.failed)} of ${formatCount(withLinks)}), against ${percent(c.rest.rate)} of those without.`,
      advice: ADVICE['links-in-manual-texts'],
      count: withLinks,
      withLinks: rateOf(c.group),
      withoutLinks: rateOf(c.rest),
      test: `${FILTER_TEST.name} (p < ${FILTER_TEST.alpha}, at least ${MIN_MANUAL_TEXTS} texts with a link)`,
      pValue: c.pValue,
      domains,
    },
  ];
}

/**
 * What a template cost, and what fixing it would save a month: each text down to the segments
 * it would take in GSM-7 (a UCS-2 template), or to one segment (a longer GSM-7 one), each
 * segment saved at Open Dental's price of an extra segment (DEFAULT_PRICING: $0.01).
 */
export function costFinding(t: TemplateTally, index: TemplateIndex, days: number): CostFinding {
  const lint = index.lintOf(t.template);
  const ref = t.template.ref;
  const segmentsPerText = t.texts > 0 ? t.parts / t.texts : 0;
  const target = lint.encoding === 'UCS-2' ? Math.max(1, lint.gsm7Segments ?? 1) : 1;
  const savedSegments = Math.max(0, segmentsPerText - target) * t.texts;
  const monthlySavingUSD = Math.round(((savedSegments * DEFAULT_PRICING.perExtraSegment * 30) / days) * 100) / 100;
  const fix = lint.encoding === 'UCS-2' ? 'in GSM-7' : 'in one segment';
  return {
    id: 'cost',
    severity: monthlySavingUSD >= MIN_WARNING_SAVING_USD ? 'warning' : 'info',
    message:
      `${ref.locator}: ${plural(t.texts, 'text')}, ${plural(t.parts, 'segment')} (${segmentsPerText.toFixed(2)} a text; odmsg estimates ${lint.estimatedSegments}, ${lint.encoding}), ${formatMoney(Math.round(t.chargeUSD * 100) / 100)}.` +
      (monthlySavingUSD > 0 ? ` Sent ${fix}, it would save about ${formatMoney(monthlySavingUSD)} a month.` : ''),
    advice: ADVICE.cost,
    count: t.texts,
    clinicNum: ref.clinicNum,
    template: ref,
    texts: t.texts,
    parts: t.parts,
    chargeUSD: roundUSD(t.chargeUSD),
    segmentsPerText: Math.round(segmentsPerText * 100) / 100,
    estimatedSegments: lint.estimatedSegments,
    encoding: lint.encoding,
    monthlySavingUSD,
  };
}

/** Worst first: severity, then the most texts. */
export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || b.count - a.count);
}
