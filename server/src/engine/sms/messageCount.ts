// Counting a message in both encodings at once, as its characters come: which encoding
// applies is known only at the end (one non-GSM character makes the whole text UCS-2). The
// segments are packed by segments.ts's one packer; the price comes from pricing.ts.
import type { Pricing } from './options';
import { withPrices, type PricedCounts } from './pricing';
import { segmentChars, SegmentPacker, splitChars, type SmsEncoding } from './segments';

/**
 * Counts of a message fed one user-perceived character at a time, in both encodings (which
 * one applies is known only at the end: one non-GSM character makes the whole text UCS-2).
 */
export class MessageCount {
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

  counts(pricing: Pricing): PricedCounts {
    const encoding: SmsEncoding = this.allGsm ? 'GSM-7' : 'UCS-2';
    const packer = this.allGsm ? this.septets : this.units;
    return withPrices(encoding, this.chars, this.lineBreaks, packer.units, packer.count(), pricing);
  }
}

interface MessageCounts extends PricedCounts {
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
