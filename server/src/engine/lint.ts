// The engine's entry point: parse once, resolve config (front matter on top), run rules.
import { resolveConfig, type OdmsgConfig, type ResolvedConfig } from './config';
import { setOwn } from './ownKeys';
import { parseTemplate, shallowTemplate, type Template } from './parse';
import { RULE_IDS, RULES } from './registry';
import { fileTooLarge, isTooLarge, maxFileSize } from './rules/file-too-large';
import { SEVERITY_SETTINGS, type Problem, type Report, type Rule, type Severity, type SeveritySetting } from './types';

export interface LintResult {
  template: Template;
  config: ResolvedConfig;
  problems: Problem[];
  /** Over `maxFileSize`: only file-too-large ran, and `template` holds no more than the front matter. */
  tooLarge: boolean;
}

/** The rules for a template within `maxFileSize`: file-too-large has nothing to say there. */
const RULES_WITHIN_LIMIT: readonly Rule[] = RULES.filter((rule) => rule !== fileTooLarge);

/** Config layers from the template's own front matter `rules:` (valid entries only). */
export function frontMatterConfig(template: Template): OdmsgConfig | undefined {
  const rulesEntry = template.frontMatterEntry('rules');
  if (!rulesEntry || rulesEntry.children.length === 0) return undefined;
  const rules: Record<string, SeveritySetting> = {};
  for (const child of rulesEntry.children) {
    const value = child.value.toLowerCase() as SeveritySetting;
    if (SEVERITY_SETTINGS.includes(value)) setOwn(rules, child.key, value);
  }
  return { rules };
}

export interface LintOptions {
  /**
   * The whole file's size in UTF-8 bytes when `text` is only its start: a reader that saw the
   * file is over `maxFileSize` (readTemplateFile) passes what it read of it, in bounded memory.
   */
  fileSize?: number;
}

/**
 * Lints one template. `layers` are config layers lowest first (defaults are built in):
 * typically the `.odmsgrc.json` files, then editor settings. Front matter goes on top.
 */
export function lint(text: string, layers: readonly (OdmsgConfig | undefined)[] = [], options: LintOptions = {}): LintResult {
  // Over `maxFileSize` only file-too-large runs, on a template read up to its front matter.
  const base = resolveConfig(layers);
  const { fileSize } = options;
  const tooLarge = fileSize !== undefined ? fileSize > maxFileSize(base) : isTooLarge(text, base);
  // Readers pass `fileSize` only for a file over the limit of these same layers.
  const template = tooLarge ? shallowTemplate(text, fileSize) : parseTemplate(text);
  // Most templates set no rules in their front matter: their config is the one just resolved.
  const own = frontMatterConfig(template);
  const config = own ? resolveConfig([...layers, own]) : base;
  // The size is measured once, here (a scan of the text when its length alone does not
  // decide): file-too-large itself runs only on the templates over the limit.
  return { template, config, problems: runRules(template, config, tooLarge ? [fileTooLarge] : RULES_WITHIN_LIMIT), tooLarge };
}

export function runRules(template: Template, config: ResolvedConfig, rules: readonly Rule[] = RULES): Problem[] {
  const problems: Problem[] = [];
  // One `report` for all the rules (it reads which rule is running), not a closure per rule.
  let ruleId = '';
  let severity: Severity = 'info';
  const report = (report: Report) => {
    problems.push({ ruleId, severity: report.severity ?? severity, message: report.message, start: report.start, end: report.end, fix: report.fix, suggestions: report.suggestions, details: report.details });
  };
  for (const rule of rules) {
    const setting = config.rules.get(rule.meta.id) ?? rule.meta.defaultSeverity;
    if (setting === 'off' || !rule.meta.channels.includes(template.channel)) continue;
    if (rule.meta.wholeMessage && template.perAppointment) continue;
    ruleId = rule.meta.id;
    severity = setting;
    rule.check({ template, config, severity, configured: config.rules.has(ruleId), ruleIds: RULE_IDS, report });
  }
  return problems.sort((a, b) => a.start - b.start || a.end - b.end);
}
