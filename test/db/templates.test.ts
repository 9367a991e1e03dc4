// The pure parts of the database source, without a server: the --db URL, and rows → templates
// (slots, locators, file names, what Open Dental sends, what cannot be mapped).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { OdDatabase, RuleRecord } from '../../server/src/workspace/database/reader';
import { readBack, renderTemplate } from '../../server/src/workspace/database/render';
import { buildTemplates, safeName } from '../../server/src/workspace/database/templates';
import { DbError, describeTarget, parseDbUrl } from '../../server/src/workspace/database/url';

describe('--db URL', () => {
  test('user, password, host, port, database, socket; the password from ODMSG_DB_PASSWORD', () => {
    assert.deepEqual(parseDbUrl('mysql://od%40ro:p%2Fw@db.local:3307/opendental', {}), { host: 'db.local', port: 3307, socket: undefined, user: 'od@ro', password: 'p/w', database: 'opendental' });
    const fromEnv = parseDbUrl('mysql://odmsg_ro@localhost/opendental?socket=/run/mysqld/mysqld.sock', { ODMSG_DB_PASSWORD: 'secret' });
    assert.equal(fromEnv.password, 'secret');
    assert.equal(fromEnv.socket, '/run/mysqld/mysqld.sock');
    assert.equal(fromEnv.port, 3306);
    assert.equal(describeTarget(fromEnv), 'database "opendental" on socket /run/mysqld/mysqld.sock');
    assert.ok(!describeTarget(fromEnv).includes('secret'));
  });

  test('a URL without user or database, or of another scheme, is a clear error', () => {
    for (const [url, message] of [
      ['mysql://localhost/opendental', /must name the user/],
      ['mysql://u@localhost/', /must name the database/],
      ['http://u@localhost/od', /needs a mysql:\/\/ URL/],
      ['not a url', /needs a URL like/],
    ] as const) {
      assert.throws(
        () => parseDbUrl(url, {}),
        (e: unknown) => e instanceof DbError && message.test(e.message),
      );
    }
  });
});

function rule(num: string, type: number, clinic: string, texts: Record<string, string>, extra: Partial<RuleRecord> = {}): RuleRecord {
  return { num, type, clinic, enabled: true, language: '', texts: new Map(Object.entries(texts)), ...extra };
}

function database(partial: Partial<OdDatabase>): OdDatabase {
  return { clinics: new Map(), rules: [], prefs: [], useDefaults: new Set(), charsets: new Map(), missingColumns: [], ...partial };
}

describe('rows to templates', () => {
  test('clinic names become safe folder names and locators without control characters', () => {
    assert.equal(safeName('A/B: "C"?'), 'A-B- -C--');
    assert.equal(safeName('..'), '-');
    const set = buildTemplates(database({ clinics: new Map([['7', 'North\u001b[31m/South Dental']]), rules: [rule('1', 0, '7', { TemplateSMS: 'Hi [NameF] at [OfficeName].' })] }));
    const [t] = set.templates;
    assert.equal(t.locator, 'clinic 7 North [31m/South Dental › eReminder rule 1 › text');
    assert.equal(t.file, 'clinic 7 North [31m-South Dental/eReminder rule 1/text.odmsg');
  });

  test('a clinic that uses the default rules of a type does not send its own; disabled rules are not sent', () => {
    const set = buildTemplates(
      database({
        rules: [rule('1', 1, '0', { TemplateSMS: 'a' }), rule('2', 1, '4', { TemplateSMS: 'b' }), rule('3', 0, '4', { TemplateSMS: 'c' }), rule('4', 0, '5', { TemplateSMS: 'd' }, { enabled: false })],
        useDefaults: new Set(['4:1']),
      }),
    );
    const sent = new Map(set.templates.map((t) => [t.key, t.sent]));
    assert.equal(sent.size, 4);
    assert.equal(sent.get('1'), true);
    assert.equal(sent.get('2'), false);
    assert.equal(sent.get('3'), true);
    assert.equal(sent.get('4'), false);
  });

  test('text in a column the rule type does not use, and an unknown TypeCur, are listed', () => {
    const set = buildTemplates(database({ rules: [rule('9', 6, '0', { TemplateSMS: 'Happy birthday' }), rule('10', 99, '0', { TemplateSMS: 'x' }), rule('11', 99, '0', { TemplateSMS: '' })] }));
    assert.equal(set.templates.length, 0);
    assert.equal(set.unmapped.length, 2);
    assert.match(set.unmapped[0], /apptreminderrule 9 .*Birthday.*TemplateSMS holds text odmsg does not map/);
    assert.match(set.unmapped[1], /TypeCur 99/);
  });

  test('preferences: subject with body, clinic override, translation, the JSON Message-to-Pay email', () => {
    const set = buildTemplates(
      database({
        clinics: new Map([['3', 'Northside']]),
        prefs: [
          { table: 'preference', key: 'WebSchedSubject', name: 'WebSchedSubject', clinic: '0', language: '', value: 'Time for your visit' },
          { table: 'preference', key: 'WebSchedMessage', name: 'WebSchedMessage', clinic: '0', language: '', value: 'Book: [URL]' },
          { table: 'clinicpref', key: '55', name: 'WebSchedAsapTextTemplate', clinic: '3', language: '', value: 'Opening [AsapURL]' },
          { table: 'languagepat', key: '8', name: 'WebSchedMessage', clinic: '0', language: 'Tahitian', value: 'Ia ora na [URL]' },
          {
            table: 'preference',
            key: 'PaymentPortalMsgToPayEmailMessageTemplate',
            name: 'PaymentPortalMsgToPayEmailMessageTemplate',
            clinic: '0',
            language: '',
            value: '{"Template":"Pay: [MsgToPayURL]","EmailType":1}',
          },
        ],
      }),
    );
    const byLocator = new Map(set.templates.map((t) => [t.locator, t]));
    const email = byLocator.get('practice defaults › WebSchedMessage › email')!;
    assert.equal(email.subject, 'Time for your visit');
    assert.equal(email.slot.kind, 'webSchedRecall');
    assert.equal(byLocator.get('clinic 3 Northside › WebSchedAsapTextTemplate › text')!.table, 'clinicpref');
    const translated = byLocator.get('practice defaults › WebSchedMessage › email › Tahitian')!;
    assert.equal(translated.file, 'practice/WebSchedMessage/email.Tahitian.odmsg');
    assert.equal(translated.subject, undefined, 'no translated subject is stored (Open Dental falls back to the practice subject, checked in its own file)');
    const pay = byLocator.get('practice defaults › PaymentPortalMsgToPayEmailMessageTemplate › email')!;
    assert.equal(pay.body, 'Pay: [MsgToPayURL]');
    assert.deepEqual(pay.json, { EmailType: 1 });
    // Every file name is distinct.
    assert.equal(new Set(set.templates.map((t) => t.file)).size, set.templates.length);
  });

  test('a rendered file reads back to the stored body and subject, byte for byte', () => {
    for (const body of ['one line', 'CRLF\r\nlines\r\n', 'LF\nlines\n', '---\nlooks like front matter\n---\n', '  leading spaces', '']) {
      const set = buildTemplates(database({ rules: [rule('1', 0, '0', { TemplateEmail: body || 'x', TemplateEmailSubject: 'Subject [NameF]' })] }));
      const t = set.templates[0];
      const back = readBack(renderTemplate(t));
      assert.equal(back.body, t.body);
      assert.equal(back.subject, 'Subject [NameF]');
    }
  });
});
