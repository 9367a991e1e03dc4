import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { KINDS, manualPageTitle, TAGS, tagByName } from '../../server/src/engine/catalog';
import { frontMatterActions, inferKind } from '../../server/src/engine/frontMatterActions';
import { equivalentTag, requirementsFor, tagsForKind, tagUnavailability } from '../../server/src/engine/tagAvailability';
import { describeTag, manualLink, manualUrl, tagFacts } from '../../server/src/present/catalogText';
import { aggregateCompletions, kindCompletions } from '../../server/src/present/frontMatterCompletions';
import { applyFixes } from '../../server/src/engine/fix';
import { lint } from '../../server/src/engine/lint';
import { parseTemplate } from '../../server/src/engine/parse';

const tag = (name: string) => {
  const t = tagByName(name);
  assert.ok(t, name);
  return t;
};

describe('tagUnavailability', () => {
  const sms = (kind?: string, aggregate = false) => ({ kind, channel: 'sms' as const, aggregate });
  it('is undefined where Open Dental fills the tag', () => {
    assert.equal(tagUnavailability(tag('ConfirmCode'), sms('eConfirmation')), undefined);
    assert.equal(tagUnavailability(tag('ConfirmCode'), sms()), undefined);
    assert.equal(tagUnavailability(tag('ConfirmCode'), sms('manual')), undefined);
    assert.equal(tagUnavailability(tag('Appts'), sms('eReminder', true)), undefined);
  });
  it('gives the most specific reason', () => {
    assert.equal(tagUnavailability(tag('ConfirmCode'), sms('eReminder'))?.reason, 'kind');
    assert.equal(tagUnavailability(tag('LName'), sms('eReminder'))?.reason, 'phi');
    assert.equal(tagUnavailability(tag('LName'), { kind: 'eReminder', channel: 'email', aggregate: false })?.reason, 'kind');
    assert.equal(tagUnavailability(tag('UserName'), sms())?.reason, 'channel');
    assert.equal(tagUnavailability(tag('Appts'), sms('eReminder'))?.reason, 'aggregate');
    assert.equal(tagUnavailability(tag('Appts'), sms('webSchedASAP', true))?.reason, 'kind');
  });
  it("in a per-appointment line: aggregate-only tags are the aggregate template's; the kind's other tags are filled", () => {
    const line = (kind?: string) => ({ ...sms(kind), perAppointment: true });
    assert.equal(tagUnavailability(tag('Appts'), line('eConfirmation'))?.reason, 'perAppointment');
    assert.equal(tagUnavailability(tag('Appts'), line())?.reason, 'perAppointment');
    assert.equal(tagUnavailability(tag('Credentials'), { kind: 'patientPortalInvite', channel: 'email', aggregate: false, perAppointment: true })?.reason, 'perAppointment');
    for (const name of ['NameF', 'ApptDate', 'ApptTime', 'ClinicName', 'ConfirmCode', 'AddToCalendar']) assert.equal(tagUnavailability(tag(name), line('eConfirmation')), undefined, name);
    assert.equal(tagUnavailability(tag('Premed'), line('eConfirmation'))?.reason, 'kind');
    assert.equal(tagUnavailability(tag('LName'), line('eConfirmation'))?.reason, 'phi');
  });
});

describe('requirementsFor', () => {
  const ids = (kind: string | undefined, channel: 'sms' | 'email', aggregate = false) => requirementsFor({ kind, channel, aggregate }).map((r) => r.id);
  it('follows kind, channel and aggregate', () => {
    assert.deepEqual(ids('eConfirmation', 'sms'), ['confirm']);
    assert.deepEqual(ids('eConfirmation', 'email'), []);
    assert.deepEqual(ids('eConfirmation', 'sms', true), ['confirm', 'appts']);
    assert.deepEqual(ids('arrival', 'sms'), ['arrived']);
    assert.deepEqual(ids('messageToPay', 'email'), ['msgToPay']);
    assert.deepEqual(ids('confirmationList', 'sms', true), ['familyApptList']);
    assert.deepEqual(ids('generalMessage', 'sms', true), []);
    assert.deepEqual(ids(undefined, 'sms', true), ['appts']);
    assert.deepEqual(ids(undefined, 'sms'), []);
  });
  it('asks nothing of a per-appointment line: the aggregate template around it carries the tags', () => {
    for (const kind of [undefined, ...KINDS.keys()]) {
      for (const channel of ['sms', 'email'] as const) assert.deepEqual(requirementsFor({ kind, channel, aggregate: false, perAppointment: true }), [], `${kind} ${channel}`);
    }
  });
});

describe('equivalentTag', () => {
  it('names the tag meaning the same in the kind, spelled for it', () => {
    assert.equal(equivalentTag(tag('ApptDate'), 'webSchedASAP'), 'Date');
    assert.equal(equivalentTag(tag('ApptTime'), 'webSchedASAP'), 'Time');
    assert.equal(equivalentTag(tag('ApptDate'), 'confirmationList'), 'date');
    // Web Sched Notify fills the office tags of Clinics.ReplaceOffice, not TagReplacer's clinic tags.
    assert.equal(equivalentTag(tag('ClinicName'), 'webSchedNotify'), 'OfficeName');
    assert.equal(equivalentTag(tag('ConfirmCode'), 'eReminder'), undefined);
  });
});

describe('inferKind', () => {
  it('infers eConfirmation from [ConfirmCode] and writes the front matter', () => {
    const text = '[NameF] is scheduled for [ApptTime]. Reply [ConfirmCode] to confirm.';
    const inference = inferKind(parseTemplate(text));
    assert.ok(inference);
    assert.equal(inference.kind, 'eConfirmation');
    assert.equal(inference.title, 'Set kind: eConfirmation');
    const fixed = applyFixes(text, [inference.fix]).output;
    assert.equal(fixed, `---\nkind: eConfirmation\n---\n${text}`);
    assert.equal(parseTemplate(fixed).kind, 'eConfirmation');
    assert.equal(inferKind(parseTemplate(fixed)), undefined);
  });
  it('adds the key to existing front matter, or fills an empty value', () => {
    const withChannel = '---\nchannel: sms\n---\nReply [Arrived] when you arrive.';
    assert.equal(applyFixes(withChannel, [inferKind(parseTemplate(withChannel))!.fix]).output, '---\nchannel: sms\nkind: arrival\n---\nReply [Arrived] when you arrive.');
    const empty = '---\nkind:\n---\nOpening on [Date]: [ASAPURL]';
    const inference = inferKind(parseTemplate(empty));
    assert.equal(inference?.kind, 'webSchedASAP');
    assert.equal(parseTemplate(applyFixes(empty, [inference.fix]).output).kind, 'webSchedASAP');
  });
  it("reads tags in any case and Open Dental's other spellings", () => {
    assert.equal(inferKind(parseTemplate('Opening: [asapurl]'))?.kind, 'webSchedASAP');
    assert.equal(inferKind(parseTemplate('Opening: [AsapURL]'))?.kind, 'webSchedASAP');
    assert.equal(inferKind(parseTemplate('[Premed] See you soon'))?.kind, 'eReminder');
  });
  it('infers email-only kinds, and respects an explicit channel', () => {
    assert.equal(inferKind(parseTemplate('Login: [UserName] / [Password]'))?.kind, 'patientPortalInvite');
    assert.equal(inferKind(parseTemplate('---\nchannel: email\n---\nLogin: [UserName]'))?.kind, 'patientPortalInvite');
    assert.equal(inferKind(parseTemplate('---\nchannel: sms\n---\nLogin: [UserName]')), undefined);
  });
  it('stays quiet when the tags fit several kinds, none, or say nothing', () => {
    for (const text of [
      '[NameF], see you at [OfficeName].',
      'No tags at all.',
      'Slot on [Date] at [Time]', // Web Sched ASAP or Confirmation List
      'Pay: [MsgToPayURL]', // statement or Message-to-Pay
      'Reply [ConfirmCode] or [Arrived]', // no kind fills both
      '[Unknown] [Tags]',
    ]) {
      assert.equal(inferKind(parseTemplate(text)), undefined, text);
    }
  });
  it('stays quiet when the kind is set, even misspelled', () => {
    assert.equal(inferKind(parseTemplate('---\nkind: eReminder\n---\nReply [ConfirmCode]')), undefined);
    assert.equal(inferKind(parseTemplate('---\nkind: eConfirmaton\n---\nReply [ConfirmCode]')), undefined);
  });
  it('keeps to kinds with aggregate templates for an aggregate template', () => {
    assert.equal(inferKind(parseTemplate('---\naggregate: true\n---\n[Appts] Reply [ConfirmCode]'))?.kind, 'eConfirmation');
    assert.equal(inferKind(parseTemplate('---\naggregate: true\n---\nOpening: [ASAPURL]')), undefined);
  });
  it('keeps to kinds with aggregate templates for a per-appointment line too', () => {
    assert.equal(inferKind(parseTemplate('---\naggregate: perAppointment\n---\n[NameF] on [ApptDate]. Reply [ConfirmCode]'))?.kind, 'eConfirmation');
    assert.equal(inferKind(parseTemplate('---\naggregate: perAppointment\n---\nOpening: [ASAPURL]')), undefined);
  });
});

describe('frontMatterActions', () => {
  const actions = (text: string) => {
    const { template, problems } = lint(text);
    return problems.flatMap((p) => frontMatterActions(template, p).map((a) => ({ title: a.title, output: applyFixes(text, [a.fix]).output })));
  };
  it('offers "Set aggregate: true" for a tag filled only in aggregate templates', () => {
    assert.deepEqual(actions('---\nkind: eReminder\n---\nVisits: [Appts] at [OfficeName]'), [
      { title: 'Set aggregate: true', output: '---\nkind: eReminder\naggregate: true\n---\nVisits: [Appts] at [OfficeName]' },
    ]);
    assert.deepEqual(actions('Visits: [Appts] at [OfficeName]'), [{ title: 'Set aggregate: true', output: '---\naggregate: true\n---\nVisits: [Appts] at [OfficeName]' }]);
  });
  it('offers "Set channel: email" for an email-only tag, where the kind has email', () => {
    assert.deepEqual(actions('---\nkind: eReminder\n---\nSee you at [OfficeName]. [EmailDisclaimer]'), [
      { title: 'Set channel: email', output: '---\nkind: eReminder\nchannel: email\n---\nSee you at [OfficeName]. [EmailDisclaimer]' },
    ]);
    assert.deepEqual(actions('---\nkind: arrival\n---\nReply [Arrived] at [OfficeName]. [EmailDisclaimer]'), []);
  });
  it('offers no "Set aggregate: true" for [Appts] in a per-appointment line: that would make it another template', () => {
    const text = '---\nkind: eReminder\naggregate: perAppointment\n---\n[NameF] at [ApptTime] [Appts]';
    assert.deepEqual(
      lint(text)
        .problems.filter((p) => p.ruleId === 'tag-not-available')
        .map((p) => p.details?.reason),
      ['perAppointment'],
    );
    assert.deepEqual(actions(text), []);
    assert.deepEqual(actions('---\naggregate: perAppointment\n---\n[NameF] [Appts]'), []);
  });
  it('offers nothing for other problems', () => {
    assert.deepEqual(actions('---\nkind: eReminder\n---\nReply [ConfirmCode] at [OfficeName]'), []);
  });
});

describe('describeTag', () => {
  it('describes a tag: description, example, kinds, manual page', () => {
    const md = describeTag('ConfirmCode')!;
    assert.match(md, /^\*\*\[ConfirmCode\]\*\*: The code the patient replies/);
    assert.match(md, /Example value: `C`/);
    assert.match(md, /Filled in: eConfirmation\./);
    assert.match(md, /Open Dental manual: \[Edit Rule\]\(https:\/\/www\.opendental\.com\/manual\/editrule\.html\)/);
    assert.doesNotMatch(md, /this file/);
  });
  it("marks whether the file's kind fills it", () => {
    assert.match(describeTag('ConfirmCode', { kind: 'eConfirmation', channel: 'sms', aggregate: false })!, /✓ Filled in eConfirmation \(this file's kind\)\./);
    assert.match(describeTag('ConfirmCode', { kind: 'eReminder' })!, /✗ Not filled in eReminder \(this file's kind\): Open Dental sends it as typed\./);
    assert.match(describeTag('ApptDate', { kind: 'webSchedASAP' })!, /✗ Not filled in Web Sched ASAP .* Use \[Date\] there\./);
    assert.match(describeTag('LName', { kind: 'manual', channel: 'sms' })!, /no documented tag list/);
    assert.match(describeTag('ClinicName', { kind: 'webSchedNotify', channel: 'sms' })!, /✗ Not filled in Web Sched Notify .* Use \[OfficeName\] there\./);
    assert.match(describeTag('LName', { kind: 'eReminder', channel: 'sms' })!, /✗ Not in a text/);
    assert.match(describeTag('Appts', { kind: 'eReminder', channel: 'sms', aggregate: false })!, /✗ Not filled here: only in aggregate templates\./);
    assert.match(describeTag('EmailDisclaimer', { kind: 'eReminder', channel: 'sms' })!, /✗ Not filled here: only in emails\./);
    const line = { kind: 'eConfirmation', channel: 'sms', aggregate: false, perAppointment: true } as const;
    assert.match(describeTag('Appts', line)!, /✗ Not filled in a per-appointment line: only in the aggregate template, whose \[Appts\] this line fills\./);
    assert.match(describeTag('ApptTime', line)!, /✓ Filled in eConfirmation \(this file's kind\)\./);
  });
  it('gives facts: channel, aggregate, PHI, link, per-kind spellings; any case', () => {
    assert.match(describeTag('username')!, /Only in emails\./);
    assert.match(describeTag('Appts')!, /Only in aggregate templates \(front matter `aggregate: true`\), not in their per-appointment lines\./);
    assert.match(describeTag('SSN')!, /Protected health information/);
    assert.match(describeTag('ConfirmURL')!, /A link Open Dental generates/);
    assert.match(describeTag('NameF')!, /Spelled \[nameF\] in Statements \/ billing texts and Message-to-Pay\./);
    assert.match(describeTag('NameF', { kind: 'statement' })!, /^\*\*\[nameF\]\*\*/);
    assert.match(describeTag('Date', { kind: 'confirmationList' })!, /^\*\*\[date\]\*\*/);
  });
  it('is undefined for an unknown tag', () => {
    assert.equal(describeTag('ApptDte'), undefined);
  });
  it("says each fact once: a restriction the verdict on the file's kind gives is not also listed", () => {
    const once = (md: string, fact: RegExp) => assert.equal(md.match(new RegExp(fact, 'gi'))?.length, 1, `${fact} once in:\n${md}`);
    once(describeTag('EmailDisclaimer', { kind: 'eReminder', channel: 'sms' })!, /only in emails/);
    once(describeTag('Appts', { kind: 'eReminder', channel: 'sms', aggregate: false })!, /only in aggregate templates/);
    once(describeTag('LName', { kind: 'eReminder', channel: 'sms' })!, /PHI|Protected health information/);
    // Without a verdict on the file's kind, the facts say it.
    assert.match(describeTag('EmailDisclaimer')!, /Only in emails\./);
    // A spelling shared by several kinds is named once.
    assert.equal(describeTag('NameF')!.match(/\[nameF\]/g)?.length, 1);
    // The description once: tagFacts (completion's documentation) leaves it to the item's detail.
    const tag = tagByName('ConfirmCode')!;
    assert.doesNotMatch(tagFacts(tag, { kind: 'eConfirmation' }), new RegExp(tag.description.slice(0, 20)));
  });
  it('labels manual links by page title, for every page the catalog cites', () => {
    const cited = new Set([...TAGS.map((t) => t.manual), ...[...KINDS.values()].map((k) => k.manual)]);
    for (const page of cited) assert.notEqual(manualPageTitle(page), page, `data/manual-pages.json has no title for ${page}`);
    assert.equal(manualLink('asapmsgs'), 'Open Dental manual: [ASAP Message Setup](https://www.opendental.com/manual/asapmsgs.html)');
  });
});

describe('aggregateCompletions', () => {
  it('offers the three values with what each means', () => {
    const offered = aggregateCompletions('eConfirmation');
    assert.deepEqual(
      offered.map((c) => c.value),
      ['true', 'false', 'perAppointment'],
    );
    assert.match(offered.find((c) => c.value === 'perAppointment')!.description, /^The per-appointment line of an aggregate template: Open Dental repeats it once per appointment inside \[Appts\]\.$/);
    assert.match(offered.find((c) => c.value === 'true')!.description, /aggregate template/);
    assert.ok(
      offered.every((c) => c.description.length > 20),
      'each value is described',
    );
    assert.deepEqual(aggregateCompletions(undefined), offered);
    assert.deepEqual(aggregateCompletions('notAKind'), offered);
  });
  it('offers only false for a kind without aggregate templates', () => {
    for (const kind of ['manual', 'webSchedASAP', 'statement'])
      assert.deepEqual(
        aggregateCompletions(kind).map((c) => c.value),
        ['false'],
        kind,
      );
  });
});

describe('tagsForKind', () => {
  const spellings = (...args: Parameters<typeof tagsForKind>) => tagsForKind(...args).map((c) => c.spelling);
  it('offers what the kind fills in a text', () => {
    const offered = spellings('eConfirmation', { channel: 'sms', aggregate: false });
    for (const name of ['NameF', 'OfficeName', 'ApptDate', 'ConfirmCode', 'ConfirmURL', 'AddToCalendar']) assert.ok(offered.includes(name), name);
    for (const name of ['Premed', 'Arrived', 'UserName', 'EmailDisclaimer', 'LName', 'Appts', 'Date']) assert.ok(!offered.includes(name), name);
  });
  it('adds aggregate-only and email-only tags where they apply', () => {
    assert.ok(spellings('eConfirmation', { channel: 'sms', aggregate: true }).includes('Appts'));
    const email = spellings('patientPortalInvite', { channel: 'email', aggregate: true });
    for (const name of ['UserName', 'Password', 'PatientPortalURL', 'Credentials', 'EmailDisclaimer']) assert.ok(email.includes(name), name);
  });
  it("leaves aggregate-only tags out of a per-appointment line, and offers the kind's others", () => {
    const line = spellings('eConfirmation', { channel: 'sms', aggregate: false, perAppointment: true });
    assert.deepEqual(line, spellings('eConfirmation', { channel: 'sms', aggregate: false }));
    assert.ok(!line.includes('Appts'));
    for (const name of ['NameF', 'ApptTime', 'ApptDate', 'ClinicName']) assert.ok(line.includes(name), name);
    assert.ok(!spellings(undefined, { channel: 'sms', aggregate: false, perAppointment: true }).includes('Appts'), 'no kind: still not [Appts]');
    const template = parseTemplate('---\nkind: eReminder\naggregate: perAppointment\n---\n[');
    assert.ok(!spellings(template.kind, template).includes('Appts'), 'from a Template');
  });
  it('spells tags for the kind', () => {
    const statement = spellings('statement', { channel: 'sms', aggregate: false });
    assert.ok(statement.includes('nameF') && !statement.includes('NameF'));
    assert.ok(spellings('confirmationList', { channel: 'sms', aggregate: false }).includes('date'));
  });
  it('offers every tag when the kind is unknown or has no tag list, minus what the channel rules out', () => {
    assert.equal(tagsForKind(undefined).length, TAGS.length);
    assert.equal(tagsForKind('notAKind').length, TAGS.length);
    const sms = spellings(undefined, { channel: 'sms', aggregate: false });
    assert.ok(sms.includes('ConfirmCode') && sms.includes('Premed'));
    assert.ok(!sms.includes('UserName') && !sms.includes('LName') && !sms.includes('Appts'));
    const manual = spellings('manual', { channel: 'sms', aggregate: false });
    assert.ok(manual.includes('ConfirmCode'));
  });
  it('takes a Template as the context', () => {
    const template = parseTemplate('---\nkind: arrival\n---\n');
    const offered = tagsForKind(template.kind, template).map((c) => c.spelling);
    assert.ok(offered.includes('Arrived') && !offered.includes('ConfirmCode'));
  });
});

describe('kindCompletions', () => {
  it('lists every kind with its Open Dental name and channels', () => {
    const kinds = kindCompletions();
    assert.equal(kinds.length, KINDS.size);
    const asap = kinds.find((k) => k.id === 'webSchedASAP');
    assert.deepEqual(asap, { id: 'webSchedASAP', odName: 'Web Sched ASAP', channels: ['sms', 'email'], manual: 'asapmsgs', detail: 'Web Sched ASAP (texts and emails)' });
    assert.deepEqual(kinds.find((k) => k.id === 'patientPortalInvite')?.channels, ['email']);
  });
  it('links manual pages', () => {
    assert.equal(manualUrl('asapmsgs'), 'https://www.opendental.com/manual/asapmsgs.html');
  });
});
