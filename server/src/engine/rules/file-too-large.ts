import type { ResolvedConfig } from '../config';
import { formatCount } from '../numbers';
import type { Rule, RuleOption } from '../types';

// Open Dental templates are a few hundred characters; a file this big is not a template,
// and checking it would stall the editor on every keystroke. Over the limit, `lint` runs
// this rule alone on a template read no further than its front matter (parse.ts's
// `shallowTemplate`).
export const DEFAULT_MAX_FILE_SIZE = 256 * 1024;

const MAX_FILE_SIZE: RuleOption<number> = {
  key: 'maxFileSize',
  description: 'Files over this many bytes (UTF-8) are not checked: file-too-large reports them instead. Default 262144 (256 KB).',
  schema: { type: 'integer', minimum: 1, default: 262144 },
  example: 262144,
  read: ({ options: { maxFileSize } }) => (typeof maxFileSize === 'number' && Number.isFinite(maxFileSize) && maxFileSize > 0 ? maxFileSize : DEFAULT_MAX_FILE_SIZE),
};

const OPTIONS = { maxFileSize: MAX_FILE_SIZE };

/** The configured limit in UTF-8 bytes (`maxFileSize`), or the default when unset or invalid. */
export function maxFileSize(config: ResolvedConfig): number {
  return MAX_FILE_SIZE.read(config);
}

/** The text's size in UTF-8 bytes, without encoding it. */
export function utf8Length(text: string): number {
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    if (c < 0x800) bytes += 1;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 2; // a surrogate pair: 4 bytes for 2 code units
      i++;
    } else bytes += 2;
  }
  return bytes;
}

export function isTooLarge(text: string, config: ResolvedConfig): boolean {
  const limit = maxFileSize(config);
  // One UTF-16 unit is 1 to 3 UTF-8 bytes: most texts are decided without counting.
  if (text.length > limit) return true;
  if (text.length * 3 <= limit) return false;
  return utf8Length(text) > limit;
}

export const fileTooLarge: Rule<typeof OPTIONS> = {
  meta: {
    id: 'file-too-large',
    description: 'The file is over `maxFileSize` bytes (256 KB by default), so it is not checked.',
    defaultSeverity: 'info',
    fixable: 'none',
    channels: ['sms', 'email'],
    rationale:
      'An Open Dental template is a few hundred characters; a file of hundreds of kilobytes is not one, and checking it on every keystroke would freeze the editor. Such a file gets this one diagnostic instead of a check. Raise `maxFileSize` in .odmsgrc.json to check bigger files.',
    options: OPTIONS,
    sizeLimit: { bytes: maxFileSize, exceeds: isTooLarge },
  },
  check({ template, config, options, report }) {
    // `fileSize`: the reader kept only the start of the file, and measured the whole.
    const size = template.fileSize ?? (isTooLarge(template.text, config) ? utf8Length(template.text) : 0);
    const limit = options.maxFileSize;
    if (size <= limit) return;
    const firstLineEnd = template.text.search(/[\r\n]|$/);
    report({
      message: `Not checked: ${formatSize(size)}, over the maxFileSize limit of ${formatSize(limit)}.`,
      start: 0,
      end: Math.min(firstLineEnd, 200),
    });
  },
};

function formatSize(bytes: number): string {
  if (bytes >= 10 * 1024 * 1024) return `${formatCount(Math.round(bytes / (1024 * 1024)))} MB`;
  return bytes >= 1024 ? `${formatCount(Math.round(bytes / 1024))} KB` : `${formatCount(bytes)} bytes`;
}
