// The database as a template source: URL → read-only session → rows → templates. The
// session is always closed (its transaction rolled back), whatever happens.
import { readOpenDental } from './reader';
import { openReadOnlySession } from './session';
import { buildTemplates, type BuildOptions, type TemplateSet } from './templates';
import type { DbTarget } from './url';

export async function loadTemplates(target: DbTarget, options: BuildOptions = {}): Promise<TemplateSet & { target: DbTarget }> {
  const session = await openReadOnlySession(target);
  try {
    const db = await readOpenDental(session);
    return { ...buildTemplates(db, options), target };
  } finally {
    await session.close();
  }
}

/** The column charsets MySQL calls 3-byte utf8 (no characters outside the BMP). */
export function isThreeByteUtf8(charset: string | undefined): boolean {
  return charset !== undefined && /^utf8(mb3)?$/i.test(charset);
}

/** What a database source could not give: said beside the results, without failing the run. */
export function sourceNotes(set: TemplateSet): string[] {
  const notes = set.unmapped.map((u) => `not mapped: ${u}`);
  if (set.missingColumns.length > 0) notes.push(`not in this database (an older Open Dental?): ${set.missingColumns.join(', ')}.`);
  return notes;
}
