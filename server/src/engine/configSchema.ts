// The `.odmsgrc.json` keys beyond `rules`, as JSON Schema fragments: the one place a new
// option is declared. The generated schema (schemas/odmsgrc.schema.json), `odmsg init` and
// the README's config reference all read this list; `rules` is built from the registry.

export interface ConfigOption {
  key: string;
  description: string;
  /** JSON Schema (draft-07) for the value. */
  schema: Record<string, unknown>;
  /** A value for `odmsg init` and docs. */
  example: unknown;
}

const stringList = { type: 'array', items: { type: 'string' }, uniqueItems: true };
/**
 * A spam phrase is a few words; the cap bounds how far the phrase scan reads from each
 * word start (rules/util/phrases.ts), so a phrase of 10,000 words is a config error.
 */
export const MAX_PHRASE_LENGTH = 200;
const phraseList = { ...stringList, items: { type: 'string', maxLength: MAX_PHRASE_LENGTH } };

export const CONFIG_OPTIONS: ConfigOption[] = [
  {
    key: 'spamPhrases',
    description: 'Extend or trim the promotional phrases that spam-phrases reports (case-insensitive, whole words). An added phrase is reported in every sense ("free" also in "are you free"); `remove` also takes a pattern\'s name ("short-code call to action", "premium-rate phone number").',
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        add: { ...phraseList, description: `Phrases to report in addition to the built-in list (at most ${MAX_PHRASE_LENGTH} characters each).` },
        remove: { ...phraseList, description: 'Built-in phrases (or pattern names) not to report.' },
      },
    },
    example: { add: ['whitening special'], remove: ['cash'] },
  },
  {
    key: 'acronyms',
    description: 'Words in capitals that all-caps accepts, in addition to the built-in acronyms (AM, PM, DDS, …).',
    schema: stringList,
    example: ['CEREC'],
  },
  {
    key: 'allowedDomains',
    description: 'Domains (and their subdomains) that no-raw-links accepts in texts.',
    schema: stringList,
    example: ['brightsmiles.example'],
  },
  {
    key: 'maxFileSize',
    description: 'Files over this many bytes (UTF-8) are not checked: file-too-large reports them instead. Default 262144 (256 KB).',
    schema: { type: 'integer', minimum: 1, default: 262144 },
    example: 262144,
  },
  // SMS length and cost (docs/tag-lengths.md): read by sms/options.ts.
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
    key: 'maxSegments',
    description: 'message-length warns when a text is estimated to take more segments than this. Default 2 (320 characters, what carriers recommend).',
    schema: { type: 'integer', minimum: 1, maximum: 1000, default: 2 },
    example: 2,
  },
  {
    key: 'pricing',
    description: 'Price of a text in dollars, for the cost estimate. Default: Open Dental\'s US prices, $0.04 a message plus $0.01 a segment after the first (Canada: 0.05 and 0.02; Puerto Rico: 0.09 and 0.06).',
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
    key: 'databaseCharset',
    description:
      'The character set of the database column the templates are stored in (e.g. "utf8mb3", MySQL\'s 3-byte utf8, or "utf8mb4"). odmsg check --db and the manifest of odmsg pull give it per template; set it here for templates copied by hand. database-charset reports emoji when it is utf8 or utf8mb3.',
    schema: { type: 'string', minLength: 1 },
    example: 'utf8mb3',
  },
  {
    key: 'sampleValues',
    description: 'Values the message preview puts in place of tags, by tag name (default: the catalog examples, e.g. "Maria" for [NameF]).',
    schema: { type: 'object', propertyNames: { pattern: '^[A-Za-z0-9_]+$' }, additionalProperties: { type: 'string' } },
    example: { NameF: 'Alexandra', OfficeName: 'Bright Smiles Dental' },
  },
];
