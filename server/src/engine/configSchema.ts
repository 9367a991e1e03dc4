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

export const CONFIG_OPTIONS: ConfigOption[] = [
  {
    key: 'spamPhrases',
    description: 'Extend or trim the promotional phrases that spam-phrases reports (case-insensitive, whole words).',
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        add: { ...stringList, description: 'Phrases to report in addition to the built-in list.' },
        remove: { ...stringList, description: 'Built-in phrases not to report.' },
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
];
