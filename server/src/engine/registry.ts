// Every rule, in the order they are documented and run. Adding a rule = one import here;
// the README table, docs/rules stubs and the config schema are generated from this list.
import type { Rule } from './types';
import { rules as coreRules } from './rules/index';

export const RULES: readonly Rule[] = coreRules;

const byId = new Map(RULES.map((r) => [r.meta.id, r]));

export function ruleById(id: string): Rule | undefined {
  return byId.get(id);
}

export const RULE_IDS: readonly string[] = RULES.map((r) => r.meta.id);

/** The rule's docs page, relative to the package root (shipped in the .vsix). */
export function docsPath(ruleId: string): string {
  return `docs/rules/${ruleId}.md`;
}
