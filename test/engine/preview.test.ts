// The preview's data (engine/sms/preview.ts): the body with sample values, and the carrier's
// splits of the estimated message (assumed tag lengths) as marks between characters, so the
// preview counts what the status bar and --stats count.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { resolveConfig, type OdmsgConfig } from '../../server/src/engine/config';
import { parseTemplate } from '../../server/src/engine/parse';
import { analyzeSms } from '../../server/src/engine/sms/analyze';
import { previewMessage, previewParts, type PreviewPart, type SmsMessagePreview } from '../../server/src/engine/sms/preview';
import { segmentText } from '../../server/src/engine/sms/segments';
import { fillerText, expandTag } from '../../server/src/engine/sms/tagLengths';
import { smsOptions } from '../../server/src/engine/sms/options';

const a = (n: number) => 'a'.repeat(n);

function parts(text: string, config: OdmsgConfig[] = [], marks = true): PreviewPart[] {
  return previewParts(parseTemplate(text), resolveConfig(config), marks);
}

function sms(text: string, config: OdmsgConfig[] = []): SmsMessagePreview {
  const preview = previewMessage(parseTemplate(text), resolveConfig(config), 2);
  assert.equal(preview.channel, 'sms');
  return preview as SmsMessagePreview;
}

/** The parts as a string: "|2|" for a mark, "{Tag=value}", "<c>" for a character outside GSM-7. */
function show(ps: PreviewPart[]): string {
  return ps.map((p) => (p.kind === 'cut' ? `|${p.segment}${p.inTag ? `@${p.inTag}` : ''}|` : p.kind === 'value' ? `{${p.tag}=${p.text}}` : p.kind === 'char' ? `<${p.text}>` : p.text)).join('');
}

/** The previewed text itself (what a copy of the bubble gives). */
function text(ps: PreviewPart[]): string {
  return ps.map((p) => (p.kind === 'cut' ? '' : p.text)).join('');
}

describe('previewParts', () => {
  test('sample values from the catalog; an unknown tag as typed; no marks in one segment', () => {
    assert.equal(show(parts('---\nkind: eConfirmation\n---\nHi [NameF], reply [ConfirmCode]. [Foo]\n')), 'Hi {NameF=Maria}, reply {ConfirmCode=C}. [Foo]');
  });

  test('configured sample values, any case', () => {
    assert.equal(text(parts('Hi [NameF] from [OfficeName]', [{ sampleValues: { namef: 'Alexandra', OfficeName: 'Smile Co' } }])), 'Hi Alexandra from Smile Co');
  });

  test('[Appts] repeats its example per appointment', () => {
    const line = 'Maria: Tuesday, March 3, 2026 at 10:30 AM';
    assert.equal(text(parts('[Appts]', [{ appointmentsPerFamily: 3 }])), [line, line, line].join('\n'));
  });

  test('a mark where the carrier splits: 153 septets a segment, the word kept whole (the mark is between its letters)', () => {
    assert.equal(show(parts(`${a(150)} Bright Smiles ${a(200)}`)), `${a(150)} Br|2|ight Smiles ${a(141)}|3|${a(59)}`);
  });

  test('between graphemes: an emoji or a letter with its mark is never split', () => {
    // UCS-2: 67 units a segment; the emoji (two units) would end at 68, so segment 2 starts before it.
    assert.equal(show(parts(`${'x'.repeat(66)}\u{1F44D}${'y'.repeat(10)}`)), `${'x'.repeat(66)}|2|<\u{1F44D}>${'y'.repeat(10)}`);
    const e = 'e\u0301';
    assert.equal(show(parts(`${'x'.repeat(66)}${e}${'y'.repeat(10)}`)), `${'x'.repeat(66)}|2|<${e}>${'y'.repeat(10)}`);
  });

  test('a split inside a tag: the mark goes before its sample value, which stays whole', () => {
    // [OfficeName] is assumed 30 characters: 140 + 30 crosses 153.
    const got = parts(`${a(140)}[OfficeName]${a(20)}`);
    assert.equal(show(got), `${a(140)}|2@OfficeName|{OfficeName=Bright Smiles Dental}${a(20)}`);
  });

  test('line breaks: "\\r\\n" is one "\\n" in the preview, and marks still land on the estimate', () => {
    const got = parts(`${a(100)}\r\n${a(100)}`);
    assert.equal(show(got), `${a(100)}\n${a(52)}|2|${a(48)}`);
  });

  test('characters outside GSM-7 are parts of their own, with their name and stand-in', () => {
    const got = parts('We\u2019ll call \u{1F600}');
    const chars = got.filter((p) => p.kind === 'char');
    assert.deepEqual(chars, [
      { kind: 'char', text: '\u2019', name: '"\u2019" (curly apostrophe)', replacement: "'" },
      { kind: 'char', text: '\u{1F600}', name: 'the emoji "\u{1F600}"', emoji: true },
    ]);
  });

  test('without marks (email, a per-appointment line): none', () => {
    assert.ok(!parts(a(400), [], false).some((p) => p.kind === 'cut'));
    const line = sms(`---\nkind: eConfirmation\naggregate: perAppointment\n---\n${a(400)}\n`);
    assert.ok(!line.parts.some((p) => p.kind === 'cut'));
  });
});

describe('previewMessage: the same numbers as the status bar and --stats', () => {
  // Sample values far shorter than the assumed lengths: the old preview counted the sample text
  // (169 characters, 2 segments) beside the estimate (172, 3 segments).
  const TEXT = `---\nkind: eReminder\n---\n[NameF], we\u2019ll see you [ApptDate] at [ApptTime] at [OfficeName]. Call [OfficePhone] with questions. ${a(20)}\n`;
  const SHORT = [{ sampleValues: { NameF: 'Al', OfficeName: 'Dr. K', ApptDate: 'Mon', ApptTime: '9', OfficePhone: '5' } }];

  test('the analysis is the engine estimate, and the marks are its carrier segments', () => {
    const template = parseTemplate(TEXT);
    const config = resolveConfig(SHORT);
    const p = previewMessage(template, config, 2) as SmsMessagePreview;
    assert.deepEqual(p.analysis, analyzeSms(template, config));
    assert.equal(p.parts.filter((x) => x.kind === 'cut').length, p.analysis.carrierSegments - 1);
    assert.ok(p.analysis.carrierSegments > 1, 'the text is long enough to split');
    // The sample text alone would split otherwise (or not at all): the marks follow the estimate.
    assert.notEqual(segmentText(text(p.parts)).segments.length, p.analysis.carrierSegments);
  });

  test('over many texts, the marks are always the estimate’s carrier segments', () => {
    const options = smsOptions(resolveConfig([]));
    for (const n of [0, 10, 100, 133, 134, 153, 160, 161, 300, 306, 307, 900]) {
      for (const body of [`${a(n)} [OfficeName] ok`, `[NameF]\u2019s ${a(n)}`, `${a(n)}\n[Appts]`]) {
        const p = sms(body);
        assert.equal(p.parts.filter((x) => x.kind === 'cut').length, Math.max(0, p.analysis.carrierSegments - 1), body);
      }
    }
    assert.equal(fillerText(expandTag('OfficeName', options)!).length, 30, 'the documented typical length of [OfficeName]');
  });

  test('an email: subject and body with sample values; HTML when it holds tags', () => {
    const plain = previewMessage(parseTemplate('---\nkind: eReminder\nchannel: email\nsubject: Your visit\n---\nDear [NameF], 1 < 2.\n'), resolveConfig([]), 2, 'eReminder');
    assert.deepEqual(plain, { channel: 'email', kindName: 'eReminder', subject: 'Your visit', body: 'Dear Maria, 1 < 2.', html: false });
    const html = previewMessage(parseTemplate('---\nkind: eReminder\nchannel: email\n---\n<p>Dear [NameF]</p>\n'), resolveConfig([]), 2);
    assert.equal(html.channel === 'email' && html.html, true);
  });
});
