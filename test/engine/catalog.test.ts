// The catalog is data: these checks keep kinds.json and tags.json consistent with each other.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { canonicalSpellings, KINDS, tagAllowedInKind, tagByExactName, tagByName, tagCaseIsExact, TAGS, UNKNOWN_KIND_REQUIRED } from '../../server/src/engine/catalog';
import { tagUnavailability } from '../../server/src/engine/tagAvailability';

const tagNamed = (name: string) => TAGS.find((t) => t.name === name);
const MANUAL_PAGE = /^[a-z0-9]+$/;

describe('catalog data', () => {
  it('tags name existing kinds, channels and manual pages', () => {
    for (const tag of TAGS) {
      if (tag.kinds !== 'all') for (const k of tag.kinds) assert.ok(KINDS.has(k), `${tag.name}: unknown kind ${k}`);
      for (const k of Object.keys(tag.spellings)) assert.ok(tagAllowedInKind(tag, k), `${tag.name}: spelling for ${k}, which does not fill it`);
      assert.ok(tag.channels.length > 0 && tag.channels.every((c) => c === 'sms' || c === 'email'), tag.name);
      assert.match(tag.manual, MANUAL_PAGE, tag.name);
      assert.ok(tag.description.length > 5 && tag.example.length > 0, tag.name);
    }
  });

  it('every spelling finds its one tag, whatever the case', () => {
    const seen = new Map<string, string>();
    for (const tag of TAGS) {
      for (const spelling of [tag.name, ...Object.values(tag.spellings), ...tag.alsoSpelled]) {
        const other = seen.get(spelling.toLowerCase());
        assert.ok(other === undefined || other === tag.name, `${spelling} is both ${other} and ${tag.name}`);
        seen.set(spelling.toLowerCase(), tag.name);
        assert.equal(tagByExactName(spelling), tag);
        assert.equal(tagByName(spelling.toUpperCase()), tag);
      }
    }
  });

  it('PHI tags are not also channel-restricted (phi-tag-in-sms reports them in texts)', () => {
    for (const tag of TAGS.filter((t) => t.phi)) assert.deepEqual(tag.channels, ['sms', 'email'], tag.name);
  });

  it('kinds: channels, manual pages, equivalents and requirements fit the tags', () => {
    for (const kind of KINDS.values()) {
      assert.ok(kind.sms || kind.email, kind.id);
      assert.match(kind.manual, MANUAL_PAGE, kind.id);
      for (const [from, to] of Object.entries(kind.equivalents)) {
        const source = tagNamed(from);
        const target = tagNamed(to);
        assert.ok(source && target, `${kind.id}: equivalent ${from} → ${to} names unknown tags`);
        assert.ok(!tagAllowedInKind(source, kind.id), `${kind.id}: ${from} is filled there, it needs no equivalent`);
        assert.ok(tagAllowedInKind(target, kind.id), `${kind.id}: ${to} is not filled there`);
      }
      for (const requirement of kind.required) {
        if (requirement.aggregate) assert.ok(kind.aggregate, `${kind.id}: ${requirement.id} is for aggregate templates, the kind has none`);
        for (const name of requirement.anyOf) {
          const tag = tagNamed(name);
          assert.ok(tag && tagAllowedInKind(tag, kind.id), `${kind.id}: requires ${name}, which it does not fill`);
        }
        assert.ok(
          requirement.channels.some((c) => kind[c]),
          `${kind.id}: ${requirement.id} is for a channel the kind lacks`,
        );
      }
      if (kind.senderIdentified) assert.ok(kind.senderIdentified.length > 20, kind.id);
    }
  });

  it('requirements add a tag that meets them, spelled for every kind that has them', () => {
    for (const requirement of [...UNKNOWN_KIND_REQUIRED, ...[...KINDS.values()].flatMap((k) => k.required)]) {
      const inserted = [...requirement.insert.matchAll(/\[([A-Za-z0-9_]+)\]/g)].map((m) => m[1]);
      assert.ok(
        inserted.some((n) => requirement.anyOf.includes(n)),
        `${requirement.id}: "${requirement.insert}" adds none of ${requirement.anyOf.join(', ')}`,
      );
      assert.match(requirement.manual, MANUAL_PAGE);
    }
    for (const kind of KINDS.values()) {
      for (const requirement of kind.required) {
        for (const name of requirement.insert.matchAll(/\[([A-Za-z0-9_]+)\]/g)) {
          const tag = tagByName(name[1])!;
          assert.ok(canonicalSpellings(tag, kind.id).includes(name[1]), `${kind.id}: "${requirement.insert}" should spell [${canonicalSpellings(tag, kind.id)[0]}]`);
        }
      }
    }
  });

  it('each sender tag and [Appts] names the office; aggregate-only tags are filled only in aggregate kinds', () => {
    assert.deepEqual(
      TAGS.filter((t) => t.identifiesSender)
        .map((t) => t.name)
        .sort(),
      ['Appts', 'ClinicName', 'OfficeName', 'PracticeName'],
    );
    for (const tag of TAGS.filter((t) => t.aggregateOnly)) {
      const kinds = tag.kinds === 'all' ? [...KINDS.keys()] : tag.kinds;
      for (const k of kinds) assert.ok(KINDS.get(k)?.aggregate, `${tag.name} is aggregate-only but ${k} has no aggregate templates`);
    }
  });

  it('every kind fills a tag that names the office, unless it needs none', () => {
    for (const kind of KINDS.values()) {
      if (kind.senderIdentified || !kind.restrictTags) continue;
      assert.ok(
        TAGS.some((t) => t.identifiesSender && !t.aggregateOnly && tagAllowedInKind(t, kind.id)),
        kind.id,
      );
    }
  });

  it("every tag and every kind with a tag list names where in Open Dental's source its facts come from", () => {
    const SOURCE_FILE = /^(OpenDentBusiness|OpenDental)\/.+\.cs$|^manual: [a-z0-9]+$/;
    for (const tag of TAGS) {
      assert.ok(tag.sources.length > 0, tag.name);
      for (const source of tag.sources) {
        assert.match(source.file, SOURCE_FILE, `${tag.name}: ${source.file}`);
        assert.ok(source.method.length > 3, `${tag.name}: ${source.file} names no method`);
        assert.ok(source.kinds.length > 0 && source.kinds.every((k) => KINDS.has(k)), `${tag.name}: ${source.kinds.join(', ')}`);
      }
      for (const k of tag.exactCase) assert.ok(tagAllowedInKind(tag, k), `${tag.name}: exact case in ${k}, which does not fill it`);
    }
    for (const kind of KINDS.values()) {
      if (!kind.restrictTags) continue;
      assert.ok(kind.sources.length > 0, kind.id);
      for (const source of kind.sources) assert.ok(source.file && source.method && source.what, `${kind.id}: ${JSON.stringify(source)}`);
      const only = kind.slots.aggregate?.only ?? [];
      if (only.length > 0) assert.ok(kind.aggregate, `${kind.id} restricts an aggregate slot it does not have`);
      for (const name of only) assert.ok(tagNamed(name) && tagAllowedInKind(tagNamed(name)!, kind.id), `${kind.id}: slot names ${name}`);
      assert.ok(kind.tagCase === 'ignored' || kind.tagCase === 'exact', kind.id);
    }
  });

  // The facts issue 10 found wrong, each checked in Open Dental's source (see docs/tags.md).
  const fills = (name: string, kind: string, context: { channel?: 'sms' | 'email'; aggregate?: boolean } = {}) =>
    tagUnavailability(tagNamed(name)!, { kind, channel: context.channel ?? 'email', aggregate: context.aggregate ?? false }) === undefined;

  it('Web Sched Notify fills what Patients.ReplacePatient, Appointments.ReplaceAppointment and Clinics.ReplaceOffice fill', () => {
    for (const name of [
      'FName',
      'NameF',
      'LName',
      'NamePreferredOrFirst',
      'ApptDate',
      'ApptTime',
      'ApptDayOfWeek',
      'ApptProcsList',
      'Date',
      'Time',
      'OfficeName',
      'OfficePhone',
      'OfficeFax',
      'OfficeAddress',
      'PatNum',
    ]) {
      assert.ok(fills(name, 'webSchedNotify'), name);
    }
    for (const name of ['ClinicName', 'PracticeName', 'ClinicPhone', 'PracticePhone', 'ProvName', 'ApptTimeAskedArrive', 'ConfirmCode']) assert.ok(!fills(name, 'webSchedNotify'), name);
    assert.deepEqual(canonicalSpellings(tagNamed('Date')!, 'webSchedNotify'), ['date']);
    assert.ok(tagCaseIsExact(tagNamed('ApptDate')!, 'webSchedNotify') && !tagCaseIsExact(tagNamed('FName')!, 'webSchedNotify'));
  });

  it("statements, Message-to-Pay and Web Sched Recall fill TagReplacer's common tags and their own", () => {
    for (const kind of ['statement', 'messageToPay', 'webSchedRecall']) {
      for (const name of ['NamePreferredOrFirst', 'ProvName', 'ProvAbbr', 'OfficeName']) assert.ok(fills(name, kind), `${name} in ${kind}`);
    }
    for (const kind of ['statement', 'messageToPay']) {
      for (const name of ['StatementInsuranceEst', 'monthlyCardsOnFile', 'nameFnoPref', 'nameFLnoPref', 'NameFL']) assert.ok(fills(name, kind), `${name} in ${kind}`);
      assert.ok(!fills('nameFnoPref', kind, { channel: 'sms' }), `[nameFnoPref] is an email tag in ${kind}`);
      assert.ok(!fills('ApptDate', kind), `no appointment tags in ${kind}`);
    }
    assert.deepEqual(canonicalSpellings(tagNamed('NameFL')!, 'statement'), ['nameFL']);
    assert.ok(!fills('ApptDate', 'webSchedRecall'), 'RecallTagReplacer does not fill the appointment tags');
  });

  it("Web Sched ASAP fills Clinics.ReplaceOffice's [OfficeFax] and [OfficeAddress]", () => {
    assert.ok(fills('OfficeFax', 'webSchedASAP') && fills('OfficeAddress', 'webSchedASAP'));
  });

  it('aggregate templates fill what their replacer fills: [Credentials] in the portal invite, only [FamilyApptList] in the Confirmation List', () => {
    assert.ok(!fills('Appts', 'patientPortalInvite', { aggregate: true }));
    assert.ok(fills('Credentials', 'patientPortalInvite', { aggregate: true }));
    assert.ok(fills('FamilyApptList', 'confirmationList', { aggregate: true }));
    for (const name of ['NameF', 'OfficeName', 'Date', 'Appts']) assert.ok(!fills(name, 'confirmationList', { aggregate: true }), name);
    assert.ok(fills('NameF', 'confirmationList'), 'the single Confirmation List message still fills [NameF]');
    assert.ok(tagCaseIsExact(tagNamed('NameF')!, 'confirmationList'), 'FormConfirmList replaces case-sensitively');
  });

  it('the eClipboard check-in text fills [eClipboardBYOD] and must carry it', () => {
    assert.ok(fills('eClipboardBYOD', 'eClipboardCheckIn', { channel: 'sms' }));
    assert.ok(!fills('eClipboardBYOD', 'arrivalResponse', { channel: 'sms' }));
    assert.deepEqual(
      KINDS.get('eClipboardCheckIn')!.required.map((r) => r.id),
      ['byod'],
    );
  });
});
