// `odmsg doctor`: what the office's own texting history says about why texts are pending,
// failing or filtered. One read-only session and snapshot (session.ts): the templates as
// `check --db` reads them, then the sent texts of the window (read.ts), counted (tally.ts) and
// judged (findings.ts) into the DoctorReport of protocol/doctor.ts. Phone numbers are masked
// here, before anything is printed, unless the user asked for them; texts are never kept.
import type { DoctorReport, TemplateHistory } from '../../../protocol/doctor';
import { isoLocal, pendingBursts } from '../../../engine/history/bursts';
import { outcomeOf } from '../../../engine/history/msgTypes';
import { readOpenDental } from '../reader';
import { openReadOnlySession } from '../session';
import { buildTemplates } from '../templates';
import type { DbTarget } from '../url';
import { costFinding, failingNumberFindings, filteredTemplateFindings, linksFinding, maskNumbersIn, MIN_FAILURES, pendingFindings, sortFindings } from './findings';
import { eachSentText, readFailingNumbers, readPendingSlots, readTotals, readWindow, roundUSD } from './read';
import { SentTally } from './tally';
import { TemplateIndex } from './templateIndex';

export interface DoctorOptions {
  /** The window: the last `days` days (default 30). */
  days?: number;
  /** Only these clinics' texts (ClinicNum), matched against their templates and the practice defaults. */
  clinics?: readonly string[];
  /** Phone numbers whole instead of their last four digits. */
  showPhoneNumbers?: boolean;
}

export async function runDoctor(target: DbTarget, options: DoctorOptions = {}): Promise<DoctorReport> {
  const days = options.days ?? 30;
  const clinics = options.clinics && options.clinics.length > 0 ? options.clinics : undefined;
  const session = await openReadOnlySession(target);
  try {
    const set = buildTemplates(await readOpenDental(session), { clinics });
    const index = new TemplateIndex(set.templates);
    const window = await readWindow(session, days);

    const totals = { texts: 0, delivered: 0, failed: 0, pending: 0, chargeUSD: 0 };
    for (const row of await readTotals(session, window, clinics)) {
      totals.texts += row.texts;
      totals.chargeUSD += row.chargeUSD;
      const outcome = outcomeOf(row.status);
      if (outcome !== 'other') totals[outcome] += row.texts;
    }
    totals.chargeUSD = roundUSD(totals.chargeUSD);

    const bursts = pendingBursts(await readPendingSlots(session, window, clinics));
    const numbers = await readFailingNumbers(session, window, clinics, MIN_FAILURES);
    const tally = new SentTally(index);
    await eachSentText(session, window, clinics, (row) => tally.add(row));

    const templates: TemplateHistory[] = [];
    const costs = [];
    for (const t of tally.templates.values()) {
      costs.push(costFinding(t, index, days));
      templates.push({
        template: t.template.ref,
        weeks: [...t.weeks.values()].sort((a, b) => (a.week < b.week ? -1 : 1)),
        failureReasons: [...t.reasons].map(([text, texts]) => ({ text: maskNumbersIn(text, options.showPhoneNumbers === true), texts })).sort((a, b) => b.texts - a.texts || (a.text < b.text ? -1 : 1)),
      });
    }
    templates.sort((a, b) => (a.template.locator < b.template.locator ? -1 : 1));
    const findings = sortFindings([
      ...pendingFindings(bursts),
      ...failingNumberFindings(numbers, options.showPhoneNumbers === true),
      ...filteredTemplateFindings(tally, index),
      ...linksFinding(tally),
      ...costs,
    ]);
    const report: DoctorReport = {
      window: { from: isoLocal(window.from), to: isoLocal(window.to) },
      totals,
      unmatched: [...tally.unmatched].map(([kind, texts]) => ({ kind, texts })).sort((a, b) => b.texts - a.texts || (a.kind < b.kind ? -1 : 1)),
      findings,
      templates,
    };
    if (clinics) report.clinics = clinics.map(Number);
    return report;
  } finally {
    await session.close();
  }
}
