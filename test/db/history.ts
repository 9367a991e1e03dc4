// Open Dental's smstomobile table (OpenDentBusiness/TableTypes/SmsToMobile.cs, column order of
// its CRUD layer, SQL types by its conventions: bigint keys, varchar(255) strings, `text` for
// the MsgText clob, tinyint enums and bools, int MsgParts, float money, datetime DateT columns,
// a timestamp SecDateTEdit) and generated histories of sent texts for `odmsg doctor`: the
// planted one the database tests read, and the bench's million texts (a file for LOAD DATA).
import * as fs from 'node:fs';
import { random } from '../../bench/generate';
import { q, TEXT } from './fixture';

export const SMS_SCHEMA = `CREATE TABLE smstomobile (
  SmsToMobileNum bigint(20) NOT NULL AUTO_INCREMENT,
  PatNum bigint(20) NOT NULL,
  GuidMessage varchar(255) NOT NULL,
  GuidBatch varchar(255) NOT NULL,
  SmsPhoneNumber varchar(255) NOT NULL,
  MobilePhoneNumber varchar(255) NOT NULL,
  IsTimeSensitive tinyint(4) NOT NULL,
  MsgType tinyint(4) NOT NULL,
  MsgText text NOT NULL,
  SmsStatus tinyint(4) NOT NULL,
  MsgParts int(11) NOT NULL,
  MsgChargeUSD float NOT NULL,
  ClinicNum bigint(20) NOT NULL,
  CustErrorText varchar(255) NOT NULL,
  DateTimeSent datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  DateTimeTerminated datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  IsHidden tinyint(4) NOT NULL,
  MsgDiscountUSD float NOT NULL,
  SecDateTEdit timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  PRIMARY KEY (SmsToMobileNum),
  KEY PatNum (PatNum),
  KEY ClinicNum (ClinicNum)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;
`;

/** SmsDeliveryStatus. */
export const STATUS = { pending: 1, delivered: 2, unconfirmed: 3, failedWithCharge: 4, failedNoCharge: 5 } as const;

export interface SentText {
  /** Sent this many minutes before the database's NOW(). */
  minutesAgo: number;
  msgType: number;
  clinic: number;
  status: number;
  text: string;
  parts?: number;
  charge?: number;
  phone?: string;
  patNum?: number;
  error?: string;
}

const COLUMNS =
  'PatNum, GuidMessage, GuidBatch, SmsPhoneNumber, MobilePhoneNumber, IsTimeSensitive, MsgType, MsgText, SmsStatus, MsgParts, MsgChargeUSD, ClinicNum, CustErrorText, DateTimeSent, DateTimeTerminated, IsHidden, MsgDiscountUSD';

/** Multi-row INSERTs, 500 rows each. */
export function sentInsertSql(rows: readonly SentText[]): string {
  const sql: string[] = [];
  for (let i = 0; i < rows.length; i += 500) {
    const values = rows.slice(i, i + 500).map((r, j) => {
      const failed = r.status === STATUS.failedNoCharge || r.status === STATUS.failedWithCharge;
      const sent = `NOW() - INTERVAL ${r.minutesAgo} MINUTE`;
      return `(${r.patNum ?? 1000 + ((i + j) % 5000)}, ${q(`g-${i + j}`)}, '', '+15555550100', ${q(r.phone ?? `+1555${String(2_000_000 + i + j).padStart(7, '0')}`)}, 0, ${r.msgType}, ${q(r.text)}, ${r.status}, ${r.parts ?? 1}, ${r.charge ?? 0.04}, ${r.clinic}, ${q(r.error ?? (failed ? 'Carrier rejected the message' : ''))}, ${sent}, ${r.status === STATUS.pending ? "'0001-01-01 00:00:00'" : `${sent} + INTERVAL 1 MINUTE`}, 0, 0)`;
    });
    sql.push(`INSERT INTO smstomobile (${COLUMNS}) VALUES\n${values.join(',\n')};\n`);
  }
  return sql.join('');
}

const NAMES = ['Ana', 'Ben', 'Chloé', 'Dev', 'Eli', 'Fatima', 'Gus', 'Hana', 'Ivan', 'June'];

/** A template as Open Dental sends it: every tag filled with a plausible value. */
export function fillTags(template: string, i: number): string {
  return template.replace(/\[([A-Za-z]+)\]/g, (_, tag: string) => {
    switch (tag.toLowerCase()) {
      case 'namef':
        return NAMES[i % NAMES.length];
      case 'appttime':
      case 'time':
        return `${8 + (i % 9)}:${i % 2 ? '30' : '00'} AM`;
      case 'apptdate':
      case 'date':
        return `12/${String(1 + (i % 28)).padStart(2, '0')}/2026`;
      case 'officename':
      case 'clinicname':
        return 'Downtown Dental';
      case 'officephone':
      case 'clinicphone':
        return '(555) 555-0100';
      case 'confirmcode':
        return 'C';
      case 'arrived':
        return 'A';
      default:
        return `https://od.example/${tag.toLowerCase()}/${i}`;
    }
  });
}

/** `count` texts of a template: `failed` of them failed, spread evenly over `days` days back. */
export function textsOf(template: string, count: number, failed: number, base: Omit<SentText, 'minutesAgo' | 'status' | 'text'> & { fromMinutes?: number; days?: number }): SentText[] {
  const span = (base.days ?? 28) * 24 * 60;
  const from = base.fromMinutes ?? 120;
  const rows: SentText[] = [];
  // Failures spread through the texts (every k-th), not bunched at one end.
  const every = failed > 0 ? count / failed : Infinity;
  for (let i = 0; i < count; i++) {
    const fails = failed > 0 && Math.floor((i + 1) / every) > Math.floor(i / every);
    const { fromMinutes: _f, days: _d, ...rest } = base;
    rows.push({ ...rest, minutesAgo: from + Math.floor((i * span) / count), status: fails ? STATUS.failedNoCharge : i % 3 ? STATUS.delivered : STATUS.unconfirmed, text: fillTags(template, i) });
  }
  return rows;
}

/** The clinic 1 eReminder of the fixture (rule 101), with its bit.ly link. */
export const SHORTENER_REMINDER = 'Hi [NameF]!\r\nReminder: [ApptTime] on [ApptDate] at [OfficeName].\r\nDetails: https://bit.ly/dt-visit';
/** The practice's Spanish Web Sched Recall text (a languagepat translation of the fixture): "í" makes it UCS-2. */
export const SPANISH_RECALL = 'Estimado/a [NameF], es hora de su limpieza en [OfficeName]. Programe en línea: [URL] o llame al [OfficePhone].';
export const OLD_ARRIVAL = '[NameF], you are booked at [ClinicName] on [ApptDate]. Text [Arrived] when you get here!';
export const MANUAL_WITH_LINK = 'Hi, please fill out our forms before your visit: https://forms.example.com/intake?id=';
export const MANUAL_PLAIN = 'Hi, this is the front desk. Please call us back when you can.';
export const FAILING_PHONE = '+15550001234';
export const FAILED_ONCE_PHONE = '+15550009999';

/**
 * The planted history: every finding once, each beside its near miss.
 * - filtered-template: clinic 1's eReminder (rule 101, a shortened link), 60 of 400 failed (15%);
 *   near miss: the practice eReminder (rule 1) at the baseline, 6 of 600 failed (1%).
 * - the eConfirmation (rule 2) is the bulk of the baseline: 2,000 texts, 1% failed.
 * - a template changed mid-window: the Arrival rule 3's old wording, 60 texts 15 to 28 days
 *   ago with a third failed, fit no current template (unmatched, never filtered); its current
 *   wording, 200 texts at 1%.
 * - pending-texts: clinic 2, 40 texts sent over 70 minutes three days ago still Pending, and one
 *   straggler ten days ago; near miss: 5 texts Pending that were sent 10 minutes ago.
 * - failing-phone-number: FAILING_PHONE failed 3 times (PatNum 77); FAILED_ONCE_PHONE once.
 * - links-in-manual-texts: 100 manual texts with a link, 20 failed; 300 without, 3 failed.
 * - cost: the Spanish recall text (UCS-2), 200 texts of 3 segments.
 */
export function plantedHistory(): SentText[] {
  const rows: SentText[] = [
    ...textsOf(SHORTENER_REMINDER, 400, 60, { msgType: 3, clinic: 1 }),
    ...textsOf(TEXT.reminderSms, 600, 6, { msgType: 3, clinic: 3 }),
    ...textsOf(TEXT.confirmSms, 2000, 20, { msgType: 6, clinic: 0 }),
    ...textsOf(OLD_ARRIVAL, 60, 20, { msgType: 22, clinic: 0, fromMinutes: 15 * 24 * 60, days: 13 }),
    ...textsOf(TEXT.arrivalSms, 200, 2, { msgType: 22, clinic: 0, days: 14 }),
    ...textsOf(MANUAL_WITH_LINK, 100, 20, { msgType: 1, clinic: 0 }).map((r, i) => ({ ...r, text: `${MANUAL_WITH_LINK}${1000 + i}` })),
    ...textsOf(MANUAL_PLAIN, 300, 3, { msgType: 1, clinic: 0 }),
    ...textsOf(SPANISH_RECALL, 200, 0, { msgType: 7, clinic: 0, parts: 3, charge: 0.06 }),
  ];
  // Pending: a burst three days ago (08:00 to 09:10 by the clock of NOW() - 3 days), a straggler, and young ones.
  for (let i = 0; i < 40; i++) rows.push({ minutesAgo: 3 * 24 * 60 - i * 2, msgType: 3, clinic: 2, status: STATUS.pending, text: fillTags(TEXT.reminderSms, i) });
  rows.push({ minutesAgo: 10 * 24 * 60, msgType: 3, clinic: 2, status: STATUS.pending, text: fillTags(TEXT.reminderSms, 1) });
  for (let i = 0; i < 5; i++) rows.push({ minutesAgo: 10 + i, msgType: 3, clinic: 2, status: STATUS.pending, text: fillTags(TEXT.reminderSms, i) });
  // A number that fails again and again, and one that failed once.
  const errors = ['Invalid destination number', 'Landline or unreachable carrier', 'Invalid destination number'];
  errors.forEach((error, i) =>
    rows.push({ minutesAgo: 5 * 24 * 60 - i * 1440, msgType: 6, clinic: 0, status: STATUS.failedNoCharge, phone: FAILING_PHONE, patNum: 77, error, text: fillTags(TEXT.confirmSms, i) }),
  );
  rows.push({ minutesAgo: 2 * 24 * 60, msgType: 6, clinic: 0, status: STATUS.failedNoCharge, phone: FAILED_ONCE_PHONE, patNum: 78, error: 'Invalid destination number', text: fillTags(TEXT.confirmSms, 9) });
  // Outside the window (40 days ago): not read with the default 30 days.
  rows.push(...textsOf(TEXT.reminderSms, 50, 50, { msgType: 3, clinic: 3, fromMinutes: 40 * 24 * 60, days: 1 }));
  return rows;
}

function tsvField(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r');
}

/**
 * `count` sent texts over the last 30 days, as a tab-separated file for LOAD DATA INFILE (the
 * columns of COLUMNS, DateTimeSent as minutes before `now`, "YYYY-MM-DD HH:MM:SS"): mostly
 * eReminders and eConfirmations of `clinics` clinics, some manual texts, 1% failed, 0.5% pending.
 */
export async function writeBenchHistory(file: string, count: number, clinics: number, now: Date, templates: { msgType: number; text: string }[]): Promise<void> {
  const next = random(15);
  const out = fs.createWriteStream(file);
  const pad = (n: number) => String(n).padStart(2, '0');
  const stamp = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
  const span = 30 * 24 * 60 * 60 * 1000;
  let buffer = '';
  for (let i = 0; i < count; i++) {
    const r = next();
    const manual = r < 0.05;
    const template = templates[i % templates.length];
    const text = manual ? (r < 0.01 ? `${MANUAL_WITH_LINK}${i}` : MANUAL_PLAIN) : fillTags(template.text, i);
    const s = next();
    const status = s < 0.01 ? STATUS.failedNoCharge : s < 0.015 ? STATUS.pending : STATUS.delivered;
    const sent = new Date(now.getTime() - Math.floor(next() * span));
    const fields = [
      String(1000 + (i % 200_000)),
      `g-${i}`,
      '',
      '+15555550100',
      `+1555${String(i % 9_000_000).padStart(7, '0')}`,
      '0',
      String(manual ? 1 : template.msgType),
      tsvField(text),
      String(status),
      String(text.length > 160 ? 2 : 1),
      text.length > 160 ? '0.05' : '0.04',
      String(1 + (i % clinics)),
      status === STATUS.failedNoCharge ? 'Carrier rejected the message' : '',
      stamp(sent),
      status === STATUS.pending ? '0001-01-01 00:00:00' : stamp(new Date(sent.getTime() + 60_000)),
      '0',
      '0',
    ];
    buffer += `${fields.join('\t')}\n`;
    if (buffer.length > 1 << 20) {
      if (!out.write(buffer)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
      buffer = '';
    }
  }
  out.end(buffer);
  await new Promise<void>((resolve, reject) => out.on('finish', () => resolve()).on('error', reject));
}

export const SMS_COLUMNS = COLUMNS;
