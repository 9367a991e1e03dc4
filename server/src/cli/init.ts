// `odmsg init`: a commented `.odmsgrc.json` in the current folder, with every rule listed
// at its default (commented out, so defaults keep following upgrades) and every option.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CONFIG_OPTIONS } from '../engine/configSchema';
import { RULES } from '../engine/registry';
import { SEVERITY_SETTINGS } from '../engine/types';
import { UsageError } from './args';
import { inlineJson } from './inlineJson';
import { packageRoot, schemaFile } from './packageInfo';
import { CONFIG_FILE_NAME } from '../engine/configValidation';
import { writeFileAtomic } from '../workspace/atomicWrite';
import { describeError } from '../workspace/readText';

/**
 * The `$schema` value: a relative path to the package's schema when `dir` belongs to the
 * project that has odmsg (installed in its node_modules, or this repository itself), or to a
 * local install found above `dir`; otherwise none, since a path that does not resolve makes
 * editors report "schema not found" (VS Code with the extension knows the schema anyway).
 */
export function schemaReference(dir: string): string | undefined {
  const root = packageRoot();
  const marker = `${path.sep}node_modules${path.sep}`;
  const owner = root.includes(marker) ? root.slice(0, root.lastIndexOf(marker)) : root;
  const inside = path.relative(owner, dir);
  if (inside === '' || (!inside.startsWith('..') && !path.isAbsolute(inside))) return relativeReference(dir, schemaFile());
  for (let folder = path.resolve(dir), depth = 0; depth < 64; depth++) {
    const local = path.join(folder, 'node_modules', 'odmsg', 'schemas', 'odmsgrc.schema.json');
    if (fs.existsSync(local)) return relativeReference(dir, local);
    const parent = path.dirname(folder);
    if (parent === folder) break;
    folder = parent;
  }
  return undefined;
}

function relativeReference(dir: string, file: string): string {
  const relative = path.relative(dir, file).split(path.sep).join('/');
  return relative.startsWith('.') ? relative : `./${relative}`;
}

/** An empty value of a schema's type: what a fresh config starts with. */
function emptyValue(schema: Record<string, unknown>): unknown {
  if (schema.type === 'array') return [];
  if (schema.type === 'object') {
    const properties = (schema.properties ?? {}) as Record<string, Record<string, unknown>>;
    return Object.fromEntries(Object.entries(properties).map(([k, v]) => [k, emptyValue(v)]));
  }
  return schema.default ?? null;
}

/** True for [] and for maps whose values are all empty. */
function isEmpty(value: unknown): boolean {
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object' && value !== null) return Object.values(value).every(isEmpty);
  return false;
}

export function initialConfigText(dir: string): string {
  const lines = ['// odmsg settings for the templates in this folder and below (the nearest .odmsgrc.json wins).', '// JSON with comments. Rules and options: docs/rules/<rule>.md and the odmsg README.', '{'];
  const schema = schemaReference(dir);
  if (schema !== undefined) lines.push(`  "$schema": ${JSON.stringify(schema)},`);
  else
    lines.push('  // No "$schema": odmsg is not installed in this project. VS Code with the odmsg extension checks this file anyway; other editors can use schemas/odmsgrc.schema.json from the odmsg package.');
  lines.push(`  // Severity per rule: ${SEVERITY_SETTINGS.map((s) => `"${s}"`).join(', ')}. Each is shown at its default; uncomment to change it.`);
  lines.push('  "rules": {');
  const width = Math.max(0, ...RULES.map((r) => r.meta.id.length));
  RULES.forEach(({ meta }, i) => {
    const entry = `${JSON.stringify(meta.id)}: ${JSON.stringify(meta.defaultSeverity)}${i < RULES.length - 1 ? ',' : ''}`;
    lines.push(`    // ${entry.padEnd(width + 14)} // ${meta.description}`);
  });
  // Options whose empty value changes nothing (lists, maps) are written out, ready to fill
  // in; the others are commented out at their default, so the default keeps applying.
  const options = CONFIG_OPTIONS.map((option) => {
    const empty = emptyValue(option.schema);
    const active = isEmpty(empty);
    return { option, active, value: inlineJson(active ? empty : (option.schema.default ?? option.example)) };
  });
  const lastActive = options.map((o) => o.active).lastIndexOf(true);
  lines.push(`  }${lastActive >= 0 ? ',' : ''}`);
  options.forEach(({ option, active, value }, i) => {
    lines.push(`  // ${option.description}`);
    const comma = active ? (i < lastActive ? ',' : '') : ',';
    lines.push(`  ${active ? '' : '// '}${JSON.stringify(option.key)}: ${value}${comma}`);
  });
  lines.push('}');
  return `${lines.join('\n')}\n`;
}

/** A file could not be written: a failure of the run (exit 2), not a bug. */
export class WriteError extends Error {}

/** Writes `.odmsgrc.json` in `dir`; refuses to replace one unless `force`. Returns its path. */
export function writeInitialConfig(dir: string, force: boolean): string {
  const file = path.join(dir, CONFIG_FILE_NAME);
  if (!force && fs.existsSync(file)) throw new UsageError(`${CONFIG_FILE_NAME} already exists here; use "odmsg init --force" to replace it.`);
  try {
    writeFileAtomic(file, initialConfigText(dir));
  } catch (error) {
    throw new WriteError(`Cannot write ${file}: ${describeError(error)}. Nothing was written.`);
  }
  return file;
}
