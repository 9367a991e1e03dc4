import type { Rule, RuleOption } from '../types';

const DATABASE_CHARSET: RuleOption<string | undefined> = {
  key: 'databaseCharset',
  description:
    'The character set of the database column the templates are stored in (e.g. "utf8mb3", MySQL\'s 3-byte utf8, or "utf8mb4"). odmsg check --db and the manifest of odmsg pull give it per template; set it here for templates copied by hand. database-charset reports emoji when it is utf8 or utf8mb3.',
  schema: { type: 'string', minLength: 1 },
  example: 'utf8mb3',
  read: ({ options: { databaseCharset } }) => (typeof databaseCharset === 'string' ? databaseCharset : undefined),
};

const OPTIONS = { databaseCharset: DATABASE_CHARSET };

/** MySQL's 3-byte utf8 (utf8mb3): no character outside the Basic Multilingual Plane. */
const THREE_BYTE = /^utf8(mb3)?$/i;
/** A run of astral characters, with the joiners and variation selectors that bind them into one emoji. */
const ASTRAL_RUN = /(?:[\ud800-\udbff][\udc00-\udfff])(?:[\u200d\ufe0e\ufe0f]*(?:[\ud800-\udbff][\udc00-\udfff]))*[\ufe0e\ufe0f]?/g;

export const databaseCharset: Rule<typeof OPTIONS> = {
  meta: {
    id: 'database-charset',
    description: 'A character outside the Basic Multilingual Plane (every emoji) in a template whose database column is 3-byte utf8.',
    defaultSeverity: 'error',
    fixable: 'none',
    channels: ['sms', 'email'],
    rationale:
      'Open Dental creates its tables with DEFAULT CHARSET=utf8, MySQL\'s 3-byte utf8, which cannot store a character outside the Basic Multilingual Plane: every emoji and some rare letters. A strict MySQL session refuses the save (error 1366); a non-strict one stores "?" in its place, and the patient gets the "?". The rule knows the column\'s charset only for templates read from a database: `odmsg check --db` passes it, and a folder written by `odmsg pull` carries it in odmsg-manifest.json (or set the config option `databaseCharset`). Write the emoji out in words. The texts are typed in the rule\'s window (manual: editrule) or the feature\'s setup window, which saves into these columns.',
    options: OPTIONS,
  },
  check({ template, options, report }) {
    const charset = options.databaseCharset;
    if (charset === undefined || !THREE_BYTE.test(charset)) return;
    for (const region of template.regions) {
      const text = template.text.slice(region.start, region.end);
      for (const match of text.matchAll(ASTRAL_RUN)) {
        const start = region.start + match.index!;
        const codes = [...match[0]].map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`).join(' ');
        report({
          message: `"${match[0]}" (${codes}) does not fit the ${charset} database column: the patient gets "?"; write it in words.`,
          start,
          end: start + match[0].length,
          details: { char: match[0], codePoints: codes, charset },
        });
      }
    }
  },
};
