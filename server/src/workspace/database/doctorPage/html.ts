// The doctor page's text and numbers. Everything it shows from the database (template
// locators, clinic names, failure texts, link domains, phone numbers) goes through `escape`:
// the history holds what Open Dental and carriers wrote back, and a "<script>" or a quote in it
// must stay text, in an element or in an attribute alike. Counts and money: engine/numbers.ts;
// percents as the findings' messages write them (doctor/findings.ts).
import { formatMoney } from '../../../engine/numbers';
import { escapeHtml } from '../../../present/webview/html';
import { percent } from '../doctor/findings';

/**
 * Besides what every odmsg page replaces (present/webview/html.ts: C0 controls), never shown
 * raw here: C1 controls, the Unicode line and paragraph separators, and the bidirectional
 * controls, which could reorder what the page shows. (The paste sheet keeps those: its text
 * is copied into Open Dental as it is.)
 */
const UNSAFE_IN_HISTORY = /[\u0080-\u009f\u2028\u2029\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Text for an element or a quoted attribute: &, <, >, " and ' as character references. */
export function escape(text: string): string {
  return escapeHtml(String(text)).replace(UNSAFE_IN_HISTORY, '\ufffd');
}

/** A share of `of`, as a percent as the findings' messages write it; "–" when there is nothing to share. */
export function share(part: number, of: number): string {
  return of > 0 ? percent(part / of) : '–';
}

/**
 * Dollars as engine/numbers.ts writes them, to a hundredth of a cent: MsgChargeUSD is a float
 * column, so a sum of $0.04 charges comes back as $160.399996.
 */
export function dollars(amount: number): string {
  return formatMoney(Math.round(amount * 10_000) / 10_000);
}

/** "p = 0.0012", "p < 0.0001". */
export function pValue(p: number): string {
  if (!Number.isFinite(p)) return 'p unknown';
  return p < 0.0001 ? 'p < 0.0001' : `p = ${p.toPrecision(2)}`;
}

/** An ISO 8601 date-time as a person reads it: "2026-11-02 08:15" (the database's clock). */
export function when(iso: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}))?/.exec(iso);
  return m ? (m[2] ? `${m[1]} ${m[2]}` : m[1]) : iso;
}
