// What each tag is assumed to expand to: a length for the estimate, and a sample value for
// the preview. Lengths come from config `tagLengths`, else data/tag-lengths.json, else the
// catalog example's length. Open Dental publishes no lengths (docs/tag-lengths.md).
import { tagByName } from '../catalog';
import lengthData from '../data/tag-lengths.json';
import type { LengthMode, SmsOptions, TagLengthSetting } from './options';

type Repeat = 'line' | 'comma';

interface LengthEntry {
  typical: number;
  worst: number;
  repeat?: Repeat;
}

const DEFAULTS: ReadonlyMap<string, LengthEntry> = new Map(Object.entries(lengthData.tags as Record<string, LengthEntry>).map(([name, e]) => [name.toLowerCase(), e]));

const SEPARATOR: Record<Repeat, string> = { line: '\n', comma: ', ' };

export interface TagExpansion {
  /** The tag's canonical name, or the name as typed for a tag only config knows. */
  tag: string;
  /** Characters the value is assumed to take (all items and separators included). */
  length: number;
  /** Where the length comes from. */
  source: 'config' | 'default' | 'example';
  /** For a repeated tag (`[Appts]`): items and their separator; the length above includes them. */
  items?: number;
  separator?: string;
  /** Length of one item when `items` is set. */
  itemLength?: number;
}

/** The assumed expansion of a tag; undefined for an unknown tag, which Open Dental sends as typed. */
export function expandTag(name: string, options: SmsOptions): TagExpansion | undefined {
  const info = tagByName(name);
  const canonical = info?.name ?? name;
  const entry = DEFAULTS.get(canonical.toLowerCase());
  const configured = lookup(options.tagLengths, canonical);
  if (!info && configured === undefined) return undefined;

  let perItem: number;
  let source: TagExpansion['source'];
  if (configured !== undefined) {
    perItem = settingLength(configured, options.lengthMode, entry);
    source = 'config';
  } else if (entry) {
    perItem = entry[options.lengthMode];
    source = 'default';
  } else {
    perItem = info!.example.length;
    source = 'example';
  }
  if (!entry?.repeat) return { tag: canonical, length: perItem, source };
  const items = options.appointmentsPerFamily;
  const separator = SEPARATOR[entry.repeat];
  return { tag: canonical, length: items * perItem + (items - 1) * separator.length, source, items, separator, itemLength: perItem };
}

/** Filler text of the assumed length: plain GSM-7 letters, items joined by their separator. */
export function fillerText(expansion: TagExpansion): string {
  if (expansion.items === undefined) return 'x'.repeat(expansion.length);
  return Array.from({ length: expansion.items }, () => 'x'.repeat(expansion.itemLength!)).join(expansion.separator);
}

/**
 * The preview's value for a tag: config `sampleValues`, else the catalog example (a repeated
 * tag's example items cycled to `appointmentsPerFamily` items); undefined for an unknown tag.
 */
export function sampleValue(name: string, options: SmsOptions): string | undefined {
  const info = tagByName(name);
  const canonical = info?.name ?? name;
  const configured = lookup(options.sampleValues, canonical);
  if (configured !== undefined) return configured;
  if (!info) return undefined;
  const repeat = DEFAULTS.get(canonical.toLowerCase())?.repeat;
  if (!repeat) return info.example;
  const examples = info.example.split(repeat === 'line' ? /\n|; / : ', ');
  const items = Array.from({ length: options.appointmentsPerFamily }, (_, i) => examples[i % examples.length]);
  return items.join(SEPARATOR[repeat]);
}

/** A setting keyed by tag name: exact canonical key first, then any case or spelling. */
function lookup<T>(record: Readonly<Record<string, T>>, canonical: string): T | undefined {
  if (Object.hasOwn(record, canonical)) return record[canonical];
  const lower = canonical.toLowerCase();
  for (const [key, value] of Object.entries(record)) {
    if (key.toLowerCase() === lower || tagByName(key)?.name === canonical) return value;
  }
  return undefined;
}

function settingLength(setting: TagLengthSetting, mode: LengthMode, entry: LengthEntry | undefined): number {
  if (typeof setting === 'number') return setting;
  const given = setting[mode];
  if (given !== undefined) return given;
  // Only the other mode is configured: the built-in value for this mode, but a worst case
  // never below the configured typical length and a typical case never above the worst.
  const builtIn = entry?.[mode];
  if (mode === 'worst') return Math.max(builtIn ?? 0, setting.typical ?? 0);
  return builtIn === undefined ? (setting.worst ?? 0) : Math.min(builtIn, setting.worst ?? builtIn);
}
