// `odmsg check --db <url>`: the templates as they are in an Open Dental database, through
// the same checker as files (rules, config from -c or the current folder, --rule, formats).
// Each result's path is the template's locator. Nothing is written anywhere.
import type { CheckOptions } from './args';
import { configResults, type CheckRun } from './check';
import { emptyChecked, TemplateChecker } from './templateChecker';
import { renderTemplate } from '../workspace/database/render';
import { loadTemplates } from '../workspace/database/source';
import type { TemplateSet } from '../workspace/database/templates';

/** What a database source could not give: said on stderr, without failing the run. */
export function sourceNotes(set: TemplateSet): string[] {
  const notes = set.unmapped.map((u) => `not mapped: ${u}`);
  if (set.missingColumns.length > 0) notes.push(`not in this database (an older Open Dental?): ${set.missingColumns.join(', ')}.`);
  return notes;
}

export async function runDbCheck(options: CheckOptions & { db: string }, cwd: string, env: NodeJS.ProcessEnv): Promise<CheckRun> {
  const set = await loadTemplates(options.db, env, { clinics: options.clinics });
  const checker = new TemplateChecker(options, cwd);
  const checked = emptyChecked();
  for (const t of set.templates) {
    if (!t.sent && !options.includeDisabled) continue;
    const text = renderTemplate(t);
    checker.check(t.locator, t.locator, { ok: true, value: { text, bom: false } }, cwd, false, checked, t.charset ? { databaseCharset: t.charset } : undefined);
  }
  return { results: [...configResults(checked, checker), ...checked.templates], problems: [], notes: sourceNotes(set) };
}
