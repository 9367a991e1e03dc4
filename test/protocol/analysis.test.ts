// Issue 4 in the editor: the `odmsg/analysis` request behind the status bar, the
// `odmsg/analysisChanged` notification after each check, the `odmsg/preview` request, and the
// hover on a character outside GSM-7.
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import type { MarkupContent } from 'vscode-languageserver/node';
import type { AnalysisChangedParams, AnalysisResult, PreviewResult } from '../../server/src/protocol/analysis';
import { lint } from '../../server/src/engine/lint';
import { analyzeSms } from '../../server/src/engine/sms/analyze';
import { statusBarText } from '../../server/src/present/statusBarText';
import { FULL_RESULTS_KEPT } from '../../server/src/lsp/diagnosticsScheduler';
import { HEADER, untitledUri } from './fixtures';
import { DEFAULT_TIMEOUT_MS, rangeOfText } from './lspClient';
import { serverForSuite } from './suiteServer';

const TEXT = `${HEADER}[NameF], we'll see you [ApptDate] at [ApptTime] at [OfficeName]. Reply [ConfirmCode] to confirm or call [OfficePhone].\n`;
const CURLY = TEXT.replace("we'll", 'we\u2019ll');
const LINE = '---\nkind: eConfirmation\nchannel: sms\naggregate: perAppointment\n---\n';
const EMAIL = '---\nkind: eConfirmation\nchannel: email\nsubject: Your visit\n---\n<p>Hi [NameF], please confirm: [ConfirmURL]</p>\n';

describe('odmsg/analysis and the preview', () => {
  let enabled = true;
  const { client, temp } = serverForSuite({ settings: () => ({ enable: enabled }), workspaceFolder: true });
  const changed: AnalysisChangedParams[] = [];
  const waiters: (() => void)[] = [];

  before(() => {
    client.connection.onNotification('odmsg/analysisChanged', (params: AnalysisChangedParams) => {
      changed.push(params);
      for (const wake of waiters.splice(0)) wake();
    });
  });

  /** Resolves when the server has announced a check of `uri` at `version` (or later). */
  function analysisChanged(uri: string, version: number, since = 0): Promise<AnalysisChangedParams> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no odmsg/analysisChanged for ${uri}@${version}; got ${JSON.stringify(changed)}`)), DEFAULT_TIMEOUT_MS);
      const check = () => {
        const found = changed.slice(since).find((c) => c.uri === uri && c.version >= version);
        if (found) {
          clearTimeout(timer);
          resolve(found);
        } else waiters.push(check);
      };
      check();
    });
  }

  function analysis(uri: string): Promise<AnalysisResult> {
    return client.within(client.connection.sendRequest<AnalysisResult>('odmsg/analysis', { uri }), 'odmsg/analysis');
  }

  function preview(uri: string): Promise<PreviewResult | null> {
    return client.within(client.connection.sendRequest<PreviewResult | null>('odmsg/preview', { uri }), 'odmsg/preview');
  }

  /** Opens `text` and waits for its check. */
  async function opened(text: string): Promise<string> {
    const uri = untitledUri();
    await client.open(uri, text);
    await analysisChanged(uri, 1);
    return uri;
  }

  /** Opens `text`; its analysis, which must be the engine's for version 1. */
  async function engineAnalysis(text: string): Promise<{ uri: string; result: AnalysisResult }> {
    const uri = await opened(text);
    const result = await analysis(uri);
    const { template, config } = lint(text);
    const engine = analyzeSms(template, config);
    assert.deepEqual(result, { ...JSON.parse(JSON.stringify(engine)), version: 1, statusBar: statusBarText(engine) });
    return { uri, result };
  }

  test('a text: the engine analysis of the current version', async () => {
    const { result } = await engineAnalysis(TEXT);
    assert.equal(result?.encoding, 'GSM-7');
    assert.equal(result?.billedSegments, 1);
    assert.deepEqual(
      result?.tags.map((t) => t.tag),
      ['NameF', 'ApptDate', 'ApptTime', 'OfficeName', 'ConfirmCode', 'OfficePhone'],
    );
  });

  test('a document whose full result the server no longer keeps: the same analysis', async () => {
    const uri = await opened(TEXT);
    for (let i = 0; i < FULL_RESULTS_KEPT + 2; i++) await opened(TEXT);
    const { template, config } = lint(TEXT);
    const engine = analyzeSms(template, config);
    assert.deepEqual(await analysis(uri), { ...JSON.parse(JSON.stringify(engine)), version: 1, statusBar: statusBarText(engine) });
  });

  test('typing a curly apostrophe: analysisChanged for the new version, then UCS-2 and the cost', async () => {
    const uri = untitledUri();
    await client.open(uri, TEXT);
    await analysisChanged(uri, 1);
    const version = await client.replace(uri, CURLY);
    assert.deepEqual(await analysisChanged(uri, version), { uri, version });
    const result = await analysis(uri);
    assert.equal(result?.version, version);
    assert.equal(result?.encoding, 'UCS-2');
    assert.equal(result?.carrierSegments, 2);
    assert.equal(result?.billedSegments, 2);
    assert.equal(result?.costPerMessage, 0.05);
    assert.equal(result?.costPer1000, 50);
    assert.deepEqual(result?.nonGsmChars, [{ char: '\u2019', offset: CURLY.indexOf('\u2019'), replacement: "'", emoji: false }]);
    assert.equal(result?.ifGsm7?.billedSegments, 1);
  });

  test('null for an email template, a document that is not open, and with odmsg.enable off', async () => {
    const email = untitledUri();
    await client.open(email, EMAIL);
    await analysisChanged(email, 1);
    assert.equal(await analysis(email), null);
    assert.equal(await analysis('untitled:not-open'), null);

    const text = untitledUri();
    await client.open(text, TEXT);
    await analysisChanged(text, 1);
    enabled = false;
    const before = changed.length;
    await client.configurationChanged();
    // The checks re-run (and clear) under the new settings; the server says so.
    await analysisChanged(text, 1, before);
    try {
      assert.equal(await analysis(text), null);
    } finally {
      enabled = true;
      const since = changed.length;
      await client.configurationChanged();
      await analysisChanged(text, 1, since);
    }
    assert.equal((await analysis(text))?.encoding, 'GSM-7', 'back on');
  });

  test('prices and tag lengths from .odmsgrc.json', async () => {
    temp.write('.odmsgrc.json', JSON.stringify({ pricing: { perMessage: 0.1, perExtraSegment: 0.05 }, tagLengths: { OfficeName: 200 } }));
    const uri = temp.write('long.odmsg', TEXT);
    await client.open(uri, TEXT);
    await analysisChanged(uri, 1);
    const result = await analysis(uri);
    assert.equal(result?.tags.find((t) => t.tag === 'OfficeName')?.length, 200);
    assert.equal(result?.tags.find((t) => t.tag === 'OfficeName')?.source, 'config');
    assert.equal(result?.billedSegments, 2);
    assert.equal(result?.costPerMessage, 0.15);
    assert.equal(result?.costPer1000, 150);
  });

  test('odmsg/preview: the analysis at the top, sample values, each segment marked', async () => {
    const uri = untitledUri();
    await client.open(uri, CURLY);
    const result = await preview(uri);
    assert.ok(result);
    assert.equal(result.version, 1);
    const lines = result.text.split('\n');
    assert.match(lines[0], /^odmsg preview: .* \(text message, eConfirmation\)$/);
    assert.match(result.text, /Estimate \(typical tag lengths\): ≈ \d+ chars · 2 segments · UCS-2 · \$0\.05 a text, \$50\.00 per 1,000/);
    assert.match(result.text, /Outside GSM-7: "’" \(curly apostrophe\); in plain characters: 1 segment, \$0\.04 a text/);
    assert.match(result.text, /\[NameF\] = Maria/);
    assert.match(result.text, /─ segment 1 of 2 \(\d+ chars\) ─/);
    assert.match(result.text, /─ segment 2 of 2 \(\d+ chars\) ─/);
    assert.ok(result.text.includes('Maria, we\u2019ll see you'), result.text);

    const emailUri = untitledUri();
    await client.open(emailUri, EMAIL);
    const email = await preview(emailUri);
    assert.match(email?.text ?? '', /\(email, eConfirmation\)\nAn email: no encoding or segment limits apply\./);
    assert.match(email?.text ?? '', /Subject: Your visit/);
    assert.doesNotMatch(email?.text ?? '', /segment \d of/);
    assert.equal(await preview('untitled:not-open'), null);
  });

  test('hover on a curly apostrophe: the switch to UCS-2, what it costs, and the fix', async () => {
    const uri = untitledUri();
    await client.open(uri, CURLY);
    const range = rangeOfText(CURLY, '\u2019');
    const hover = await client.hover(uri, range.start);
    assert.ok(hover);
    assert.deepEqual(hover.range, range);
    const { value } = hover.contents as MarkupContent;
    assert.match(value, /^\*\*"’" \(curly apostrophe\) is not in GSM-7\*\*/);
    assert.match(value, /UCS-2, where a segment holds 70 characters instead of 160/);
    assert.match(value, /This text: UCS-2, 2 segments, \$0\.05 a text \(\$50\.00 per 1,000\)/);
    assert.match(value, /In plain characters: GSM-7, 1 segment, \$0\.04 a text \(\$40\.00 per 1,000\)/);
    assert.match(value, /replace it with `'`/);
    // In an email the same character is fine.
    const email = untitledUri();
    const emailText = EMAIL.replace('Hi', 'We\u2019re glad');
    await client.open(email, emailText);
    assert.equal(await client.hover(email, rangeOfText(emailText, '\u2019').start), null);
  });

  test('a per-appointment line: marked in the analysis; the preview and the hover claim no segments or price', async () => {
    const { uri, result } = await engineAnalysis(`${LINE}[NameF] is scheduled for [ApptTime] on [ApptDate] at [ClinicName].\n`);
    assert.equal(result?.perAppointment, true);
    assert.equal((await analysis(await opened(TEXT)))?.perAppointment, undefined, 'a text is not marked');

    const shown = (await preview(uri))?.text ?? '';
    assert.match(shown, /^odmsg preview: .* \(per-appointment line of an aggregate text, eConfirmation\)\n/);
    assert.match(shown, /inside the aggregate text's \[Appts\]: segments and cost are the aggregate template's\./);
    assert.match(shown, new RegExp(`Estimate \\(typical tag lengths\\): ≈ ${result?.odChars} chars per appointment · GSM-7\n`));
    assert.match(shown, /─ line ─+\nMaria is scheduled for /);
    assert.doesNotMatch(shown, /segment \d of|\$\d/);

    const curly = `${LINE}[NameF]\u2019s visit: [ApptTime] on [ApptDate] at [ClinicName].\n`;
    const curlyUri = await opened(curly);
    const hover = await client.hover(curlyUri, rangeOfText(curly, '\u2019').start);
    const value = (hover?.contents as MarkupContent | undefined)?.value ?? '';
    assert.match(value, /This per-appointment line makes the aggregate text that repeats it UCS-2/);
    assert.doesNotMatch(value, /This text:|\$\d/);
    assert.match((await preview(curlyUri))?.text ?? '', /Outside GSM-7: "’" \(curly apostrophe\); the aggregate text that repeats this line is UCS-2 too/);
  });
});
