// What `odmsg doctor --db` finds in the texts Open Dental sent (its `smstomobile` table), as one
// report: the CLI prints it as text or JSON or writes it as an HTML page, and the VS Code command
// "odmsg: Texting health…" shows that page in a webview. This is the contract between the
// analysis (workspace/database/doctor/*), the renderers and the client; `--format json` prints
// a DoctorReport as it is, so its field names are part of the interface.

/** The finding ids are part of the interface (issue 15). */
export type FindingId = 'pending-texts' | 'failing-phone-number' | 'filtered-template' | 'links-in-manual-texts' | 'cost';

export type FindingSeverity = 'error' | 'warning' | 'info';

/** A share of texts with its 95% confidence interval (Wilson score), all as fractions 0–1. */
export interface Rate {
  texts: number;
  failed: number;
  rate: number;
  low: number;
  high: number;
}

/** A template as `odmsg check --db` names it, with the row or preference it is stored in. */
export interface TemplateRef {
  locator: string;
  kind: string;
  clinicNum: number;
  language: string;
  ruleNumber?: string;
  prefName?: string;
}

interface FindingBase {
  id: FindingId;
  severity: FindingSeverity;
  /** One plain-language sentence: what was found. */
  message: string;
  /** The troubleshooting page's advice for it. */
  advice: string;
  /** The texts (or numbers, for failing-phone-number) behind the finding. */
  count: number;
  clinicNum?: number;
}

/** A burst of texts still Pending well after they were sent. */
export interface PendingTextsFinding extends FindingBase {
  id: 'pending-texts';
  from: string;
  to: string;
}

/** A wireless number that failed more than once. */
export interface FailingPhoneNumberFinding extends FindingBase {
  id: 'failing-phone-number';
  /** Masked to its last four digits unless --show-phone-numbers. */
  phone: string;
  patNum: string;
  /** The distinct failure texts (CustErrorText), most frequent first. */
  failureTexts: string[];
  lastFailed: string;
}

export interface FilteredTemplateFinding extends FindingBase {
  id: 'filtered-template';
  template: TemplateRef;
  templateRate: Rate;
  /** The office's other texts in the same window. */
  baseline: Rate;
  /** The test and its p-value, e.g. "one-sided Fisher exact test". */
  test: string;
  pValue: number;
  /** odmsg's problems in the template: the likely cause beside the evidence. */
  problems: { ruleId: string; message: string }[];
}

export interface LinksInManualTextsFinding extends FindingBase {
  id: 'links-in-manual-texts';
  withLinks: Rate;
  withoutLinks: Rate;
  test: string;
  pValue: number;
  /** The links' domains only (manual texts are never printed). */
  domains: { domain: string; texts: number }[];
}

export interface CostFinding extends FindingBase {
  id: 'cost';
  template: TemplateRef;
  texts: number;
  parts: number;
  chargeUSD: number;
  segmentsPerText: number;
  /** odmsg's estimate for the template as it is now. */
  estimatedSegments: number;
  encoding: 'GSM-7' | 'UCS-2';
  /** What fixing the template's encoding or length would save in 30 days, at the window's rate. */
  monthlySavingUSD: number;
}

export type Finding = PendingTextsFinding | FailingPhoneNumberFinding | FilteredTemplateFinding | LinksInManualTextsFinding | CostFinding;

/** A week of one template's texts, for the report's charts. */
export interface WeekOfTexts {
  /** The Monday the week starts on, YYYY-MM-DD. */
  week: string;
  texts: number;
  delivered: number;
  failed: number;
  pending: number;
}

export interface TemplateHistory {
  template: TemplateRef;
  weeks: WeekOfTexts[];
  /** Failure texts (CustErrorText) and how often each came back. */
  failureReasons: { text: string; texts: number }[];
}

export interface DoctorReport {
  /** ISO 8601 date-times. */
  window: { from: string; to: string };
  clinics?: number[];
  totals: { texts: number; delivered: number; failed: number; pending: number; chargeUSD: number };
  /** Sent texts matched to no current template, by kind: a changed template or a text typed by hand. */
  unmatched: { kind: string; texts: number }[];
  findings: Finding[];
  templates: TemplateHistory[];
}
