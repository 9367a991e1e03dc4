// The doctor page's charts, drawn here as inline SVG: a few rectangles and labels need no
// chart library, and inline SVG loads nothing (the page works offline and under a webview's
// `default-src 'none'`). Colours are classes the page's style sheet fills from VS Code's chart
// colours; each bar carries a <title> with its numbers, and a table beside the chart says the
// same for a screen reader or a printout.
import { formatCount, plural } from '../../../engine/numbers';
import type { TemplateHistory, WeekOfTexts } from '../../../protocol/doctor';
import { percent } from '../doctor/findings';
import { escape, share } from './html';

const WIDTH = 640;
const HEIGHT = 180;
const LEFT = 44;
const RIGHT = 8;
const TOP = 12;
const BOTTOM = 28;
const PLOT_W = WIDTH - LEFT - RIGHT;
const PLOT_H = HEIGHT - TOP - BOTTOM;

/** A coordinate with at most one decimal, so the markup stays short. */
function n(value: number): string {
  return String(Math.round(value * 10) / 10);
}

function weekTitle(week: WeekOfTexts): string {
  return `Week of ${week.week}: ${plural(week.texts, 'text')}, ${share(week.delivered, week.texts)} delivered (${formatCount(week.delivered)}), ${share(week.failed, week.texts)} failed (${formatCount(week.failed)}), ${formatCount(week.pending)} pending`;
}

/**
 * Delivery and failure rates by week, side by side on one 0–100% axis: a failure rate of a
 * few percent stays a short bar beside a tall one instead of being stretched to look large.
 */
export function weeksChart(history: TemplateHistory, label: string): string {
  const weeks = history.weeks;
  const slot = PLOT_W / Math.max(weeks.length, 1);
  const bar = Math.max(Math.min(slot * 0.38, 28), 1);
  const y = (fraction: number) => TOP + PLOT_H * (1 - fraction);
  const grid = [0, 0.25, 0.5, 0.75, 1]
    .map((f) => `<line class="grid" x1="${LEFT}" x2="${WIDTH - RIGHT}" y1="${n(y(f))}" y2="${n(y(f))}"/><text class="axis" x="${LEFT - 6}" y="${n(y(f) + 4)}" text-anchor="end">${f * 100}%</text>`)
    .join('');
  // Every week's label when they fit, else every k-th.
  const every = Math.ceil(weeks.length / Math.max(Math.floor(PLOT_W / 64), 1));
  const bars = weeks
    .map((week, i) => {
      const x = LEFT + slot * i + (slot - 2 * bar) / 2;
      const delivered = week.texts > 0 ? week.delivered / week.texts : 0;
      const failed = week.texts > 0 ? week.failed / week.texts : 0;
      const title = `<title>${escape(weekTitle(week))}</title>`;
      const rect = (cls: string, left: number, fraction: number) => `<rect class="bar ${cls}" x="${n(left)}" y="${n(y(fraction))}" width="${n(bar)}" height="${n(PLOT_H * fraction)}"/>`;
      const value = weeks.length <= 8 && week.texts > 0 ? `<text class="value" x="${n(x + bar * 1.5)}" y="${n(y(failed) - 3)}" text-anchor="middle">${percent(failed)}</text>` : '';
      const tick = i % every === 0 ? `<text class="axis" x="${n(LEFT + slot * i + slot / 2)}" y="${HEIGHT - 10}" text-anchor="middle">${escape(week.week.slice(5, 10))}</text>` : '';
      // One <title> for the week's group: the tooltip over either bar.
      return `<g>${title}${rect('delivered', x, delivered)}${rect('failed', x + bar, failed)}${value}${tick}</g>`;
    })
    .join('');
  const empty = weeks.length === 0 ? `<text class="axis" x="${WIDTH / 2}" y="${HEIGHT / 2}" text-anchor="middle">No texts in the window</text>` : '';
  return `<svg class="chart weeks" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-label="${escape(`Delivery and failure rates by week: ${label}`)}">${grid}${bars}${empty}</svg>
<p class="legend"><span class="key delivered"></span>delivered <span class="key failed"></span>failed, share of the week's texts</p>`;
}

/** The weeks as a table: the chart's numbers, exactly. */
export function weeksTable(weeks: readonly WeekOfTexts[]): string {
  const rows = weeks
    .map(
      (w) =>
        `<tr><td>${escape(w.week)}</td><td>${formatCount(w.texts)}</td><td>${formatCount(w.delivered)} (${share(w.delivered, w.texts)})</td><td>${formatCount(w.failed)} (${share(w.failed, w.texts)})</td><td>${formatCount(w.pending)}</td></tr>`,
    )
    .join('');
  return `<table><thead><tr><th>Week of</th><th>Texts</th><th>Delivered</th><th>Failed</th><th>Pending</th></tr></thead><tbody>${rows}</tbody></table>`;
}

const REASON_ROW = 22;
const REASON_TEXT = 60;
const REASON_BAR = 200;

/** The failure texts carriers and Open Dental sent back, as bars of how often each came. */
export function reasonsChart(reasons: TemplateHistory['failureReasons']): string {
  if (reasons.length === 0) return '<p class="muted">No failures in the window.</p>';
  const most = Math.max(...reasons.map((r) => r.texts), 1);
  const total = reasons.reduce((sum, r) => sum + r.texts, 0);
  const height = reasons.length * REASON_ROW + 4;
  const rows = reasons
    .map((reason, i) => {
      const top = i * REASON_ROW + 2;
      const chars = [...(reason.text || '(no failure text)')];
      const shown = chars.length > REASON_TEXT ? `${chars.slice(0, REASON_TEXT - 1).join('')}…` : chars.join('');
      const width = (REASON_BAR * reason.texts) / most;
      return `<g><title>${escape(`${reason.text || '(no failure text)'}: ${plural(reason.texts, 'text')} (${share(reason.texts, total)} of the failures)`)}</title><rect class="bar failed" x="0" y="${top}" width="${n(Math.max(width, 1))}" height="${REASON_ROW - 6}"/><text class="value" x="${n(width + 6)}" y="${top + 12}">${formatCount(reason.texts)}</text><text class="reason" x="${REASON_BAR + 50}" y="${top + 12}">${escape(shown)}</text></g>`;
    })
    .join('');
  return `<svg class="chart reasons" viewBox="0 0 ${WIDTH} ${height}" role="img" aria-label="Failure reasons">${rows}</svg>`;
}
