// The eval's figures per carrier-wording rule and for all of them together.
import * as path from 'node:path';
import { alarmsOf, CARRIER_WORDING_RULES, readOfficeSet, readSmsSpamCollection, unjustifiedAlarms } from './carrierWording';

export interface RuleFigures {
  /** Spam messages of the collection the rule fires on. */
  spamHits?: number;
  /** Ham messages of the collection the rule fires on. */
  hamHits?: number;
  /** Office texts with an alarm from the rule that the labels do not justify. */
  officeFalseAlarms: number;
  /** Office texts where the rule raises a labelled (justified) alarm. */
  officeJustified: number;
}

export interface Figures {
  collection?: { spam: number; ham: number };
  office: { texts: number };
  /** Per rule, and `all`: any of them. */
  rules: Record<string, RuleFigures>;
  examples?: string[];
}

/** test/eval/figures.json: the figures the rule docs quote (`npm run eval -- --write`). */
export const FIGURES_FILE = path.join(__dirname, 'figures.json');

const KEYS = [...CARRIER_WORDING_RULES, 'all'] as const;

export function computeFigures(collectionFile: string | undefined, show = 0): Figures {
  const rules: Record<string, RuleFigures> = {};
  for (const key of KEYS) rules[key] = { officeFalseAlarms: 0, officeJustified: 0 };
  const examples: string[] = [];
  const shown = new Map<string, number>();
  const note = (what: string, text: string) => {
    const n = shown.get(what) ?? 0;
    if (n < show) examples.push(`${what}: ${JSON.stringify(text)}`);
    shown.set(what, n + 1);
  };

  let collection: Figures['collection'];
  if (collectionFile) {
    collection = { spam: 0, ham: 0 };
    for (const key of KEYS) Object.assign(rules[key], { spamHits: 0, hamHits: 0 });
    for (const sms of readSmsSpamCollection(collectionFile)) {
      if (sms.spam) collection.spam++;
      else collection.ham++;
      const alarms = alarmsOf(sms.text);
      const fired = new Set<string>(alarms.map((a) => a.rule));
      if (fired.size > 0) fired.add('all');
      for (const key of KEYS) {
        const hit = fired.has(key);
        if (hit) rules[key][sms.spam ? 'spamHits' : 'hamHits']!++;
        if (show > 0 && !sms.spam && hit)
          note(
            `ham false alarm (${key}: ${alarms
              .filter((a) => a.rule === key || key === 'all')
              .map((a) => a.text)
              .join(', ')})`,
            sms.text,
          );
        if (show > 0 && sms.spam && !hit && key === 'all') note('missed spam', sms.text);
      }
    }
  }

  const office = readOfficeSet();
  for (const entry of office) {
    const alarms = alarmsOf(entry.text, entry.kind);
    const wrong = new Set<string>(unjustifiedAlarms(entry, alarms).map((a) => a.rule));
    const justified = new Set<string>((entry.alarms ?? []).map((a) => a.rule));
    if (wrong.size > 0) wrong.add('all');
    if (justified.size > 0) justified.add('all');
    for (const key of KEYS) {
      if (wrong.has(key)) rules[key].officeFalseAlarms++;
      if (justified.has(key)) rules[key].officeJustified++;
    }
    if (show > 0 && wrong.size > 0) examples.push(`office false alarm ${entry.id}: ${JSON.stringify(unjustifiedAlarms(entry, alarms))}`);
  }
  return { collection, office: { texts: office.length }, rules, examples };
}
