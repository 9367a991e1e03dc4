// `odmsg check --db <url>`: the templates as they are in an Open Dental database, through
// the same checker as files (rules, config from -c or the current folder, --rule, formats).
// Each result's path is the template's locator. Nothing is written anywhere.
import type { CheckOptions } from './args';
import { configResults, type CheckRun } from './check';
import { emptyChecked, TemplateChecker } from './templateChecker';
import { renderTemplate } from '../workspace/database/render';
import { parseDbUrl } from '../workspace/database/url';
import { loadDatabase } from './database';

export async function runDbCheck(options: CheckOptions & { db: string }, cwd: string, env: NodeJS.ProcessEnv): Promise<CheckRun> {
  const database = loadDatabase();
  const set = await database.loadTemplates(parseDbUrl(options.db, env), { clinics: options.clinics });
  const checker = new TemplateChecker(options, cwd);
  const checked = emptyChecked();
  for (const t of set.templates) {
    if (!t.sent && !options.includeDisabled) continue;
    const text = renderTemplate(t);
    checker.check(t.locator, t.locator, { ok: true, value: { text, bom: false } }, cwd, false, checked, t.charset ? { databaseCharset: t.charset } : undefined);
  }
  return { results: [...configResults(checked, checker), ...checked.templates], problems: [], notes: database.sourceNotes(set) };
}
