// What `odmsg doctor` asks of the smstomobile table (Open Dental's record of every text it
// sent: OpenDentBusiness/TableTypes/SmsToMobile.cs), with SELECTs only, in the session's one
// snapshot. The database counts what it can (totals, pending texts per ten-minute slot, the
// failures per phone number); the texts themselves come as a stream, one row at a time, for
// the matching that SQL cannot do (tags as wildcards) and the links of manual texts.
import type { PendingSlot } from '../../../engine/history/bursts';
import type { ReadOnlySession } from '../session';

/** A text still Pending this long after it was sent is a finding; younger ones are on their way. */
export const PENDING_AFTER_HOURS = 1;

/** SmsStatus values (SmsDeliveryStatus) of a failed text: FailWithCharge, FailNoCharge. */
const FAILED = '4, 5';

export interface Window {
  /** "YYYY-MM-DD HH:MM:SS", the database's clock (Open Dental stores local times). */
  from: string;
  to: string;
  /** Texts sent before this and still Pending are overdue. */
  pendingBefore: string;
}

export interface SentRow {
  msgType: number;
  clinic: string;
  status: number;
  parts: number;
  chargeUSD: number;
  sent: string;
  error: string;
  text: string;
}

export interface FailingNumberRow {
  phone: string;
  patNum: string;
  clinic: string;
  failures: number;
  lastFailed: string;
  reasons: { text: string; texts: number }[];
}

function str(value: unknown): string {
  return value === null || value === undefined ? '' : Buffer.isBuffer(value) ? value.toString('utf8') : String(value);
}

function num(value: unknown): number {
  const n = Number(str(value));
  return Number.isFinite(n) ? n : 0;
}

/**
 * MsgChargeUSD is a single-precision float (SmsToMobile.cs), so $0.04 reads back as
 * 0.03999999910593033 and a month of them sums to $160.399996: a charge is taken to a hundredth
 * of a cent, in SQL (CAST … AS DECIMAL, summed exactly) and per streamed row.
 */
export const roundUSD = (usd: number): number => Math.round(usd * 1e4) / 1e4;

/** The window's WHERE clause and its parameters (the clinics as a list of numbers). */
function where(window: Window, clinics: readonly string[] | undefined, until = window.to): { sql: string; params: unknown[] } {
  const params: unknown[] = [window.from, until];
  let sql = 'DateTimeSent >= ? AND DateTimeSent <= ?';
  if (clinics && clinics.length > 0) {
    sql += ` AND ClinicNum IN (${clinics.map(() => '?').join(', ')})`;
    params.push(...clinics);
  }
  return { sql, params };
}

/** The last `days` days up to the database's NOW(). */
export async function readWindow(session: ReadOnlySession, days: number): Promise<Window> {
  const [row] = await session.select(
    `SELECT DATE_FORMAT(NOW() - INTERVAL ? DAY, '%Y-%m-%d %H:%i:%s') AS f, DATE_FORMAT(NOW(), '%Y-%m-%d %H:%i:%s') AS t, DATE_FORMAT(NOW() - INTERVAL ? HOUR, '%Y-%m-%d %H:%i:%s') AS p`,
    [days, PENDING_AFTER_HOURS],
  );
  return { from: str(row.f), to: str(row.t), pendingBefore: str(row.p) };
}

export async function readTotals(session: ReadOnlySession, window: Window, clinics?: readonly string[]) {
  const w = where(window, clinics);
  const rows = await session.select(`SELECT SmsStatus AS s, COUNT(*) AS n, COALESCE(SUM(CAST(MsgChargeUSD AS DECIMAL(14,4))), 0) AS usd FROM smstomobile WHERE ${w.sql} GROUP BY SmsStatus`, w.params);
  return rows.map((r) => ({ status: num(r.s), texts: num(r.n), chargeUSD: num(r.usd) }));
}

/** Texts Pending since before `pendingBefore`, counted per clinic and ten-minute slot. */
export async function readPendingSlots(session: ReadOnlySession, window: Window, clinics?: readonly string[]): Promise<PendingSlot[]> {
  const w = where(window, clinics, window.pendingBefore);
  const rows = await session.select(
    `SELECT ClinicNum AS c, DATE_FORMAT(MIN(DateTimeSent), '%Y-%m-%d %H:%i:%s') AS f, DATE_FORMAT(MAX(DateTimeSent), '%Y-%m-%d %H:%i:%s') AS l, COUNT(*) AS n FROM smstomobile WHERE SmsStatus = 1 AND ${w.sql} GROUP BY ClinicNum, DATE_FORMAT(DateTimeSent, '%Y-%m-%d %H'), FLOOR(MINUTE(DateTimeSent) / 10)`,
    w.params,
  );
  return rows.map((r) => ({ clinic: str(r.c), first: str(r.f), last: str(r.l), texts: num(r.n) }));
}

/** Phone numbers with `minFailures` or more failed texts in the window, with why they failed. */
export async function readFailingNumbers(session: ReadOnlySession, window: Window, clinics: readonly string[] | undefined, minFailures: number): Promise<FailingNumberRow[]> {
  const w = where(window, clinics);
  const rows = await session.select(
    `SELECT MobilePhoneNumber AS phone, COUNT(*) AS n, DATE_FORMAT(MAX(DateTimeSent), '%Y-%m-%d %H:%i:%s') AS last, SUBSTRING_INDEX(GROUP_CONCAT(PatNum ORDER BY DateTimeSent DESC), ',', 1) AS pat, SUBSTRING_INDEX(GROUP_CONCAT(ClinicNum ORDER BY DateTimeSent DESC), ',', 1) AS c FROM smstomobile WHERE SmsStatus IN (${FAILED}) AND ${w.sql} GROUP BY MobilePhoneNumber HAVING COUNT(*) >= ? ORDER BY n DESC, last DESC`,
    [...w.params, minFailures],
  );
  const numbers = new Map<string, FailingNumberRow>();
  for (const r of rows) numbers.set(str(r.phone), { phone: str(r.phone), patNum: str(r.pat), clinic: str(r.c), failures: num(r.n), lastFailed: str(r.last), reasons: [] });
  if (numbers.size === 0) return [];
  const reasons = await session.select(
    `SELECT MobilePhoneNumber AS phone, CustErrorText AS e, COUNT(*) AS n FROM smstomobile WHERE SmsStatus IN (${FAILED}) AND ${w.sql} AND MobilePhoneNumber IN (${[...numbers.keys()].map(() => '?').join(', ')}) GROUP BY MobilePhoneNumber, CustErrorText ORDER BY n DESC, e`,
    [...w.params, ...numbers.keys()],
  );
  for (const r of reasons) numbers.get(str(r.phone))?.reasons.push({ text: str(r.e), texts: num(r.n) });
  return [...numbers.values()];
}

/** Every text of the window, handed to `visit` one at a time as the database sends them. */
export function eachSentText(session: ReadOnlySession, window: Window, clinics: readonly string[] | undefined, visit: (row: SentRow) => void): Promise<void> {
  const w = where(window, clinics);
  return session.eachRow(
    `SELECT MsgType AS t, ClinicNum AS c, SmsStatus AS s, MsgParts AS p, MsgChargeUSD AS usd, DateTimeSent AS d, CustErrorText AS e, MsgText AS m FROM smstomobile WHERE ${w.sql}`,
    w.params,
    (r) => visit({ msgType: num(r.t), clinic: str(r.c), status: num(r.s), parts: num(r.p), chargeUSD: roundUSD(num(r.usd)), sent: str(r.d), error: str(r.e), text: str(r.m) }),
  );
}
