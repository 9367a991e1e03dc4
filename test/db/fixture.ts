// Open Dental's template tables as its CRUD layer defines them (column order of
// OpenDentBusiness/Crud/*Crud.cs, SQL types by its conventions: `text NOT NULL` for
// templates, varchar(255) for names, tinyint for enums and bools, bigint for keys and
// ticks; tables DEFAULT CHARSET=utf8, MySQL's 3-byte utf8), and fixture rows covering
// what the reader must handle. `oldSchema` drops the columns later versions added and uses
// MyISAM, as old databases still do.

const RULE_COLUMNS: [string, string][] = [
  ['ApptReminderRuleNum', 'bigint(20) NOT NULL AUTO_INCREMENT'],
  ['TypeCur', 'tinyint(4) NOT NULL'],
  ['TSPrior', 'bigint(20) NOT NULL'],
  ['SendOrder', 'varchar(255) NOT NULL'],
  ['IsSendAll', 'tinyint(4) NOT NULL'],
  ['TemplateSMS', 'text NOT NULL'],
  ['TemplateEmailSubject', 'text NOT NULL'],
  ['TemplateEmail', 'text NOT NULL'],
  ['ClinicNum', 'bigint(20) NOT NULL'],
  ['TemplateSMSAggShared', 'text NOT NULL'],
  ['TemplateSMSAggPerAppt', 'text NOT NULL'],
  ['TemplateEmailSubjAggShared', 'text NOT NULL'],
  ['TemplateEmailAggShared', 'text NOT NULL'],
  ['TemplateEmailAggPerAppt', 'text NOT NULL'],
  ['DoNotSendWithin', 'bigint(20) NOT NULL'],
  ['IsEnabled', 'tinyint(4) NOT NULL'],
  ['TemplateAutoReply', 'text NOT NULL'],
  ['TemplateAutoReplyAgg', 'text NOT NULL'],
  ['TemplateFailureAutoReply', 'text NOT NULL'],
  ['IsAutoReplyEnabled', 'tinyint(4) NOT NULL'],
  ['Language', 'varchar(255) NOT NULL'],
  ['EmailTemplateType', 'varchar(255) NOT NULL'],
  ['AggEmailTemplateType', 'varchar(255) NOT NULL'],
  ['TemplateComeInMessage', 'text NOT NULL'],
  ['IsSendForMinorsBirthday', 'tinyint(4) NOT NULL'],
  ['EmailHostingTemplateNum', 'bigint(20) NOT NULL'],
  ['MinorAge', 'int(11) NOT NULL'],
  ['SendMultipleInvites', 'tinyint(4) NOT NULL'],
  ['TimeSpanMultipleInvites', 'bigint(20) NOT NULL'],
];

/** Columns an older Open Dental (before 21.1) does not have. */
export const NEWER_COLUMNS = ['TemplateFailureAutoReply', 'TemplateComeInMessage', 'IsSendForMinorsBirthday', 'EmailHostingTemplateNum', 'MinorAge', 'SendMultipleInvites', 'TimeSpanMultipleInvites'];

export function schemaSql(options: { oldSchema?: boolean } = {}): string {
  const engine = options.oldSchema ? 'MyISAM' : 'InnoDB';
  const ruleColumns = RULE_COLUMNS.filter(([name]) => !options.oldSchema || !NEWER_COLUMNS.includes(name));
  const table = (name: string, columns: string[], key: string) => `CREATE TABLE ${name} (\n  ${columns.join(',\n  ')},\n  PRIMARY KEY (${key})\n) ENGINE=${engine} DEFAULT CHARSET=utf8;\n`;
  return [
    table(
      'apptreminderrule',
      ruleColumns.map(([n, t]) => `${n} ${t}`),
      'ApptReminderRuleNum',
    ) + 'CREATE INDEX ClinicNum ON apptreminderrule (ClinicNum);\n',
    table('preference', ['PrefNum bigint(20) NOT NULL AUTO_INCREMENT', 'PrefName varchar(255) NOT NULL', 'ValueString mediumtext NOT NULL', 'Comments text'], 'PrefNum'),
    table('clinicpref', ['ClinicPrefNum bigint(20) NOT NULL AUTO_INCREMENT', 'ClinicNum bigint(20) NOT NULL', 'PrefName varchar(255) NOT NULL', 'ValueString text NOT NULL'], 'ClinicPrefNum'),
    table(
      'languagepat',
      ['LanguagePatNum bigint(20) NOT NULL AUTO_INCREMENT', 'PrefName varchar(255) NOT NULL', 'Language varchar(255) NOT NULL', 'Translation text NOT NULL', 'EFormFieldDefNum bigint(20) NOT NULL'],
      'LanguagePatNum',
    ),
    table(
      'clinic',
      [
        'ClinicNum bigint(20) NOT NULL AUTO_INCREMENT',
        'Description varchar(255) NOT NULL',
        'Address varchar(255) NOT NULL',
        'Phone varchar(255) NOT NULL',
        'Abbr varchar(255) NOT NULL',
        'IsHidden tinyint(4) NOT NULL',
      ],
      'ClinicNum',
    ),
    table(
      'signalod',
      [
        'SignalNum bigint(20) NOT NULL AUTO_INCREMENT',
        'DateViewing date NOT NULL',
        'SigDateTime datetime NOT NULL',
        'FKey bigint(20) NOT NULL',
        'FKeyType varchar(255) NOT NULL',
        'IType tinyint(4) NOT NULL',
        'RemoteRole tinyint(4) NOT NULL',
        'MsgValue text NOT NULL',
      ],
      'SignalNum',
    ),
  ].join('\n');
}

/** SQL string literal (the mariadb client reads the file as utf8mb4). */
export function q(text: string): string {
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\r/g, '\\r').replace(/\n/g, '\\n')}'`;
}

export interface RuleRow {
  num: string;
  type: number;
  clinic: number;
  enabled?: boolean;
  language?: string;
  texts: Partial<Record<string, string>>;
}

export function ruleInsert(row: RuleRow, options: { oldSchema?: boolean } = {}): string {
  const values = new Map<string, string>();
  for (const [name, type] of RULE_COLUMNS) {
    if (options.oldSchema && NEWER_COLUMNS.includes(name)) continue;
    values.set(name, type.startsWith('text') || type.startsWith('varchar') ? "''" : '0');
  }
  values.set('ApptReminderRuleNum', row.num);
  values.set('TypeCur', String(row.type));
  values.set('ClinicNum', String(row.clinic));
  values.set('IsEnabled', row.enabled === false ? '0' : '1');
  values.set('Language', q(row.language ?? ''));
  values.set('EmailTemplateType', q('Html'));
  values.set('AggEmailTemplateType', q('Html'));
  values.set('TSPrior', String(2 * 24 * 3600 * 10_000_000));
  for (const [column, text] of Object.entries(row.texts)) if (text !== undefined && values.has(column)) values.set(column, q(text));
  return `INSERT INTO apptreminderrule (${[...values.keys()].join(', ')}) VALUES (${[...values.values()].join(', ')});\n`;
}

/** Open Dental-style default texts (from its default rules), and what offices change. */
export const TEXT = {
  reminderSms: 'Appointment Reminder: [NameF] is scheduled for [ApptTime] on [ApptDate] at [OfficeName]. If you have questions call [OfficePhone].',
  reminderEmailSubject: 'Appointment Reminder',
  reminderEmail: '[NameF] is scheduled for [ApptTime] on [ApptDate] at [OfficeName]. If you have questions, call <a href="tel:[OfficePhone]">[OfficePhone]</a>.',
  reminderAggSms: 'Appointment Reminder:\n[Appts]\nIf you have questions call [OfficePhone].',
  reminderAggPerAppt: '[NameF] is scheduled for [ApptTime] on [ApptDate] at [OfficeName].',
  reminderAggEmailSubject: 'Appointment Reminder',
  reminderAggEmail: '[Appts]<br>If you have questions, call <a href="tel:[OfficePhone]">[OfficePhone]</a>.',
  reminderAggEmailPerAppt: '[NameF] is scheduled for [ApptTime] on [ApptDate] at [OfficeName].',
  confirmSms: '[NameF] is scheduled for [ApptTime] on [ApptDate] at [OfficeName]. Reply [ConfirmCode] to confirm or call [OfficePhone].',
  confirmAutoReply: 'Thank you for confirming your appointment with [OfficeName]. We look forward to seeing you.',
  confirmAutoReplyAgg: 'Thank you for confirming your appointments with [OfficeName]. We look forward to seeing you.',
  confirmFailure: 'There was an error confirming your appointment with [OfficeName]. Please call [OfficePhone] to confirm.',
  arrivalSms: '[NameF] is scheduled for [ApptTime] on [ApptDate] at [ClinicName]. When you arrive, please respond with [Arrived]. If you have questions call [ClinicPhone].',
  arrivalResponse: 'Please remain outside the office.  You will be contacted shortly to come in for your appointment.',
  comeIn: 'Your appointment is ready. Please come in.',
  spanishArrival: '[NameF] tiene una cita a las [ApptTime] el [ApptDate] en [ClinicName]. Cuando llegue, responda con [Arrived].',
  spanishReminder: 'Recordatorio de cita: [NameF] tiene una cita a las [ApptTime] el [ApptDate] en [OfficeName]. Llame al [OfficePhone].',
};

/** Every template column of an eReminder rule, filled (`smsSuffix` marks a language's text). */
export function reminderTexts(smsSuffix = ''): Record<string, string> {
  return {
    TemplateSMS: TEXT.reminderSms + smsSuffix,
    TemplateEmailSubject: TEXT.reminderEmailSubject,
    TemplateEmail: TEXT.reminderEmail,
    TemplateSMSAggShared: TEXT.reminderAggSms,
    TemplateSMSAggPerAppt: TEXT.reminderAggPerAppt,
    TemplateEmailSubjAggShared: TEXT.reminderAggEmailSubject,
    TemplateEmailAggShared: TEXT.reminderAggEmail,
    TemplateEmailAggPerAppt: TEXT.reminderAggEmailPerAppt,
  };
}

export const BIG_KEY = '9007199254740993';

export const CLINICS: [number, string, string][] = [
  [1, 'Downtown Dental', 'DT'],
  [2, 'Eastside Dental', 'ES'],
  [3, 'Northside Family Dental', 'NS'],
  [4, 'Westside Dental', 'WS'],
];

export const PREFERENCES: [string, string][] = [
  ['DataBaseVersion', '24.3.36.0'],
  ['LanguagesUsedByPatients', 'spa'],
  ['WebSchedMessageText', 'Dear [NameF], it is time for your cleaning at [OfficeName]. Schedule online: [URL] or call [OfficePhone].'],
  ['WebSchedSubject', 'Time for your dental visit'],
  ['WebSchedMessage', 'Dear [NameF],<br>it is time to schedule your recall appointment. [URL]<br>[OfficeName] [OfficePhone]'],
  ['WebSchedAggregatedTextMessage', 'It is time to schedule for [FamilyListURLs]. Call [OfficePhone] with questions. [OfficeName]'],
  ['WebSchedAsapTextTemplate', '[NameF], an appointment opened at [OfficeName] on [Date] at [Time]. Book it: [AsapURL]'],
  ['WebSchedAsapEmailSubj', 'Appointment opening at [OfficeName]'],
  ['WebSchedAsapEmailTemplate', '[NameF], an appointment opened on [Date] at [Time]. Book it: [AsapURL]'],
  ['WebSchedVerifyRecallText', 'Your appointment at [OfficeName] on [ApptDate] at [ApptTime] is booked.'],
  ['ConfirmTextMessage', '[NameF], please call [OfficeName] at [OfficePhone] to confirm your appointment on [date] at [time].'],
  ['ConfirmEmailSubject', 'Please confirm your appointment'],
  ['ConfirmEmailMessage', '[NameF], please call [OfficePhone] to confirm your appointment on [date] at [time].'],
  ['BillingDefaultsSmsTemplate', '[nameF], you have a new statement from [OfficeName]: [StatementURL]'],
  ['PaymentPortalMsgToPayTextMessageTemplate', 'A statement from [OfficeName] is ready. Pay online: [MsgToPayURL]'],
  ['PaymentPortalMsgToPaySubjectTemplate', 'Your statement from [OfficeName]'],
  ['PaymentPortalMsgToPayEmailMessageTemplate', '{"Template":"A statement from [OfficeName] is ready. Pay online: [MsgToPayURL]","EmailType":0}'],
];

export function fixtureSql(options: { oldSchema?: boolean } = {}): string {
  const rules: RuleRow[] = [
    // The practice defaults: every template column of an eReminder rule.
    {
      num: '1',
      type: 0,
      clinic: 0,
      texts: reminderTexts(),
    },
    {
      num: '2',
      type: 1,
      clinic: 0,
      texts: { TemplateSMS: TEXT.confirmSms, TemplateAutoReply: TEXT.confirmAutoReply, TemplateAutoReplyAgg: TEXT.confirmAutoReplyAgg, TemplateFailureAutoReply: TEXT.confirmFailure },
    },
    { num: '3', type: 5, clinic: 0, texts: { TemplateSMS: TEXT.arrivalSms, TemplateAutoReply: TEXT.arrivalResponse, TemplateComeInMessage: TEXT.comeIn } },
    { num: '4', type: 0, clinic: 0, language: 'spa', texts: { TemplateSMS: TEXT.spanishReminder } },
    // An unknown TypeCur (a newer Open Dental): read, listed, not mapped.
    { num: '5', type: 42, clinic: 0, texts: { TemplateSMS: 'A message of a kind odmsg does not know.' } },
    // Clinic 1: its own eReminder, with CRLF line breaks as typed in Open Dental, and a problem.
    { num: '101', type: 0, clinic: 1, texts: { TemplateSMS: 'Hi [NameF]!\r\nReminder: [ApptTime] on [ApptDate] at [OfficeName].\r\nDetails: https://bit.ly/dt-visit' } },
    // Clinic 1: a disabled eConfirmation rule (checked only with --include-disabled).
    { num: '102', type: 1, clinic: 1, enabled: false, texts: { TemplateSMS: 'CONFIRM NOW!!! Reply [ConfirmCode]. [OfficeName]' } },
    // Clinic 2: its own Arrival rules, one with a key above 2^53, one in Spanish.
    { num: BIG_KEY, type: 5, clinic: 2, texts: { TemplateSMS: TEXT.arrivalSms, TemplateAutoReply: TEXT.arrivalResponse, TemplateComeInMessage: TEXT.comeIn } },
    { num: '9007199254740995', type: 5, clinic: 2, language: 'spa', texts: { TemplateSMS: TEXT.spanishArrival } },
    // Clinic 4 has its own eConfirmation rule but uses the defaults (ApptConfirmUseDefaults).
    { num: '401', type: 1, clinic: 4, texts: { TemplateSMS: 'Westside: reply [ConfirmCode] to confirm [ApptTime] on [ApptDate].' } },
  ];
  const sql: string[] = [];
  for (const rule of rules) sql.push(ruleInsert(rule, options));
  for (const [num, name, abbr] of CLINICS) sql.push(`INSERT INTO clinic (ClinicNum, Description, Address, Phone, Abbr, IsHidden) VALUES (${num}, ${q(name)}, '', '', ${q(abbr)}, 0);\n`);
  for (const [name, value] of PREFERENCES) sql.push(`INSERT INTO preference (PrefName, ValueString, Comments) VALUES (${q(name)}, ${q(value)}, '');\n`);
  // Clinic 3 overrides the Web Sched ASAP text; clinic 4 uses the default eConfirmation rules.
  sql.push(`INSERT INTO clinicpref (ClinicNum, PrefName, ValueString) VALUES (3, 'WebSchedAsapTextTemplate', ${q('Northside: [NameF], an opening on [Date] at [Time]. Book: [AsapURL]')});\n`);
  sql.push(`INSERT INTO clinicpref (ClinicNum, PrefName, ValueString) VALUES (4, 'ApptConfirmUseDefaults', '1');\n`);
  sql.push(
    `INSERT INTO languagepat (PrefName, Language, Translation, EFormFieldDefNum) VALUES ('WebSchedMessageText', 'spa', ${q('Estimado/a [NameF], es hora de su limpieza en [OfficeName]. Programe en línea: [URL] o llame al [OfficePhone].')}, 0);\n`,
  );
  return sql.join('');
}

/** A SELECT-only user, the README's GRANT lines; and one that may read only `clinic`. */
export function usersSql(databases: string[]): string {
  const tables = ['apptreminderrule', 'preference', 'clinicpref', 'languagepat', 'clinic'];
  const sql = ["CREATE USER 'odmsg_ro'@'127.0.0.1' IDENTIFIED BY 'ro-secret';", "CREATE USER 'odmsg_ro'@'localhost' IDENTIFIED BY 'ro-secret';", "CREATE USER 'clinic_only'@'127.0.0.1' IDENTIFIED BY 'x';"];
  for (const db of databases) {
    for (const t of tables) for (const host of ['127.0.0.1', 'localhost']) sql.push(`GRANT SELECT ON ${db}.${t} TO 'odmsg_ro'@'${host}';`);
    sql.push(`GRANT SELECT ON ${db}.clinic TO 'clinic_only'@'127.0.0.1';`);
  }
  return `${sql.join('\n')}\nFLUSH PRIVILEGES;\n`;
}
