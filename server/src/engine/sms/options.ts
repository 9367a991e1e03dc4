// The SMS settings, read from the resolved config with their defaults. A value of the wrong
// type is ignored (the schema reports it in the config file); the default applies instead.
import type { ResolvedConfig } from '../config';
import type { ConfigOption } from '../types';
import { setOwn } from '../ownKeys';

export type LengthMode = 'typical' | 'worst';

export interface Pricing {
  /** Price of a text of one segment (Open Dental US: $0.04). */
  perMessage: number;
  /** Price of each segment after the first (Open Dental US: $0.01). */
  perExtraSegment: number;
}

/** Assumed length of one tag: one number for both modes, or per mode. */
export type TagLengthSetting = number | { typical?: number; worst?: number };

export interface SmsOptions {
  lengthMode: LengthMode;
  /** Tag name (any case, without brackets) to its assumed length. */
  tagLengths: Readonly<Record<string, TagLengthSetting>>;
  /** Appointments (or family members) an aggregate text lists: how often `[Appts]` repeats. */
  appointmentsPerFamily: number;
  pricing: Pricing;
  /** Tag name (any case, without brackets) to the value the preview puts in its place. */
  sampleValues: Readonly<Record<string, string>>;
}

export const DEFAULT_PRICING: Pricing = { perMessage: 0.04, perExtraSegment: 0.01 };

export const SMS_DEFAULTS: SmsOptions = {
  lengthMode: 'typical',
  tagLengths: {},
  appointmentsPerFamily: 2,
  pricing: DEFAULT_PRICING,
  sampleValues: {},
};

/**
 * The options of the SMS estimate, declared here because the estimate reads them for every
 * surface (the rules, the status bar, the preview, --stats), not one rule (docs/tag-lengths.md).
 */
export const SMS_CONFIG_OPTIONS: readonly ConfigOption[] = [
  {
    key: 'tagLengths',
    description:
      'Assumed length in characters of each tag\'s value, for the length and cost estimate (message-length, status bar, --stats). A number, or {"typical": n, "worst": n}. For [Appts] and the other family lists it is the length of one line or name. Open Dental publishes no lengths; the defaults are in docs/tag-lengths.md.',
    schema: {
      type: 'object',
      propertyNames: { pattern: '^[A-Za-z0-9_]+$' },
      additionalProperties: {
        oneOf: [
          { type: 'integer', minimum: 0, maximum: 10000 },
          {
            type: 'object',
            additionalProperties: false,
            minProperties: 1,
            properties: { typical: { type: 'integer', minimum: 0, maximum: 10000 }, worst: { type: 'integer', minimum: 0, maximum: 10000 } },
          },
        ],
      },
    },
    example: { OfficeName: 24, Premed: { worst: 120 } },
  },
  {
    key: 'lengthMode',
    description: 'Which assumed tag lengths the estimate uses: "typical" (default) or "worst" (long names, long dates, the premedication sentence).',
    schema: { type: 'string', enum: ['typical', 'worst'], default: 'typical' },
    example: 'typical',
  },
  {
    key: 'appointmentsPerFamily',
    description: 'How many appointments (or family members) an aggregate text lists: [Appts] and the family lists are estimated with this many lines. Default 2.',
    schema: { type: 'integer', minimum: 1, maximum: 1000, default: 2 },
    example: 2,
  },
  {
    key: 'pricing',
    description: "Price of a text in dollars, for the cost estimate. Default: Open Dental's US prices, $0.04 a message plus $0.01 a segment after the first (Canada: 0.05 and 0.02; Puerto Rico: 0.09 and 0.06).",
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        perMessage: { type: 'number', minimum: 0, default: 0.04, description: 'Price of a text of one segment.' },
        perExtraSegment: { type: 'number', minimum: 0, default: 0.01, description: 'Price of each segment after the first.' },
      },
    },
    example: { perMessage: 0.04, perExtraSegment: 0.01 },
  },
  {
    key: 'sampleValues',
    description: 'Values the message preview puts in place of tags, by tag name (default: the catalog examples, e.g. "Maria" for [NameF]).',
    schema: { type: 'object', propertyNames: { pattern: '^[A-Za-z0-9_]+$' }, additionalProperties: { type: 'string' } },
    example: { NameF: 'Alexandra', OfficeName: 'Bright Smiles Dental' },
  },
];

const cache = new WeakMap<ResolvedConfig, SmsOptions>();

export function smsOptions(config: ResolvedConfig): SmsOptions {
  let options = cache.get(config);
  if (!options) {
    options = readOptions(config.options);
    cache.set(config, options);
  }
  return options;
}

function readOptions(raw: Readonly<Record<string, unknown>>): SmsOptions {
  const pricing = isRecord(raw.pricing) ? raw.pricing : {};
  return {
    lengthMode: raw.lengthMode === 'worst' || raw.lengthMode === 'typical' ? raw.lengthMode : SMS_DEFAULTS.lengthMode,
    tagLengths: isRecord(raw.tagLengths) ? filterValues(raw.tagLengths, isTagLength) : {},
    appointmentsPerFamily: count(raw.appointmentsPerFamily, 1) ?? SMS_DEFAULTS.appointmentsPerFamily,
    pricing: {
      perMessage: price(pricing.perMessage) ?? DEFAULT_PRICING.perMessage,
      perExtraSegment: price(pricing.perExtraSegment) ?? DEFAULT_PRICING.perExtraSegment,
    },
    sampleValues: isRecord(raw.sampleValues) ? filterValues(raw.sampleValues, (v): v is string => typeof v === 'string') : {},
  };
}

function isTagLength(value: unknown): value is TagLengthSetting {
  if (isLength(value)) return true;
  if (!isRecord(value)) return false;
  return (value.typical === undefined || isLength(value.typical)) && (value.worst === undefined || isLength(value.worst));
}

function isLength(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 10000;
}

function count(value: unknown, min: number): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= 1000 ? value : undefined;
}

function price(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : undefined;
}

function filterValues<T>(record: Record<string, unknown>, keep: (v: unknown) => v is T): Record<string, T> {
  const out: Record<string, T> = {};
  for (const [key, value] of Object.entries(record)) if (keep(value)) setOwn(out, key, value);
  return out;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
