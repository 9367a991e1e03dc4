// `odmsg rules`: every rule with its default severity, fix kind and channels.
import { RULES } from '../engine/registry';
import type { Colors } from './color';
import { widest } from './widths';

export function listRules(format: 'table' | 'json', colors: Colors): string {
  if (format === 'json') {
    return `${JSON.stringify(
      RULES.map(({ meta }) => ({ id: meta.id, description: meta.description, defaultSeverity: meta.defaultSeverity, fixable: meta.fixable, channels: meta.channels, wholeMessage: meta.wholeMessage ?? false })),
      null,
      2,
    )}\n`;
  }
  const header = ['rule', 'default', 'fix', 'channels', 'description'];
  const rows = RULES.map(({ meta }) => [meta.id, meta.defaultSeverity, meta.fixable === 'none' ? '-' : meta.fixable, meta.channels.join(','), meta.description]);
  const widths = header.slice(0, -1).map((h, i) => widest([h, ...rows.map((r) => r[i])]));
  const line = (cells: string[], style: (s: string) => string = (s) => s) =>
    cells
      .map((c, i) => (i < widths.length ? style(c.padEnd(widths[i])) : c))
      .join('  ')
      .trimEnd();
  return `${[line(header, colors.bold), ...rows.map((r) => line(r))].join('\n')}\n\n${RULES.length} rules. Docs: docs/rules/<rule>.md; set severities in .odmsgrc.json ("odmsg init" writes one).\n`;
}
