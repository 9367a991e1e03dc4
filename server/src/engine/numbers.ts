// Money and counts as every surface writes them (rule messages, the status bar, the preview,
// `--stats`, hovers): one formatter, so "$1,470.00" never shows as "$1470.00" somewhere else.
// It lives in the engine, not in present/, because rule messages quote prices too and the
// engine imports nothing above it; present/ and the adapters use it from here.

/** Whole cents with two decimals, fractions of a cent as needed (up to a millionth), grouped. */
const MONEY = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', minimumFractionDigits: 2, maximumFractionDigits: 6 });
const COUNT = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** "$0.04", "$0.045", "$1,470.00". */
export function formatMoney(amount: number): string {
  return MONEY.format(amount);
}

/** "7", "1,470". */
export function formatCount(n: number): string {
  return COUNT.format(n);
}

/** "1 segment", "2 segments", "1,470 characters"; `many` for a plural that is not noun + "s". */
export function plural(n: number, noun: string, many = `${noun}s`): string {
  return `${formatCount(n)} ${n === 1 ? noun : many}`;
}
