// The GSM-7 default alphabet (3GPP TS 23.038) as data: the characters a carrier can send
// in 7-bit encoding. One character outside both tables turns the whole message into UCS-2.

/** The basic table: one septet each. `\n` and `\r` are in it; ESC (0x1B) is not a character. */
export const GSM7_BASIC = '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';

/** The extension table: ESC plus one septet, so each counts two. */
export const GSM7_EXTENSION = '\f^{}\\[]~|€';

const septets = new Map<string, 1 | 2>();
for (const c of GSM7_BASIC) septets.set(c, 1);
for (const c of GSM7_EXTENSION) septets.set(c, 2);

/**
 * The same per UTF-16 code unit (every GSM-7 character is one), for loops over character
 * codes that would otherwise make a one-character string for each lookup.
 */
const SEPTETS_BY_CODE = new Uint8Array(0x10000);
for (const [c, n] of septets) SEPTETS_BY_CODE[c.charCodeAt(0)] = n;

/** `gsmSeptets` of the one-unit grapheme with this code (a character that nothing joins). */
export function gsmSeptetsOfCode(code: number): 0 | 1 | 2 {
  return SEPTETS_BY_CODE[code] as 0 | 1 | 2;
}

/**
 * Septets one user-perceived character takes in GSM-7: 1 (basic), 2 (extension), or 0 when
 * it is not GSM-7 at all. A grapheme of more than one code point (`e` + U+0301, an emoji with
 * a skin tone) is never GSM-7, even when its first code point is.
 */
export function gsmSeptets(grapheme: string): 0 | 1 | 2 {
  return septets.get(grapheme) ?? 0;
}

export function isGsm7(grapheme: string): boolean {
  return septets.has(grapheme);
}
