// `odmsg check --stats` in the human formats: one line per text template with the numbers of
// the editor's status bar, from the same engine analysis (engine/sms/analyze.ts): the estimated
// length as Open Dental counts it (tags filled in at their assumed lengths, a line break counts
// two), the segments it is billed for, the encoding and the price of one text. Email templates
// have no such numbers and are left out. A per-appointment line is no text of its own: it gets
// its length and encoding, and "per appointment" where a text has its segments and price.
// The json format carries the whole analysis instead.
import { formatCount, formatMoney, plural } from '../engine/numbers';
import type { SmsAnalysis } from '../engine/sms/analyze';
import * as nodePath from 'node:path';
import type { Colors } from './color';
import { pathForTerminal } from './escape';
import type { FileResult } from './results';
import { widest } from './widths';

interface Row {
  path: string;
  chars: string;
  segments: string;
  encoding: string;
  cost: string;
  worst: boolean;
}

function row(displayPath: string, a: SmsAnalysis): Row {
  return {
    path: pathForTerminal(displayPath, nodePath.sep),
    chars: `≈ ${formatCount(a.odChars)} chars`,
    segments: a.perAppointment ? 'per appointment' : plural(a.billedSegments, 'segment'),
    encoding: a.encoding,
    cost: a.perAppointment ? '(one line of [Appts])' : `${formatMoney(a.costPerMessage)} a text`,
    worst: a.lengthMode === 'worst',
  };
}

export function statsReport(results: readonly FileResult[], format: 'stylish' | 'compact', colors: Colors): string {
  const rows = results.flatMap((r) => (r.stats ? [row(r.displayPath, r.stats)] : []));
  if (rows.length === 0) return '';
  if (format === 'compact') {
    return rows.map((r) => `${r.path}: ${r.chars}, ${r.segments}, ${r.encoding}, ${r.cost}${r.worst ? ' (worst case)' : ''}\n`).join('');
  }
  const width = (key: 'path' | 'chars' | 'segments' | 'encoding') => widest(rows.map((r) => r[key]));
  const [path, chars, segments, encoding] = [width('path'), width('chars'), width('segments'), width('encoding')];
  const lines = rows.map((r) => {
    const enc = r.encoding === 'GSM-7' ? r.encoding.padEnd(encoding) : colors.yellow(r.encoding.padEnd(encoding));
    return `  ${r.path.padEnd(path)}  ${r.chars.padStart(chars)}  ${r.segments.padEnd(segments)}  ${enc}  ${r.cost}${r.worst ? colors.dim('  (worst case)') : ''}`.trimEnd();
  });
  return `${colors.bold('Estimated length of each text')} ${colors.dim('(tags filled in at assumed lengths; a line break counts two)')}\n${lines.join('\n')}\n`;
}
