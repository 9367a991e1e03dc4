// What a text costs: Open Dental's billing count (160 characters a segment, a line break two),
// the segments it bills (the larger of its own and the carrier's count for a UCS-2 text, as
// its manual warns non-English characters "may significantly increase" the count), and the
// price from the configured pricing [textmsgfaq]. Writing money for people is ../numbers.ts.
import type { Pricing } from './options';
import type { SmsEncoding } from './segments';

/** Open Dental's billing segment [textmsgfaq]. */
export const OD_SEGMENT_CHARS = 160;
/** Open Dental blocks longer texts [textmsgfaq]. */
export const OD_MAX_CHARS = 1600;

export interface SegmentCounts {
  carrierSegments: number;
  odSegments: number;
  billedSegments: number;
  costPerMessage: number;
}

/** A message's counts in the units of analyze.ts, with the segments billed and the price. */
export interface PricedCounts extends SegmentCounts {
  encoding: SmsEncoding;
  chars: number;
  lineBreaks: number;
  odChars: number;
  carrierUnits: number;
}

/** Open Dental's count, the billed segments and the price of a counted message. */
export function withPrices(encoding: SmsEncoding, chars: number, lineBreaks: number, carrierUnits: number, carrierSegments: number, pricing: Pricing): PricedCounts {
  const odChars = chars + lineBreaks;
  const odSegments = Math.ceil(odChars / OD_SEGMENT_CHARS);
  const billedSegments = encoding === 'GSM-7' ? odSegments : Math.max(odSegments, carrierSegments);
  return { encoding, chars, lineBreaks, odChars, carrierUnits, carrierSegments, odSegments, billedSegments, costPerMessage: price(billedSegments, pricing) };
}

export function price(segments: number, pricing: Pricing): number {
  return segments === 0 ? 0 : money(pricing.perMessage + (segments - 1) * pricing.perExtraSegment);
}

/** Rounds away binary noise (0.04 + 0.01 + 0.01 = 0.060000000000000005). */
export function money(amount: number): number {
  return Math.round(amount * 1e6) / 1e6;
}
