// The engine's entry point: parse once, resolve config (front matter on top), run rules.
import { resolveConfig, type OdmsgConfig, type ResolvedConfig } from './config';
import { setOwn } from './ownKeys';
import { parseTemplate, shallowTemplate, type Template } from './parse';
import { RULE_IDS, RULES } from './registry';
import { SEVERITY_SETTINGS, type OptionValues, type Problem, type Report, type Rule, type RuleContext, type RuleOptions, type Severity, type SeveritySetting } from './types';

export interface LintResult {
  template: Template;
  config: ResolvedConfig;
  problems: Problem[];
  /** Over a size rule's limit (file-too-large: `maxFileSize`): only the size rules ran, and `template` holds no more than the front matter. */
  tooLarge: boolean;
}

/** The rules that judge a file's size (metadata `sizeLimit`): they alone run on a file over it. */
const SIZE_RULES: readonly Rule[] = RULES.filter((rule) => rule.meta.sizeLimit);
/** The rules for a template within every size limit: the size rules have nothing to say there. */
const RULES_WITHIN_LIMIT: readonly Rule[] = RULES.filter((rule) => !rule.meta.sizeLimit);

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
  /**
   * The least severity the caller shows (the command line's json without --info shows no
   * info-level problems): a rule configured below it is not run, as its problems would be
   * dropped. Problems below it may still come back (a rule that raises some of its reports
   * runs whatever its setting); the caller filters them as before.
   */
  minSeverity?: Severity;
}

/**
 * Lints one template. `layers` are config layers lowest first (defaults are built in):
 * typically the `.odmsgrc.json` files, then editor settings. Front matter goes on top.
 */
export function lint(text: string, layers: readonly (OdmsgConfig | undefined)[] = [], options: LintOptions = {}): LintResult {
  // Over a size limit only the size rules run, on a template read up to its front matter.
  const base = resolveConfig(layers);
  const { fileSize } = options;
  const tooLarge = SIZE_RULES.some(({ meta: { sizeLimit } }) => (fileSize !== undefined ? fileSize > sizeLimit!.bytes(base) : sizeLimit!.exceeds(text, base)));
  // Readers pass `fileSize` only for a file over the limit of these same layers.
  const template = tooLarge ? shallowTemplate(text, fileSize) : parseTemplate(text);
  // Most templates set no rules in their front matter: their config is the one just resolved.
  const own = frontMatterConfig(template);
  const config = own ? resolveConfig([...layers, own]) : base;
  // The size is measured once, here (a scan of the text when its length alone does not
  // decide): the size rules themselves run only on the templates over the limit.
  return { template, config, problems: runRules(template, config, tooLarge ? SIZE_RULES : RULES_WITHIN_LIMIT, options.minSeverity), tooLarge };
}

const SEVERITY_RANK: Readonly<Record<SeveritySetting, number>> = { off: 0, info: 1, warning: 2, error: 3 };

export function runRules(template: Template, config: ResolvedConfig, rules: readonly Rule[] = RULES, minSeverity: Severity = 'info'): Problem[] {
  const least = SEVERITY_RANK[minSeverity];
  const problems: Problem[] = [];
  // One `report` for all the rules (it reads which rule is running), not a closure per rule.
  let ruleId = '';
  let severity: Severity = 'info';
  const report = (report: Report) => {
    problems.push({
      ruleId,
      severity: report.severity ?? severity,
      message: report.message,
      start: report.start,
      end: report.end,
      fix: report.fix,
      suggestions: report.suggestions,
      actions: report.actions,
      details: report.details,
    });
  };
  // One context for all the rules too, its rule's fields set before each runs (rules read
  // them on entry): an object per rule and template was a twentieth of a check's garbage.
  const context: { -readonly [K in keyof RuleContext]: RuleContext[K] } = { template, config, severity, configured: false, ruleIds: RULE_IDS, options: NO_OPTIONS, report };
  for (const rule of rules) {
    const setting = config.rules.get(rule.meta.id) ?? rule.meta.defaultSeverity;
    if (setting === 'off' || !rule.meta.channels.includes(template.channel)) continue;
    if (SEVERITY_RANK[setting] < least && !rule.meta.raisesSeverity) continue;
    if (rule.meta.wholeMessage && template.perAppointment) continue;
    ruleId = rule.meta.id;
    severity = setting;
    context.severity = setting;
    context.configured = config.rules.has(ruleId);
    context.options = optionValues(rule, config);
    rule.check(context);
  }
  return problems.sort((a, b) => a.start - b.start || a.end - b.end);
}

const NO_OPTIONS: OptionValues<RuleOptions> = Object.freeze({});
/** Each rule's option values, read once per resolved config (equal configs are one object). */
const optionsByConfig = new WeakMap<ResolvedConfig, Map<Rule, OptionValues<RuleOptions>>>();

function optionValues(rule: Rule, config: ResolvedConfig): OptionValues<RuleOptions> {
  const declared = rule.meta.options;
  if (!declared) return NO_OPTIONS;
  let perRule = optionsByConfig.get(config);
  if (!perRule) optionsByConfig.set(config, (perRule = new Map()));
  let values = perRule.get(rule);
  if (!values) {
    const read: Record<string, unknown> = {};
    for (const [name, option] of Object.entries(declared)) read[name] = option.read(config);
    perRule.set(rule, (values = read));
  }
  return values;
}
