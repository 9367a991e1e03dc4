// What a text will cost: the message body with its tags filled in (assumed lengths), its
// encoding, carrier and Open Dental segments, and the price. Pure, and plain JSON out, so an
// LSP request (`odmsg/analysis`), the CLI's --stats and the rules all use the same numbers.
// This module walks the body and says what each character is; the counting is messageCount.ts
// (packed by segments.ts), the price pricing.ts, the preview preview.ts.
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
import { bodyPieces } from './bodyPieces';
import { gsmEquivalent, isEmoji } from './characters';
import { gsmSeptets, gsmSeptetsOfCode } from './gsm';
import { scanGraphemes } from './graphemes';
import { MessageCount } from './messageCount';
import { smsOptions, type LengthMode, type Pricing, type SmsOptions } from './options';
import { money, type SegmentCounts } from './pricing';
import type { SmsEncoding } from './segments';
import { expandTag, fillerText, type TagExpansion } from './tagLengths';

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

/** A character that is not ASCII, or a CR (part of a "\r\n" break): such a piece goes to scanGraphemes. */
const NOT_PLAIN_ASCII = /[^\x00-\x0c\x0e-\x7f]/;

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
    if (!NOT_PLAIN_ASCII.test(raw)) {
      // ASCII without a CR, most pieces: every character is a grapheme of its own (what
      // scanGraphemes would find), counted here without its callbacks.
      for (let k = 0; k < raw.length; k++) {
        const u = raw.charCodeAt(k);
        literalChars++;
        if (u === 0x0a) {
          plain++;
          plainBreaks++;
          continue;
        }
        const septets = gsmSeptetsOfCode(u);
        if (septets === 1) plain++;
        else if (septets === 2) gsm(2, 1);
        else nonGsm(raw[k], piece.start + k);
      }
      continue;
    }
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
