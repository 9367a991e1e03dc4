// The preview: the body rendered with sample values in place of the tags, with its carrier
// and Open Dental segments as ranges of that text, for the preview command.
import type { ResolvedConfig } from '../config';
import type { Template } from '../parse';
import { bodyPieces } from './bodyPieces';
import { countMessage } from './messageCount';
import { smsOptions } from './options';
import { OD_SEGMENT_CHARS, price } from './pricing';
import { splitChars, type SmsEncoding } from './segments';
import { expandTag, sampleValue } from './tagLengths';

export interface PreviewTag {
  tag: string;
  /** Where the value landed in the preview text. */
  start: number;
  end: number;
  /** Where the tag is in the file. */
  sourceStart: number;
  sourceEnd: number;
}

export interface SmsPreview {
  /** The message with sample values in place of the tags; line breaks are "\n". */
  text: string;
  encoding: SmsEncoding;
  /** User-perceived characters of `text`, and Open Dental's count (line breaks two). */
  chars: number;
  odChars: number;
  /** Carrier segments as UTF-16 ranges of `text`. */
  segments: { start: number; end: number }[];
  /** Open Dental's 160-character billing segments as UTF-16 ranges of `text`. */
  odSegments: { start: number; end: number }[];
  costPerMessage: number;
  tags: PreviewTag[];
}

/**
 * The body rendered with sample values (config `sampleValues`, else the catalog examples),
 * with its segment boundaries, for the preview command. Unknown tags stay as typed.
 */
export function renderPreview(template: Template, config: ResolvedConfig): SmsPreview {
  const options = smsOptions(config);
  let text = '';
  const tags: PreviewTag[] = [];
  for (const piece of bodyPieces(template).pieces) {
    const value = piece.kind === 'tag' ? sampleValue(piece.name, options) : undefined;
    if (piece.kind === 'tag' && value !== undefined) {
      const start = text.length;
      text += value.replace(/\r\n?/g, '\n');
      tags.push({ tag: expandTag(piece.name, options)?.tag ?? piece.name, start, end: text.length, sourceStart: piece.start, sourceEnd: piece.end });
    } else {
      text += piece.text;
    }
  }
  const counts = countMessage(text, options.pricing);
  return {
    text,
    encoding: counts.encoding,
    chars: counts.chars,
    odChars: counts.odChars,
    segments: counts.carrierRanges,
    odSegments: odRanges(text),
    costPerMessage: counts.billedSegments === 0 ? 0 : price(counts.billedSegments, options.pricing),
    tags,
  };
}

/**
 * Open Dental's billing segments as ranges: a new one starts at the character that would take
 * the count past the next multiple of 160 (a line break counts two), so there are exactly
 * ceil(odChars / 160) of them.
 */
function odRanges(text: string): { start: number; end: number }[] {
  const ranges: { start: number; end: number }[] = [];
  let start = 0;
  let count = 0;
  let limit = OD_SEGMENT_CHARS;
  for (const c of splitChars(text)) {
    const next = count + (c.text === '\n' ? 2 : 1);
    if (next > limit && c.start > start) {
      ranges.push({ start, end: c.start });
      start = c.start;
      limit += OD_SEGMENT_CHARS;
    }
    count = next;
  }
  if (text.length > 0) ranges.push({ start, end: text.length });
  return ranges;
}
