// The sent texts, counted as they stream past: per template (outcomes, segments, charges, by
// week, why they failed), the texts that fit no template (by what sent them), and the manual
// texts with and without a link (their links' domains only: a manual text is never kept).
import { findLinks } from '../../../engine/links';
import { weekOf } from '../../../engine/history/bursts';
import { normalizeText } from '../../../engine/history/matcher';
import { MANUAL_MSG_TYPE, msgTypeLabel, outcomeOf, type Outcome } from '../../../engine/history/msgTypes';
import type { WeekOfTexts } from '../../../protocol/doctor';
import type { SentRow } from './read';
import type { IndexedTemplate, TemplateIndex } from './templateIndex';

export interface Outcomes {
  texts: number;
  delivered: number;
  failed: number;
  pending: number;
}

export interface TemplateTally extends Outcomes {
  template: IndexedTemplate;
  parts: number;
  chargeUSD: number;
  weeks: Map<string, WeekOfTexts>;
  reasons: Map<string, number>;
}

function emptyOutcomes(): Outcomes {
  return { texts: 0, delivered: 0, failed: 0, pending: 0 };
}

function count(o: Outcomes, outcome: Outcome): void {
  o.texts++;
  // A switch, not o[outcome]++: a keyed increment on three shapes of object is slow per row.
  switch (outcome) {
    case 'delivered':
      o.delivered++;
      break;
    case 'failed':
      o.failed++;
      break;
    case 'pending':
      o.pending++;
      break;
  }
}

/** A link that is only a hint of one (no dot, no scheme) is not looked for. */
const LINK_HINT = /\.[a-z]|:\/\//i;

export class SentTally {
  readonly templates = new Map<IndexedTemplate, TemplateTally>();
  readonly unmatched = new Map<string, number>();
  readonly all = emptyOutcomes();
  readonly manualWithLinks = emptyOutcomes();
  readonly manualWithoutLinks = emptyOutcomes();
  readonly domains = new Map<string, number>();
  /** Date → the Monday of its week: texts come in no order, and a window has few dates. */
  private readonly weekOfDate = new Map<string, string>();

  constructor(private readonly index: TemplateIndex) {}

  add(row: SentRow): void {
    const outcome = outcomeOf(row.status);
    count(this.all, outcome);
    const text = normalizeText(row.text);
    if (row.msgType === MANUAL_MSG_TYPE) {
      const links = LINK_HINT.test(text) ? findLinks(text, 0, text.length) : [];
      count(links.length > 0 ? this.manualWithLinks : this.manualWithoutLinks, outcome);
      for (const domain of new Set(links.map((l) => l.domain))) this.domains.set(domain, (this.domains.get(domain) ?? 0) + 1);
      return;
    }
    const template = this.index.match(row.msgType, row.clinic, text);
    if (!template) {
      const kind = msgTypeLabel(row.msgType);
      this.unmatched.set(kind, (this.unmatched.get(kind) ?? 0) + 1);
      return;
    }
    let tally = this.templates.get(template);
    if (!tally) {
      tally = { template, ...emptyOutcomes(), parts: 0, chargeUSD: 0, weeks: new Map(), reasons: new Map() };
      this.templates.set(template, tally);
    }
    count(tally, outcome);
    tally.parts += row.parts;
    tally.chargeUSD += row.chargeUSD;
    const date = row.sent.slice(0, 10);
    let monday = this.weekOfDate.get(date);
    if (monday === undefined) this.weekOfDate.set(date, (monday = weekOf(date)));
    let week = tally.weeks.get(monday);
    if (!week) tally.weeks.set(monday, (week = { week: monday, texts: 0, delivered: 0, failed: 0, pending: 0 }));
    count(week, outcome);
    if (outcome === 'failed') tally.reasons.set(row.error, (tally.reasons.get(row.error) ?? 0) + 1);
  }
}
