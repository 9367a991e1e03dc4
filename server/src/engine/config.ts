// Configuration: the shape of `.odmsgrc.json` (and of front matter `rules:`), merging
// of layers, and resolution into what rules read. Pure: callers bring the text.
import { parse as parseJsonc, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { SEVERITY_SETTINGS, type Severity, type SeveritySetting } from './types';

/** The config file's shape. Later layers override earlier ones; lists add up. */
export interface OdmsgConfig {
  rules?: Record<string, SeveritySetting>;
  spamPhrases?: { add?: string[]; remove?: string[] };
  acronyms?: string[];
  allowedDomains?: string[];
  /** Anything else a rule declares (see `CONFIG_KEYS`); kept as given. */
  [option: string]: unknown;
}

export interface ResolvedConfig {
  /** Severity per rule id; a rule missing here runs at its default severity. */
  readonly rules: ReadonlyMap<string, SeveritySetting>;
  readonly spamPhrases: { readonly add: readonly string[]; readonly remove: readonly string[] };
  readonly acronyms: readonly string[];
  readonly allowedDomains: readonly string[];
  /** Merged options beyond the ones above, by key. */
  readonly options: Readonly<Record<string, unknown>>;
  /** Stable identity of the merged settings: equal keys mean equal configs. */
  readonly key: string;
}

const LIST_KEYS = ['acronyms', 'allowedDomains'] as const;

export function mergeConfigs(layers: readonly (OdmsgConfig | undefined)[]): OdmsgConfig {
  const merged: OdmsgConfig = { rules: {}, spamPhrases: { add: [], remove: [] }, acronyms: [], allowedDomains: [] };
  for (const layer of layers) {
    if (!layer || typeof layer !== 'object') continue;
    for (const [key, value] of Object.entries(layer)) {
      if (key === 'rules' && isRecord(value)) Object.assign(merged.rules!, value);
      else if (key === 'spamPhrases' && isRecord(value)) {
        merged.spamPhrases!.add!.push(...strings(value.add));
        merged.spamPhrases!.remove!.push(...strings(value.remove));
      } else if ((LIST_KEYS as readonly string[]).includes(key)) (merged[key] as string[]).push(...strings(value));
      else if (key !== '$schema') merged[key] = isRecord(value) && isRecord(merged[key]) ? { ...(merged[key] as object), ...value } : value;
    }
  }
  return merged;
}

const resolvedCache = new Map<string, ResolvedConfig>();

/** Merges and resolves layers; equal inputs give the same object, so rules can memoise on it. */
export function resolveConfig(layers: readonly (OdmsgConfig | undefined)[]): ResolvedConfig {
  const merged = mergeConfigs(layers);
  const key = JSON.stringify(merged);
  const cached = resolvedCache.get(key);
  if (cached) return cached;
  const { rules, spamPhrases, acronyms, allowedDomains, ...options } = merged;
  const resolved: ResolvedConfig = {
    rules: new Map(Object.entries(rules ?? {}).filter(([, v]) => SEVERITY_SETTINGS.includes(v))),
    spamPhrases: { add: spamPhrases?.add ?? [], remove: spamPhrases?.remove ?? [] },
    acronyms: acronyms ?? [],
    allowedDomains: (allowedDomains ?? []).map((d) => d.toLowerCase().replace(/^www\./, '')),
    options,
    key,
  };
  if (resolvedCache.size > 200) resolvedCache.clear();
  resolvedCache.set(key, resolved);
  return resolved;
}

export function severityFor(config: ResolvedConfig, ruleId: string, fallback: Severity): SeveritySetting {
  return config.rules.get(ruleId) ?? fallback;
}

export interface ConfigError {
  message: string;
  offset: number;
  length: number;
}

/**
 * Reads `.odmsgrc.json` text (JSON with comments and trailing commas). On a syntax error
 * the config is undefined and checking goes on with the defaults; the errors say where.
 */
export function readConfigText(text: string): { config?: OdmsgConfig; errors: ConfigError[] } {
  const parseErrors: ParseError[] = [];
  const value: unknown = parseJsonc(text, parseErrors, { allowTrailingComma: true, disallowComments: false });
  if (parseErrors.length > 0) {
    return {
      errors: parseErrors.map((e) => ({ message: `Invalid JSON: ${describeParseError(printParseErrorCode(e.error))}.`, offset: e.offset, length: e.length })),
    };
  }
  if (!isRecord(value)) return { errors: [{ message: 'The config must be a JSON object.', offset: 0, length: text.length }] };
  return { config: value as OdmsgConfig, errors: [] };
}

function describeParseError(code: string): string {
  return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}
