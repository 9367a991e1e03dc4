// What a text will cost: the message body with its tags filled in (assumed lengths), its
// encoding, carrier and Open Dental segments, and the price. Pure, and plain JSON out, so an
// LSP request (`odmsg/analysis`), the CLI's --stats and the rules all use the same numbers.
//
// Counts, and which unit each uses (see segments.ts for the units):
// - literalChars / expandedChars: user-perceived characters; a line break counts one.
// - odChars: expandedChars plus one per line break: Open Dental's billing count, where
//   "carriage returns add two characters" [textmsgfaq]. odSegments = ceil(odChars / 160).
// - carrierUnits / carrierSegments: septets (GSM-7) or UTF-16 code units (UCS-2), split as
//   carriers do (160/153, 70/67). A line break is sent as one character ("\n").
// - billedSegments: what the price is computed from. Open Dental bills per 160 characters;
//   its manual warns that non-English characters "may significantly increase" the count, so a
//   UCS-2 text is priced on the larger of its Open Dental and carrier segment counts.
// - Offsets (nonGsmChars, preview tags) are UTF-16 offsets like every offset in the engine.
import type { ResolvedConfig } from '../config';
import type { Template } from '../parse';
import { gsmEquivalent, isEmoji } from './characters';
import { gsmSeptets, gsmSeptetsOfCode } from './gsm';
import { scanGraphemes } from './graphemes';
import { smsOptions, type LengthMode, type Pricing, type SmsOptions } from './options';
import { MULTI_SEGMENT, SINGLE_SEGMENT, segmentChars, splitChars, type SmsEncoding } from './segments';
import { expandTag, fillerText, sampleValue, type TagExpansion } from './tagLengths';

/** Open Dental's billing segment [textmsgfaq]. */
export const OD_SEGMENT_CHARS = 160;
/** Open Dental blocks longer texts [textmsgfaq]. */
export const OD_MAX_CHARS = 1600;

export interface TagLength {
  /** Canonical tag name, without brackets. */
  tag: string;
  /** Assumed characters of one occurrence (all its items for `[Appts]`). */
  length: number;
  /** Occurrences in the body. */
  count: number;
  source: TagExpansion['source'];
}

export interface NonGsmChar {
  /** The user-perceived character (a whole emoji sequence, a letter with its marks). */
  char: string;
  /** UTF-16 offset in the file text; the character ends at offset + char.length. */
  offset: number;
  /** A GSM-7 text that means the same (the safe fix), when there is one. */
  replacement?: string;
  emoji: boolean;
}

export interface SegmentCounts {
  carrierSegments: number;
  odSegments: number;
  billedSegments: number;
  costPerMessage: number;
}

export interface SmsAnalysis extends SegmentCounts {
  encoding: SmsEncoding;
  lengthMode: LengthMode;
  literalChars: number;
  expandedChars: number;
  lineBreaks: number;
  odChars: number;
  carrierUnits: number;
  tags: TagLength[];
  costPer1000: number;
  pricing: Pricing;
  nonGsmChars: NonGsmChar[];
  /**
   * For a UCS-2 text: the counts once every non-GSM character is fixed (its `replacement`),
   * emoji removed, and any other character replaced by one GSM-7 letter.
   */
  ifGsm7?: SegmentCounts & { encoding: SmsEncoding };
  /**
   * Present for a per-appointment line (`aggregate: perAppointment`): the figures are one of
   * the lines Open Dental puts into an aggregate text's [Appts], not a text of its own, so
   * its segments and price are not what a message costs. Displays say so.
   */
  perAppointment?: true;
}

export interface AnalysisOverrides {
  lengthMode?: LengthMode;
}

/**
 * The analyses of the template analysed last, by options. The rules that read them run one
 * after the other on one template, so one template is enough; it is held strongly, as a
 * WeakMap keyed by templates (short-lived, thousands in a run) would keep each one alive
 * until the next full garbage collection.
 */
let lastTemplate: Template | undefined;
let lastAnalyses = new Map<string, SmsAnalysis>();

/**
 * The SMS analysis of a template's body (front matter excluded), memoised per template and
 * config: treat the result as read-only.
 */
export function analyzeSms(template: Template, config: ResolvedConfig, overrides: AnalysisOverrides = {}): SmsAnalysis {
  const base = smsOptions(config);
  const options: SmsOptions = overrides.lengthMode ? { ...base, lengthMode: overrides.lengthMode } : base;
  const key = `${options.lengthMode}\u0000${config.key}`;
  if (template !== lastTemplate) {
    lastTemplate = template;
    lastAnalyses = new Map();
  }
  const perConfig = lastAnalyses;
  let analysis = perConfig.get(key);
  if (!analysis) perConfig.set(key, (analysis = analyze(template, options)));
  return analysis;
}

function analyze(template: Template, options: SmsOptions): SmsAnalysis {
  // The message as sent is counted as it is read, one user-perceived character at a time,
  // line breaks as "\n"; tags contribute filler characters of their assumed length. Nothing
  // is kept per character: most characters are plain ASCII, taken by code (a table lookup),
  // and only the others become strings.
  const message = new MessageCount();
  // The same message with every non-GSM character fixed (its `replacement`), emoji removed and
  // any other character replaced by one GSM-7 letter: what `ifGsm7` reports. Identical to
  // `message` until the first non-GSM character, so it is only split off there.
  let fixed: MessageCount | undefined;
  // Plain characters (one septet in GSM-7, one code unit in UCS-2: letters, digits, most
  // punctuation, line breaks) seen but not yet added, and the line breaks among them: they
  // are added in bulk, before any other character.
  let plain = 0;
  let plainBreaks = 0;
  let literalChars = 0;
  const nonGsmChars: NonGsmChar[] = [];
  // Texts repeat their characters: work out each distinct one once.
  const facts = new Map<string, { replacement?: string; emoji: boolean }>();
  const tags = new Map<string, TagLength>();
  const { text } = template;

  const flush = () => {
    message.addPlain(plain, plainBreaks);
    fixed?.addPlain(plain, plainBreaks);
    plain = plainBreaks = 0;
  };
  /** A GSM-7 extension character (two septets): the fixed message has it too. */
  const gsm = (septets: number, units: number) => {
    flush();
    message.add(septets, units);
    fixed?.add(septets, units);
  };
  const nonGsm = (c: string, offset: number) => {
    flush();
    let fact = facts.get(c);
    if (!fact) {
      const replacement = gsmEquivalent(c);
      facts.set(c, (fact = { ...(replacement !== undefined ? { replacement } : {}), emoji: isEmoji(c) }));
    }
    nonGsmChars.push({ char: c, offset, ...fact });
    fixed ??= message.copy();
    message.addNonGsm(c);
    for (const s of fact.replacement ?? (fact.emoji ? '' : 'x')) fixed.add(gsmSeptets(s), s.length, s === '\n');
  };

  for (const piece of bodyPieces(template).pieces) {
    const expansion = piece.kind === 'tag' ? expandTag(piece.name, options) : undefined;
    if (expansion) {
      // Filler is plain: "x" letters, and between repeated items ", " or a line break.
      const filler = fillerText(expansion);
      plain += filler.length;
      for (let k = filler.indexOf('\n'); k >= 0; k = filler.indexOf('\n', k + 1)) plainBreaks++;
      const seen = tags.get(expansion.tag);
      if (seen) seen.count++;
      else tags.set(expansion.tag, { tag: expansion.tag, length: expansion.length, count: 1, source: expansion.source });
      continue;
    }
    // Literal text, or a tag unknown to Open Dental (sent as typed). "\r\n" is one line
    // break: its CR is skipped and its LF counted; a lone CR is a line break too.
    const raw = text.slice(piece.start, piece.end);
    scanGraphemes(
      raw,
      (start, end) => {
        // Each code unit here is a character on its own.
        for (let k = start; k < end; k++) {
          const u = raw.charCodeAt(k);
          if (u === 0x0d && raw.charCodeAt(k + 1) === 0x0a) continue;
          literalChars++;
          if (u === 0x0a || u === 0x0d) {
            plain++;
            plainBreaks++;
            continue;
          }
          const septets = gsmSeptetsOfCode(u);
          if (septets === 1) plain++;
          else if (septets === 2) gsm(2, 1);
          else nonGsm(raw[k], piece.start + k);
        }
      },
      (c, index) => {
        literalChars++;
        if (c === '\r\n' || c === '\r' || c === '\n') {
          plain++;
          plainBreaks++;
          return;
        }
        const septets = gsmSeptets(c);
        if (septets > 0) gsm(septets, c.length);
        else nonGsm(c, piece.start + index);
      },
    );
  }
  flush();

  const counts = message.counts(options.pricing);
  let ifGsm7: SmsAnalysis['ifGsm7'];
  if (counts.encoding === 'UCS-2') {
    const alt = fixed!.counts(options.pricing);
    ifGsm7 = { encoding: alt.encoding, carrierSegments: alt.carrierSegments, odSegments: alt.odSegments, billedSegments: alt.billedSegments, costPerMessage: alt.costPerMessage };
  }
  return {
    encoding: counts.encoding,
    lengthMode: options.lengthMode,
    literalChars,
    expandedChars: counts.chars,
    lineBreaks: counts.lineBreaks,
    odChars: counts.odChars,
    carrierUnits: counts.carrierUnits,
    tags: [...tags.values()],
    carrierSegments: counts.carrierSegments,
    odSegments: counts.odSegments,
    billedSegments: counts.billedSegments,
    costPerMessage: counts.costPerMessage,
    costPer1000: money(counts.costPerMessage * 1000),
    pricing: options.pricing,
    nonGsmChars,
    ...(ifGsm7 ? { ifGsm7 } : {}),
    ...(template.perAppointment ? { perAppointment: true as const } : {}),
  };
}

interface GraphemeCounts extends SegmentCounts {
  encoding: SmsEncoding;
  chars: number;
  lineBreaks: number;
  odChars: number;
  carrierUnits: number;
}

/**
 * `packSegments` as the characters come: the total, and how many concatenated segments of
 * `capacity` units greedy packing makes, without keeping each character's size.
 */
class SegmentPacker {
  units = 0;
  private segments = 0;
  private used = 0;

  constructor(private readonly encoding: SmsEncoding) {}

  add(size: number): void {
    if (this.segments === 0 || (this.used + size > MULTI_SEGMENT[this.encoding] && this.used > 0)) {
      this.segments++;
      this.used = 0;
    }
    this.used += size;
    this.units += size;
  }

  /**
   * One character of `char.length` code units (UCS-2). One longer than a concatenated segment
   * goes as its code points, as `segmentChars` splits it.
   */
  addUnits(char: string): void {
    if (char.length <= MULTI_SEGMENT[this.encoding]) return this.add(char.length);
    for (const cp of char) this.add(cp.length);
  }

  /** `n` characters of one unit each: the same as `add(1)` n times, in constant time. */
  addOnes(n: number): void {
    if (n === 0) return;
    const capacity = MULTI_SEGMENT[this.encoding];
    if (this.segments === 0) this.segments = 1;
    this.units += n;
    // What fits in the current segment goes there; the rest fills new ones, the last partly.
    const room = Math.max(0, capacity - this.used);
    if (n <= room) {
      this.used += n;
      return;
    }
    const more = Math.ceil((n - room) / capacity);
    this.segments += more;
    this.used = n - room - (more - 1) * capacity;
  }

  /** Carrier segments: none for no characters, one when all fit in a single segment. */
  count(): number {
    if (this.segments === 0) return 0;
    return this.units <= SINGLE_SEGMENT[this.encoding] ? 1 : this.segments;
  }

  copy(): SegmentPacker {
    return Object.assign(new SegmentPacker(this.encoding), this);
  }
}

/**
 * Counts of a message fed one user-perceived character at a time, in both encodings (which
 * one applies is known only at the end: one non-GSM character makes the whole text UCS-2).
 */
class MessageCount {
  chars = 0;
  lineBreaks = 0;
  allGsm = true;
  septets = new SegmentPacker('GSM-7');
  units = new SegmentPacker('UCS-2');

  /** A character of `septets` in GSM-7 (0: not GSM-7) and `units` UTF-16 code units. */
  add(septets: number, units: number, lineBreak = false): void {
    this.chars++;
    if (lineBreak) this.lineBreaks++;
    if (septets === 0) this.allGsm = false;
    else this.septets.add(septets);
    this.units.add(units);
  }

  /** A character outside GSM-7: UCS-2 code units only. */
  addNonGsm(char: string): void {
    this.chars++;
    this.allGsm = false;
    this.units.addUnits(char);
  }

  /** `n` characters of one septet and one code unit, `lineBreaks` of them line breaks. */
  addPlain(n: number, lineBreaks: number): void {
    this.chars += n;
    this.lineBreaks += lineBreaks;
    this.septets.addOnes(n);
    this.units.addOnes(n);
  }

  copy(): MessageCount {
    const copy = Object.assign(new MessageCount(), this);
    copy.septets = this.septets.copy();
    copy.units = this.units.copy();
    return copy;
  }

  counts(pricing: Pricing): GraphemeCounts {
    const encoding: SmsEncoding = this.allGsm ? 'GSM-7' : 'UCS-2';
    const packer = this.allGsm ? this.septets : this.units;
    return withPrices(encoding, this.chars, this.lineBreaks, packer.units, packer.count(), pricing);
  }
}

function withPrices(encoding: SmsEncoding, chars: number, lineBreaks: number, carrierUnits: number, carrierSegments: number, pricing: Pricing): GraphemeCounts {
  const odChars = chars + lineBreaks;
  const odSegments = Math.ceil(odChars / OD_SEGMENT_CHARS);
  const billedSegments = encoding === 'GSM-7' ? odSegments : Math.max(odSegments, carrierSegments);
  return { encoding, chars, lineBreaks, odChars, carrierUnits, carrierSegments, odSegments, billedSegments, costPerMessage: price(billedSegments, pricing) };
}

interface MessageCounts extends GraphemeCounts {
  carrierRanges: { start: number; end: number }[];
}

/** Counts for a message as sent (line breaks already "\n"), with its carrier segments as ranges. */
export function countMessage(message: string, pricing: Pricing): MessageCounts {
  const chars = splitChars(message);
  const carrier = segmentChars(chars, message.length);
  const lineBreaks = chars.filter((c) => c.text === '\n').length;
  return {
    ...withPrices(carrier.encoding, chars.length, lineBreaks, carrier.units, carrier.segments.length, pricing),
    carrierRanges: carrier.segments.map(({ start, end }) => ({ start, end })),
  };
}

export function price(segments: number, pricing: Pricing): number {
  return segments === 0 ? 0 : money(pricing.perMessage + (segments - 1) * pricing.perExtraSegment);
}

/** Rounds away binary noise (0.04 + 0.01 + 0.01 = 0.060000000000000005). */
function money(amount: number): number {
  return Math.round(amount * 1e6) / 1e6;
}

/** A run of the body: literal text (line breaks as "\n") or a tag as typed; file offsets of the source. */
export type BodyPiece = { kind: 'text'; text: string; start: number; end: number } | { kind: 'tag'; name: string; text: string; start: number; end: number };

/**
 * The message body as literal runs and tags, in order. Line breaks become "\n"; a file's
 * final line break(s) are not part of the message. Offsets are file offsets of the source.
 */
export function bodyPieces(template: Template): { pieces: BodyPiece[]; end: number } {
  const { text, bodyStart } = template;
  let end = text.length;
  while (end > bodyStart && (text[end - 1] === '\n' || text[end - 1] === '\r')) end--;
  const pieces: BodyPiece[] = [];
  let cursor = bodyStart;
  const pushText = (from: number, to: number) => {
    if (to <= from) return;
    const raw = text.slice(from, to);
    pieces.push({ kind: 'text', text: raw.includes('\r') ? raw.replace(/\r\n?/g, '\n') : raw, start: from, end: to });
  };
  for (const tag of template.tags) {
    if (tag.start < bodyStart || tag.end > end) continue;
    pushText(cursor, tag.start);
    pieces.push({ kind: 'tag', name: tag.name, text: text.slice(tag.start, tag.end), start: tag.start, end: tag.end });
    cursor = tag.end;
  }
  pushText(cursor, end);
  return { pieces, end };
}

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
