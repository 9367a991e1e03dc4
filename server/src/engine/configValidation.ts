// The JSON Schema of `.odmsgrc.json`, built from the rule registry and the option list
// (configSchema.ts), and the check of a config file's text against it. scripts/generate.ts
// writes the schema to schemas/odmsgrc.schema.json; the CLI and the language server check
// config files with `validateConfigText`, so the editor flags exactly what CI rejects.
import type { Node as JsonNode } from 'jsonc-parser';
import { readConfigText, type OdmsgConfig } from './config';
import { CONFIG_OPTIONS } from './configSchema';
import { own } from './ownKeys';
import { RULES } from './registry';
import { didYouMean } from './rules/util/didYouMean';
import { SEVERITY_SETTINGS } from './types';
import { plural } from './numbers';

export type JsonSchema = Record<string, unknown>;

export const CONFIG_FILE_NAME = '.odmsgrc.json';

export function buildConfigSchema(): JsonSchema {
  const rules: Record<string, JsonSchema> = {};
  for (const { meta } of RULES) {
    rules[meta.id] = {
      description: `${meta.description} Default: ${meta.defaultSeverity}.`,
      enum: [...SEVERITY_SETTINGS],
      default: meta.defaultSeverity,
    };
  }
  const options: Record<string, JsonSchema> = {};
  for (const option of CONFIG_OPTIONS) options[option.key] = { description: option.description, ...option.schema };
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'odmsg configuration (.odmsgrc.json)',
    description: 'Settings for odmsg, the checker for Open Dental message templates. The nearest .odmsgrc.json above a template applies to it; files further up are not merged. JSON with comments.',
    type: 'object',
    // VS Code's JSON service reads these two: the file is JSON with comments.
    allowComments: true,
    allowTrailingCommas: true,
    properties: {
      $schema: { type: 'string', description: 'Where editors find this schema.' },
      rules: {
        type: 'object',
        description: `Severity per rule: ${SEVERITY_SETTINGS.map((s) => `"${s}"`).join(', ')}. Rules left out keep their default.`,
        properties: rules,
        additionalProperties: false,
      },
      ...options,
    },
    additionalProperties: false,
  };
}

export interface SchemaError {
  /** JSON path of the offending value (for an unknown key: the key's own path). */
  path: (string | number)[];
  /** True when the key itself is the problem (an unknown property). */
  atKey: boolean;
  message: string;
}

/** Longest user text (a key, a value) quoted whole in a message; longer ones are cut. */
const QUOTED_MAX = 60;

/** User text in a message: JSON-quoted (control characters escaped), cut to QUOTED_MAX. */
export function quoted(text: string): string {
  return JSON.stringify(text.length > QUOTED_MAX ? `${text.slice(0, QUOTED_MAX - 1)}…` : text);
}

/**
 * Checks a value against the subset of JSON Schema that buildConfigSchema uses (type, enum,
 * properties, additionalProperties, items, minimum, maximum, maxLength, uniqueItems).
 * `suggest` offers "did you mean" for unknown keys. Property names are looked up as the
 * schema's own (a key "constructor" is unknown, not Object's constructor).
 */
export function validateAgainstSchema(
  value: unknown,
  schema: JsonSchema,
  suggest: (word: string, candidates: string[]) => string | undefined,
  path: (string | number)[] = [],
  // One list for the whole walk: spreading a child's errors into the parent's (push(...))
  // overflows the stack at some 100,000 errors (a list with the same phrase 140,000 times).
  errors: SchemaError[] = [],
): SchemaError[] {
  const where = path.length === 0 ? 'The config' : quoted(path.join('.'));
  const type = schema.type as string | undefined;
  if (type && !hasType(value, type)) {
    errors.push({ path, atKey: false, message: `${where} must be ${article(type)}, not ${describe(value)}.` });
    return errors;
  }
  const allowed = schema.enum as unknown[] | undefined;
  if (allowed && !allowed.includes(value)) {
    errors.push({ path, atKey: false, message: `${where} must be one of ${allowed.map((v) => JSON.stringify(v)).join(', ')}, not ${describe(value)}.` });
  }
  if (typeof value === 'number') {
    if (typeof schema.minimum === 'number' && value < schema.minimum) errors.push({ path, atKey: false, message: `${where} must be at least ${schema.minimum}.` });
    if (typeof schema.maximum === 'number' && value > schema.maximum) errors.push({ path, atKey: false, message: `${where} must be at most ${schema.maximum}.` });
  }
  if (typeof value === 'string' && typeof schema.maxLength === 'number' && value.length > schema.maxLength) {
    errors.push({ path, atKey: false, message: `${where} is ${value.length} characters long; at most ${schema.maxLength} are allowed.` });
  }
  if (Array.isArray(value)) {
    const items = schema.items as JsonSchema | undefined;
    if (items) value.forEach((item, i) => validateAgainstSchema(item, items, suggest, [...path, i], errors));
    if (schema.uniqueItems === true) {
      const seen = new Set<string>();
      value.forEach((item, i) => {
        const key = JSON.stringify(item);
        if (seen.has(key)) errors.push({ path: [...path, i], atKey: false, message: `${typeof item === 'string' ? quoted(item) : describe(item)} is listed twice in ${where}.` });
        seen.add(key);
      });
    }
  } else if (isRecord(value)) {
    const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
    for (const [key, child] of Object.entries(value)) {
      const childSchema = own(properties, key);
      if (childSchema) validateAgainstSchema(child, childSchema, suggest, [...path, key], errors);
      else if (schema.additionalProperties === false) {
        const known = knownKeys(schema, properties);
        const hint = suggest(key, known.keys);
        const what = path.length === 0 ? 'option' : path[path.length - 1] === 'rules' ? 'rule' : `key in ${where}`;
        errors.push({
          path: [...path, key],
          atKey: true,
          message: `Unknown ${what} ${quoted(key)}${hint ? ` (did you mean "${hint}"?)` : ''}. Known: ${known.list}.`,
        });
      } else if (isRecord(schema.additionalProperties)) {
        validateAgainstSchema(child, schema.additionalProperties, suggest, [...path, key], errors);
      }
    }
  }
  return errors;
}

const knownBySchema = new WeakMap<JsonSchema, { keys: string[]; list: string }>();

/** A schema's property names for "Unknown … Known: …", made once per schema (not per unknown key). */
function knownKeys(schema: JsonSchema, properties: Record<string, JsonSchema>): { keys: string[]; list: string } {
  let known = knownBySchema.get(schema);
  if (!known) {
    const keys = Object.keys(properties).filter((k) => k !== '$schema');
    knownBySchema.set(schema, (known = { keys, list: keys.join(', ') }));
  }
  return known;
}

function hasType(value: unknown, type: string): boolean {
  switch (type) {
    case 'object':
      return isRecord(value);
    case 'array':
      return Array.isArray(value);
    case 'integer':
      return Number.isInteger(value);
    case 'number':
      return typeof value === 'number';
    default:
      return typeof value === type;
  }
}

function article(type: string): string {
  return type === 'integer' || type === 'object' || type === 'array' ? `an ${type === 'integer' ? 'integer' : type}` : `a ${type}`;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  return typeof value === 'string' ? quoted(value) : JSON.stringify(value);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export interface ConfigTextProblem {
  message: string;
  offset: number;
  length: number;
  /** A syntax error: the file cannot be read at all. Otherwise the value breaks the schema. */
  syntax: boolean;
}

export interface ConfigTextCheck {
  /** Undefined on a syntax error. Present (as written) when only schema problems were found. */
  config?: OdmsgConfig;
  problems: ConfigTextProblem[];
}

let schema: JsonSchema | undefined;

/**
 * At most this many problems per config file, then one saying how many more: a file of
 * 60,000 unknown keys is one mistake repeated, and the editor and CI show the same list.
 */
export const MAX_CONFIG_PROBLEMS = 20;

/** Reads a config file's text and checks it against the schema; problems carry offsets. */
export function validateConfigText(text: string): ConfigTextCheck {
  const { config, errors, root } = readConfigText(text);
  if (!config || !root) return { problems: capped(errors.map((e) => ({ message: e.message, offset: e.offset, length: e.length, syntax: true }))) };
  const locate = locator(root);
  // Only the problems shown get a "did you mean" (each costs edit distances): a suggestion is
  // asked for when its problem is found, so the first ones asked for are among those shown.
  let suggestions = 0;
  const suggest = (word: string, candidates: string[]) => (suggestions++ < MAX_CONFIG_PROBLEMS ? didYouMean(word, candidates) : undefined);
  const problems = validateAgainstSchema(config, (schema ??= buildConfigSchema()), suggest).map((error) => {
    const node = locate(error.path);
    const target = error.atKey && node?.parent?.type === 'property' ? node.parent.children?.[0] : node;
    return { message: error.message, offset: target?.offset ?? 0, length: target?.length ?? 0, syntax: false };
  });
  return { config, problems: capped(problems) };
}

function capped(problems: ConfigTextProblem[]): ConfigTextProblem[] {
  if (problems.length <= MAX_CONFIG_PROBLEMS) return problems;
  const next = problems[MAX_CONFIG_PROBLEMS];
  const more = problems.length - MAX_CONFIG_PROBLEMS;
  return [...problems.slice(0, MAX_CONFIG_PROBLEMS), { ...next, message: `${plural(more, 'more problem')} in this file, from here on (not shown).` }];
}

/**
 * Finds the node at a JSON path. Each object's keys are indexed the first time a path goes
 * through it, so locating every problem of a file is linear in the file (jsonc-parser's
 * findNodeAtLocation scans an object's properties on each call: quadratic for 60,000 keys).
 * The last of duplicate keys wins, as in the value.
 */
function locator(root: JsonNode): (path: readonly (string | number)[]) => JsonNode | undefined {
  const indexes = new Map<JsonNode, Map<string, JsonNode>>();
  const indexOf = (object: JsonNode): Map<string, JsonNode> => {
    let index = indexes.get(object);
    if (!index) {
      index = new Map();
      for (const property of object.children ?? []) {
        const [key, value] = property.children ?? [];
        if (key && value) index.set(String(key.value), value);
      }
      indexes.set(object, index);
    }
    return index;
  };
  return (path) => {
    let node: JsonNode | undefined = root;
    for (const segment of path) {
      if (!node) return undefined;
      if (typeof segment === 'number') node = node.type === 'array' ? node.children?.[segment] : undefined;
      else node = node.type === 'object' ? indexOf(node).get(segment) : undefined;
    }
    return node;
  };
}
