// Texts stuck in Pending come in bursts: a morning when the eConnector was down is one burst,
// not two hundred findings. The database hands over its pending texts counted per ten-minute
// slot (SQL does the counting); this joins the slots of a clinic that lie within BURST_GAP_MS
// of each other into bursts with their time window and count. Pure.

/** Slots closer than this (30 minutes) belong to one burst. */
export const BURST_GAP_MS = 30 * 60 * 1000;

export interface PendingSlot {
  clinic: string;
  /** First and last DateTimeSent of the slot, "YYYY-MM-DD HH:MM:SS" (the database's local time). */
  first: string;
  last: string;
  texts: number;
}

export interface Burst {
  clinic: string;
  from: string;
  to: string;
  texts: number;
}

/** "YYYY-MM-DD HH:MM:SS" as milliseconds on a clock without time zone (read as UTC). */
export function localMs(dateTime: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})/.exec(dateTime);
  if (!m) return Number.NaN;
  return Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6]);
}

/** The bursts of the slots, per clinic, oldest first (slots in any order). */
export function pendingBursts(slots: readonly PendingSlot[], gapMs = BURST_GAP_MS): Burst[] {
  const sorted = [...slots].sort((a, b) => (a.clinic === b.clinic ? localMs(a.first) - localMs(b.first) : a.clinic < b.clinic ? -1 : 1));
  const bursts: Burst[] = [];
  let current: Burst | undefined;
  for (const slot of sorted) {
    if (current && current.clinic === slot.clinic && localMs(slot.first) - localMs(current.to) <= gapMs) {
      current.texts += slot.texts;
      if (localMs(slot.last) > localMs(current.to)) current.to = slot.last;
    } else {
      current = { clinic: slot.clinic, from: slot.first, to: slot.last, texts: slot.texts };
      bursts.push(current);
    }
  }
  return bursts;
}

/** The Monday of a "YYYY-MM-DD …" date's week, "YYYY-MM-DD". */
export function weekOf(dateTime: string): string {
  const ms = localMs(dateTime.length === 10 ? `${dateTime} 00:00:00` : dateTime);
  const day = new Date(ms).getUTCDay(); // 0 Sunday
  const monday = new Date(ms - ((day + 6) % 7) * 86_400_000);
  return monday.toISOString().slice(0, 10);
}

/** "2026-11-03 08:15:00" → "2026-11-03T08:15:00" (ISO 8601, the office's local time). */
export function isoLocal(dateTime: string): string {
  return dateTime.replace(' ', 'T').slice(0, 19);
}
