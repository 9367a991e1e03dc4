// Money and counts as every surface writes them (rule messages, the status bar, the preview,
// `--stats`, hovers): one formatter, so "$1,470.00" never shows as "$1470.00" somewhere else.
// It lives in the engine, not in present/, because rule messages quote prices too and the
// engine imports nothing above it; present/ and the adapters use it from here.
//
// The format is Intl.NumberFormat's for en-US. Making one loads ICU's number data, which
// took a quarter of a one-template `odmsg check` (27 ms): the amounts the engine writes
// (whole counts, prices of a few decimals) are written here digit by digit instead, the
// same text (a property test holds them to Intl), and Intl is made only for any other.

let money: Intl.NumberFormat | undefined;
let count: Intl.NumberFormat | undefined;

/** "$0.04", "$0.045", "$1,470.00": whole cents with two decimals, fractions of a cent as needed (up to a millionth), grouped. */
export function formatMoney(amount: number): string {
  return plainMoney(amount) ?? (money ??= new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', minimumFractionDigits: 2, maximumFractionDigits: 6 })).format(amount);
}

/** "7", "1,470". */
export function formatCount(n: number): string {
  if (Number.isSafeInteger(n) && !Object.is(n, -0)) return n < 0 ? `-${grouped(String(-n))}` : grouped(String(n));
  return (count ??= new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 })).format(n);
}

/** "1 segment", "2 segments", "1,470 characters"; `many` for a plural that is not noun + "s". */
export function plural(n: number, noun: string, many = `${noun}s`): string {
  return `${formatCount(n)} ${n === 1 ? noun : many}`;
}

/** Digits with a comma before each group of three from the right. */
function grouped(digits: string): string {
  let out = digits.slice(0, ((digits.length - 1) % 3) + 1);
  for (let i = out.length; i < digits.length; i += 3) out += `,${digits.slice(i, i + 3)}`;
  return out;
}

/**
 * formatMoney for an amount of zero or more whose shortest decimal form (String) has no
 * exponent; undefined for any other (Intl writes those). Intl rounds that decimal form to six
 * places, half away from zero, and drops trailing zeros past the second.
 */
function plainMoney(amount: number): string | undefined {
  if (!(amount >= 0) || amount >= 1e15 || Object.is(amount, -0)) return undefined;
  const decimal = String(amount);
  if (decimal.includes('e')) return undefined;
  const point = decimal.indexOf('.');
  let whole = point < 0 ? decimal : decimal.slice(0, point);
  let fraction = point < 0 ? '' : decimal.slice(point + 1);
  if (fraction.length > 6) {
    const up = fraction.charCodeAt(6) >= 0x35; // '5' or more: away from zero
    fraction = fraction.slice(0, 6);
    if (up) {
      const digits = String(BigInt(whole + fraction) + 1n).padStart(whole.length + 6, '0');
      whole = digits.slice(0, digits.length - 6);
      fraction = digits.slice(digits.length - 6);
    }
  }
  fraction = fraction.replace(/0+$/, '').padEnd(2, '0');
  return `$${grouped(whole)}.${fraction}`;
}
