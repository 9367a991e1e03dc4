// The engine's public vocabulary. Offsets are UTF-16 code-unit offsets into the whole file
// text (front matter included), half-open [start, end): the same units as JavaScript strings,
// LSP's default position encoding and ESLint's `fix.range`.

export type Severity = 'error' | 'warning' | 'info';
export type SeveritySetting = Severity | 'off';
export const SEVERITY_SETTINGS: readonly SeveritySetting[] = ['off', 'info', 'warning', 'error'];

/** One replacement of text[range[0], range[1]) by `text` (ESLint's fix object). */
export interface Fix {
  range: [number, number];
  text: string;
}

/** A fix that changes meaning: offered as a quick fix, never applied unattended. */
export interface Suggestion {
  desc: string;
  fix: Fix;
}

export interface Problem {
  ruleId: string;
  severity: Severity;
  message: string;
  start: number;
  end: number;
  /** Safe to apply unattended (fix-all, fix on save, --fix). */
  fix?: Fix & { desc: string };
  suggestions?: Suggestion[];
  /** Code actions beyond the problem's own edits, which adapters offer by their `kind`. */
  actions?: ProblemAction[];
  /**
   * Facts about the problem for people and tools reading a diagnostic (a character's code
   * points, why a tag is not filled). Nothing decodes them into behaviour: an action a rule
   * offers is declared in `actions`.
   */
  details?: Record<string, string>;
}

/**
 * A code action a rule offers beyond edits inside its problem's range, declared as data: the
 * adapters switch on `kind`, never on the rule id. It travels in Diagnostic.data like the fix.
 */
export type ProblemAction =
  /** Add a link's domain to `allowedDomains` in the nearest config file (the editor's "Allow <domain>"). */
  | { kind: 'allowDomain'; domain: string }
  /**
   * Write `key: value` into the front matter, which makes the file the template where the
   * problem is none ("Set aggregate: true"): engine/frontMatterActions.ts builds the edit.
   */
  | SetFrontMatterAction;

export interface SetFrontMatterAction {
  kind: 'setFrontMatter';
  key: 'aggregate' | 'channel';
  value: string;
}

export type Channel = 'sms' | 'email';

export interface RuleMeta {
  id: string;
  description: string;
  defaultSeverity: Severity;
  /** What kind of repair the rule offers: `fix` (safe), `suggestion` (meaning-changing), or none. */
  fixable: 'fix' | 'suggestion' | 'none';
  /** Which channels the rule applies to; the engine skips it for the others. */
  channels: readonly Channel[];
  /**
   * The rule judges a whole message as the patient gets it (its length, whether it names
   * the office), not what the text says: the engine skips it for a per-appointment line
   * (`aggregate: perAppointment`), which is only a part of the aggregate message.
   */
  wholeMessage?: boolean;
  /**
   * The rule judges whether a file is too large to check (file-too-large): for a file over
   * the limit it gives, the engine runs it alone, on a template read no further than its
   * front matter; for any other file it does not run at all. `exceeds` decides on the text
   * (a file read whole), `bytes` is the limit for a reader that measured the file instead.
   */
  sizeLimit?: SizeLimit;
  /**
   * The rule may report a problem above its configured severity (`Report.severity`, e.g. an
   * error above a hard limit): it runs even where problems of its configured severity are
   * not wanted (`LintOptions.minSeverity`).
   */
  raisesSeverity?: boolean;
  /** Longer explanation for the docs page: what it protects against, with the manual page. */
  rationale: string;
}

export interface SizeLimit {
  /** The limit in UTF-8 bytes under this config. */
  bytes(config: import('./config').ResolvedConfig): number;
  /** Whether the text is over the limit (without encoding it when its length decides). */
  exceeds(text: string, config: import('./config').ResolvedConfig): boolean;
}

/** What a rule reports; the engine adds the rule id and the configured severity. */
export interface Report {
  message: string;
  start: number;
  end: number;
  fix?: Fix & { desc: string };
  suggestions?: Suggestion[];
  actions?: ProblemAction[];
  details?: Record<string, string>;
  /** Overrides the configured severity for this report only (e.g. an error above a hard limit). */
  severity?: Severity;
}

/**
 * A `.odmsgrc.json` key beyond `rules`, declared by what reads it (a rule's metadata, the SMS
 * estimate's options): the generated schema, `odmsg init` and the README's config reference
 * are built from these declarations.
 */
export interface ConfigOption {
  key: string;
  description: string;
  /** JSON Schema (draft-07) for the value. */
  schema: Record<string, unknown>;
  /** A value for `odmsg init` and docs. */
  example: unknown;
}

/** An option a rule declares in its metadata and reads, typed, from its context's `options`. */
export interface RuleOption<T> extends ConfigOption {
  /** The value in effect: the merged config's, or the default when unset or invalid (the schema reports an invalid one in the config file). */
  read(config: import('./config').ResolvedConfig): T;
}

export type RuleOptions = Readonly<Record<string, RuleOption<unknown>>>;

/** The values of a rule's options, by the names its metadata gives them. */
export type OptionValues<O extends RuleOptions> = { readonly [K in keyof O]: O[K] extends RuleOption<infer T> ? T : never };

export interface RuleContext<O extends RuleOptions = RuleOptions> {
  readonly template: import('./parse').Template;
  readonly config: import('./config').ResolvedConfig;
  /** The severity configured for this rule (never 'off': off rules do not run). */
  readonly severity: Severity;
  /** True when a config layer set this rule's severity (rules may only raise a default). */
  readonly configured: boolean;
  /** Every rule's id, for a rule that checks rule names (front matter `rules:`) without importing the registry. */
  readonly ruleIds: readonly string[];
  /** The rule's own options (its metadata's `options`), read from `config`. */
  readonly options: OptionValues<O>;
  report(report: Report): void;
}

export interface Rule<O extends RuleOptions = RuleOptions> {
  meta: RuleMeta & {
    /** The config options the rule reads, by the name its context's `options` gives each. */
    readonly options?: O;
  };
  check(context: RuleContext<O>): void;
}
