// odmsg check --db, pull and push against a real MariaDB loaded with Open Dental's tables
// (setup.ts), through the built command line as a user runs it. The tables' checksums are
// the same before and after every command: odmsg only reads.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { ensureBuilt, odmsg as runOdmsg, type Run } from '../cli/helpers';
import { BIG_KEY, NEWER_COLUMNS, q } from './fixture';
import type { MariaDb } from './mariadb';
import { checksums, DATABASES, startFixtureDb } from './setup';

let db: MariaDb;
let work: string;

before(async () => {
  ensureBuilt();
  db = await startFixtureDb();
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'odmsg-db-'));
});

after(async () => {
  await db?.stop();
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

const rootUrl = (database: string = DATABASES.current) => `mysql://root@localhost/${database}?socket=${encodeURIComponent(db.socket)}`;
const tcpUrl = (user: string, database: string = DATABASES.current) => `mysql://${user}@127.0.0.1:${db.port}/${database}`;

/** Runs odmsg and asserts the database's tables are unchanged by it. */
async function odmsg(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<Run> {
  const before = await checksums(db);
  const run = runOdmsg(args, { cwd: options.cwd ?? work, env: { ODMSG_DB_PASSWORD: '', ...options.env } });
  assert.equal(await checksums(db), before, `odmsg ${args[0]} changed the database`);
  assert.doesNotMatch(run.stderr, /\n\s+at /, 'no stack trace');
  return run;
}

interface JsonResult {
  filePath: string;
  messages: { ruleId: string | null; message: string }[];
}

function folder(name: string): string {
  const dir = path.join(work, name);
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}

describe('odmsg check --db', () => {
  test('checks what Open Dental sends, with readable locators, exact keys and languages', async () => {
    const run = await odmsg(['check', '--db', rootUrl(), '-f', 'json', '--info']);
    assert.equal(run.code, 1, run.stderr);
    const results = JSON.parse(run.stdout) as JsonResult[];
    const paths = results.map((r) => r.filePath);
    assert.ok(paths.includes(`clinic 2 Eastside Dental › Arrival rule ${BIG_KEY} › text`), paths.join('\n'));
    assert.ok(paths.includes('clinic 2 Eastside Dental › Arrival rule 9007199254740995 › text › spa'));
    assert.ok(paths.includes('practice defaults › eReminder rule 1 › email per appointment'));
    assert.ok(paths.includes('practice defaults › eConfirmation rule 2 › failure auto reply'));
    assert.ok(paths.includes('practice defaults › Arrival rule 3 › come-in text'));
    assert.ok(paths.includes('practice defaults › WebSchedMessageText › text › spa'), 'the preference translation');
    assert.ok(paths.includes('clinic 3 Northside Family Dental › WebSchedAsapTextTemplate › text'), 'the clinic override');
    assert.ok(paths.includes('practice defaults › WebSchedAsapTextTemplate › text'), 'the practice value other clinics use');
    assert.ok(!paths.some((p) => p.includes('rule 102')), 'a disabled rule is not sent');
    assert.ok(!paths.some((p) => p.includes('rule 401')), 'clinic 4 uses the default eConfirmation rules');
    // The CRLF text's problem is found where it is in the pulled file.
    const crlf = results.find((r) => r.filePath === 'clinic 1 Downtown Dental › eReminder rule 101 › text')!;
    assert.ok(crlf.messages.some((m) => m.ruleId === 'no-url-shorteners'));
    assert.match(run.stderr, /TypeCur 42 is a rule type odmsg does not know/);
  });

  test('--include-disabled checks the rest too; --clinic narrows it', async () => {
    const all = JSON.parse((await odmsg(['check', '--db', rootUrl(), '-f', 'json', '--include-disabled'])).stdout) as JsonResult[];
    const paths = all.map((r) => r.filePath);
    assert.ok(paths.includes('clinic 1 Downtown Dental › eConfirmation rule 102 › text'));
    assert.ok(paths.includes('clinic 4 Westside Dental › eConfirmation rule 401 › text'));
    const one = JSON.parse((await odmsg(['check', '--db', rootUrl(), '-f', 'json', '--clinic', '2'])).stdout) as JsonResult[];
    assert.ok(one.every((r) => r.filePath.startsWith('clinic 2 ') || r.filePath.startsWith('practice defaults')));
  });

  test('SARIF and GitHub output carry the locator', async () => {
    const sarif = JSON.parse((await odmsg(['check', '--db', rootUrl(), '-f', 'sarif'])).stdout);
    const uris = sarif.runs[0].results.map((r: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => decodeURIComponent(r.locations[0].physicalLocation.artifactLocation.uri));
    assert.ok(uris.includes('clinic 1 Downtown Dental › eReminder rule 101 › text'), uris.join('\n'));
    const github = (await odmsg(['check', '--db', rootUrl(), '-f', 'github'])).stdout;
    assert.match(github, /file=clinic 1 Downtown Dental › eReminder rule 101 › text/);
  });

  test('uses the config in the current folder and --rule, as check does', async () => {
    const dir = folder('config');
    fs.writeFileSync(path.join(dir, '.odmsgrc.json'), '{ "rules": { "no-url-shorteners": "off", "unknown-tag": "off" } }');
    const run = await odmsg(['check', '--db', rootUrl(), '-f', 'json', '--rule', 'non-gsm-character:off', '--rule', 'message-length:off', '--rule', 'tag-case:off'], { cwd: dir });
    const results = JSON.parse(run.stdout) as JsonResult[];
    assert.ok(!results.some((r) => r.messages.some((m) => m.ruleId === 'no-url-shorteners' || m.ruleId === 'non-gsm-character')));
    assert.equal(run.code, 0, run.stdout);
  });

  test('an older Open Dental (MyISAM, fewer columns) through a SELECT-only user: read, and what is missing listed', async () => {
    const run = await odmsg(['check', '--db', tcpUrl('odmsg_ro', DATABASES.old), '-f', 'json'], { env: { ODMSG_DB_PASSWORD: 'ro-secret' } });
    assert.equal(run.code, 1, run.stderr);
    for (const column of ['TemplateFailureAutoReply', 'TemplateComeInMessage']) assert.match(run.stderr, new RegExp(`apptreminderrule\\.${column}`));
    assert.ok(NEWER_COLUMNS.length > 0);
    const paths = (JSON.parse(run.stdout) as JsonResult[]).map((r) => r.filePath);
    assert.ok(paths.includes(`clinic 2 Eastside Dental › Arrival rule ${BIG_KEY} › text`));
    assert.ok(!run.stdout.includes('ro-secret') && !run.stderr.includes('ro-secret'));
  });

  test('failures exit 2 with one line naming host and database, never the password', async () => {
    const cases: [string[], NodeJS.ProcessEnv, RegExp][] = [
      [['--db', tcpUrl('odmsg_ro')], { ODMSG_DB_PASSWORD: 'wrong-Secret-1' }, /Cannot log in to database "opendental" on 127\.0\.0\.1:\d+ as "odmsg_ro"/],
      [['--db', `mysql://odmsg_ro:wrong-Secret-1@127.0.0.1:${db.port}/opendental`], {}, /Cannot log in/],
      [['--db', rootUrl('no_such_db')], {}, /database "no_such_db" on socket .*: no such database/],
      [['--db', rootUrl(DATABASES.missingTable)], {}, /database "od_no_languagepat" .*languagepat.* doesn't exist/],
      [['--db', tcpUrl('clinic_only')], { ODMSG_DB_PASSWORD: 'x' }, /database "opendental" on 127\.0\.0\.1:\d+: .*denied.*apptreminderrule|SELECT command denied/],
      [['--db', 'mysql://root@127.0.0.1:1/opendental'], {}, /Cannot connect to database "opendental" on 127\.0\.0\.1:1: nothing is listening there/],
      [['--db', 'postgres://x@y/z'], {}, /needs a mysql:\/\/ URL/],
    ];
    for (const [args, env, expected] of cases) {
      const run = await odmsg(['check', ...args], { env });
      assert.equal(run.code, 2, `${args.join(' ')}: ${run.stderr}`);
      assert.match(run.stderr, expected);
      assert.equal(run.stderr.trim().split('\n').length, 1, run.stderr);
      assert.ok(!run.stderr.includes('wrong-Secret-1'), 'the password is never printed');
      assert.equal(run.stdout, '');
    }
  });

  test('--fix-dry-run shows the fixes as a diff of the locator; --stats measures the texts; --max-warnings and --quiet apply', async () => {
    const dry = await odmsg(['check', '--db', rootUrl(), '--include-disabled', '--fix-dry-run', '-f', 'compact']);
    // jsdiff quotes a name outside ASCII as git does ("›" as octal escapes).
    assert.match(dry.stdout, /^--- "?a\/clinic 1 Downtown Dental .* eConfirmation rule 102 .* text"?\n[\s\S]*^-CONFIRM NOW!!! Reply[\s\S]*^\+(?!CONFIRM NOW!!!).* Reply \[ConfirmCode\]/m);
    const stats = await odmsg(['check', '--db', rootUrl(), '--stats', '-f', 'compact']);
    assert.match(stats.stdout, /practice defaults › eReminder rule 1 › text: .*segment/);
    const quiet = await odmsg(['check', '--db', rootUrl(), '-q', '-f', 'json']);
    const messages = (JSON.parse(quiet.stdout) as JsonResult[]).flatMap((r) => r.messages) as unknown as { severity: number }[];
    assert.ok(messages.length > 0 && messages.every((m) => m.severity === 2));
  });

  test('--fix is refused: odmsg never writes to the database', async () => {
    const run = await odmsg(['check', '--db', rootUrl(), '--fix']);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /--fix cannot write to the database/);
  });
});

describe('odmsg pull', () => {
  test('writes one file per non-empty slot, the defaults once, with a manifest; CRLF kept byte for byte', async () => {
    const cwd = folder('pull-basic');
    const run = await odmsg(['pull', '--db', rootUrl()], { cwd });
    assert.equal(run.code, 0, run.stderr);
    const out = path.join(cwd, 'od-templates');
    const manifest = JSON.parse(fs.readFileSync(path.join(out, 'odmsg-manifest.json'), 'utf8'));
    assert.equal(manifest.openDentalVersion, '24.3.36.0');
    const crlfFile = 'clinic 1 Downtown Dental/eReminder rule 101/text.odmsg';
    const bytes = fs.readFileSync(path.join(out, crlfFile));
    const expectedBody = 'Hi [NameF]!\r\nReminder: [ApptTime] on [ApptDate] at [OfficeName].\r\nDetails: https://bit.ly/dt-visit';
    assert.ok(bytes.toString('utf8').endsWith(`---\r\n${expectedBody}`), JSON.stringify(bytes.toString('utf8')));
    assert.equal(manifest.files[crlfFile].lineEndings, 'crlf');
    assert.equal(manifest.files[crlfFile].charset, 'utf8mb3');
    const big = manifest.files[`clinic 2 Eastside Dental/Arrival rule ${BIG_KEY}/text.odmsg`];
    assert.equal(big.key, BIG_KEY, 'the key exact above 2^53');
    assert.equal(big.table, 'apptreminderrule');
    assert.equal(big.column, 'TemplateSMS');
    const spanish = fs.readFileSync(path.join(out, 'practice/WebSchedMessageText/text.spa.odmsg'), 'utf8');
    assert.match(spanish, /^---\nkind: webSchedRecall\nchannel: sms\nlanguage: spa\n---\nEstimado/);
    const email = fs.readFileSync(path.join(out, 'practice/eReminder rule 1/email-aggregate.odmsg'), 'utf8');
    assert.match(email, /^---\nkind: eReminder\nchannel: email\naggregate: true\nsubject: Appointment Reminder\n---\n\[Appts\]/);
    // The practice defaults once: no clinic folder holds a copy of rule 1.
    const files = Object.keys(manifest.files);
    assert.equal(files.filter((f) => f.includes('eReminder rule 1/')).length, 6);
    assert.ok(files.includes('clinic 1 Downtown Dental/eConfirmation rule 102/text.odmsg'), 'disabled rules are pulled too');
    assert.equal(manifest.files['clinic 1 Downtown Dental/eConfirmation rule 102/text.odmsg'].enabled, false);
    assert.ok(manifest.unmapped.some((u: string) => u.includes('TypeCur 42')));
    // The pulled files check as the database does.
    const check = await odmsg(['check', out, '-f', 'json']);
    assert.equal(check.code, 1);
  });

  test('a re-pull changes nothing; an edit here is kept; a change there over an edit is held back until --force', async () => {
    const cwd = folder('pull-again');
    const out = path.join(cwd, 'od-templates');
    await odmsg(['pull', '--db', rootUrl()], { cwd });
    const again = await odmsg(['pull', '--db', rootUrl()], { cwd });
    assert.equal(again.code, 0);
    assert.match(again.stderr, / 0 written, \d+ unchanged/);
    const file = path.join(out, 'practice/ConfirmTextMessage/text.odmsg');
    const edited = fs.readFileSync(file, 'utf8').replace('please call', 'please phone');
    fs.writeFileSync(file, edited);
    const third = await odmsg(['pull', '--db', rootUrl()], { cwd });
    assert.equal(third.code, 0, third.stderr);
    assert.equal(fs.readFileSync(file, 'utf8'), edited);
    await db.sql(`UPDATE preference SET ValueString = ${q('Changed in Open Dental: call [OfficeName] at [OfficePhone].')} WHERE PrefName = 'ConfirmTextMessage';`, DATABASES.current);
    try {
      const held = await odmsg(['pull', '--db', rootUrl()], { cwd });
      assert.equal(held.code, 1);
      assert.match(held.stderr, /kept your edit: .*ConfirmTextMessage.*--force overwrites/);
      assert.equal(fs.readFileSync(file, 'utf8'), edited);
      const forced = await odmsg(['pull', '--db', rootUrl(), '--force'], { cwd });
      assert.equal(forced.code, 0);
      assert.match(fs.readFileSync(file, 'utf8'), /Changed in Open Dental/);
    } finally {
      await db.sql(
        `UPDATE preference SET ValueString = ${q('[NameF], please call [OfficeName] at [OfficePhone] to confirm your appointment on [date] at [time].')} WHERE PrefName = 'ConfirmTextMessage';`,
        DATABASES.current,
      );
    }
  });

  test('a folder that cannot be written: exit 2, one line', async () => {
    const cwd = folder('pull-blocked');
    fs.writeFileSync(path.join(cwd, 'od-templates'), 'a file where the folder would go');
    const run = await odmsg(['pull', '--db', rootUrl()], { cwd });
    assert.equal(run.code, 2, run.stderr);
    assert.match(run.stderr, /^odmsg: Cannot (write|read|use) .*od-templates.*(ENOTDIR|EEXIST)[^\n]*\n$/);
  });

  test('--clinic pulls that clinic and the defaults; --out names the folder', async () => {
    const cwd = folder('pull-clinic');
    const run = await odmsg(['pull', '--db', rootUrl(), '--clinic', '2', '--out', 'two'], { cwd });
    assert.equal(run.code, 0, run.stderr);
    const folders = fs.readdirSync(path.join(cwd, 'two')).sort();
    assert.deepEqual(folders, ['clinic 2 Eastside Dental', 'odmsg-manifest.json', 'practice']);
  });

  test('pulled files know their column charset: an emoji added is reported by database-charset', async () => {
    const cwd = folder('pull-charset');
    await odmsg(['pull', '--db', rootUrl()], { cwd });
    const file = path.join(cwd, 'od-templates/practice/Arrival rule 3/come-in-text.odmsg');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8') + ' 😀');
    const run = await odmsg(['check', 'od-templates/practice/Arrival rule 3', '-f', 'json'], { cwd });
    const messages = (JSON.parse(run.stdout) as JsonResult[]).flatMap((r) => r.messages);
    assert.ok(
      messages.some((m) => m.ruleId === 'database-charset' && /utf8mb3/.test(m.message)),
      run.stdout,
    );
    // The same text outside a pulled folder: no charset known, nothing reported.
    const loose = path.join(cwd, 'loose.odmsg');
    fs.copyFileSync(file, loose);
    const plain = await odmsg(['check', 'loose.odmsg', '-f', 'json'], { cwd });
    assert.ok(!(JSON.parse(plain.stdout) as JsonResult[]).flatMap((r) => r.messages).some((m) => m.ruleId === 'database-charset'));
  });
});

describe('odmsg push', () => {
  test('lists each edit with where to paste it; a change on both sides is a conflict; after pasting, pull shows no change', async () => {
    const cwd = folder('push');
    const out = path.join(cwd, 'od-templates');
    await odmsg(['pull', '--db', rootUrl()], { cwd });
    const nothing = await odmsg(['push', 'od-templates', '--db', rootUrl()], { cwd });
    assert.equal(nothing.code, 0);
    assert.match(nothing.stdout, /0 to paste, 0 conflicts/);

    const spanishRule = path.join(out, 'clinic 2 Eastside Dental/Arrival rule 9007199254740995 (spa)/text.odmsg');
    const newSpanish = `${fs.readFileSync(spanishRule, 'utf8')} Gracias.`;
    fs.writeFileSync(spanishRule, newSpanish);
    const pref = path.join(out, 'practice/WebSchedAsapTextTemplate/text.odmsg');
    fs.writeFileSync(pref, fs.readFileSync(pref, 'utf8').replace('opened', 'just opened'));
    const push = await odmsg(['push', 'od-templates', '--db', rootUrl(), '--html', 'sheet.html'], { cwd });
    assert.equal(push.code, 0, push.stderr);
    assert.match(push.stdout, /Paste: clinic 2 Eastside Dental › Arrival rule 9007199254740995 › text › spa/);
    assert.match(push.stdout, /where: Setup › eServices › Automated Messaging › clinic 2 Eastside Dental › Arrival rule › Spanish tab › Text Message/);
    assert.match(push.stdout, /Cuando llegue, responda con \[Arrived\]\. Gracias\./);
    assert.match(push.stdout, /where: Setup › eServices › Web Sched › ASAP › Text Message Template/);
    assert.match(push.stdout, /2 to paste, 0 conflicts/);
    const html = fs.readFileSync(path.join(cwd, 'sheet.html'), 'utf8');
    assert.match(html, /<button data-copy="t0">Copy text<\/button>/);
    assert.match(html, /class="add"/);
    assert.doesNotMatch(html, /(src|href)=["']?https?:/, 'no network');

    // Open Dental changed the ASAP text meanwhile: a conflict, with both versions.
    await db.sql(`UPDATE preference SET ValueString = ${q('Changed in OD [AsapURL] [OfficeName]')} WHERE PrefName = 'WebSchedAsapTextTemplate';`, DATABASES.current);
    const conflict = await odmsg(['push', 'od-templates', '--db', rootUrl()], { cwd });
    assert.equal(conflict.code, 1);
    assert.match(conflict.stdout, /CONFLICT: practice defaults › WebSchedAsapTextTemplate › text[\s\S]*in the database now:\n\s+Changed in OD/);

    // Paste both (as Open Dental's window would save them): nothing left to paste or pull.
    const body = (file: string) => fs.readFileSync(file, 'utf8').replace(/^---[\s\S]*?\n---\n/, '');
    await db.sql(
      `UPDATE preference SET ValueString = ${q(body(pref))} WHERE PrefName = 'WebSchedAsapTextTemplate';\nUPDATE apptreminderrule SET TemplateSMS = ${q(body(spanishRule))} WHERE ApptReminderRuleNum = 9007199254740995;`,
      DATABASES.current,
    );
    const done = await odmsg(['push', 'od-templates', '--db', rootUrl()], { cwd });
    assert.equal(done.code, 0);
    assert.match(done.stdout, /0 to paste, 0 conflicts/);
    const pulled = await odmsg(['pull', '--db', rootUrl()], { cwd });
    assert.match(pulled.stderr, / 0 written, \d+ unchanged, \d+ edited here \(unchanged in the database\), 0 kept, 0 removed/);
  });

  test('push without a manifest, or without --db, fails clearly', async () => {
    const cwd = folder('push-bad');
    const noManifest = await odmsg(['push', '.', '--db', rootUrl()], { cwd });
    assert.equal(noManifest.code, 2);
    assert.match(noManifest.stderr, /has no odmsg-manifest\.json/);
    const noDb = await odmsg(['push', '.'], { cwd });
    assert.equal(noDb.code, 2);
    assert.match(noDb.stderr, /needs --db/);
  });
});
