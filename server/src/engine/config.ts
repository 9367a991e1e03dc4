// Configuration: the shape of `.odmsgrc.json` (and of front matter `rules:`), merging
// of layers, and resolution into what rules read. Pure: callers bring the text.
import { createScanner, parseTree, printParseErrorCode, SyntaxKind, type Node as JsonNode, type ParseError } from 'jsonc-parser';
import { assignOwn, setOwn } from './ownKeys';
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
      if (key === 'rules' && isRecord(value)) assignOwn(merged.rules!, value as Record<string, SeveritySetting>);
      else if (key === 'spamPhrases' && isRecord(value)) {
        append(merged.spamPhrases!.add!, strings(value.add));
        append(merged.spamPhrases!.remove!, strings(value.remove));
      } else if ((LIST_KEYS as readonly string[]).includes(key)) append(merged[key] as string[], strings(value));
      else if (key !== '$schema') setOwn(merged, key, isRecord(value) && isRecord(merged[key]) && Object.hasOwn(merged, key) ? assignOwn(assignOwn({}, merged[key] as Record<string, unknown>), value) : value);
    }
  }
  return merged;
}

const resolvedCache = new Map<string, ResolvedConfig>();
/**
 * The layers of the last call and their result: the command line passes the same config
 * objects for every template of a folder, and a config of 100,000 phrases should not be
 * merged and serialised again for each.
 */
let last: { layers: readonly (OdmsgConfig | undefined)[]; resolved: ResolvedConfig } | undefined;

/** Merges and resolves layers; equal inputs give the same object, so rules can memoise on it. */
export function resolveConfig(layers: readonly (OdmsgConfig | undefined)[]): ResolvedConfig {
  if (last && last.layers.length === layers.length && last.layers.every((layer, i) => layer === layers[i])) return last.resolved;
  const resolved = resolveMerged(mergeConfigs(layers));
  last = { layers: [...layers], resolved };
  return resolved;
}

function resolveMerged(merged: OdmsgConfig): ResolvedConfig {
  const key = JSON.stringify(merged);
  const cached = resolvedCache.get(key);
  if (cached) return cached;
  const { rules, spamPhrases, acronyms, allowedDomains, ...rest } = merged;
  const options = assignOwn({}, rest);
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

/** How deep objects and lists may nest in a config file (the schema needs 3 levels). */
export const MAX_CONFIG_DEPTH = 32;

export interface ConfigText {
  config?: OdmsgConfig;
  errors: ConfigError[];
  /** The parse tree, for positions; undefined when the text does not parse. */
  root?: JsonNode;
}

/**
 * Reads `.odmsgrc.json` text (JSON with comments and trailing commas). On a syntax error
 * the config is undefined and checking goes on with the defaults; the errors say where.
 * Nesting past MAX_CONFIG_DEPTH is such an error, found by a flat scan before the
 * (recursive) parser runs, so no file can exhaust the stack.
 */
export function readConfigText(text: string): ConfigText {
  const tooDeep = depthError(text);
  if (tooDeep) return { errors: [tooDeep] };
  const parseErrors: ParseError[] = [];
  const root = parseTree(text, parseErrors, { allowTrailingComma: true, disallowComments: false });
  if (parseErrors.length > 0 || !root) {
    const errors = parseErrors.map((e) => ({ message: `Invalid JSON: ${describeParseError(printParseErrorCode(e.error))}.`, offset: e.offset, length: e.length }));
    return { errors: errors.length > 0 ? errors : [{ message: 'Invalid JSON: the file is empty.', offset: 0, length: 0 }] };
  }
  const value = valueOf(root);
  if (!isRecord(value)) return { errors: [{ message: 'The config must be a JSON object.', offset: 0, length: text.length }] };
  return { config: value as OdmsgConfig, errors: [], root };
}

function depthError(text: string): ConfigError | undefined {
  const scanner = createScanner(text, true);
  let depth = 0;
  for (let token = scanner.scan(); token !== SyntaxKind.EOF; token = scanner.scan()) {
    if (token === SyntaxKind.OpenBraceToken || token === SyntaxKind.OpenBracketToken) {
      if (++depth > MAX_CONFIG_DEPTH) {
        return { message: `The config nests objects or lists more than ${MAX_CONFIG_DEPTH} levels deep.`, offset: scanner.getTokenOffset(), length: 1 };
      }
    } else if ((token === SyntaxKind.CloseBraceToken || token === SyntaxKind.CloseBracketToken) && depth > 0) depth--;
  }
  return undefined;
}

/**
 * The value of a parse tree, like JSON.parse: the last of duplicate keys wins, and a key
 * named "__proto__" is an own property like any other (jsonc-parser's `parse` assigns it,
 * which sets the prototype: the key then escapes validation yet takes effect).
 */
function valueOf(node: JsonNode): unknown {
  switch (node.type) {
    case 'object': {
      const object: Record<string, unknown> = {};
      for (const property of node.children ?? []) {
        const [key, value] = property.children ?? [];
        if (key && value) setOwn(object, String(key.value), valueOf(value));
      }
      return object;
    }
    case 'array':
      return (node.children ?? []).map(valueOf);
    default:
      return node.value;
  }
}

function describeParseError(code: string): string {
  return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** push(...items) without passing every item as an argument (which overflows the stack for long lists). */
function append(target: string[], items: readonly string[]): void {
  for (const item of items) target.push(item);
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}
