// `odmsg push <dir> --db <url>`: the way back without writing to the database. The
// comparison (workspace/database/push.ts) runs in the database bundle; this prints it per
// changed template, with where to paste it, and --html writes the paste sheet. Exit 0 when
// every change is listed, 1 with conflicts, 2 on failure.
import * as path from 'node:path';
import { writeFileAtomic } from '../workspace/atomicWrite';
import type { PushResult } from '../workspace/database/push';
import { DbError, parseDbUrl } from '../workspace/database/url';
import { loadDatabase } from './database';
import type { PushOptions } from './dbArgs';
import type { Io } from './run';
import { plural } from '../engine/numbers';

/** Shows text in a terminal without raw control characters (CR, tabs and line feeds kept as lines). */
function printable(text: string): string {
  return text.replace(/\r\n/g, '\n').replace(/[\u0000-\u0008\u000b-\u001f\u007f\u009b]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export function pasteSheetText(result: PushResult): string {
  const out: string[] = [];
  for (const item of result.items) {
    out.push(`${item.status === 'conflict' ? 'CONFLICT' : 'Paste'}: ${printable(item.entry.locator)}  (${item.file})`);
    out.push(`  where: ${printable(item.entry.pasteAt)}`);
    if (item.why) out.push(`  why: ${item.why}`);
    if (item.subject !== undefined) out.push(`  subject: ${printable(item.subject)}`);
    out.push(
      '  new text:',
      ...printable(item.body)
        .split('\n')
        .map((l) => `    ${l}`),
    );
    if (item.status === 'conflict') {
      if (item.databaseBody === undefined) out.push('  in the database now: (gone)');
      else
        out.push(
          '  in the database now:',
          ...printable(item.databaseBody)
            .split('\n')
            .map((l) => `    ${l}`),
        );
    }
    out.push('');
  }
  for (const note of result.notes) out.push(`note: ${printable(note)}`);
  const conflicts = result.items.filter((i) => i.status === 'conflict').length;
  out.push(`${result.items.length - conflicts} to paste, ${plural(conflicts, 'conflict')}. odmsg writes nothing to the database: paste each text in Open Dental, then odmsg pull shows no change left.`);
  return `${out.join('\n')}\n`;
}

export async function runPush(options: PushOptions, io: Io): Promise<number> {
  const target = parseDbUrl(options.db, io.env);
  const database = loadDatabase();
  const result = await database.comparePush(target, options, io.cwd);
  io.out(pasteSheetText(result));
  if (options.html) {
    const file = path.resolve(io.cwd, options.html);
    try {
      writeFileAtomic(file, database.pasteSheetHtml(result));
    } catch (error) {
      throw new DbError(`Cannot write ${options.html}: ${(error as NodeJS.ErrnoException).code ?? String(error)}.`);
    }
    io.err(`Wrote the paste sheet ${options.html}\n`);
  }
  return result.items.some((i) => i.status === 'conflict') ? 1 : 0;
}
