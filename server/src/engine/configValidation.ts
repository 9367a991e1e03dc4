// The JSON Schema of `.odmsgrc.json`, built from the rule registry and the option list
// (configSchema.ts), and the check of a config file's text against it. scripts/generate.ts
// writes the schema to schemas/odmsgrc.schema.json; the CLI and the language server check
// config files with `validateConfigText`, so the editor flags exactly what CI rejects.
import { findNodeAtLocation, parseTree } from 'jsonc-parser';
import { readConfigText, type OdmsgConfig } from './config';
import { CONFIG_OPTIONS } from './configSchema';
import { RULES } from './registry';
import { didYouMean } from './rules/util/didYouMean';
import { SEVERITY_SETTINGS } from './types';

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
    description:
      'Settings for odmsg, the checker for Open Dental message templates. The nearest .odmsgrc.json above a template applies to it; files further up are not merged. JSON with comments.',
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

/**
 * Checks a value against the subset of JSON Schema that buildConfigSchema uses (type, enum,
 * properties, additionalProperties, items, minimum, maximum, uniqueItems). `suggest` offers
 * "did you mean" for unknown keys.
 */
export function validateAgainstSchema(value: unknown, schema: JsonSchema, suggest: (word: string, candidates: string[]) => string | undefined, path: (string | number)[] = []): SchemaError[] {
  const errors: SchemaError[] = [];
  const where = path.length === 0 ? 'The config' : `"${path.join('.')}"`;
  const type = schema.type as string | undefined;
  if (type && !hasType(value, type)) {
    errors.push({ path, atKey: false, message: `${where} must be ${article(type)}, not ${describe(value)}.` });
    return errors;
  }
  const allowed = schema.enum as unknown[] | undefined;
  if (allowed && !allowed.includes(value)) {
    errors.push({ path, atKey: false, message: `${where} must be one of ${allowed.map((v) => JSON.stringify(v)).join(', ')}, not ${JSON.stringify(value)}.` });
  }
  if (typeof value === 'number') {
    if (typeof schema.minimum === 'number' && value < schema.minimum) errors.push({ path, atKey: false, message: `${where} must be at least ${schema.minimum}.` });
    if (typeof schema.maximum === 'number' && value > schema.maximum) errors.push({ path, atKey: false, message: `${where} must be at most ${schema.maximum}.` });
  }
  if (Array.isArray(value)) {
    const items = schema.items as JsonSchema | undefined;
    if (items) value.forEach((item, i) => errors.push(...validateAgainstSchema(item, items, suggest, [...path, i])));
    if (schema.uniqueItems === true) {
      const seen = new Set<string>();
      value.forEach((item, i) => {
        const key = JSON.stringify(item);
        if (seen.has(key)) errors.push({ path: [...path, i], atKey: false, message: `${JSON.stringify(item)} is listed twice in ${where}.` });
        seen.add(key);
      });
    }
  } else if (isRecord(value)) {
    const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
    for (const [key, child] of Object.entries(value)) {
      const childSchema = properties[key];
      if (childSchema) errors.push(...validateAgainstSchema(child, childSchema, suggest, [...path, key]));
      else if (schema.additionalProperties === false) {
        const known = Object.keys(properties).filter((k) => k !== '$schema');
        const hint = suggest(key, known);
        const what = path.length === 0 ? 'option' : path[path.length - 1] === 'rules' ? 'rule' : `key in ${where}`;
        errors.push({
          path: [...path, key],
          atKey: true,
          message: `Unknown ${what} "${key}"${hint ? ` (did you mean "${hint}"?)` : ''}. Known: ${known.join(', ')}.`,
        });
      } else if (isRecord(schema.additionalProperties)) {
        errors.push(...validateAgainstSchema(child, schema.additionalProperties, suggest, [...path, key]));
      }
    }
  }
  return errors;
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
  return JSON.stringify(value);
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

/** Reads a config file's text and checks it against the schema; problems carry offsets. */
export function validateConfigText(text: string): ConfigTextCheck {
  const { config, errors } = readConfigText(text);
  if (!config) return { problems: errors.map((e) => ({ message: e.message, offset: e.offset, length: e.length, syntax: true })) };
  const root = parseTree(text, [], { allowTrailingComma: true, disallowComments: false });
  const problems = validateAgainstSchema(config, (schema ??= buildConfigSchema()), (word, candidates) => didYouMean(word, candidates)).map((error) => {
    const node = root && findNodeAtLocation(root, error.path);
    const target = error.atKey && node?.parent?.type === 'property' ? node.parent.children?.[0] : node;
    return { message: error.message, offset: target?.offset ?? 0, length: target?.length ?? 0, syntax: false };
  });
  return { config, problems };
}
